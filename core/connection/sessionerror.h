#pragma once

#include "core/protocol/reply.h"
#include "stage.h"

#include <QString>

#include <optional>

namespace Smtp
{

/// Stable error codes: scripts and the command line's exit status depend on them, so only add, never rename.
enum class ErrorCode
{
    None,
    InvalidSettings,          ///< the settings or a local file cannot be used (exit 1)
    ResolveFailed,            ///< the host name does not resolve (exit 2)
    ConnectFailed,            ///< TCP connect refused, unreachable, or the proxy failed (exit 2)
    ConnectionClosed,         ///< the server closed the connection unexpectedly (exit 2)
    TimedOut,                 ///< a wait for the server ran past the timeout (exit 3)
    TlsHandshakeFailed,       ///< the TLS handshake failed (exit 4)
    StartTlsUnavailable,      ///< STARTTLS required but not offered, or refused (exit 4)
    CertificateUntrusted,     ///< the server certificate failed validation (exit 5)
    ClientCertificateInvalid, ///< the client certificate or key cannot be loaded (exit 1)
    AuthenticationFailed,     ///< the server refused the credentials (exit 6)
    AuthenticationRefused,    ///< policy or capability stopped AUTH before credentials were sent (exit 6)
    ServerRejected,           ///< the server rejected a command that had to succeed (exit 7)
    ProtocolViolation,        ///< malformed, oversized, unexpected or injected server data (exit 8)
    Cancelled,                ///< the user cancelled the session
    DeliveryUnknown,          ///< the connection was lost after the message's end of data: it may be delivered (exit 9)
    ExpectationFailed,        ///< a scenario's expectation did not hold (exit 10)
};

/// "TimedOut", "CertificateUntrusted" …: the stable name used in JSON output.
QString errorCodeName(ErrorCode code);

/// What went wrong, where, and what the server said: the "last error" of the classic API.
struct SessionError
{
    ErrorCode code = ErrorCode::None;
    /// A message for people: names the cause and, where it can, what to do.
    QString message;
    /// The stage that failed.
    std::optional<Stage> stage;
    /// The server reply that caused the failure, when there is one (with its enhanced status code).
    std::optional<Reply> reply;

    bool isError() const { return code != ErrorCode::None; }
};

} // namespace Smtp
