#include "plainmechanism.h"

#include "secretwipe.h"

namespace Smtp
{

PlainMechanism::PlainMechanism(const QString &user, const QString &password, const QString &authorizationId)
    : m_user(user), m_password(password), m_authorizationId(authorizationId)
{}

QString PlainMechanism::check(const QString &user, const QString &password, const QString &authorizationId)
{
    // RFC 4616 §2: authzid, authcid and passwd are UTF8SAFE, which excludes NUL (it separates them).
    QString problem = checkSaslInput(authorizationId, PlainMechanism::tr("authorization identity"));
    if (problem.isEmpty())
        problem = checkSaslInput(user, PlainMechanism::tr("user name"));
    if (problem.isEmpty())
        problem = checkSaslInput(password, PlainMechanism::tr("password"));
    return problem;
}

QByteArray PlainMechanism::message() const
{
    const SecretBytes password(m_password.toUtf8());
    return m_authorizationId.toUtf8() + '\0' + m_user.toUtf8() + '\0' + password.bytes();
}

QByteArray PlainMechanism::initialResponse()
{
    m_sent = true;
    return message();
}

SaslMechanism::Step PlainMechanism::respond(const QByteArray &decodedChallenge)
{
    // RFC 4616 §2: the server's (empty) challenge only asks for the message when no initial response was sent.
    if (m_sent)
        return Step::fail(PlainMechanism::tr("The server sent another PLAIN challenge after the credentials."));
    if (!decodedChallenge.isEmpty())
        return Step::fail(
            PlainMechanism::tr("The server sent a non-empty PLAIN challenge, which RFC 4616 does not define."));
    if (const QString problem = check(m_user, m_password, m_authorizationId); !problem.isEmpty())
        return Step::fail(problem);
    m_sent = true;
    return Step::respond(message());
}

} // namespace Smtp
