// Fuzz target for SASL challenge decoding (hostile-server case C9), for every mechanism the client implements. The
// first byte picks the mechanism (its value modulo 7) and the way the rest is fed (bit 3): as server bytes through
// the reply parser to an AuthExchange, as the session does, or as decoded challenges given straight to the
// mechanism, each one a length byte followed by that many bytes, the bytes left over going to verifyFinal(). Bit 4
// turns the initial response off. The rest is also decoded as one base64 challenge.

#include "core/auth/authexchange.h"
#include "core/auth/scrammechanism.h"
#include "core/protocol/replyparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

// Must never reach a transcript line in clear, whatever the server says.
const QString password = QStringLiteral("FUZZ-secret-pw");
const QString user = QStringLiteral("fuzz-user");

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_sasl: property violated: %s\n", what);
        std::abort();
    }
}

std::unique_ptr<Smtp::SaslMechanism> makeMechanism(int which)
{
    // A fixed client nonce (RFC 5802's example) keeps SCRAM runs reproducible and lets seeds answer it.
    const QByteArray nonce = "fyko+d2lbbFgONRv9qkxdawL";
    switch (which) {
    case 0:
        return Smtp::createSaslMechanism(QStringLiteral("PLAIN"), user, password);
    case 1:
        return Smtp::createSaslMechanism(QStringLiteral("LOGIN"), user, password);
    case 2:
        return Smtp::createSaslMechanism(QStringLiteral("CRAM-MD5"), user, password);
    case 3:
        return std::make_unique<Smtp::ScramMechanism>(Smtp::ScramMechanism::Hash::Sha1, user, password, nonce);
    case 4:
        return std::make_unique<Smtp::ScramMechanism>(Smtp::ScramMechanism::Hash::Sha256, user, password, nonce);
    case 5:
        return Smtp::createSaslMechanism(QStringLiteral("XOAUTH2"), user, password);
    default:
        return Smtp::createSaslMechanism(QStringLiteral("OAUTHBEARER"), user, password,
                                         Smtp::SaslServer{QStringLiteral("mx.test"), 587});
    }
}

void checkText(const QString &text)
{
    check(!text.contains(password), "the secret never appears in a message");
    for (const QChar ch : text)
        check(ch.unicode() >= 0x20 && ch.unicode() != 0x7F, "server text in messages is escaped");
}

void checkAction(const Smtp::AuthExchange::Action &action)
{
    checkText(action.serverMessage);
    checkText(action.error);
    if (action.kind != Smtp::AuthExchange::Action::Kind::Send) {
        check(!action.error.isEmpty() || action.kind == Smtp::AuthExchange::Action::Kind::Succeeded,
              "a failure says why");
        return;
    }
    check(action.line.endsWith("\r\n") && action.line.indexOf('\n') == action.line.size() - 1 &&
              action.line.indexOf('\r') == action.line.size() - 2,
          "a client line is one line");
    check(!action.loggedLine.contains(password.toUtf8()), "the secret never reaches the transcript");
    check(!action.loggedLine.contains(password.toUtf8().toBase64()), "the secret never reaches the transcript");
    check(!action.loggedLine.contains('\r') && !action.loggedLine.contains('\n'), "the logged line is one line");
}

void runExchange(int which, bool initialResponse, QByteArrayView serverBytes)
{
    Smtp::AuthExchange exchange(makeMechanism(which), initialResponse);
    Smtp::AuthExchange::Action action = exchange.start();
    checkAction(action);
    Smtp::ReplyParser parser;
    parser.feed(serverBytes);
    int replies = 0;
    while (parser.hasReply() && action.kind == Smtp::AuthExchange::Action::Kind::Send) {
        const Smtp::Reply reply = parser.takeReply();
        (void)Smtp::AuthExchange::challengeText(reply);
        (void)Smtp::AuthExchange::successData(reply);
        action = exchange.handleReply(reply);
        checkAction(action);
        ++replies;
        // The challenge limit (10) plus the cancel and its answer bound every exchange.
        check(replies <= 12, "an exchange ends after a bounded number of replies");
    }
    if (action.kind != Smtp::AuthExchange::Action::Kind::Send)
        check(exchange.isFinished(), "a finished exchange says so");
}

void runMechanism(int which, QByteArrayView rest)
{
    const std::unique_ptr<Smtp::SaslMechanism> mechanism = makeMechanism(which);
    check(mechanism != nullptr, "the mechanism is created");
    if (mechanism->hasInitialResponse())
        (void)mechanism->initialResponse();
    qsizetype pos = 0;
    while (pos < rest.size()) {
        const qsizetype length = static_cast<unsigned char>(rest.at(pos));
        if (pos + 1 + length > rest.size())
            break;
        const QByteArray challenge = rest.sliced(pos + 1, length).toByteArray();
        pos += 1 + length;
        const Smtp::SaslMechanism::Step step = mechanism->respond(challenge);
        checkText(step.serverMessage);
        checkText(step.error);
        if (step.isFailure())
            return;
        (void)mechanism->lastResponsePayload();
    }
    checkText(mechanism->verifyFinal(rest.sliced(pos).toByteArray()));
    for (const QString &warning : mechanism->warnings())
        checkText(warning);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    const auto mode = static_cast<unsigned char>(bytes.at(0));
    const QByteArrayView rest = bytes.sliced(1);

    if (const std::optional<QByteArray> decoded = Smtp::decodeStrictBase64(rest)) {
        check(decoded->size() <= Smtp::maxChallengeSize, "a decoded challenge is bounded");
        check(Smtp::decodeStrictBase64(decoded->toBase64()) == decoded, "base64 round-trips");
    }

    const int which = mode % 7;
    if ((mode & 0x08) != 0)
        runMechanism(which, rest);
    else
        runExchange(which, (mode & 0x10) == 0, rest);
    return 0;
}
