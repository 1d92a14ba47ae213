#pragma once

#include "reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Smtp
{

/// Incremental parser of server replies (RFC 5321 §4.2). Feed it bytes as they arrive, in any split; it yields
/// complete replies. Anything malformed or over the limits stops it for good: the stream is never guessed at.
/// Every line must start with a code (first digit 2-5, then two digits) followed by SP, "-" or CRLF and end in CRLF; a
/// bare CR or LF, or a NUL, is malformed. The first offending byte decides the error, so the result never depends on
/// the split.
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)

public:
    struct Limits
    {
        /// One reply line including code and CRLF. RFC 5321 §4.5.3.1.5 says 512; real servers send more.
        qsizetype maxLineLength = 8192;
        /// All lines of one reply together (endless continuation lines are cut off here, in linear time).
        qsizetype maxReplyLength = 256 * 1024;
        qsizetype maxLines = 4096;
    };

    enum class Error
    {
        None,
        LineTooLong,
        ReplyTooLong,
        TooManyLines,
        MalformedLine,    ///< bad code, separator or line ending, NUL …
        InconsistentCode, ///< a continuation line with a different code (RFC 5321 §4.2.1)
    };

    ReplyParser();
    explicit ReplyParser(Limits limits);

    /// Appends received bytes and parses what is complete. Returns false once the stream is malformed.
    bool feed(QByteArrayView bytes);

    bool hasReply() const { return !m_replies.isEmpty(); }
    /// The oldest complete reply; call only when hasReply().
    Reply takeReply();

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    /// Why the stream was refused, with the offending bytes escaped (at most 80 of them).
    QString errorString() const { return m_errorString; }

    /// Bytes received that belong to no reply taken yet: partial lines, partial replies and complete replies not
    /// yet taken. Must be zero when the server's 220 to STARTTLS has been taken (RFC 3207 §4.2).
    qsizetype pendingBytes() const;
    /// True while a multi-line reply or a line has started but not ended.
    bool isInsideReply() const;

    /// Forgets everything, including a previous error.
    void reset();

private:
    bool parseLine(QByteArrayView line);
    bool fail(Error error, const QString &message);

    Limits m_limits;
    QByteArray m_buffer;    // bytes of the current, unterminated line
    Reply m_current;        // the reply being assembled
    QList<Reply> m_replies; // complete replies not taken yet
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace Smtp
