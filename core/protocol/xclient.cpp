#include "xclient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Smtp
{

namespace Xclient
{

namespace
{

/// The translation context of this file's sentences.
class XclientText
{
    Q_DECLARE_TR_FUNCTIONS(Xclient)
};

/// RFC 5321 §4.5.3.1.4: an SMTP command is at most 512 octets, its CRLF included.
constexpr qsizetype maxCommandLength = 512;

QString nameOf(const QString &attribute)
{
    return attribute.section(u'=', 0, 0).trimmed().toUpper();
}

} // namespace

QString attributeProblem(const QString &attribute)
{
    const qsizetype equals = attribute.indexOf(u'=');
    if (equals < 0)
        return XclientText::tr("The XCLIENT attribute \"%1\" is not NAME=VALUE.").arg(attribute);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    if (!name.match(attribute.left(equals).trimmed()).hasMatch())
        return XclientText::tr("The XCLIENT attribute name \"%1\" is not a word of letters, digits, '-' and '_'.")
            .arg(attribute.left(equals));
    if (const QString reason = SmtpCommand::checkArgument(attribute); !reason.isEmpty())
        return XclientText::tr("The XCLIENT attribute %1 %2.").arg(attribute.left(equals), reason);
    return {};
}

SmtpCommand command(const QStringList &attributes)
{
    if (attributes.isEmpty())
        return SmtpCommand{{}, XclientText::tr("XCLIENT needs at least one attribute.")};
    QByteArray line = "XCLIENT";
    for (const QString &attribute : attributes) {
        if (const QString reason = attributeProblem(attribute); !reason.isEmpty())
            return SmtpCommand{{}, reason};
        const qsizetype equals = attribute.indexOf(u'=');
        line += ' ' + nameOf(attribute).toLatin1() + '=' + encodeXtext(attribute.mid(equals + 1).toUtf8());
    }
    line += "\r\n";
    if (line.size() > maxCommandLength)
        return SmtpCommand{{},
                           XclientText::tr("The XCLIENT line would be %1 octets long; at most %2 are allowed.")
                               .arg(line.size())
                               .arg(maxCommandLength)};
    return SmtpCommand{line, {}};
}

QStringList attributesFromLine(const QString &line)
{
    QStringList attributes;
    for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals < 0) {
            attributes << word; // attributeProblem() names it
            continue;
        }
        // RFC 3461 §4: "+" and two hexadecimal digits stand for one octet.
        const QByteArray encoded = word.mid(equals + 1).toLatin1();
        QByteArray decoded;
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            bool ok = false;
            const int octet = encoded[i] == '+' && i + 2 < encoded.size() ? encoded.mid(i + 1, 2).toInt(&ok, 16) : 0;
            if (ok) {
                decoded += char(octet);
                i += 2;
            } else {
                decoded += encoded[i];
            }
        }
        attributes << word.left(equals) + u'=' + QString::fromUtf8(decoded);
    }
    return attributes;
}

QStringList unofferedNames(const QStringList &attributes, const QStringList &offered)
{
    QStringList names;
    for (const QString &attribute : attributes) {
        const QString name = nameOf(attribute);
        if (!offered.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    return names;
}

} // namespace Xclient

} // namespace Smtp
