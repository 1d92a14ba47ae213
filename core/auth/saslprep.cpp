#include "saslprep.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class SaslPrepText
{
    Q_DECLARE_TR_FUNCTIONS(SaslPrep)
};
} // namespace

namespace
{

// RFC 3454 table B.1: commonly mapped to nothing.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200B && c <= 0x200D) ||
           c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// RFC 3454 table C.1.2: non-ASCII space characters (U+200B is in B.1 too and is removed first, as most
// implementations do).
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// RFC 4013 §2.3: the prohibited output tables C.2.1, C.2.2, C.3, C.4, C.5, C.6, C.7, C.8 and C.9 of RFC 3454.
bool isProhibited(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) // C.2.1, C.2.2
        return true;
    if (c == 0x06DD || c == 0x070F || c == 0x180E || (c >= 0x200C && c <= 0x200D) || (c >= 0x2028 && c <= 0x2029) ||
        (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC) ||
        (c >= 0x1D173 && c <= 0x1D17A)) // C.2.2
        return true;
    if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD)) // C.3
        return true;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) // C.4
        return true;
    if (c >= 0xD800 && c <= 0xDFFF) // C.5
        return true;
    if ((c >= 0xFFF9 && c <= 0xFFFD) || (c >= 0x2FF0 && c <= 0x2FFB)) // C.6, C.7
        return true;
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)) // C.8
        return true;
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F)) // C.9
        return true;
    return false;
}

} // namespace

SaslPrepResult saslPrep(const QString &input)
{
    // RFC 4013 §2.1 mapping.
    QString mapped;
    mapped.reserve(input.size());
    for (const char32_t c : input.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped.append(QLatin1Char(' '));
        else
            mapped.append(QString::fromUcs4(&c, 1));
    }

    // RFC 4013 §2.2: normalisation form KC.
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);

    bool hasRandAL = false;
    bool hasL = false;
    for (const char32_t c : normalized.toUcs4()) {
        if (isProhibited(c))
            return {{},
                    SaslPrepText::tr("It contains the character U+%1, which SASLprep (RFC 4013) prohibits.")
                        .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))};
        if (QChar::category(c) == QChar::Other_NotAssigned)
            return {{},
                    SaslPrepText::tr("It contains the unassigned code point U+%1 (RFC 4013 §2.5).")
                        .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))};
        const QChar::Direction direction = QChar::direction(c);
        if (direction == QChar::DirR || direction == QChar::DirAL)
            hasRandAL = true;
        else if (direction == QChar::DirL)
            hasL = true;
    }
    // RFC 3454 §6: a string with right-to-left characters must not also contain left-to-right ones.
    if (hasRandAL && hasL)
        return {{},
                SaslPrepText::tr("It mixes right-to-left and left-to-right text, which SASLprep (RFC 4013) forbids.")};

    return {normalized, {}};
}

} // namespace Smtp
