#include "xoauth2mechanism.h"

#include "core/text/untrustedtext.h"
#include "secretwipe.h"

#include <QObject>

namespace Smtp
{

XOAuth2Mechanism::XOAuth2Mechanism(const QString &user, const QString &token) : m_user(user), m_token(token) {}

QByteArray XOAuth2Mechanism::initialResponse()
{
    m_sent = true;
    const SecretBytes token(m_token.toUtf8());
    return "user=" + m_user.toUtf8() +
           "\x01"
           "auth=Bearer " +
           token.bytes() + "\x01\x01";
}

SaslMechanism::Step XOAuth2Mechanism::respond(const QByteArray &decodedChallenge)
{
    if (!m_sent) {
        // The server asked for the credentials instead of taking them as an initial response.
        if (!decodedChallenge.isEmpty())
            return Step::fail(XOAuth2Mechanism::tr("The server sent an XOAUTH2 challenge before the credentials."));
        return Step::respond(initialResponse());
    }
    if (m_errorReported)
        return Step::fail(XOAuth2Mechanism::tr("The server sent another XOAUTH2 challenge after its error report."));
    // The challenge is a JSON error report; an empty response lets the server finish with its failure reply.
    m_errorReported = true;
    return Step::respond({}, escapeUntrustedBytes(decodedChallenge));
}

AuthPayload XOAuth2Mechanism::lastResponsePayload() const
{
    return m_errorReported ? AuthPayload::NoSecret : AuthPayload::Secret;
}

} // namespace Smtp
