#include "untrustedtext.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonObject>

namespace Smtp
{

namespace
{

void appendHex(QString &out, QStringView prefix, char32_t value, int digits)
{
    out += prefix;
    out += QString::number(value, 16).rightJustified(digits, u'0').toUpper();
}

// The visible form of one unsafe code point. \xNN always names a byte of the UTF-8 form, so a C1 control (two
// bytes in UTF-8) is written as both of its bytes and cannot be confused with an invalid lone byte.
void appendEscaped(QString &out, char32_t codePoint)
{
    switch (codePoint) {
    case 0:
        out += QStringLiteral("\\0");
        return;
    case '\t':
        out += QStringLiteral("\\t");
        return;
    case '\n':
        out += QStringLiteral("\\n");
        return;
    case '\r':
        out += QStringLiteral("\\r");
        return;
    default:
        break;
    }
    if (codePoint < 0x80) {
        appendHex(out, u"\\x", codePoint, 2);
    } else if (codePoint < 0xA0) {
        appendHex(out, u"\\x", 0xC0 | (codePoint >> 6), 2);
        appendHex(out, u"\\x", 0x80 | (codePoint & 0x3F), 2);
    } else if (codePoint <= 0xFFFF) {
        appendHex(out, u"\\u", codePoint, 4);
    } else {
        appendHex(out, u"\\U", codePoint, 8);
    }
}

void appendCodePoint(QString &out, char32_t codePoint, bool doubleBackslash)
{
    if (isUnsafeForDisplay(codePoint))
        appendEscaped(out, codePoint);
    else if (codePoint == '\\' && doubleBackslash)
        out += QStringLiteral("\\\\");
    else
        out += QStringView(QChar::fromUcs4(codePoint));
}

QString escapeText(QStringView text, bool doubleBackslash)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        appendCodePoint(out, codePoint, doubleBackslash);
    }
    return out;
}

} // namespace

bool isUnsafeForDisplay(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString escapeUntrustedBytes(QByteArrayView bytes)
{
    // Decoded by hand, strictly, so that an invalid sequence shows as its bytes instead of a U+FFFD that hides them.
    QString out;
    out.reserve(bytes.size());
    const auto byteAt = [&bytes](qsizetype index) { return static_cast<unsigned char>(bytes.at(index)); };
    qsizetype i = 0;
    while (i < bytes.size()) {
        // Printable ASCII is never unsafe and only the backslash among it is escaped: a run of the rest is shown as it
        // is, appended at once rather than a code point at a time (most server text is nothing else).
        qsizetype run = i;
        while (run < bytes.size() && byteAt(run) >= 0x20 && byteAt(run) < 0x7F && byteAt(run) != '\\')
            ++run;
        if (run > i) {
            out += QLatin1StringView(bytes.data() + i, run - i);
            i = run;
            continue;
        }
        const unsigned char lead = byteAt(i);
        int length = 0;
        char32_t codePoint = 0;
        if (lead < 0x80) {
            length = 1;
            codePoint = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        }
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = byteAt(i + k);
            valid = (next & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        // RFC 3629 §3: overlong forms, surrogates and code points above U+10FFFF are not UTF-8.
        constexpr char32_t minimumForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (valid && length > 1)
            valid = codePoint >= minimumForLength[length] && codePoint <= 0x10FFFF &&
                    !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        if (!valid) {
            appendHex(out, u"\\x", lead, 2);
            ++i;
            continue;
        }
        appendCodePoint(out, codePoint, true);
        i += length;
    }
    return out;
}

QString escapeUntrustedText(QStringView text)
{
    return escapeText(text, true);
}

QString neutraliseForDisplay(QStringView text)
{
    return escapeText(text, false);
}

QJsonValue neutraliseJsonStrings(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return neutraliseForDisplay(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(neutraliseJsonStrings(item));
        return array;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(neutraliseForDisplay(it.key()), neutraliseJsonStrings(it.value()));
        return out;
    }
    default:
        return value;
    }
}

} // namespace Smtp
