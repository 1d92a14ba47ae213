#include "tlsfailure.h"

#include <QRegularExpression>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace Smtp
{

namespace
{

QList<unsigned long> openSslErrorCodes(const QString &errors)
{
    static const QRegularExpression packedCode(QStringLiteral("error:([0-9A-Fa-f]{1,8}):"));
    QList<unsigned long> codes;
    for (auto match = packedCode.globalMatch(errors); match.hasNext();) {
        bool ok = false;
        const unsigned long code = match.next().captured(1).toULong(&ok, 16);
        if (ok)
            codes << code;
    }
    return codes;
}

} // namespace

TlsFailure classifyTlsFailure(std::optional<QSsl::AlertType> fatalAlertReceived, const QString &openSslErrors)
{
    if (fatalAlertReceived == QSsl::AlertType::CertificateRequired)
        return TlsFailure::ClientCertificateRequired;
    if (fatalAlertReceived == QSsl::AlertType::ProtocolVersion)
        return TlsFailure::VersionRefused;
    for (const unsigned long code : openSslErrorCodes(openSslErrors)) {
        if (ERR_GET_LIB(code) != ERR_LIB_SSL)
            continue;
        switch (ERR_GET_REASON(code)) {
        case SSL_R_WRONG_VERSION_NUMBER:
            return TlsFailure::NotTls;
        case SSL_R_TLSV1_ALERT_PROTOCOL_VERSION:
        case SSL_R_UNSUPPORTED_PROTOCOL:
            return TlsFailure::VersionRefused;
        case SSL_R_NO_PROTOCOLS_AVAILABLE:
        case SSL_R_NO_CIPHERS_AVAILABLE:
            return TlsFailure::VersionUnavailable;
        case SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED:
        case SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE:
            return TlsFailure::ClientCertificateRequired;
        default:
            break;
        }
    }
    return fatalAlertReceived ? TlsFailure::FatalAlert : TlsFailure::HandshakeFailed;
}

} // namespace Smtp
