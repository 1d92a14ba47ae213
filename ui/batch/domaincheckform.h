#pragma once

#include "core/connection/connectionsettings.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Ui
{
class DomainCheckForm;
}

namespace SmtpUi
{

/// What a domain check is asked to do.
struct DomainCheckRequest
{
    /// The domain whose exchangers are checked, or the one host.
    QString name;
    bool isDomain = true;
    /// Every mode (25 plain, 25 STARTTLS, 587 STARTTLS, 465 implicit TLS), else the base settings' port and security.
    bool matrix = true;
    /// Empty for the system's resolvers; else ADDRESS or ADDRESS@PORT.
    QString dnsServer;
    /// The settings every check starts from: the port, security and CA file chosen, the rest the defaults (for a host,
    /// its name too).
    Smtp::ConnectionSettings base;
};

/// The form of a domain check: a domain (or one host), every mode or one port and security, an optional DNS server
/// and CA file. Bad input is shown next to its field, in the words of the rules the command line applies.
class DomainCheckForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainCheckForm)

public:
    explicit DomainCheckForm(QWidget *parent = nullptr);
    ~DomainCheckForm() override;

    /// The request the form describes; nullopt, with each problem shown at its field and the first one focused,
    /// when it cannot be checked.
    std::optional<DomainCheckRequest> request();

private:
    void updateFields();
    static void setFieldError(QLabel *errorLabel, QWidget *field, const QString &reason);

    std::unique_ptr<Ui::DomainCheckForm> m_ui;
};

} // namespace SmtpUi
