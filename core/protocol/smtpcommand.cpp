#include "smtpcommand.h"

#include "core/auth/secretwipe.h"
#include "mailaddress.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{

SmtpCommand refused(const QString &reason)
{
    return SmtpCommand{{}, reason};
}

SmtpCommand line(const QByteArray &text)
{
    // RFC 5321 §2.3.8: every command ends in CRLF.
    return SmtpCommand{text + "\r\n", {}};
}

// The same rule as checkArgument(), for arguments that are already bytes (AUTH data, so secret: the text copy made
// for the check is zeroed).
QString checkBytes(const QByteArray &bytes)
{
    QString text = QString::fromLatin1(bytes);
    const QString reason = SmtpCommand::checkArgument(text);
    wipeSecret(text);
    return reason;
}

// An AUTH line carrying secret data, built in one buffer of its final size: no partial copy is left unzeroed.
SmtpCommand secretLine(const QByteArray &prefix, const QByteArray &data)
{
    QByteArray bytes;
    bytes.reserve(prefix.size() + data.size() + 2);
    bytes.append(prefix).append(data).append("\r\n");
    return SmtpCommand{bytes, {}};
}

bool hasWhiteSpace(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.isSpace())
            return true;
    }
    return false;
}

// One name followed by an argument that must be a single word (EHLO/HELO domain, AUTH mechanism …).
SmtpCommand wordCommand(const QByteArray &verb, const QString &argument, const QString &what)
{
    if (argument.isEmpty())
        return refused(SmtpCommand::tr("The %1 is empty.").arg(what));
    if (const QString reason = SmtpCommand::checkArgument(argument); !reason.isEmpty())
        return refused(SmtpCommand::tr("The %1 %2.").arg(what, reason));
    if (hasWhiteSpace(argument))
        return refused(SmtpCommand::tr("The %1 contains white space.").arg(what));
    return line(verb + ' ' + argument.toUtf8());
}

// MAIL FROM:<reverse-path> / RCPT TO:<forward-path> [SP Mail-parameters] (RFC 5321 §4.1.1.2, §4.1.1.3).
SmtpCommand pathCommand(const QByteArray &prefix, const QString &address, const QStringList &parameters,
                        MailAddress::Path path)
{
    // The same rule as every field that takes an address; its reasons never repeat the address.
    if (const QString reason = MailAddress::problem(address, path); !reason.isEmpty())
        return refused(reason);

    QByteArray bytes = prefix + '<' + address.toUtf8() + '>';
    for (const QString &parameter : parameters) {
        // RFC 5321 §4.1.2: esmtp-param = esmtp-keyword ["=" esmtp-value]; esmtp-value has no SP and no controls.
        if (parameter.isEmpty())
            return refused(SmtpCommand::tr("A parameter is empty."));
        if (const QString reason = SmtpCommand::checkArgument(parameter); !reason.isEmpty())
            return refused(SmtpCommand::tr("A parameter %1.").arg(reason));
        if (hasWhiteSpace(parameter))
            return refused(SmtpCommand::tr("A parameter contains white space."));
        bytes += ' ' + parameter.toUtf8();
    }
    return line(bytes);
}

} // namespace

QString SmtpCommand::checkArgument(const QString &text)
{
    // RFC 5321 §4.1.2 (no control characters in commands) and the command-injection class (CR/LF in user input
    // becoming a second command). TAB is the only control character let through: it is harmless on the wire and
    // some servers accept it in VRFY or raw lines; builders that need single words refuse it separately.
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\r' || c == u'\n')
            return tr("contains a line break (CR or LF)");
        if (c == 0)
            return tr("contains a NUL character");
        if ((c < 0x20 && c != u'\t') || c == 0x7F)
            return tr("contains a control character (0x%1)")
                .arg(QString::number(c, 16).rightJustified(2, u'0').toUpper());
    }
    return {};
}

SmtpCommand SmtpCommand::ehlo(const QString &domain)
{
    return wordCommand("EHLO", domain, tr("EHLO name"));
}

SmtpCommand SmtpCommand::helo(const QString &domain)
{
    return wordCommand("HELO", domain, tr("HELO name"));
}

SmtpCommand SmtpCommand::lhlo(const QString &domain)
{
    return wordCommand("LHLO", domain, tr("LHLO name"));
}

SmtpCommand SmtpCommand::startTls()
{
    return line("STARTTLS");
}

SmtpCommand SmtpCommand::noop()
{
    return line("NOOP");
}

SmtpCommand SmtpCommand::rset()
{
    return line("RSET");
}

SmtpCommand SmtpCommand::quit()
{
    return line("QUIT");
}

SmtpCommand SmtpCommand::data()
{
    return line("DATA");
}

SmtpCommand SmtpCommand::vrfy(const QString &argument)
{
    if (argument.isEmpty())
        return refused(tr("The VRFY argument is empty."));
    if (const QString reason = checkArgument(argument); !reason.isEmpty())
        return refused(tr("The VRFY argument %1.").arg(reason));
    return line("VRFY " + argument.toUtf8());
}

SmtpCommand SmtpCommand::expn(const QString &argument)
{
    if (argument.isEmpty())
        return refused(tr("The EXPN argument is empty."));
    if (const QString reason = checkArgument(argument); !reason.isEmpty())
        return refused(tr("The EXPN argument %1.").arg(reason));
    return line("EXPN " + argument.toUtf8());
}

QString SmtpCommand::mechanismProblem(const QString &mechanism)
{
    // RFC 4422 §3.1: sasl-mech = 1*20(UPPER-ALPHA / DIGIT / "-" / "_"); compared case-insensitively.
    const QString upper = mechanism.toUpper();
    if (upper.isEmpty() || upper.size() > 20)
        return tr("The authentication mechanism name is empty or too long.");
    for (const QChar ch : upper) {
        const bool allowed = (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'_';
        if (!allowed)
            return tr("The authentication mechanism name contains a character that is not allowed.");
    }
    return {};
}

SmtpCommand SmtpCommand::auth(const QString &mechanism, const QByteArray &initialResponse)
{
    if (const QString problem = mechanismProblem(mechanism); !problem.isEmpty())
        return refused(problem);
    const QString upper = mechanism.toUpper();
    const QByteArray command = "AUTH " + upper.toLatin1();
    if (initialResponse.isEmpty())
        return line(command);
    // The response is secret: the reason names the problem, never the bytes. RFC 4954 §4: base64 or "=".
    if (const QString reason = checkBytes(initialResponse); !reason.isEmpty())
        return refused(tr("The initial response %1.").arg(reason));
    if (initialResponse.contains(' ') || initialResponse.contains('\t'))
        return refused(tr("The initial response contains white space."));
    return secretLine(command + ' ', initialResponse);
}

SmtpCommand SmtpCommand::authResponse(const QByteArray &response)
{
    // RFC 4954 §4: one base64 line per challenge, "*" to cancel; an empty line is a valid empty response.
    if (const QString reason = checkBytes(response); !reason.isEmpty())
        return refused(tr("The authentication response %1.").arg(reason));
    if (response.contains(' ') || response.contains('\t'))
        return refused(tr("The authentication response contains white space."));
    return secretLine({}, response);
}

SmtpCommand SmtpCommand::mailFrom(const QString &address, const QStringList &parameters)
{
    // RFC 5321 §4.1.1.2: the null reverse-path "<>" is allowed (bounces, DSNs).
    return pathCommand("MAIL FROM:", address, parameters, MailAddress::Path::Reverse);
}

SmtpCommand SmtpCommand::rcptTo(const QString &address, const QStringList &parameters)
{
    return pathCommand("RCPT TO:", address, parameters, MailAddress::Path::Forward);
}

SmtpCommand SmtpCommand::raw(const QString &line)
{
    if (line.isEmpty())
        return refused(tr("The command is empty."));
    if (const QString reason = checkArgument(line); !reason.isEmpty())
        return refused(tr("The command %1.").arg(reason));
    return SmtpCommand{line.toUtf8() + "\r\n", {}};
}

QByteArray encodeXtext(const QByteArray &text)
{
    // RFC 3461 §4: xchar = any ASCII CHAR between "!" (33) and "~" (126) inclusive, except "+" and "=";
    // everything else is "+" followed by two upper-case hexadecimal digits.
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 33 && u <= 126 && c != '+' && c != '=') {
            out += c;
        } else {
            out += '+';
            out += hex[u >> 4];
            out += hex[u & 0x0F];
        }
    }
    return out;
}

} // namespace Smtp
