// Fuzz target for the reply parser (hostile-servers C16): feeds the input in splits derived from the input itself
// and checks the properties the session relies on, so a violation crashes instead of passing silently.

#include "core/protocol/capabilities.h"
#include "core/protocol/replyparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

struct Result
{
    QList<Smtp::Reply> replies;
    Smtp::ReplyParser::Error error = Smtp::ReplyParser::Error::None;
    QString errorString;
    qsizetype pendingBytes = 0;
};

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_replyparser: property violated: %s\n", what);
        std::abort();
    }
}

// Splits are pseudo-random but reproducible: a small LCG seeded from the input's FNV-1a hash.
Result run(QByteArrayView data, const Smtp::ReplyParser::Limits &limits, bool split)
{
    Smtp::ReplyParser parser(limits);
    Result result;
    quint32 state = 2166136261u;
    for (const char c : data)
        state = (state ^ static_cast<unsigned char>(c)) * 16777619u;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype length = data.size() - pos;
        if (split) {
            state = state * 1664525u + 1013904223u;
            // Mostly short pieces (down to one byte), sometimes the whole rest.
            const quint32 pick = state >> 24;
            length = pick < 200 ? qMin<qsizetype>(length, 1 + (pick % 17)) : length;
        }
        const qsizetype before = parser.pendingBytes();
        const bool fed = parser.feed(data.sliced(pos, length));
        check(fed != parser.hasError(), "feed() returns false exactly when an error is set");
        if (fed)
            check(parser.pendingBytes() == before + length, "every byte fed is pending until taken");
        pos += length;
        if (!fed)
            break;
        // Take replies at varying times, as the session does.
        if ((state & 1u) != 0) {
            while (parser.hasReply())
                result.replies.append(parser.takeReply());
        }
    }
    if (parser.hasError()) {
        const qsizetype pending = parser.pendingBytes();
        check(!parser.feed("250 ok\r\n") && parser.pendingBytes() == pending, "feed() keeps failing after an error");
    }
    result.pendingBytes = parser.pendingBytes();
    while (parser.hasReply())
        result.replies.append(parser.takeReply());
    result.error = parser.error();
    result.errorString = parser.errorString();
    check(result.error == Smtp::ReplyParser::Error::None || !result.errorString.isEmpty(), "errors are explained");
    check(result.errorString.size() < 1024, "error messages are bounded");
    return result;
}

void compare(const Result &a, const Result &b)
{
    check(a.error == b.error, "the error does not depend on the split");
    check(a.errorString == b.errorString, "the error message does not depend on the split");
    check(a.replies.size() == b.replies.size(), "the replies do not depend on the split");
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        const Smtp::Reply &x = a.replies.at(i);
        const Smtp::Reply &y = b.replies.at(i);
        check(x.code == y.code && x.lines == y.lines && x.raw == y.raw && x.enhanced == y.enhanced,
              "each reply does not depend on the split");
    }
}

void exercise(const Result &result, const Smtp::ReplyParser::Limits &limits)
{
    for (const Smtp::Reply &reply : result.replies) {
        check(reply.firstDigit() >= 2 && reply.firstDigit() <= 5, "codes start with 2-5");
        check(!reply.lines.isEmpty() && reply.lines.size() <= limits.maxLines, "line count within the limit");
        check(reply.raw.size() <= limits.maxReplyLength, "reply size within the limit");
        check(reply.raw.endsWith("\r\n"), "replies end in CRLF");
        check(!reply.summary().contains(u'\n') && !reply.summary().contains(u'\r'), "summaries are one line");
        (void)reply.text();
        const Smtp::Capabilities caps = Smtp::Capabilities::fromEhloReply(reply);
        check(caps.all().size() <= 1000, "capabilities are capped");
        (void)caps.sizeLimit();
        (void)caps.authMechanisms();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    Smtp::ReplyParser::Limits small;
    small.maxLineLength = 64;
    small.maxReplyLength = 256;
    small.maxLines = 8;
    for (const Smtp::ReplyParser::Limits &limits : {Smtp::ReplyParser::Limits(), small}) {
        const Result whole = run(bytes, limits, false);
        const Result split = run(bytes, limits, true);
        compare(whole, split);
        exercise(whole, limits);
    }
    return 0;
}
