#include "messagecomposition.h"

#include "messagebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace Smtp
{

namespace
{

/// The translation context of this file's sentences.
class MessageCompositionText
{
    Q_DECLARE_TR_FUNCTIONS(MessageComposition)
};

const QByteArray crlf = QByteArrayLiteral("\r\n");

// RFC 5322 §2.1.1: a line holds at most 998 octets without its CRLF.
constexpr qsizetype maxLineLength = 998;
// RFC 2045 §6.8: base64 lines of at most 76 characters.
constexpr qsizetype base64LineLength = 76;

/// Header fields the built-in message has and a user's field of the same name replaces.
const QStringList replaceableFields{QStringLiteral("Date"), QStringLiteral("Message-ID"), QStringLiteral("From"),
                                    QStringLiteral("To"),   QStringLiteral("Subject"),    QStringLiteral("User-Agent")};

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QByteArray messageIdDomainFor(const QString &domain)
{
    const QByteArray ace = QUrl::toAce(domain.trimmed());
    bool usable = !ace.isEmpty();
    for (const char c : ace) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            usable = false;
    }
    return usable ? ace : QByteArrayLiteral("smtp-workbench.invalid");
}

// RFC 2045 §6.7 quoted-printable, lines of at most 76 characters with soft breaks; input lines end in LF.
QByteArray encodeQuotedPrintable(const QByteArray &text)
{
    QByteArray result;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            // Rule 3: a space or tab at the end of a line must be encoded.
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const QByteArray piece = literal ? QByteArray(1, static_cast<char>(c))
                                             : '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (column + piece.size() > 75) {
                result += "=\r\n";
                column = 0;
            }
            result += piece;
            column += static_cast<int>(piece.size());
        }
        if (l + 1 < lines.size())
            result += crlf;
    }
    return result;
}

/// The body as text lines ending in CRLF, and the transfer encoding it needs.
struct EncodedText
{
    QByteArray bytes;
    QByteArray transferEncoding;
};

EncodedText encodeText(const QString &body)
{
    // Lines end in LF from here on; both encodings below turn them into CRLF.
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QByteArray bytes = text.toUtf8();
    const QList<QByteArray> lines = bytes.split('\n');
    // Quoted-printable folds lines longer than RFC 5322 allows with soft breaks.
    const bool sevenBit = !needs8BitMime(bytes) && std::all_of(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
        return l.size() <= maxLineLength;
    });
    EncodedText result{sevenBit ? QByteArray(bytes).replace('\n', crlf) : encodeQuotedPrintable(bytes),
                       sevenBit ? QByteArrayLiteral("7bit") : QByteArrayLiteral("quoted-printable")};
    if (!result.bytes.endsWith(crlf))
        result.bytes += crlf;
    return result;
}

/// RFC 2045 §5.1: a parameter value as a quoted-string, with '"' and '\' escaped and controls made '_'.
QByteArray quotedParameter(const QString &value)
{
    QByteArray result = "\"";
    for (const char c : value.toLatin1()) {
        if (c == '"' || c == '\\')
            result += '\\';
        result += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? '_' : c;
    }
    return result + '"';
}

/// The Content-Type and Content-Disposition fields that name an attachment.
QByteArray attachmentFields(const QString &fileName, const QByteArray &mimeType)
{
    if (isAscii(fileName))
        return "Content-Type: " + mimeType + "; name=" + quotedParameter(fileName) + crlf +
               "Content-Disposition: attachment; filename=" + quotedParameter(fileName) + crlf;
    // RFC 2231 §4: filename*=charset''percent-encoded octets; RFC 2047 words in "name" are what older readers know.
    const QByteArray encoded = QUrl::toPercentEncoding(withoutControlCharacters(fileName), "!#$&+^`{}|~");
    return "Content-Type: " + mimeType + ";\r\n name=\"" + encodeHeaderText(fileName).replace("\r\n ", " ") + '"' +
           crlf + "Content-Disposition: attachment;\r\n filename*=UTF-8''" + encoded + crlf;
}

/// One header field as it goes on the wire: ASCII values as given, others as RFC 2047 encoded words.
QByteArray headerField(const QString &name, const QString &value)
{
    return name.toLatin1() + ": " + (isAscii(value) ? value.toLatin1() : encodeHeaderText(value)) + crlf;
}

} // namespace

QString withoutControlCharacters(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return result;
}

QString headerFieldProblem(const QString &field)
{
    const qsizetype colon = field.indexOf(u':');
    if (colon <= 0)
        return MessageCompositionText::tr("The header field \"%1\" must read \"Name: value\".")
            .arg(withoutControlCharacters(field));
    const QString name = field.left(colon);
    // RFC 5322 §3.6.8: field-name = 1*ftext, the printable ASCII characters but ':' (so no space either).
    for (const QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126)
            return MessageCompositionText::tr("The header field name \"%1\" may hold only printable ASCII characters "
                                              "without spaces (RFC 5322 §3.6.8).")
                .arg(withoutControlCharacters(name));
    }
    for (const QChar c : field.mid(colon + 1)) {
        // A CR or LF would end the field and start another the user did not write.
        if (c == u'\r' || c == u'\n')
            return MessageCompositionText::tr("The header field %1 holds a line break (CR or LF).").arg(name);
        if (c != u'\t' && c.category() == QChar::Other_Control)
            return MessageCompositionText::tr("The header field %1 holds a control character.").arg(name);
    }
    if (name.compare(u"MIME-Version", Qt::CaseInsensitive) == 0 ||
        name.startsWith(QLatin1String("Content-"), Qt::CaseInsensitive))
        return MessageCompositionText::tr("The header field %1 is set by the message's MIME structure and cannot be "
                                          "given.")
            .arg(name);
    if (isAscii(field) && field.size() > maxLineLength)
        return MessageCompositionText::tr("The header field %1 is longer than %2 characters (RFC 5322 §2.1.1).")
            .arg(name)
            .arg(maxLineLength);
    return {};
}

QString attachmentProblem(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return MessageCompositionText::tr("An attachment needs a file name.");
    if (!info.exists())
        return MessageCompositionText::tr("The attachment %1 does not exist.").arg(path);
    if (info.isDir())
        return MessageCompositionText::tr("The attachment %1 is a directory, not a file.").arg(path);
    if (info.size() > maxAttachmentSize)
        return MessageCompositionText::tr("The attachment %1 is larger than %2 MiB.")
            .arg(path)
            .arg(maxAttachmentSize / (1024 * 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return MessageCompositionText::tr("Cannot read the attachment %1: %2").arg(path, file.errorString());
    return {};
}

QString MessageComposition::problem() const
{
    for (const QString &field : headers) {
        if (const QString reason = headerFieldProblem(field); !reason.isEmpty())
            return reason;
    }
    return {};
}

ComposedMessage composeMessage(const QString &from, const QStringList &to, const MessageComposition &composition,
                               const QString &defaultSubject, const QString &defaultBody, const QDateTime &now,
                               const QString &messageIdDomain)
{
    if (const QString reason = composition.problem(); !reason.isEmpty())
        return {{}, reason};

    QByteArrayList recipients;
    for (const QString &recipient : to)
        recipients.append(withoutControlCharacters(recipient).toUtf8());
    const QString subject = composition.subject.isEmpty() ? defaultSubject : composition.subject;
    const EncodedText text = encodeText(composition.body.isEmpty() ? defaultBody : composition.body);
    const QByteArray messageId =
        '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + messageIdDomainFor(messageIdDomain) + '>';

    // Each field as name and wire line, so that a user's field can replace a built-in one where it stands.
    QList<std::pair<QString, QByteArray>> fields{
        {QStringLiteral("Date"), "Date: " + formatRfc5322Date(now) + crlf},
        {QStringLiteral("Message-ID"), "Message-ID: " + messageId + crlf},
        // RFC 6532: addresses go as UTF-8 (they cannot be RFC 2047 encoded); non-ASCII ones need SMTPUTF8.
        {QStringLiteral("From"), "From: " + withoutControlCharacters(from).toUtf8() + crlf},
        // RFC 5322 §2.2.3: one recipient per folded line keeps long lists under the line length limit.
        {QStringLiteral("To"), "To: " + recipients.join(",\r\n ") + crlf},
        {QStringLiteral("Subject"), "Subject: " + encodeHeaderText(subject) + crlf},
    };
    QByteArrayList added;
    for (const QString &field : composition.headers) {
        const qsizetype colon = field.indexOf(u':');
        const QString name = field.left(colon);
        const QString value = field.mid(colon + 1).trimmed();
        const auto builtIn =
            std::find_if(replaceableFields.cbegin(), replaceableFields.cend(),
                         [&name](const QString &f) { return f.compare(name, Qt::CaseInsensitive) == 0; });
        if (builtIn == replaceableFields.cend()) {
            added.append(headerField(name, value));
            continue;
        }
        const auto existing = std::find_if(fields.begin(), fields.end(), [&builtIn](const auto &f) {
            return f.first.compare(*builtIn, Qt::CaseInsensitive) == 0;
        });
        if (existing != fields.end())
            existing->second = headerField(name, value);
        else
            fields.append({*builtIn, headerField(name, value)});
    }
    if (std::none_of(fields.cbegin(), fields.cend(), [](const auto &f) { return f.first == u"User-Agent"; }))
        fields.append(
            {QStringLiteral("User-Agent"), QByteArray("User-Agent: SMTP Workbench/") + SMTP_WORKBENCH_VERSION + crlf});

    QByteArray message;
    for (const auto &field : std::as_const(fields))
        message += field.second;
    message += added.join();
    message += "MIME-Version: 1.0" + crlf;
    if (composition.attachments.isEmpty()) {
        message += "Content-Type: text/plain; charset=UTF-8" + crlf;
        message += "Content-Transfer-Encoding: " + text.transferEncoding + crlf + crlf;
        return {message + text.bytes, {}};
    }

    // RFC 2046 §5.1.1: the boundary must not occur in any part; base64 and quoted-printable never produce "=_", and a
    // random UUID will not be in the text.
    const QByteArray boundary = "=_SMTP_Workbench_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    message += "Content-Type: multipart/mixed; boundary=\"" + boundary + '"' + crlf + crlf;
    message += "This is a message in MIME format with attachments." + crlf;
    message += "--" + boundary + crlf;
    message += "Content-Type: text/plain; charset=UTF-8" + crlf;
    message += "Content-Transfer-Encoding: " + text.transferEncoding + crlf + crlf;
    message += text.bytes;
    const QMimeDatabase mimeDatabase;
    for (const QString &path : composition.attachments) {
        if (const QString reason = attachmentProblem(path); !reason.isEmpty())
            return {{}, reason};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, MessageCompositionText::tr("Cannot read the attachment %1: %2").arg(path, file.errorString())};
        const QByteArray content = file.read(maxAttachmentSize + 1);
        if (content.size() > maxAttachmentSize)
            return {{}, attachmentProblem(path)};
        const QMimeType type = mimeDatabase.mimeTypeForFileNameAndData(path, content);
        const QByteArray typeName =
            type.isValid() ? type.name().toLatin1() : QByteArrayLiteral("application/octet-stream");
        message += "--" + boundary + crlf;
        message += attachmentFields(QFileInfo(path).fileName(), typeName);
        message += "Content-Transfer-Encoding: base64" + crlf + crlf;
        const QByteArray base64 = content.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += base64LineLength)
            message += base64.mid(i, base64LineLength) + crlf;
    }
    message += "--" + boundary + "--" + crlf;
    return {message, {}};
}

QByteArray buildTextMessage(const QString &from, const QStringList &to, const QString &subject, const QString &body,
                            const QDateTime &now, const QString &messageIdDomain)
{
    // The defaults are the values given, so an empty subject or body stays empty.
    return composeMessage(from, to, {}, subject, body, now, messageIdDomain).bytes;
}

} // namespace Smtp
