#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/secretstore.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Smtp
{
class ProfileStore;
struct ProfileSecrets;
} // namespace Smtp

namespace SmtpUi
{

class InfoBar;

/// Gets a profile's session the secrets it needs: from the keychain when they are saved for where the session goes,
/// otherwise typed by the user. What is typed lives in the returned settings only (the session and its Reconnect);
/// it reaches the keychain only when the user ticks "Remember", and never a file or the log.
class SessionSecretsPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSecretsPrompt)

public:
    /// Stores a secret in the keychain (an empty one removes it): the profile editor's implementation.
    using SecretWriter = std::function<void(const QString &profileId, Smtp::SecretKind kind, const QString &secret)>;

    /// The stores are not owned; @p dialogParent parents the prompts.
    SessionSecretsPrompt(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, SecretWriter writer,
                         QWidget *dialogParent);
    ~SessionSecretsPrompt() override;

    /// Reads the secrets of the profile's session and asks for those still missing; @p done gets the settings with
    /// them. @p done is not called when the user cancels a prompt or the profile is gone.
    void prepare(const QString &profileId, std::function<void(const Smtp::ConnectionSettings &)> done);
    /// After the server refused the password: asks for it again. Returns @p settings with the new password, or
    /// nothing when the user cancels.
    std::optional<Smtp::ConnectionSettings> askPasswordAgain(const QString &profileId, const QString &title,
                                                             const Smtp::ConnectionSettings &settings);
    /// False once a keychain read said there is no keychain.
    bool keychainAvailable() const { return !m_noKeychain; }
    /// The notice, for the window to place, that says once per run that there is no keychain and what that means.
    InfoBar *noKeychainInfoBar() const { return m_noKeychainInfoBar; }

signals:
    /// The first time in this run that no keychain was found (once, however many sessions follow).
    void noKeychainFound();
    /// A typed secret was remembered and the profile's secrets are now bound to this destination: save the profiles.
    void profileChanged();

private:
    void finishRead(const QString &profileId, const Smtp::ProfileSecrets &read,
                    const std::function<void(const Smtp::ConnectionSettings &)> &done);
    /// Runs the prompt; nothing when cancelled.
    std::optional<QString> ask(Smtp::SecretKind kind, const QString &name, const QString &reason, bool offerRemember,
                               bool *remember);
    /// Stores the remembered secrets and binds the profile's secrets to @p settings' destination, as the profile
    /// editor does when a secret is typed there. Secrets withheld for another destination and not typed again go.
    void remember(const QString &profileId, const Smtp::ConnectionSettings &settings,
                  const QList<QPair<Smtp::SecretKind, QString>> &typed, const QList<Smtp::SecretKind> &withheld);

    Smtp::ProfileStore *m_store = nullptr;
    Smtp::SecretStore *m_secrets = nullptr;
    SecretWriter m_writer;
    QWidget *m_dialogParent = nullptr;
    bool m_noKeychain = false;
    InfoBar *m_noKeychainInfoBar = nullptr;
};

} // namespace SmtpUi
