#pragma once

#include "core/connection/connectionsettings.h"
#include "secretbinding.h"
#include "secretstore.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Smtp
{

struct Profile;

/// The secrets a session of one profile needs, read from the keychain, and the one place that decides whether the
/// profile's secret binding lets them go where the session goes. Used by the window and the command line alike.
struct ProfileSecrets
{
    /// The settings given to read(), with every secret that may be used filled in.
    ConnectionSettings settings;
    /// How the session's destination differs from the binding; empty when the secrets may go there.
    QList<DestinationChange> unbound;
    /// Secrets found in the keychain but not used because the destination changed (password, proxy password).
    QList<SecretKind> withheld;
    /// Keychain reads that failed, NotFound included, by kind.
    QList<QPair<SecretKind, SecretResult>> failures;

    /// AUTH is asked for and there is still no password.
    bool needsPassword() const;
    /// The proxy names a user and there is still no proxy password.
    bool needsProxyPassword() const;
    /// The failure of the read of @p kind, if it failed.
    std::optional<SecretResult> failure(SecretKind kind) const;

    /// The binding of @p profile's secrets: the recorded one, or for a profile saved before bindings existed, the
    /// destination it has now (@p resolved: its settings with inheritance, without overrides).
    static SecretBinding effectiveBinding(const Profile &profile, const ConnectionSettings &resolved);
    /// Reads what a session with @p settings (@p resolved plus any overrides) needs and is missing: the password when
    /// AUTH is asked for, the proxy password when the proxy names a user, the key passphrase with a client
    /// certificate. The password and the proxy password are used only when @p settings go to the bound destination.
    /// @p done runs on @p context's thread, not at all when @p context is destroyed first.
    static void read(SecretStore &store, const Profile &profile, const ConnectionSettings &resolved,
                     const ConnectionSettings &settings, QObject *context,
                     std::function<void(const ProfileSecrets &)> done);
    /// One secret as the keychain holds it, kept in memory only (the window's undo of a deletion).
    struct Stored
    {
        QString profileId;
        SecretKind kind = SecretKind::Password;
        QByteArray secret;
    };
    /// Called with the operations that failed (an entry that did not exist is no failure) once every one has
    /// answered; for readAll() also with what was found.
    using Done = std::function<void(const QList<SecretResult> &failures)>;
    using ReadDone = std::function<void(const QList<Stored> &found, const QList<SecretResult> &failures)>;

    /// Reads every secret of the profiles @p profileIds.
    static void readAll(SecretStore &store, const QStringList &profileIds, QObject *context, ReadDone done);
    /// Writes @p secrets back (the undo of a deletion).
    static void writeAll(SecretStore &store, const QList<Stored> &secrets, QObject *context, Done done);
    /// Removes every secret of the profiles @p profileIds: what deleting a profile does to the keychain, in the
    /// window and on the command line.
    /// Each callback runs on @p context's thread, not at all when @p context is destroyed first.
    static void removeAll(SecretStore &store, const QStringList &profileIds, QObject *context, Done done);
    /// The keychain's failure messages of @p failures, each once, for one sentence.
    static QString describe(const QList<SecretResult> &failures);
};

} // namespace Smtp
