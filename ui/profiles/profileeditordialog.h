#pragma once

#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "session/connectionsettings.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QLabel;

namespace Ui
{
class ProfileEditorDialog;
}

namespace SmtpUi
{

/// Edits every setting of one profile, grouped (server, security, identity, authentication, envelope, notes).
/// Settings left empty are inherited from the folder and application defaults, shown as placeholders. Invalid
/// input is marked at the field with the reason. Secrets typed here are handed to the caller for the keychain;
/// they never enter the profile.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

public:
    /// @p inherited: what the profile inherits where it sets nothing (folder and application defaults).
    ProfileEditorDialog(const Smtp::Profile &profile, const Smtp::ProfileSettings &inherited,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    /// The edited profile (id, last use and unknown fields kept from the original).
    Smtp::Profile profile() const;
    /// The settings a session would use right now, typed secrets included: for "Test".
    Smtp::ConnectionSettings connectionSettings() const;
    /// The typed password, when the user typed one (an empty string means "forget the stored one").
    std::optional<QString> passwordChange() const;
    std::optional<QString> keyPassphraseChange() const;
    /// The proxy password typed in the proxy address (for the keychain), when one was typed.
    std::optional<QString> proxyPasswordChange() const;
    /// What happens to the saved secrets on saving (see confirmDestination()).
    enum class SecretDecision
    {
        Unchanged, ///< the destination did not change
        Rebind,    ///< the destination changed; the saved secrets may go there (confirmed, or none was saved)
        Forget,    ///< the destination changed and the user chose to forget the saved password and proxy password
    };
    SecretDecision secretDecision() const { return m_secretDecision; }
    /// What the keychain holds for the profile (answered by the caller's reads); @p secret fills "Test".
    void setStoredSecret(Smtp::SecretKind kind, bool stored, const QString &secret = {});
    /// Tells the password fields whether a secret is already stored, so their placeholders can say so.
    void setStoredSecrets(bool password, bool keyPassphrase);
    /// Lets the caller fill the password for "Test" from the keychain.
    void setPasswordForTest(const QString &password) { m_storedPassword = password; }

    /// The editor's pages a fix in the window can point to.
    enum class Page
    {
        Server,
        Security,
    };
    void showPage(Page page);

    /// Checks every field, marks the invalid ones with their reason; returns the problems (empty: valid).
    QStringList validate();

    void accept() override;

signals:
    /// "Test" was pressed with valid settings: connect with them without saving.
    void testRequested(const Smtp::ConnectionSettings &settings, const QString &title);

private:
    void load(const Smtp::Profile &profile);
    /// On saving: when the destination changes while a password or proxy password is saved, asks whether to keep
    /// it for the new destination. False: the user cancelled, the editor stays open.
    bool confirmDestination();
    QList<Smtp::DestinationChange> destinationChanges() const;
    bool hasBoundSecret() const;
    void updatePortDefault();
    void setFieldError(QLabel *errorLabel, QWidget *field, const QString &reason);
    QString chooseFile(const QString &title, const QString &filter);
    Smtp::SecurityMode currentSecurity() const;
    QString currentMechanism() const;

    std::unique_ptr<Ui::ProfileEditorDialog> m_ui;
    Smtp::Profile m_original;
    Smtp::ProfileSettings m_inheritedSettings;
    Smtp::ConnectionSettings m_inherited;
    bool m_passwordEdited = false;
    bool m_passphraseEdited = false;
    QString m_storedPassword;
    QString m_storedProxyPassword;
    QMap<Smtp::SecretKind, bool> m_storedSecrets;
    SecretDecision m_secretDecision = SecretDecision::Unchanged;
};

} // namespace SmtpUi
