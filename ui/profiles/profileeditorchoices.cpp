#include "profileeditorchoices.h"

#include "profileeditordialog.h"
#include "ui_profileeditordialog.h"

#include "core/connection/connectionsettings.h"

namespace SmtpUi
{

void fillChoices(Ui::ProfileEditorDialog &ui)
{
    ui.securityComboBox->addItem(ProfileEditorDialog::tr("STARTTLS (required)"),
                                 static_cast<int>(Smtp::SecurityMode::StartTls));
    ui.securityComboBox->addItem(ProfileEditorDialog::tr("STARTTLS if offered (opportunistic)"),
                                 static_cast<int>(Smtp::SecurityMode::StartTlsOpportunistic));
    ui.securityComboBox->addItem(ProfileEditorDialog::tr("Implicit TLS"),
                                 static_cast<int>(Smtp::SecurityMode::Implicit));
    ui.securityComboBox->addItem(ProfileEditorDialog::tr("None (plaintext)"),
                                 static_cast<int>(Smtp::SecurityMode::None));
    ui.addressFamilyComboBox->addItem(ProfileEditorDialog::tr("IPv4 or IPv6"),
                                      static_cast<int>(Smtp::AddressFamily::Any));
    ui.addressFamilyComboBox->addItem(ProfileEditorDialog::tr("IPv4 only"),
                                      static_cast<int>(Smtp::AddressFamily::IPv4));
    ui.addressFamilyComboBox->addItem(ProfileEditorDialog::tr("IPv6 only"),
                                      static_cast<int>(Smtp::AddressFamily::IPv6));
    ui.protocolComboBox->addItem(ProfileEditorDialog::tr("SMTP"), static_cast<int>(Smtp::MailProtocol::Smtp));
    ui.protocolComboBox->addItem(ProfileEditorDialog::tr("LMTP"), static_cast<int>(Smtp::MailProtocol::Lmtp));
    ui.proxyHeaderComboBox->addItem(ProfileEditorDialog::tr("None"), static_cast<int>(Smtp::ProxyHeaderVersion::None));
    ui.proxyHeaderComboBox->addItem(ProfileEditorDialog::tr("Version 1 (text)"),
                                    static_cast<int>(Smtp::ProxyHeaderVersion::V1));
    ui.proxyHeaderComboBox->addItem(ProfileEditorDialog::tr("Version 2 (binary)"),
                                    static_cast<int>(Smtp::ProxyHeaderVersion::V2));
    ui.authMechanismComboBox->addItem(ProfileEditorDialog::tr("No authentication"), QString());
    ui.authMechanismComboBox->addItem(ProfileEditorDialog::tr("Automatic (strongest offered)"), QStringLiteral("auto"));
    for (const char *mechanism :
         {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"})
        ui.authMechanismComboBox->addItem(QString::fromLatin1(mechanism), QString::fromLatin1(mechanism));
}

} // namespace SmtpUi
