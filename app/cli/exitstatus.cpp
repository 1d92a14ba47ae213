#include "exitstatus.h"

namespace Smtp
{

ExitStatus exitStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitStatus::Success;
    case ErrorCode::InvalidSettings:
    case ErrorCode::ClientCertificateInvalid:
        return ExitStatus::BadInput;
    case ErrorCode::ResolveFailed:
    case ErrorCode::ConnectFailed:
    case ErrorCode::ConnectionClosed:
        return ExitStatus::ConnectionFailed;
    case ErrorCode::TimedOut:
        return ExitStatus::TimedOut;
    case ErrorCode::TlsHandshakeFailed:
    case ErrorCode::StartTlsUnavailable:
        return ExitStatus::TlsFailed;
    case ErrorCode::CertificateUntrusted:
        return ExitStatus::CertificateRejected;
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AuthenticationRefused:
        return ExitStatus::AuthenticationFailed;
    case ErrorCode::ServerRejected:
        return ExitStatus::ServerRejected;
    case ErrorCode::ProtocolViolation:
        return ExitStatus::ProtocolViolation;
    case ErrorCode::Cancelled:
        return ExitStatus::Cancelled;
    case ErrorCode::DeliveryUnknown:
        return ExitStatus::DeliveryUnknown;
    case ErrorCode::ExpectationFailed:
        return ExitStatus::ExpectationFailed;
    }
    // An error code added later without a mapping must still fail the script.
    return ExitStatus::ProtocolViolation;
}

} // namespace Smtp
