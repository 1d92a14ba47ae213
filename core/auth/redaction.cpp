#include "redaction.h"

namespace Smtp
{

namespace
{

QByteArray withoutLineEnd(const QByteArray &line)
{
    QByteArray result = line;
    while (result.endsWith('\n') || result.endsWith('\r'))
        result.chop(1);
    return result;
}

QByteArray placeholder(AuthPayload payload)
{
    return payload == AuthPayload::UserName ? QByteArrayLiteral("<redacted user name>")
                                            : QByteArrayLiteral("<redacted>");
}

bool isMechanismName(const QByteArray &text)
{
    // RFC 4422 §3.1: sasl-mech = 1*20mech-char; mech-char = UPPER-ALPHA / DIGIT / HYPHEN / UNDERSCORE (any case here).
    if (text.isEmpty() || text.size() > 20)
        return false;
    for (const char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray redactAuthLine(const QByteArray &line, AuthLineRole role, AuthPayload payload)
{
    const QByteArray text = withoutLineEnd(line);
    if (role == AuthLineRole::Continuation) {
        // RFC 4954 §4: "*" cancels; it and an empty response carry nothing secret.
        if (text.isEmpty() || text == "*" || payload == AuthPayload::NoSecret)
            return text;
        return placeholder(payload);
    }

    // Typed lines may use tabs or several spaces between words (RFC 5321 §4.1.1 asks for one SP, servers are lax):
    // split on any white space, so the response is found however it is written.
    const QList<QByteArray> words = text.simplified().split(' ');
    if (words.size() < 2 || words.size() > 3 || words.at(0).toUpper() != "AUTH" || !isMechanismName(words.at(1)))
        return placeholder(AuthPayload::Secret);
    if (words.size() == 2)
        return text;
    // RFC 4954 §4: "=" is the empty initial response.
    if (words.at(2) == "=" || payload == AuthPayload::NoSecret)
        return text;
    return words.at(0) + ' ' + words.at(1) + ' ' + placeholder(payload);
}

bool isTypedAuthCommand(const QByteArray &line)
{
    const QByteArray simplified = line.simplified();
    const qsizetype end = simplified.indexOf(' ');
    return (end < 0 ? simplified : simplified.left(end)).toUpper() == "AUTH";
}

QByteArray redactTypedLine(const QByteArray &line, bool authContinuation)
{
    if (authContinuation)
        return redactAuthLine(line, AuthLineRole::Continuation);
    if (isTypedAuthCommand(line))
        return redactAuthLine(line, AuthLineRole::Command);
    return withoutLineEnd(line);
}

bool isRedactedForm(const QByteArray &original, const QByteArray &redacted)
{
    return withoutLineEnd(original) != redacted;
}

} // namespace Smtp
