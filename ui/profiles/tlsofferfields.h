#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QLineEdit;

namespace SmtpUi
{

/// The TLS offer fields of the profile editor's TLS tab (--tls-min, --tls-max, --ciphers): filled from a profile,
/// read back into one, and checked by the core's rules. The first item of each version box keeps what the folders or
/// the defaults give.
class TlsOfferFields
{
    Q_DECLARE_TR_FUNCTIONS(TlsOfferFields)

public:
    TlsOfferFields(QComboBox *minimum, QComboBox *maximum, QLineEdit *ciphers);

    void load(const Smtp::ProfileSettings &own, const Smtp::ConnectionSettings &inherited);
    void store(Smtp::ProfileSettings &settings) const;
    /// Why the chosen versions or ciphers cannot be used; empty when they can.
    QString problem() const;

private:
    std::optional<Smtp::TlsVersion> chosen(const QComboBox *box) const;

    QComboBox *m_minimum;
    QComboBox *m_maximum;
    QLineEdit *m_ciphers;
    Smtp::ConnectionSettings m_inherited;
};

} // namespace SmtpUi
