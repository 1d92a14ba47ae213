#include "saslmechanism.h"

#include "crammd5mechanism.h"
#include "loginmechanism.h"
#include "oauthbearermechanism.h"
#include "plainmechanism.h"
#include "redaction.h"
#include "scrammechanism.h"
#include "xoauth2mechanism.h"

namespace Smtp
{

namespace
{

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

} // namespace

std::optional<QByteArray> decodeStrictBase64(QByteArrayView encoded)
{
    if (encoded.size() > maxChallengeSize)
        return std::nullopt;
    // RFC 4954 §7: base64 = *(4base64-char) [base64-terminal], so whole groups of four, '=' only at the end.
    if (encoded.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    if (encoded.endsWith("=="))
        padding = 2;
    else if (encoded.endsWith('='))
        padding = 1;
    for (qsizetype i = 0; i < encoded.size() - padding; ++i) {
        // RFC 4954 §4: reject, do not ignore, anything outside the alphabet, and '=' anywhere but at the end.
        if (!isBase64Char(encoded.at(i)))
            return std::nullopt;
    }
    const auto result = QByteArray::fromBase64Encoding(encoded.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    // RFC 4648 §3.5: the bits after the last full octet must be zero; a non-canonical form is refused, so one value
    // has one encoding.
    if (result.decoded.toBase64() != encoded)
        return std::nullopt;
    return result.decoded;
}

QByteArray encodeInitialResponse(const QByteArray &raw)
{
    // RFC 4954 §4: "If the initial response ... is empty, the client sends a single equals sign".
    if (raw.isEmpty())
        return QByteArrayLiteral("=");
    return raw.toBase64();
}

SaslMechanism::Step SaslMechanism::Step::respond(const QByteArray &response, const QString &serverMessage)
{
    Step step;
    step.response = response;
    step.serverMessage = serverMessage;
    return step;
}

SaslMechanism::Step SaslMechanism::Step::fail(const QString &error)
{
    Step step;
    step.error = error;
    return step;
}

SaslMechanism::~SaslMechanism() = default;

bool SaslMechanism::isComplete() const
{
    return true;
}

QString SaslMechanism::verifyFinal(const QByteArray &additionalData)
{
    // Mechanisms without success data have nothing to check. Text in a 235 reply is usually human-readable
    // ("2.7.0 Authentication successful") and cannot be told apart from base64 reliably, so it is not an error.
    Q_UNUSED(additionalData)
    return {};
}

AuthPayload SaslMechanism::lastResponsePayload() const
{
    return AuthPayload::Secret;
}

QByteArray SaslMechanism::redactedForm(const QByteArray &wireLine, bool isCommand) const
{
    return redactAuthLine(wireLine, isCommand ? AuthLineRole::Command : AuthLineRole::Continuation,
                          lastResponsePayload());
}

QStringList supportedSaslMechanisms()
{
    return {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"), QStringLiteral("CRAM-MD5"),
            QStringLiteral("PLAIN"),         QStringLiteral("LOGIN"),       QStringLiteral("OAUTHBEARER"),
            QStringLiteral("XOAUTH2")};
}

QString checkSaslInput(const QString &text, const QString &what)
{
    if (text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')))
        return SaslMechanism::tr("The %1 contains a line break, which cannot be sent in an AUTH exchange.").arg(what);
    if (text.contains(QChar(u'\0')))
        return SaslMechanism::tr("The %1 contains a NUL character, which cannot be sent in an AUTH exchange.")
            .arg(what);
    return {};
}

std::unique_ptr<SaslMechanism> createSaslMechanism(const QString &name, const QString &user, const QString &secret,
                                                   const SaslServer &server, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::unique_ptr<SaslMechanism> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString mechanism = name.trimmed().toUpper();
    const bool isToken = mechanism == QLatin1String("XOAUTH2") || mechanism == QLatin1String("OAUTHBEARER");
    const QString secretName = isToken ? SaslMechanism::tr("access token") : SaslMechanism::tr("password");
    QString problem = checkSaslInput(user, SaslMechanism::tr("user name"));
    if (problem.isEmpty())
        problem = checkSaslInput(secret, secretName);
    if (!problem.isEmpty())
        return failWith(problem);

    std::unique_ptr<SaslMechanism> result;
    if (mechanism == QLatin1String("PLAIN")) {
        result = std::make_unique<PlainMechanism>(user, secret);
    } else if (mechanism == QLatin1String("LOGIN")) {
        result = std::make_unique<LoginMechanism>(user, secret);
    } else if (mechanism == QLatin1String("CRAM-MD5")) {
        result = std::make_unique<CramMd5Mechanism>(user, secret);
    } else if (mechanism == QLatin1String("SCRAM-SHA-1") || mechanism == QLatin1String("SCRAM-SHA-256")) {
        auto scram = std::make_unique<ScramMechanism>(
            mechanism == QLatin1String("SCRAM-SHA-1") ? ScramMechanism::Hash::Sha1 : ScramMechanism::Hash::Sha256, user,
            secret);
        if (!scram->setupError().isEmpty())
            return failWith(scram->setupError());
        result = std::move(scram);
    } else if (mechanism == QLatin1String("XOAUTH2")) {
        result = std::make_unique<XOAuth2Mechanism>(user, secret);
    } else if (mechanism == QLatin1String("OAUTHBEARER")) {
        result = std::make_unique<OAuthBearerMechanism>(user, secret, server);
    } else {
        return failWith(SaslMechanism::tr("The authentication mechanism \"%1\" is not supported; supported are: %2.")
                            .arg(name, supportedSaslMechanisms().join(QStringLiteral(", "))));
    }
    if (error)
        error->clear();
    return result;
}

QString chooseStrongestMechanism(const QStringList &serverMechanisms, bool haveBearerToken)
{
    static const QStringList passwordOrder = {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"),
                                              QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"),
                                              QStringLiteral("LOGIN")};
    static const QStringList tokenOrder = {QStringLiteral("OAUTHBEARER"), QStringLiteral("XOAUTH2")};
    for (const QString &candidate : haveBearerToken ? tokenOrder : passwordOrder) {
        for (const QString &offered : serverMechanisms) {
            if (offered.trimmed().compare(candidate, Qt::CaseInsensitive) == 0)
                return candidate;
        }
    }
    return {};
}

} // namespace Smtp
