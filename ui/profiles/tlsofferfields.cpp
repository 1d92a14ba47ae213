#include "tlsofferfields.h"

#include "profilefieldsettings.h"

#include "core/tls/tlssetup.h"

#include <QComboBox>
#include <QLineEdit>

namespace SmtpUi
{

namespace
{

void fill(QComboBox *box, const QString &inheritedText, std::optional<Smtp::TlsVersion> own)
{
    box->clear();
    box->addItem(inheritedText);
    for (Smtp::TlsVersion version :
         {Smtp::TlsVersion::Tls1_0, Smtp::TlsVersion::Tls1_1, Smtp::TlsVersion::Tls1_2, Smtp::TlsVersion::Tls1_3})
        box->addItem(QStringLiteral("TLS ") + Smtp::tlsVersionName(version), int(version));
    box->setCurrentIndex(own ? box->findData(int(*own)) : 0);
}

} // namespace

TlsOfferFields::TlsOfferFields(QComboBox *minimum, QComboBox *maximum, QLineEdit *ciphers)
    : m_minimum(minimum), m_maximum(maximum), m_ciphers(ciphers)
{}

void TlsOfferFields::load(const Smtp::ProfileSettings &own, const Smtp::ConnectionSettings &inherited)
{
    m_inherited = inherited;
    fill(m_minimum, tr("Inherited (TLS %1)").arg(Smtp::tlsVersionName(inherited.effectiveTlsMinimum())),
         own.tlsMinimum);
    fill(m_maximum, tr("Inherited (TLS %1)").arg(Smtp::tlsVersionName(inherited.effectiveTlsMaximum())),
         own.tlsMaximum);
    m_ciphers->setText(own.ciphers.value_or(QString()));
    m_ciphers->setPlaceholderText(inherited.ciphers.isEmpty() ? tr("The TLS library's defaults")
                                                              : tr("Inherited: %1").arg(inherited.ciphers));
}

std::optional<Smtp::TlsVersion> TlsOfferFields::chosen(const QComboBox *box) const
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<Smtp::TlsVersion>(Smtp::TlsVersion(data.toInt())) : std::nullopt;
}

void TlsOfferFields::store(Smtp::ProfileSettings &settings) const
{
    settings.tlsMinimum = chosen(m_minimum);
    settings.tlsMaximum = chosen(m_maximum);
    settings.ciphers = textSetting(m_ciphers->text());
}

QString TlsOfferFields::problem() const
{
    Smtp::ConnectionSettings settings = m_inherited;
    if (const auto minimum = chosen(m_minimum))
        settings.tlsMinimum = minimum;
    if (const auto maximum = chosen(m_maximum))
        settings.tlsMaximum = maximum;
    if (const QString ciphers = m_ciphers->text().trimmed(); !ciphers.isEmpty())
        settings.ciphers = ciphers;
    if (const QStringList problems = settings.tlsOfferProblems(); !problems.isEmpty())
        return problems.constFirst();
    return Smtp::TlsSetup::cipherListProblem(settings.ciphers);
}

} // namespace SmtpUi
