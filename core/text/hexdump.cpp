#include "hexdump.h"

namespace Smtp
{

QStringList hexDumpLines(const QByteArray &bytes)
{
    constexpr qsizetype bytesPerLine = 16;
    QStringList lines;
    for (qsizetype offset = 0; offset < bytes.size(); offset += bytesPerLine) {
        const QByteArray chunk = bytes.mid(offset, bytesPerLine);
        QString hex;
        QString ascii;
        for (qsizetype i = 0; i < bytesPerLine; ++i) {
            if (i == bytesPerLine / 2)
                hex += u' ';
            if (i >= chunk.size()) {
                hex += QStringLiteral("   ");
                continue;
            }
            const auto byte = static_cast<unsigned char>(chunk.at(i));
            hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
            ascii += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
        }
        lines << QStringLiteral("%1  %2 |%3|").arg(offset, 4, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return lines;
}

} // namespace Smtp
