#include "crammd5mechanism.h"

#include "secretwipe.h"

#include <QMessageAuthenticationCode>

namespace Smtp
{

CramMd5Mechanism::CramMd5Mechanism(const QString &user, const QString &password) : m_user(user), m_password(password) {}

SaslMechanism::Step CramMd5Mechanism::respond(const QByteArray &decodedChallenge)
{
    if (m_answered)
        return Step::fail(
            CramMd5Mechanism::tr("The server sent a second CRAM-MD5 challenge; RFC 2195 defines only one."));
    if (decodedChallenge.isEmpty())
        return Step::fail(CramMd5Mechanism::tr("The server sent an empty CRAM-MD5 challenge."));
    m_answered = true;
    // RFC 2195 §2: the user name, a space, and the keyed MD5 digest (RFC 2104) in lower-case hex.
    const SecretBytes key(m_password.toUtf8());
    const QByteArray digest =
        QMessageAuthenticationCode::hash(decodedChallenge, key.bytes(), QCryptographicHash::Md5).toHex();
    return Step::respond(m_user.toUtf8() + ' ' + digest);
}

} // namespace Smtp
