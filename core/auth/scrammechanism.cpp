#include "scrammechanism.h"

#include "core/text/untrustedtext.h"
#include "saslprep.h"
#include "secretwipe.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Smtp
{

namespace
{

// RFC 5802 §5.1: in a saslname, '=' is written "=3D" and ',' "=2C" (in that order, or the '=' of "=2C" is escaped).
QByteArray escapeSaslName(const QByteArray &name)
{
    QByteArray result = name;
    result.replace('=', "=3D");
    result.replace(',', "=2C");
    return result;
}

// RFC 5802 §7: printable = %x21-2B / %x2D-7E (printable ASCII except ',').
bool isValidNonce(const QByteArray &nonce)
{
    if (nonce.isEmpty())
        return false;
    for (const char c : nonce) {
        if (c < 0x21 || c > 0x7E || c == ',')
            return false;
    }
    return true;
}

// The signatures are compared without an early exit, so timing does not tell how much of a guess was right.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// The GS2 header without channel binding or authzid (RFC 5802 §7 gs2-header "n,,").
constexpr char gs2Header[] = "n,,";

} // namespace

ScramMechanism::ScramMechanism(Hash hash, const QString &user, const QString &password, const QByteArray &clientNonce)
    : m_hash(hash), m_clientNonce(clientNonce)
{
    const SaslPrepResult preparedUser = saslPrep(user);
    SaslPrepResult preparedPassword = saslPrep(password);
    if (!preparedUser.isValid())
        m_setupError = ScramMechanism::tr("The user name cannot be used with SCRAM: %1").arg(preparedUser.error);
    else if (!preparedPassword.isValid())
        m_setupError = ScramMechanism::tr("The password cannot be used with SCRAM: %1").arg(preparedPassword.error);
    else if (!m_clientNonce.isEmpty() && !isValidNonce(m_clientNonce))
        m_setupError = ScramMechanism::tr("The SCRAM client nonce must be printable ASCII without ','.");
    m_user = escapeSaslName(preparedUser.prepared.toUtf8());
    m_password = preparedPassword.prepared.toUtf8();
    wipeSecret(preparedPassword.prepared);
    if (m_clientNonce.isEmpty()) {
        // RFC 5802 §5.1: a nonce unique to this exchange; 24 random bytes in base64 are printable and contain no ','.
        QByteArray random(24, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        m_clientNonce = random.toBase64();
    }
}

ScramMechanism::~ScramMechanism()
{
    wipeSecret(m_password);
}

QString ScramMechanism::name() const
{
    return m_hash == Hash::Sha1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256");
}

QCryptographicHash::Algorithm ScramMechanism::algorithm() const
{
    return m_hash == Hash::Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}

QByteArray ScramMechanism::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, algorithm());
}

QByteArray ScramMechanism::initialResponse()
{
    m_clientFirstBare = "n=" + m_user + ",r=" + m_clientNonce;
    m_state = State::SentClientFirst;
    m_lastResponseEmpty = false;
    return gs2Header + m_clientFirstBare;
}

SaslMechanism::Step ScramMechanism::respond(const QByteArray &decodedChallenge)
{
    if (!m_setupError.isEmpty()) {
        m_state = State::Failed;
        return Step::fail(m_setupError);
    }
    switch (m_state) {
    case State::Initial:
        // RFC 4954 §4: without an initial response the server sends an empty challenge first.
        if (!decodedChallenge.isEmpty()) {
            m_state = State::Failed;
            return Step::fail(
                ScramMechanism::tr("The server sent a %1 challenge before the client's first message.").arg(name()));
        }
        return Step::respond(initialResponse());
    case State::SentClientFirst:
        return handleServerFirst(decodedChallenge);
    case State::SentClientFinal:
        if (const QString problem = checkServerFinal(decodedChallenge); !problem.isEmpty()) {
            m_state = State::Failed;
            return Step::fail(problem);
        }
        // RFC 5802 §5: the server-final message came as a challenge; the client answers it with an empty response.
        m_state = State::Verified;
        m_lastResponseEmpty = true;
        return Step::respond({});
    case State::Verified:
    case State::Failed:
        break;
    }
    m_state = State::Failed;
    return Step::fail(
        ScramMechanism::tr("The server sent an unexpected %1 challenge after the exchange ended.").arg(name()));
}

SaslMechanism::Step ScramMechanism::handleServerFirst(const QByteArray &serverFirst)
{
    m_state = State::Failed;
    const QList<QByteArray> attributes = serverFirst.split(',');
    // RFC 5802 §7: server-first-message = [reserved-mext ","] nonce "," salt "," iteration-count ["," extensions]
    if (serverFirst.startsWith("m="))
        return Step::fail(ScramMechanism::tr("The server requires a SCRAM extension this client does not know (m=)."));
    if (attributes.size() < 3 || !attributes.at(0).startsWith("r=") || !attributes.at(1).startsWith("s=") ||
        !attributes.at(2).startsWith("i="))
        return Step::fail(ScramMechanism::tr("The server's first %1 message is malformed.").arg(name()));

    const QByteArray nonce = attributes.at(0).mid(2);
    // RFC 5802 §5.1: the server's nonce starts with the client's; anything else may be a replay or a mix-up.
    if (!isValidNonce(nonce) || !nonce.startsWith(m_clientNonce))
        return Step::fail(
            ScramMechanism::tr("The server's %1 nonce does not start with the client's nonce.").arg(name()));
    if (nonce.size() == m_clientNonce.size())
        addWarning(ScramMechanism::tr("The server did not add its own part to the %1 nonce.").arg(name()));

    const std::optional<QByteArray> salt = decodeStrictBase64(attributes.at(1).mid(2));
    if (!salt || salt->isEmpty())
        return Step::fail(ScramMechanism::tr("The server's %1 salt is not valid base64.").arg(name()));

    const QByteArray iterationText = attributes.at(2).mid(2);
    bool ok = false;
    const int iterations = iterationText.toInt(&ok);
    bool digitsOnly = !iterationText.isEmpty();
    for (const char c : iterationText)
        digitsOnly = digitsOnly && c >= '0' && c <= '9';
    if (!ok || !digitsOnly || iterations < 1)
        return Step::fail(ScramMechanism::tr("The server's %1 iteration count \"%2\" is not a positive number.")
                              .arg(name(), escapeUntrustedBytes(iterationText.left(20))));
    // A hostile server could ask for billions of iterations to burn the client's CPU.
    if (iterations > maxScramIterations)
        return Step::fail(ScramMechanism::tr("The server asked for %1 %2 iterations; more than %3 are refused.")
                              .arg(iterations)
                              .arg(name())
                              .arg(maxScramIterations));
    // RFC 7677 §4: the iteration count SHOULD be at least 4096.
    if (iterations < minRecommendedScramIterations)
        addWarning(
            ScramMechanism::tr("The server uses only %1 %2 iterations; at least %3 are recommended (RFC 7677 §4).")
                .arg(iterations)
                .arg(name())
                .arg(minRecommendedScramIterations));

    const int hashLength = QCryptographicHash::hashLength(algorithm());
    // RFC 5802 §3: SaltedPassword := Hi(Normalize(password), salt, i), Hi being PBKDF2 with HMAC.
    // Every key below opens the account or proves to be its owner: each is zeroed as it goes (E8), the password as
    // soon as it has been derived, since one exchange needs it once.
    const SecretBytes saltedPassword(QPasswordDigestor::deriveKeyPbkdf2(algorithm(), m_password, *salt, iterations,
                                                                        static_cast<quint64>(hashLength)));
    wipeSecret(m_password);
    const SecretBytes clientKey(hmac(saltedPassword.bytes(), QByteArrayLiteral("Client Key")));
    const SecretBytes storedKey(QCryptographicHash::hash(clientKey.bytes(), algorithm()));
    const QByteArray clientFinalWithoutProof = "c=" + QByteArray(gs2Header).toBase64() + ",r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + clientFinalWithoutProof;
    const SecretBytes clientSignature(hmac(storedKey.bytes(), authMessage));
    QByteArray proof(clientKey.bytes().size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = static_cast<char>(clientKey.bytes().at(i) ^ clientSignature.bytes().at(i));
    const SecretBytes clientProof(std::move(proof));
    const SecretBytes serverKey(hmac(saltedPassword.bytes(), QByteArrayLiteral("Server Key")));
    m_expectedServerSignature = hmac(serverKey.bytes(), authMessage);

    m_state = State::SentClientFinal;
    m_lastResponseEmpty = false;
    return Step::respond(clientFinalWithoutProof + ",p=" + clientProof.bytes().toBase64());
}

QString ScramMechanism::checkServerFinal(const QByteArray &serverFinal)
{
    // RFC 5802 §7: server-final-message = (server-error / verifier) ["," extensions]
    const qsizetype comma = serverFinal.indexOf(',');
    const QByteArray first = comma < 0 ? serverFinal : serverFinal.left(comma);
    if (first.startsWith("e="))
        return ScramMechanism::tr("The server reported a %1 error: %2").arg(name(), escapeUntrustedBytes(first.mid(2)));
    if (!first.startsWith("v="))
        return ScramMechanism::tr("The server's final %1 message is malformed.").arg(name());
    const std::optional<QByteArray> signature = decodeStrictBase64(first.mid(2));
    if (!signature)
        return ScramMechanism::tr("The server's %1 signature is not valid base64.").arg(name());
    // RFC 5802 §9: the client MUST verify the server signature: only a server that knows the password can make it.
    if (!equalConstantTime(*signature, m_expectedServerSignature))
        return ScramMechanism::tr(
                   "The server's %1 signature is wrong: it does not know the password, or the exchange was "
                   "tampered with.")
            .arg(name());
    return {};
}

QString ScramMechanism::verifyFinal(const QByteArray &additionalData)
{
    if (m_state == State::Verified) {
        if (additionalData.isEmpty())
            return {};
        return checkServerFinal(additionalData);
    }
    if (m_state != State::SentClientFinal)
        return ScramMechanism::tr("The server reported success before the %1 exchange was finished.").arg(name());
    // RFC 4954 §4: the server-final message may come as additional data of the 235 reply.
    if (additionalData.isEmpty()) {
        m_state = State::Failed;
        return ScramMechanism::tr(
                   "The server reported success without proving that it knows the password (no %1 server "
                   "signature).")
            .arg(name());
    }
    if (const QString problem = checkServerFinal(additionalData); !problem.isEmpty()) {
        m_state = State::Failed;
        return problem;
    }
    m_state = State::Verified;
    return {};
}

AuthPayload ScramMechanism::lastResponsePayload() const
{
    if (m_lastResponseEmpty)
        return AuthPayload::NoSecret;
    // The client-first message holds only the user name and a nonce; the client-final one holds the proof.
    return m_state == State::SentClientFirst ? AuthPayload::UserName : AuthPayload::Secret;
}

} // namespace Smtp
