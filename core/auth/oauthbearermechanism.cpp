#include "oauthbearermechanism.h"

#include "core/text/untrustedtext.h"
#include "secretwipe.h"

#include <QUrl>

namespace Smtp
{

namespace
{

// RFC 5801 §4 saslname: ',' and '=' are written as "=2C" and "=3D".
QByteArray gs2SaslName(const QString &name)
{
    QByteArray result = name.toUtf8();
    result.replace('=', "=3D");
    result.replace(',', "=2C");
    return result;
}

} // namespace

OAuthBearerMechanism::OAuthBearerMechanism(const QString &user, const QString &token, const SaslServer &server)
    : m_user(user), m_token(token), m_server(server)
{}

QByteArray OAuthBearerMechanism::initialResponse()
{
    m_sent = true;
    // RFC 7628 §3.1: gs2-header (no channel binding, authzid = user), then kvpairs separated by \x01.
    QByteArray header = "n,";
    if (!m_user.isEmpty())
        header += "a=" + gs2SaslName(m_user);
    header += ",\x01";
    // §3.1: host and port tell the resource server which service the token is presented to. A host name in its
    // ACE form cannot hold the \x01 separator.
    if (const QByteArray host = QUrl::toAce(m_server.host); !host.isEmpty())
        header += "host=" + host + '\x01';
    if (m_server.port != 0)
        header += "port=" + QByteArray::number(m_server.port) + '\x01';
    const SecretBytes token(m_token.toUtf8());
    return header + "auth=Bearer " + token.bytes() + "\x01\x01";
}

SaslMechanism::Step OAuthBearerMechanism::respond(const QByteArray &decodedChallenge)
{
    if (!m_sent) {
        if (!decodedChallenge.isEmpty())
            return Step::fail(
                OAuthBearerMechanism::tr("The server sent an OAUTHBEARER challenge before the credentials."));
        return Step::respond(initialResponse());
    }
    if (m_errorReported)
        return Step::fail(
            OAuthBearerMechanism::tr("The server sent another OAUTHBEARER challenge after its error report."));
    // RFC 7628 §3.2.3: the error challenge is answered with a single \x01; the server then fails the exchange.
    m_errorReported = true;
    return Step::respond(QByteArrayLiteral("\x01"), escapeUntrustedBytes(decodedChallenge));
}

AuthPayload OAuthBearerMechanism::lastResponsePayload() const
{
    // The dummy response carries nothing secret.
    return m_errorReported ? AuthPayload::NoSecret : AuthPayload::Secret;
}

} // namespace Smtp
