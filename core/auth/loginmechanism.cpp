#include "loginmechanism.h"

namespace Smtp
{

LoginMechanism::LoginMechanism(const QString &user, const QString &password) : m_user(user), m_password(password) {}

SaslMechanism::Step LoginMechanism::respond(const QByteArray &decodedChallenge)
{
    Q_UNUSED(decodedChallenge) // "Username:" and "Password:" are customary, not required
    ++m_round;
    if (m_round == 1)
        return Step::respond(m_user.toUtf8());
    if (m_round == 2)
        return Step::respond(m_password.toUtf8());
    // MS-XLOGIN §3.1.5.1: the client MAY cancel on a third challenge; an endless stream of prompts must not loop.
    return Step::fail(LoginMechanism::tr("The server sent a third LOGIN challenge after the user name and password."));
}

AuthPayload LoginMechanism::lastResponsePayload() const
{
    return m_round == 1 ? AuthPayload::UserName : AuthPayload::Secret;
}

} // namespace Smtp
