#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Smtp
{

/// What the user changes in the built-in test message: its subject and body, extra header fields and attachments.
/// An empty subject or body means the built-in one. It never applies to a message the user gives whole (--data).
struct MessageComposition
{
    QString subject;
    /// The body text; its line ends may be LF, CRLF or CR.
    QString body;
    /// "Name: value" header fields, each one that headerFieldProblem() accepts, in the order given.
    QStringList headers;
    /// Files sent as base64 attachments, in the order given; read when the message is built.
    QStringList attachments;

    bool operator==(const MessageComposition &other) const = default;
    bool isEmpty() const { return *this == MessageComposition{}; }
    /// Why the composition cannot be used (a bad header field), or an empty string. Attachments are read later.
    QString problem() const;
};

/// An attachment is read into memory whole; a test message has no business being larger.
inline constexpr qint64 maxAttachmentSize = 32 * 1024 * 1024;

/// Why @p field cannot be added to the built-in message, or an empty string. It must read "Name: value": the name
/// printable ASCII without ':' (RFC 5322 §3.6.8), the value free of CR, LF and other control characters but tab, so
/// that no field can smuggle in another, and the name not one the MIME structure sets (MIME-Version, Content-*).
/// Date, Message-ID, From, To, Subject and User-Agent replace the built-in field; others are added.
QString headerFieldProblem(const QString &field);

/// Why @p path cannot be attached (missing, a directory, unreadable, larger than maxAttachmentSize), or empty.
QString attachmentProblem(const QString &path);

/// The text @p text with every control character (Unicode Cc) turned into a space: what goes into a header field.
QString withoutControlCharacters(const QString &text);

/// A message built from a composition, or why it could not be (an attachment could not be read).
struct ComposedMessage
{
    QByteArray bytes;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// The built-in message (RFC 5322) with @p composition applied: @p defaultSubject and @p defaultBody where it leaves
/// them empty, its header fields, and with attachments a multipart/mixed message (RFC 2046 §5.1.3) whose first part
/// is the text and each further part a file in base64 (RFC 2045 §6.8, lines of 76 characters), its type guessed
/// from its name and content and its name RFC 2231-encoded (and RFC 2047 in the type's name parameter, for older
/// readers) when it is not ASCII. The text goes as 7bit when it can, else quoted-printable. Line ends are CRLF;
/// dot-stuffing is left to the DATA payload (prepareDataPayload).
ComposedMessage composeMessage(const QString &from, const QStringList &to, const MessageComposition &composition,
                               const QString &defaultSubject, const QString &defaultBody, const QDateTime &now,
                               const QString &messageIdDomain);

/// A plain-text message (RFC 5322) with the given subject and body and the same headers as the test message. The body's
/// line ends may be LF, CRLF or CR. It goes as 7bit when it is ASCII with lines of at most 998 octets, otherwise as
/// quoted-printable, so the message stays 7-bit unless an address is non-ASCII.
QByteArray buildTextMessage(const QString &from, const QStringList &to, const QString &subject, const QString &body,
                            const QDateTime &now, const QString &messageIdDomain);

} // namespace Smtp
