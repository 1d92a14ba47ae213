#include "replyparser.h"

#include "core/text/untrustedtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Smtp
{

namespace
{

// Enough of the offending bytes to recognise them, not so many that an error message floods the UI.
constexpr qsizetype maxShownBytes = 80;

QString shown(const QByteArray &bytes)
{
    QString text = escapeUntrustedBytes(bytes.left(maxShownBytes));
    if (bytes.size() > maxShownBytes)
        text += QStringLiteral("…");
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// A byte that is checked only against the length limits once past the reply code.
bool isOrdinaryLineByte(char c)
{
    return c != '\r' && c != '\n' && c != '\0';
}

// RFC 3463 §2 / RFC 2034 §4: status-code = class "." subject "." detail, class in {2, 4, 5}, subject and detail of
// one to three digits, then SP (or the end of the line). The class must agree with the reply code's first digit.
EnhancedStatusCode parseEnhanced(const QByteArray &text, int firstDigit)
{
    const qsizetype size = text.size();
    if (size < 5 || (text.at(0) != '2' && text.at(0) != '4' && text.at(0) != '5') || text.at(1) != '.')
        return {};
    const int codeClass = text.at(0) - '0';
    if (codeClass != firstDigit)
        return {};
    qsizetype pos = 2;
    const auto number = [&](int &value) {
        const qsizetype start = pos;
        value = 0;
        while (pos < size && isDigit(text.at(pos)) && pos - start < 3) {
            value = value * 10 + (text.at(pos) - '0');
            ++pos;
        }
        return pos > start && (pos >= size || !isDigit(text.at(pos)));
    };
    int subject = 0;
    int detail = 0;
    if (!number(subject) || pos >= size || text.at(pos) != '.')
        return {};
    ++pos;
    if (!number(detail))
        return {};
    if (pos < size && text.at(pos) != ' ')
        return {};
    return EnhancedStatusCode{codeClass, subject, detail};
}

} // namespace

ReplyParser::ReplyParser() = default;

ReplyParser::ReplyParser(Limits limits) : m_limits(limits) {}

bool ReplyParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;
    // Byte by byte, so the first offending byte decides the error whatever the split of the stream; every byte is
    // looked at once, which keeps endless or unterminated input linear and bounded by the limits below.
    const char *const data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        // The middle of a line, where no check below can fail on an ordinary byte until a limit is reached: take the
        // run of such bytes with one append, up to the limit, and leave the byte that ends it to the checks.
        if (m_buffer.size() > 3 && m_buffer.back() != '\r') {
            const qsizetype room =
                std::min({m_limits.maxLineLength - m_buffer.size(),
                          m_limits.maxReplyLength - m_current.raw.size() - m_buffer.size(), size - i});
            qsizetype run = 0;
            while (run < room && isOrdinaryLineByte(data[i + run]))
                ++run;
            if (run > 0) {
                m_buffer.append(data + i, run);
                i += run;
                if (i == size)
                    break;
            }
        }
        const char c = data[i];
        const bool afterCr = !m_buffer.isEmpty() && m_buffer.back() == '\r';
        // RFC 5321 §2.3.8: lines end in CRLF only; a bare CR or LF is how smuggling and desync attacks start.
        if (afterCr && c != '\n')
            return fail(Error::MalformedLine, tr("Malformed reply line (bare CR): %1").arg(shown(m_buffer + c)));
        if (c == '\n' && !afterCr)
            return fail(Error::MalformedLine, tr("Malformed reply line (bare LF): %1").arg(shown(m_buffer + c)));
        if (c == '\0')
            return fail(Error::MalformedLine, tr("Malformed reply line (NUL byte): %1").arg(shown(m_buffer + c)));

        m_buffer.append(c);
        const qsizetype position = m_buffer.size() - 1;

        // RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39, then SP, "-" or the end of the line. Checked as the
        // bytes arrive so that a non-SMTP peer (an HTTP or TLS server) is refused at once. The second digit is taken
        // as any digit: §4.2 also says a client "MUST be prepared to handle codes not specified in this document" by
        // their first digit, and an unknown code like 299 is well-formed enough to act on.
        if (position <= 3 && c != '\r') {
            bool ok = true;
            switch (position) {
            case 0:
                ok = c >= '2' && c <= '5';
                break;
            case 1:
            case 2:
                ok = isDigit(c);
                break;
            default:
                ok = c == ' ' || c == '-';
                break;
            }
            if (!ok)
                return fail(Error::MalformedLine, tr("Malformed reply code: %1").arg(shown(m_buffer)));
        } else if (c == '\r' && position < 3) {
            return fail(Error::MalformedLine, tr("Malformed reply code: %1").arg(shown(m_buffer)));
        }
        if (position == 2 && !m_current.lines.isEmpty()) {
            // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
            const int code = (m_buffer.at(0) - '0') * 100 + (m_buffer.at(1) - '0') * 10 + (m_buffer.at(2) - '0');
            if (code != m_current.code)
                return fail(Error::InconsistentCode,
                            tr("Reply code changed from %1 to %2 within a multi-line reply: %3")
                                .arg(m_current.code)
                                .arg(code)
                                .arg(shown(m_buffer)));
        }

        if (m_buffer.size() > m_limits.maxLineLength)
            return fail(
                Error::LineTooLong,
                tr("Reply line too long (more than %1 bytes): %2").arg(m_limits.maxLineLength).arg(shown(m_buffer)));
        if (m_current.raw.size() + m_buffer.size() > m_limits.maxReplyLength)
            return fail(
                Error::ReplyTooLong,
                tr("Reply too long (more than %1 bytes): %2").arg(m_limits.maxReplyLength).arg(shown(m_current.raw)));

        if (c == '\n') {
            if (!parseLine(m_buffer))
                return false;
            m_buffer.resize(0); // keeps the allocation for the next line
        }
    }
    return true;
}

bool ReplyParser::parseLine(QByteArrayView line)
{
    // feed() has checked the code digits, the separator and the CRLF already.
    if (m_current.lines.size() >= m_limits.maxLines)
        return fail(
            Error::TooManyLines,
            tr("Reply has too many lines (more than %1): %2").arg(m_limits.maxLines).arg(shown(line.toByteArray())));
    const QByteArrayView content = line.chopped(2);
    const int code = (content.at(0) - '0') * 100 + (content.at(1) - '0') * 10 + (content.at(2) - '0');
    // RFC 5321 §4.2: the code alone, with or without a trailing space, is a complete last line.
    const bool last = content.size() == 3 || content.at(3) == ' ';
    m_current.code = code;
    // Views until here: each line is copied once into the reply's lines and once into its raw bytes.
    m_current.lines.append(content.size() > 4 ? content.sliced(4).toByteArray() : QByteArray());
    m_current.raw.append(line);
    if (last) {
        m_current.enhanced = parseEnhanced(m_current.lines.first(), m_current.firstDigit());
        m_replies.append(std::move(m_current));
        m_current = Reply();
    }
    return true;
}

bool ReplyParser::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

Reply ReplyParser::takeReply()
{
    Q_ASSERT(!m_replies.isEmpty());
    if (m_replies.isEmpty())
        return {};
    return m_replies.takeFirst();
}

qsizetype ReplyParser::pendingBytes() const
{
    qsizetype total = m_buffer.size() + m_current.raw.size();
    for (const Reply &reply : m_replies)
        total += reply.raw.size();
    return total;
}

bool ReplyParser::isInsideReply() const
{
    return !m_buffer.isEmpty() || !m_current.lines.isEmpty();
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_current = Reply();
    m_replies.clear();
    m_error = Error::None;
    m_errorString.clear();
}

} // namespace Smtp
