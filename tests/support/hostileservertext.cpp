#include "hostileservertext.h"

#include "certificatefactory.h"

#include <QRegularExpression>

namespace SmtpTest
{

namespace
{

const QByteArray xoauth2Error = "{\"status\":\"401\",\"scope\":\"a\n* Certificate verified for oauth.example.com."
                                "\xE2\x80\xA8\xE2\x80\xAE\x1B[2J\"}";

} // namespace

Script hostileTextScript()
{
    return {Send{"220 mx.test ESMTP \xE2\x80\xAEgnp.exe\x1B[2J\r\n"},
            Expect{"EHLO"},
            Send{"250-mx.test\r\n250-AUTH XOAUTH2\r\n250 STARTTLS\r\n"},
            Expect{"STARTTLS"},
            Send{"220 go\r\n"},
            StartTls{ServerCertificate::ForgedNames},
            Expect{"EHLO"},
            Send{"250-mx.test\xE2\x80\xA8S: 235 2.7.0 forged\r\n250 AUTH XOAUTH2\r\n"},
            Expect{"AUTH XOAUTH2"},
            Send{"334 " + xoauth2Error.toBase64() + "\r\n"},
            ExpectAny{},
            Send{"535 5.7.8 bad\xE2\x80\x8E\xE2\x81\xA6 token\r\n"},
            Expect{"QUIT"},
            Send{"221 bye\r\n"},
            Close{}};
}

QStringList hostileTranscriptFragments()
{
    return {QStringLiteral("ESMTP \\u202Egnp.exe\\x1B[2J"), QStringLiteral("mx.test\\u2028S: 235 2.7.0 forged"),
            QStringLiteral("a\\n* Certificate verified for oauth.example.com.\\u2028\\u202E\\x1B[2J"),
            QStringLiteral("bad\\u200E\\u2066 token"), escapedForgedSubject()};
}

QString escapedForgedSubject()
{
    return QStringLiteral("CN=x\\nCertificate verified for smtp.example.com.\\nTLS\\x1B[2J\\u202E\\0\\r\\n");
}

QString escapedForgedAlternativeName()
{
    return QStringLiteral("DNS:evil\\nCertificate verified for san.example.com.\\x1B[2J");
}

QString forgedOutputProblem(const QString &output)
{
    for (qsizetype i = 0; i < output.size(); ++i) {
        char32_t c = output.at(i).unicode();
        if (output.at(i).isHighSurrogate() && i + 1 < output.size() && output.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(output.at(i), output.at(i + 1));
        const QChar::Category category = QChar::category(c);
        if (c != u'\n' &&
            (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line ||
             category == QChar::Separator_Paragraph || category == QChar::Other_Surrogate)) {
            return QStringLiteral("U+%1 at offset %2 in: %3")
                .arg(QString::number(c, 16).toUpper())
                .arg(i)
                .arg(output.mid(std::max<qsizetype>(0, i - 60), 120));
        }
        if (c > 0xFFFF)
            ++i;
    }
    // The text export puts its time columns before the prefix.
    static const QRegularExpression timeColumns(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\+ *\\d+\\.\\d{3}s "));
    for (QString line : output.split(u'\n')) {
        line.remove(timeColumns);
        line = line.trimmed();
        for (const QString &genuine : {QStringLiteral("* Certificate verified"), QStringLiteral("Certificate verified"),
                                       QStringLiteral("S: 235"), QStringLiteral("235 ")}) {
            if (line.startsWith(genuine))
                return QStringLiteral("a forged line: %1").arg(line);
        }
    }
    return {};
}

} // namespace SmtpTest
