#include "capabilities.h"

#include "core/text/untrustedtext.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace Smtp
{

namespace
{

// Real servers advertise a few dozen keywords; anything far beyond that is abuse and is cut off to bound memory.
constexpr qsizetype maxCapabilities = 1000;
// Warnings are shown to the user; a hostile reply must not turn them into a flood.
constexpr qsizetype maxWarnings = 50;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5321 §4.1.1.1: ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-").
bool isValidKeyword(const QByteArray &keyword)
{
    if (keyword.isEmpty())
        return false;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        const char c = keyword.at(i);
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || c != '-'))
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return true;
    }
    return false;
}

// The words of a line, as views into it: a reply of a thousand keywords should not cost thousands of small copies.
using Words = QVarLengthArray<QByteArrayView, 16>;

Words splitWords(QByteArrayView text)
{
    Words words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isSpace(text.at(i)))
            ++i;
        if (i > start)
            words.append(text.sliced(start, i - start));
    }
    return words;
}

// RFC 1870 §3: size-param = [1*DIGIT]. Parsed by hand so that a huge value is refused instead of wrapping around.
std::optional<qint64> parseSize(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        const int digit = ch.unicode() - u'0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

} // namespace

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities caps;
    // Only a positive EHLO reply lists extensions; anything else says nothing about them.
    if (!reply.isPositiveCompletion() || reply.lines.isEmpty())
        return caps;

    const auto warn = [&caps](const QString &warning) {
        if (caps.m_warnings.size() < maxWarnings)
            caps.m_warnings.append(warning);
        else if (caps.m_warnings.size() == maxWarnings)
            caps.m_warnings.append(tr("Further warnings about this EHLO reply were left out."));
    };

    // RFC 5321 §4.1.1.1: ehlo-ok-rsp = "250" SP Domain [SP ehlo-greet] CRLF / "250-" Domain … then one
    // ehlo-line per extension.
    caps.m_greetingLine = reply.lines.first();
    const qsizetype expected = std::min(reply.lines.size() - 1, maxCapabilities);
    caps.m_capabilities.reserve(expected);
    QSet<QString> seen;
    seen.reserve(expected);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        if (caps.m_capabilities.size() >= maxCapabilities) {
            warn(tr("The server listed more than %1 capabilities; the rest were ignored.").arg(maxCapabilities));
            break;
        }
        const QByteArray &line = reply.lines.at(i);
        const Words words = splitWords(line);
        if (words.isEmpty()) {
            warn(tr("Empty capability line."));
            continue;
        }
        if (isSpace(line.at(0)))
            warn(tr("Capability line starts with white space: %1").arg(escapeUntrustedBytes(line)));

        QByteArray keywordBytes = words.first().toByteArray().toUpper();
        QByteArray firstParameter;
        bool oldAuthForm = false;
        // Old servers (before RFC 4954 was final) advertise "AUTH=LOGIN PLAIN"; clients still meet it. The first
        // mechanism comes upper-cased, with the keyword it was part of.
        if (keywordBytes.startsWith("AUTH=")) {
            oldAuthForm = true;
            firstParameter = keywordBytes.mid(5);
            keywordBytes = "AUTH";
            warn(tr("The server uses the obsolete \"AUTH=\" form: %1").arg(escapeUntrustedBytes(line)));
        }
        if (hasControl(keywordBytes))
            warn(tr("Capability keyword contains control characters: %1").arg(escapeUntrustedBytes(keywordBytes)));
        else if (!isValidKeyword(keywordBytes))
            warn(tr("Capability keyword is not valid: %1").arg(escapeUntrustedBytes(keywordBytes)));

        Capability capability;
        // Server-controlled text: keep it escaped so it is shown, never interpreted.
        capability.keyword = escapeUntrustedBytes(keywordBytes);
        capability.parameters.reserve(words.size() - 1 + (firstParameter.isEmpty() ? 0 : 1));
        if (!firstParameter.isEmpty())
            capability.parameters.append(escapeUntrustedBytes(firstParameter));
        for (qsizetype w = 1; w < words.size(); ++w)
            capability.parameters.append(escapeUntrustedBytes(words.at(w)));
        capability.rawLine = line;

        // The old and the new AUTH form side by side is normal; the same form twice is not.
        const qsizetype seenBefore = seen.size();
        seen.insert(oldAuthForm ? QStringLiteral("AUTH=") : capability.keyword);
        const bool duplicate = seen.size() == seenBefore;
        if (duplicate)
            warn(tr("Capability listed more than once: %1").arg(capability.keyword));

        // Only the first SIZE counts (lookups use the first occurrence), so only it is checked.
        if (capability.keyword == QStringLiteral("SIZE") && !duplicate && !capability.parameters.isEmpty() &&
            !parseSize(capability.parameters.first()))
            warn(tr("SIZE value is not a valid size: %1").arg(capability.parameters.first()));
        caps.m_capabilities.append(std::move(capability));
    }
    return caps;
}

bool Capabilities::has(const QString &keyword) const
{
    for (const Capability &capability : m_capabilities) {
        if (capability.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList Capabilities::parameters(const QString &keyword) const
{
    for (const Capability &capability : m_capabilities) {
        if (capability.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return capability.parameters;
    }
    return {};
}

std::optional<qint64> Capabilities::sizeLimit() const
{
    if (!size())
        return std::nullopt;
    const QStringList values = parameters(QStringLiteral("SIZE"));
    // RFC 1870 §4: SIZE without a value declares no fixed maximum, as does 0.
    if (values.isEmpty())
        return 0;
    return parseSize(values.first());
}

QStringList Capabilities::authMechanisms() const
{
    QStringList mechanisms;
    QSet<QString> seen;
    for (const Capability &capability : m_capabilities) {
        if (capability.keyword != QStringLiteral("AUTH"))
            continue;
        for (const QString &mechanism : capability.parameters) {
            const QString upper = mechanism.toUpper();
            if (!seen.contains(upper)) {
                seen.insert(upper);
                mechanisms.append(upper);
            }
        }
    }
    return mechanisms;
}

} // namespace Smtp
