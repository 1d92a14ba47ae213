#include "mailaddress.h"

#include <QCoreApplication>

namespace Smtp
{

QString MailAddress::problem(const QString &address, Path path)
{
    if (address.isEmpty())
        return path == Path::Reverse ? QString() : tr("The address is empty.");
    if (address == QStringLiteral("<>"))
        return path == Path::Reverse ? tr("Leave the sender empty for the null reverse-path <>.")
                                     : tr("The address is empty.");
    bool inQuotes = false;
    bool escaped = false;
    for (const QChar c : address) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n')
            return tr("The address contains a line break, which could inject SMTP commands.");
        if (u == 0)
            return tr("The address contains a NUL character.");
        // RFC 5321 §4.1.2: control characters "MUST NOT be used in MAIL or RCPT commands".
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            return tr("The address contains the control character U+%1.")
                .arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (escaped) {
            escaped = false;
            continue;
        }
        // RFC 5321 §4.1.2: inside a Quoted-string a backslash quotes the next character, a space is part of it.
        if (inQuotes && u == u'\\') {
            escaped = true;
            continue;
        }
        if (u == u'"') {
            inQuotes = !inQuotes;
            continue;
        }
        if (!inQuotes && (u == u'<' || u == u'>'))
            return tr("The address contains '<' or '>': give the bare address, without angle brackets.");
        if (!inQuotes && u == u' ')
            return tr("The address contains a space outside a quoted local part.");
    }
    if (inQuotes)
        return tr("The address has an unterminated quoted local part.");
    return {};
}

QStringList MailAddress::splitList(const QString &text)
{
    QStringList addresses;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'"' && (i == 0 || text.at(i - 1) != u'\\'))
            quoted = !quoted;
        if (!quoted && (ch == u',' || ch.isSpace())) {
            if (!current.isEmpty())
                addresses.append(current);
            current.clear();
            continue;
        }
        current.append(ch);
    }
    if (!current.isEmpty())
        addresses.append(current);
    return addresses;
}

} // namespace Smtp
