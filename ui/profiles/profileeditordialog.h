#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/profile.h"
#include "core/profiles/secretstore.h"
#include "core/session/sessionresult.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QColor;
class QIcon;
class QLabel;
class QLineEdit;

namespace Ui
{
class ProfileEditorDialog;
}

namespace SmtpUi
{

class MessageFields;
class TlsOfferFields;

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
    /// The settings a session would use right now, with the secrets typed here (none from the keychain): for "Test".
    Smtp::ConnectionSettings connectionSettings() const;
    /// The typed password, when the user typed one (an empty string means "forget the stored one").
    std::optional<QString> passwordChange() const;
    /// Fills the password field as if typed (a profile made from another tool's command line that carried one).
    void setTypedPassword(const QString &password);
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
    /// Whether the keychain holds a secret of @p kind for the profile (answered by the caller's reads): the password
    /// fields' placeholders say so, and a changed destination asks before taking it along. The editor never holds
    /// a stored secret itself; "Test" gets them where every session does (ProfileSecrets).
    void setStoredSecret(Smtp::SecretKind kind, bool stored);

    /// The editor's pages a fix in the window can point to.
    enum class Page
    {
        Server,
        Security,
    };
    void showPage(Page page);

    /// What the checks are for: a test may run before the profile has a name.
    enum class Purpose
    {
        Save,
        Test,
    };
    /// Checks every field, marks the invalid ones with their reason; returns the problems (empty: valid).
    QStringList validate(Purpose purpose = Purpose::Save);
    /// What a test tab is called: the profile's name, else where it connects.
    QString testTitle() const;
    /// True when a field differs from what the editor opened with.
    bool isModified() const;

    /// Shows under the form that the test started (see testRequested()).
    void showTestRunning();
    /// Shows how the test ended: what was verified, or why it failed.
    void showTestResult(const Smtp::SessionResult &result);

    void accept() override;
    /// Asks before an edited profile's changes are dropped (Cancel, Esc, closing the window).
    void reject() override;

signals:
    /// "Test" was pressed with valid settings: connect with them without saving. @p settings hold only the secrets
    /// typed here; the caller adds the stored ones as for any session. It answers with showTestRunning() and
    /// showTestResult().
    void testRequested(const Smtp::ConnectionSettings &settings, const QString &title);
    /// The test verdict's "Show transcript" link was followed.
    void transcriptRequested();

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
    void updateAuthenticationFields();
    void addShowPasswordAction(QLineEdit *edit, const QString &objectName, const QString &showText,
                               const QString &hideText);
    /// Every field's value but the secrets' (whose edits are tracked by flag), to tell whether anything changed.
    QStringList formState() const;
    void setTestVerdict(const QString &text, const QIcon &icon, const QColor &colour);

    std::unique_ptr<Ui::ProfileEditorDialog> m_ui;
    std::unique_ptr<TlsOfferFields> m_tlsOffer;
    std::unique_ptr<MessageFields> m_messageFields;
    Smtp::Profile m_original;
    Smtp::ProfileSettings m_inheritedSettings;
    Smtp::ConnectionSettings m_inherited;
    bool m_passwordEdited = false;
    bool m_passphraseEdited = false;
    QMap<Smtp::SecretKind, bool> m_storedSecrets;
    QStringList m_loadedState;
    /// The security mode and authentication of the running test, to describe its result (no secrets).
    Smtp::SecurityMode m_testSecurity = Smtp::SecurityMode::StartTls;
    bool m_testAuthRequested = false;
    QString m_testUser;
    SecretDecision m_secretDecision = SecretDecision::Unchanged;
};

} // namespace SmtpUi
