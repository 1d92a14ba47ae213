#include "transcriptevent.h"

namespace Smtp
{

QString TranscriptEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Info:
        return QStringLiteral("info");
    case Kind::Warning:
        return QStringLiteral("warning");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString TranscriptEvent::escapeBytes(const QByteArray &bytes)
{
    // Decode UTF-8 strictly by hand so that invalid sequences become visible \xNN instead of U+FFFD.
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    const auto byteAt = [&bytes](qsizetype index) { return static_cast<unsigned char>(bytes.at(index)); };
    while (i < bytes.size()) {
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
        constexpr char32_t minimumForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (valid && length > 1)
            valid = codePoint >= minimumForLength[length] && codePoint <= 0x10FFFF &&
                    !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        const bool control =
            valid && (codePoint < 0x20 || codePoint == 0x7F || (codePoint >= 0x80 && codePoint < 0xA0) ||
                      codePoint == 0x202E || codePoint == 0x202D || codePoint == 0x2066 || codePoint == 0x2067 ||
                      codePoint == 0x2068 || codePoint == 0x2069);
        if (!valid || control) {
            // Control characters (and bidi overrides that could disguise text) are shown, never obeyed.
            const qsizetype count = valid ? length : 1;
            for (qsizetype k = 0; k < count; ++k)
                out += QStringLiteral("\\x") + QString::number(byteAt(i + k), 16).rightJustified(2, u'0').toUpper();
            i += count;
            continue;
        }
        if (codePoint == '\\')
            out += QStringLiteral("\\\\");
        else
            out += QString::fromUcs4(&codePoint, 1);
        i += length;
    }
    return out;
}

QString TranscriptEvent::neutraliseControls(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace Smtp
