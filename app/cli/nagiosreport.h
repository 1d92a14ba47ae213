#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/certificatememory.h"
#include "core/session/sessionresult.h"
#include "core/tls/certificateexpiry.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Smtp
{

/// The one status line of --nagios, as the Monitoring Plugins guidelines want it:
/// "SMTP OK - what was checked | time=0.042s cert_days=80;21;7", exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
///   a failed session                                   CRITICAL, with the error
///   the leaf certificate has critDays or fewer left    CRITICAL
///   warnDays or fewer left                             WARNING
///   the profile's remembered certificate key changed   WARNING (a renewal with the same key is OK)
///   bad arguments or local input, an interrupted run   UNKNOWN: nothing about the server was learned
/// The text before "|" is one line; server text in it is escaped, and a "|" in it becomes "/" so that the performance
/// data stays where monitoring systems look for it.
struct NagiosReport
{
    Q_DECLARE_TR_FUNCTIONS(NagiosReport)

public:
    enum class Status
    {
        Ok = 0,
        Warning = 1,
        Critical = 2,
        Unknown = 3,
    };

    Status status = Status::Unknown;
    QString line;

    static NagiosReport forResult(const SessionResult &result, const ConnectionSettings &settings,
                                  const ExpiryThresholds &thresholds,
                                  const std::optional<CertificateMemoryCheck> &memory = std::nullopt);
    /// A run that ended before or without a session (bad arguments, unknown profile, cancelled): UNKNOWN, except a
    /// failure that is the server's (a connection refused before any session could start is still CRITICAL).
    static NagiosReport forFailure(ErrorCode code, const QString &message);

    /// "OK", "WARNING", "CRITICAL", "UNKNOWN".
    static QString statusName(Status status);
};

} // namespace Smtp
