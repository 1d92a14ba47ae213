// Fuzz target for the EHLO capability parser and what reads its result: the SIZE limit, the AUTH mechanisms and the
// choice among them, and the MAIL FROM / RCPT TO parameters built from the capabilities. The input is parsed as
// server bytes (every positive reply is taken as an EHLO reply) and also taken line by line as the lines of one 250
// reply, so that lines the reply parser would refuse reach the capability parser too.

#include "core/auth/saslmechanism.h"
#include "core/message/messagebuilder.h"
#include "core/protocol/capabilities.h"
#include "core/protocol/replyparser.h"

#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_capabilities: property violated: %s\n", what);
        std::abort();
    }
}

// Server text must come out escaped: no C0 control or DEL may survive into what is shown.
bool isDisplaySafe(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
            return false;
    }
    return true;
}

// A parameter goes onto a command line: it must not be able to end the line or start another word.
bool isSafeParameter(const QString &parameter)
{
    if (parameter.isEmpty())
        return false;
    for (const QChar ch : parameter) {
        if (ch.unicode() <= 0x20 || ch.unicode() == 0x7F)
            return false;
    }
    return true;
}

void checkEnvelope(const Smtp::EnvelopeParameters &parameters)
{
    for (const QString &parameter : parameters.parameters)
        check(isSafeParameter(parameter), "envelope parameters are single words without controls");
}

void exercise(const Smtp::Reply &reply)
{
    const Smtp::Capabilities caps = Smtp::Capabilities::fromEhloReply(reply);
    check(caps == Smtp::Capabilities::fromEhloReply(reply), "parsing is deterministic");
    if (!reply.isPositiveCompletion())
        check(caps.isEmpty() && caps.warnings().isEmpty(), "a negative reply advertises nothing");
    check(caps.all().size() <= 1000, "capabilities are capped");
    check(caps.warnings().size() <= 51, "warnings are capped");
    for (const Smtp::Capability &capability : caps.all()) {
        check(!capability.keyword.isEmpty(), "keywords are not empty");
        check(isDisplaySafe(capability.keyword), "keywords are escaped");
        check(caps.has(capability.keyword), "every listed keyword is found");
        for (const QString &parameter : capability.parameters)
            check(isDisplaySafe(parameter) && !parameter.isEmpty(), "parameters are escaped words");
    }
    for (const QString &warning : caps.warnings())
        check(isDisplaySafe(warning), "warnings are escaped");

    const std::optional<qint64> size = caps.sizeLimit();
    check(!size || *size >= 0, "a size limit is never negative");
    check(!size || caps.size(), "a size limit needs SIZE");

    const QStringList mechanisms = caps.authMechanisms();
    check(QSet<QString>(mechanisms.cbegin(), mechanisms.cend()).size() == mechanisms.size(),
          "mechanisms are listed once");
    for (const QString &mechanism : mechanisms)
        check(mechanism == mechanism.toUpper(), "mechanisms are upper-cased");
    for (const bool token : {false, true}) {
        const QString chosen = Smtp::chooseStrongestMechanism(mechanisms, token);
        check(chosen.isEmpty() || (mechanisms.contains(chosen) && Smtp::supportedSaslMechanisms().contains(chosen)),
              "the chosen mechanism is offered and supported");
    }

    Smtp::MessageInfo info;
    info.size = 1234;
    checkEnvelope(Smtp::buildMailParameters(caps, info));
    info.eightBit = true;
    info.smtpUtf8 = true;
    info.dsnReturn = QStringLiteral("HDRS");
    info.dsnEnvelopeId = QStringLiteral("id+1=2");
    info.requireTls = true;
    info.tlsValidated = true;
    checkEnvelope(Smtp::buildMailParameters(caps, info));
    checkEnvelope(Smtp::buildRcptParameters(caps, QStringLiteral("success,failure"), QStringLiteral("b@mx.test")));
    checkEnvelope(Smtp::buildRcptParameters(caps, QStringLiteral("NEVER"), QStringLiteral("bé@mx.test")));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));

    Smtp::ReplyParser parser;
    parser.feed(bytes);
    while (parser.hasReply())
        exercise(parser.takeReply());

    // The lines as they are, whatever the reply parser would say of them (bounded as the parser bounds a reply).
    Smtp::Reply reply;
    reply.code = 250;
    reply.raw = bytes.first(qMin<qsizetype>(bytes.size(), 65536)).toByteArray();
    reply.lines = reply.raw.split('\n');
    for (QByteArray &line : reply.lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    exercise(reply);
    return 0;
}
