#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/sessionresult.h"
#include "core/transcript/transcript.h"

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
    /// How the session ended, or for a session still running what it has learned so far (capabilities, TLS report,
    /// timings; no error). None for a log made before anything was learned.
    std::optional<SessionResult> result;
    /// False while the session still runs: the result is a snapshot, neither success nor failure.
    bool finished = true;
    QString appVersion;
    QString qtVersion;
    /// QSslSocket::sslLibraryVersionString(): the TLS library the session really used.
    QString sslLibraryVersion;
    /// When the log was made.
    QDateTime exportedAt;

    /// A log with the versions of this build and the running libraries filled in.
    static SessionLog create(const QString &title, const ConnectionSettings &settings, const Transcript &transcript,
                             const std::optional<SessionResult> &result, bool finished = true);
};

} // namespace Smtp
