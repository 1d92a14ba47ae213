#include "sessionerror.h"

namespace Smtp
{

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("None");
    case ErrorCode::InvalidSettings:
        return QStringLiteral("InvalidSettings");
    case ErrorCode::ResolveFailed:
        return QStringLiteral("ResolveFailed");
    case ErrorCode::ConnectFailed:
        return QStringLiteral("ConnectFailed");
    case ErrorCode::ConnectionClosed:
        return QStringLiteral("ConnectionClosed");
    case ErrorCode::TimedOut:
        return QStringLiteral("TimedOut");
    case ErrorCode::TlsHandshakeFailed:
        return QStringLiteral("TlsHandshakeFailed");
    case ErrorCode::StartTlsUnavailable:
        return QStringLiteral("StartTlsUnavailable");
    case ErrorCode::CertificateUntrusted:
        return QStringLiteral("CertificateUntrusted");
    case ErrorCode::ClientCertificateInvalid:
        return QStringLiteral("ClientCertificateInvalid");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case ErrorCode::AuthenticationRefused:
        return QStringLiteral("AuthenticationRefused");
    case ErrorCode::ServerRejected:
        return QStringLiteral("ServerRejected");
    case ErrorCode::ProtocolViolation:
        return QStringLiteral("ProtocolViolation");
    case ErrorCode::Cancelled:
        return QStringLiteral("Cancelled");
    case ErrorCode::DeliveryUnknown:
        return QStringLiteral("DeliveryUnknown");
    case ErrorCode::ExpectationFailed:
        return QStringLiteral("ExpectationFailed");
    }
    return {};
}

} // namespace Smtp
