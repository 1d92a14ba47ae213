#pragma once

#include "core/connection/sessionerror.h"

namespace Smtp
{

/// The exit statuses of smtp-workbench-cli: a stable contract scripts depend on (docs/cli.md), only ever added to.
enum class ExitStatus
{
    Success = 0,
    BadInput = 1,             ///< bad arguments or local input: missing file, unknown profile, unusable settings
    ConnectionFailed = 2,     ///< name resolution or connection failed, or the server closed the connection
    TimedOut = 3,             ///< a wait for the server ran past the timeout
    TlsFailed = 4,            ///< TLS could not be established: handshake failed, STARTTLS not offered or refused
    CertificateRejected = 5,  ///< the server certificate failed validation
    AuthenticationFailed = 6, ///< authentication failed or refused by policy
    ServerRejected = 7,       ///< the server rejected a command that had to succeed
    ProtocolViolation = 8,    ///< malformed, oversized or injected server data
    DeliveryUnknown = 9,      ///< the connection was lost after the message's end of data: never resend blindly
    ExpectationFailed = 10,   ///< a scenario's expectation did not hold
    ChecksFailed = 11,        ///< a batch ran and some of its checks failed
    PolicyFailed = 12,        ///< a probe found a policy failure
    Cancelled = 130,          ///< interrupted (SIGINT/SIGTERM): the shell convention 128 + SIGINT
};

/// The exit status for how a session ended.
ExitStatus exitStatusFor(ErrorCode code);

} // namespace Smtp
