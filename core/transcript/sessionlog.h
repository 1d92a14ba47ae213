#pragma once

#include "session/connectionsettings.h"
#include "session/sessionresult.h"
#include "transcript.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Smtp
{

/// Everything an exported session log holds: what was asked, what happened, and with which software.
/// Holds the settings as given, secrets included; the exporters never print the secrets.
struct SessionLog
{
    /// The profile name, or the host when the session ran without a profile.
    QString title;
    ConnectionSettings settings;
    Transcript transcript;
    /// Set once the session finished; a log of a session still running has none.
    std::optional<SessionResult> result;
    QString appVersion;
    QString qtVersion;
    /// QSslSocket::sslLibraryVersionString(): the TLS library the session really used.
    QString sslLibraryVersion;
    /// When the log was made.
    QDateTime exportedAt;

    /// A log with the versions of this build and the running libraries filled in.
    static SessionLog create(const QString &title, const ConnectionSettings &settings, const Transcript &transcript,
                             const std::optional<SessionResult> &result);
};

} // namespace Smtp
