#include "messagebuilder.h"
#include "messagetext.h"

#include "core/protocol/capabilities.h"
#include "core/protocol/mailaddress.h"
#include "core/protocol/smtpcommand.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class MessageBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(MessageBuilder)
};
} // namespace

namespace
{

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

QByteArray zoneOffset(int offsetSeconds)
{
    const char sign = offsetSeconds < 0 ? '-' : '+';
    const int minutes = qAbs(offsetSeconds) / 60;
    return sign + QByteArray::number(minutes / 60).rightJustified(2, '0') +
           QByteArray::number(minutes % 60).rightJustified(2, '0');
}

QString dsnNotAdvertised()
{
    return MessageBuilderText::tr("Delivery status notifications (DSN) were asked for, but the server does not "
                                  "advertise DSN (RFC 3461).");
}

// RFC 6533 §3 utf-8-addr-xtext: printable ASCII but '+', '=' and backslash as it is, anything else as "\x{HEX}" with at
// least two upper-case hex digits and no leading zero beyond that.
QString encodeUtf8AddressXtext(const QString &address)
{
    QString result;
    const QList<uint> codePoints = address.toUcs4();
    for (const uint codePoint : codePoints) {
        const bool plain =
            codePoint >= 0x21 && codePoint <= 0x7E && codePoint != '+' && codePoint != '=' && codePoint != '\\';
        if (plain)
            result += QChar(char16_t(codePoint));
        else
            result += QStringLiteral("\\x{%1}").arg(QString::number(codePoint, 16).toUpper().rightJustified(2, u'0'));
    }
    return result;
}

} // namespace

QByteArray formatRfc5322Date(const QDateTime &dateTime)
{
    // RFC 5322 §3.3: day and month names are fixed English tokens, never localised.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const auto twoDigits = [](int value) { return QByteArray::number(value).rightJustified(2, '0'); };
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' ' +
           months[date.month() - 1] + ' ' + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' +
           twoDigits(time.hour()) + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second()) + ' ' +
           zoneOffset(dateTime.offsetFromUtc());
}

QByteArray encodeHeaderText(const QString &text)
{
    const QString clean = withoutControlCharacters(text);
    if (isPrintableAscii(clean))
        return clean.toLatin1();
    // RFC 2047 §2: an encoded word is at most 75 characters; "=?UTF-8?B?" and "?=" leave 63, so at most 45 octets of
    // text (60 base64 characters). §5: a word holds whole characters, so a UTF-8 sequence is never split.
    constexpr qsizetype maxOctetsPerWord = 45;
    QList<QByteArray> words;
    QByteArray current;
    const QList<uint> codePoints = clean.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t c = codePoint;
        const QByteArray encoded = QString::fromUcs4(&c, 1).toUtf8();
        if (current.size() + encoded.size() > maxOctetsPerWord) {
            words.append(current);
            current.clear();
        }
        current += encoded;
    }
    if (!current.isEmpty())
        words.append(current);
    QByteArrayList encodedWords;
    for (const QByteArray &word : words)
        encodedWords.append("=?UTF-8?B?" + word.toBase64() + "?=");
    // RFC 2047 §2: encoded words on separate lines are joined by folding whitespace, which decoders drop.
    return encodedWords.join("\r\n ");
}

QString testMessageBody(const QString &profileName, const QDateTime &now)
{
    return MessageBuilderText::tr("This is a test message sent by SMTP Workbench.\n\nProfile: %1\nSent: %2\n")
        .arg(withoutControlCharacters(profileName), QString::fromLatin1(formatRfc5322Date(now)));
}

QByteArray buildTestMessage(const QString &from, const QStringList &to, const QString &subject,
                            const QString &profileName, const QDateTime &now, const QString &messageIdDomain)
{
    return buildTextMessage(from, to, subject, testMessageBody(profileName, now), now, messageIdDomain);
}

namespace
{

/// Every line end becomes CRLF and the text ends with CRLF; with dotStuff, a line starting with '.' gets another.
QByteArray normaliseLines(const QByteArray &message, bool dotStuff)
{
    // One rule for a message in memory and one streamed from a file: the encoder's.
    MessageTextEncoder encoder(dotStuff);
    QByteArray result;
    encoder.encode(message, result);
    encoder.finish(result);
    return result;
}

} // namespace

QByteArray prepareDataPayload(const QByteArray &message)
{
    // RFC 5321 §4.1.1.4: the data ends with CRLF "." CRLF, whose first CRLF ends the last line of the message.
    return normaliseLines(message, true) + ".\r\n";
}

QByteArray prepareChunkPayload(const QByteArray &message)
{
    // RFC 3030 §2: BDAT carries the message as it is: no dot-stuffing and no end-of-data line.
    return normaliseLines(message, false);
}

bool needs8BitMime(const QByteArray &message)
{
    for (const char c : message) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

bool needsSmtpUtf8(const QString &from, const QStringList &to)
{
    const auto nonAscii = [](const QString &address) {
        for (const QChar c : address) {
            if (c.unicode() >= 0x80)
                return true;
        }
        return false;
    };
    if (nonAscii(from))
        return true;
    for (const QString &recipient : to) {
        if (nonAscii(recipient))
            return true;
    }
    return false;
}

QStringList checkMessageData(const QByteArray &message)
{
    QStringList problems;
    if (message.contains('\0'))
        problems.append(MessageBuilderText::tr("The message contains NUL bytes, which many servers refuse or strip."));
    // RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets with its CRLF.
    constexpr qsizetype maxLine = 998;
    qsizetype longest = 0;
    qsizetype current = 0;
    for (const char c : message) {
        if (c == '\r' || c == '\n') {
            current = 0;
            continue;
        }
        longest = qMax(longest, ++current);
    }
    if (longest > maxLine)
        problems.append(
            MessageBuilderText::tr("The message has a line of %1 octets; servers may refuse lines over %2 octets.")
                .arg(longest)
                .arg(maxLine));
    return problems;
}

MessageInfo messageInfoFor(const QByteArray &payload, const QString &from, const QStringList &to)
{
    MessageInfo info;
    info.size = payload.size();
    info.eightBit = needs8BitMime(payload);
    info.smtpUtf8 = needsSmtpUtf8(from, to);
    return info;
}

MailParameters buildMailParameters(const Capabilities &caps, const MessageInfo &info)
{
    MailParameters result;

    // RFC 1870 §3: SIZE only to a server that advertised it.
    if (info.size >= 0 && caps.size()) {
        result.parameters.append(QStringLiteral("SIZE=%1").arg(info.size));
        const std::optional<qint64> limit = caps.sizeLimit();
        if (limit && *limit > 0 && info.size > *limit)
            result.warnings.append(
                MessageBuilderText::tr("The message (%1 octets) is larger than the server's SIZE limit (%2).")
                    .arg(info.size)
                    .arg(*limit));
    }

    // RFC 6152 §3: BODY=8BITMIME only when advertised; without it 8-bit data may be mangled or refused.
    if (info.eightBit) {
        if (caps.eightBitMime())
            result.parameters.append(QStringLiteral("BODY=8BITMIME"));
        else
            result.warnings.append(
                MessageBuilderText::tr("The message contains 8-bit data, but the server does not advertise 8BITMIME."));
    }

    // RFC 6531 §3.4: a non-ASCII envelope needs SMTPUTF8, and the client must not send it to a server without it.
    if (info.smtpUtf8) {
        if (!caps.smtpUtf8()) {
            result.error =
                MessageBuilderText::tr("An address is not ASCII, but the server does not advertise SMTPUTF8.");
            return result;
        }
        result.parameters.append(QStringLiteral("SMTPUTF8"));
    }

    const bool wantsDsn = !info.dsnReturn.isEmpty() || !info.dsnEnvelopeId.isEmpty() || info.dsnNotifyRequested;
    if (wantsDsn) {
        const QString ret = info.dsnReturn.trimmed().toUpper();
        if (!ret.isEmpty() && ret != QLatin1String("FULL") && ret != QLatin1String("HDRS")) {
            result.error =
                MessageBuilderText::tr("The DSN return type \"%1\" is neither FULL nor HDRS (RFC 3461 §4.3).")
                    .arg(withoutControlCharacters(info.dsnReturn));
            return result;
        }
        if (const QString reason = checkDsnEnvelopeId(info.dsnEnvelopeId); !reason.isEmpty()) {
            result.error = reason;
            return result;
        }
        const QByteArray envid = encodeXtext(info.dsnEnvelopeId.toLatin1());
        // RFC 3461 §4: DSN parameters only to a server that advertised DSN. Sending the message without them would
        // drop what the user asked for, so the transaction does not start.
        if (!caps.dsn()) {
            result.error = dsnNotAdvertised();
            return result;
        }
        if (!ret.isEmpty())
            result.parameters.append(QStringLiteral("RET=") + ret);
        if (!envid.isEmpty())
            result.parameters.append(QStringLiteral("ENVID=") + QString::fromLatin1(envid));
    }

    // RFC 8689 §4.1: REQUIRETLS only when advertised, and only over TLS whose certificate was validated.
    if (info.requireTls) {
        if (!caps.requireTls()) {
            result.error = MessageBuilderText::tr("REQUIRETLS was asked for, but the server does not advertise it.");
            return result;
        }
        if (!info.tlsValidated) {
            result.error = MessageBuilderText::tr(
                "REQUIRETLS needs a TLS connection with a validated server certificate (RFC 8689 §4.1).");
            return result;
        }
        result.parameters.append(QStringLiteral("REQUIRETLS"));
    }
    return result;
}

QString checkDsnEnvelopeId(const QString &envelopeId)
{
    // RFC 3461 §4.4: the envelope identifier consists of printable ASCII and is at most 100 characters as xtext.
    if (!isPrintableAscii(envelopeId))
        return MessageBuilderText::tr("The DSN envelope ID may contain only printable ASCII characters.");
    if (encodeXtext(envelopeId.toLatin1()).size() > 100)
        return MessageBuilderText::tr("The DSN envelope ID is longer than 100 characters (RFC 3461 §4.4).");
    return {};
}

QString checkDsnNotify(const QString &notify)
{
    const QStringList items = notify.split(QLatin1Char(','));
    QStringList seen;
    for (const QString &item : items) {
        const QString keyword = item.trimmed().toUpper();
        if (keyword.isEmpty())
            return MessageBuilderText::tr("The DSN NOTIFY value \"%1\" has an empty item.")
                .arg(withoutControlCharacters(notify));
        if (keyword != QLatin1String("NEVER") && keyword != QLatin1String("SUCCESS") &&
            keyword != QLatin1String("FAILURE") && keyword != QLatin1String("DELAY"))
            return MessageBuilderText::tr(
                       "The DSN NOTIFY value \"%1\" is not NEVER, SUCCESS, FAILURE or DELAY (RFC 3461 §4.1).")
                .arg(withoutControlCharacters(item.trimmed()));
        if (seen.contains(keyword))
            return MessageBuilderText::tr("The DSN NOTIFY value names %1 twice.").arg(keyword);
        seen.append(keyword);
    }
    // RFC 3461 §4.1: "NEVER" must appear by itself.
    if (seen.contains(QLatin1String("NEVER")) && seen.size() > 1)
        return MessageBuilderText::tr("DSN NOTIFY=NEVER cannot be combined with other values (RFC 3461 §4.1).");
    return {};
}

EnvelopeParameters buildRcptParameters(const Capabilities &caps, const QString &notify,
                                       const QString &originalRecipient)
{
    EnvelopeParameters result;
    QString notifyValue;
    if (!notify.isEmpty()) {
        result.error = checkDsnNotify(notify);
        if (!result.isValid())
            return result;
        QStringList keywords;
        for (const QString &item : notify.split(QLatin1Char(',')))
            keywords.append(item.trimmed().toUpper());
        notifyValue = keywords.join(QLatin1Char(','));
    }
    if (!originalRecipient.isEmpty()) {
        result.error = MailAddress::problem(originalRecipient, MailAddress::Path::Forward);
        if (!result.isValid())
            return result;
    }
    if (notifyValue.isEmpty() && originalRecipient.isEmpty())
        return result;
    // RFC 3461 §4: NOTIFY and ORCPT only to a server that advertised DSN.
    if (!caps.dsn()) {
        result.error = dsnNotAdvertised();
        return result;
    }
    if (!notifyValue.isEmpty())
        result.parameters.append(QStringLiteral("NOTIFY=") + notifyValue);
    // RFC 3461 §4.2: ORCPT=addr-type ";" xtext. The rfc822 type holds ASCII only; an internationalised address goes
    // as RFC 6533's utf-8 type in its 7-bit form, which every DSN server can carry.
    if (!originalRecipient.isEmpty()) {
        const QByteArray utf8 = originalRecipient.toUtf8();
        result.parameters.append(needs8BitMime(utf8)
                                     ? QStringLiteral("ORCPT=utf-8;") + encodeUtf8AddressXtext(originalRecipient)
                                     : QStringLiteral("ORCPT=rfc822;") + QString::fromLatin1(encodeXtext(utf8)));
    }
    return result;
}

} // namespace Smtp
