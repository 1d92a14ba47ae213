#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSslError;
class QSslSocket;

namespace Smtp
{

/// The stapled OCSP response a server sent when asked (--ocsp, RFC 6066 status_request), as Qt's OpenSSL backend
/// checked it: signed by the issuer or its delegated responder, about the server's certificate, and current. All
/// text comes from the server: show it as plain text only.
struct OcspReport
{
    /// The server sent a response at all (most servers staple none).
    bool stapled = false;
    /// What the response says of the server's certificate: "good", "revoked" or "unknown". Worth something only
    /// when trusted.
    QString status;
    /// Why it was revoked ("key compromise"); empty unless revoked with a reason.
    QString revocationReason;
    /// The subject of the certificate that signed the response.
    QString responder;
    /// The response checked out: nothing in problems.
    bool trusted = false;
    /// Why the response cannot be relied on ("the response has expired").
    QStringList problems;

    /// The response on an encrypted \a socket, with the OCSP findings among the \a handshakeErrors Qt reported.
    static OcspReport fromSocket(const QSslSocket &socket, const QList<QSslError> &handshakeErrors);

    /// A trusted response saying the certificate is revoked: the certificate must be refused.
    bool provesRevoked() const { return trusted && status == QLatin1String("revoked"); }
    /// Worth a warning: a response that cannot be trusted, or does not say good.
    bool isWarning() const { return stapled && (!trusted || status != QLatin1String("good")); }
    /// One line for the transcript and the report: "OCSP: good, signed by CN=Test CA (response verified)".
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace Smtp
