#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Smtp
{

/// A command line ready for the wire, or the reason it was refused. Every builder refuses CR, LF and NUL in every
/// argument (RFC 5321 §4.1.2; a defence against command injection through user input), so a refused command never
/// reaches the socket. Other C0 control characters and DEL are refused too; TAB is the only one let through, and
/// builders whose argument must be one word (EHLO/HELO name, AUTH data, ESMTP parameters) refuse white space.
/// Non-ASCII text is sent as UTF-8. Refusal reasons never repeat the argument, which may be a secret.
struct SmtpCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCommand)

public:
    QByteArray bytes; ///< the line including CRLF; empty when refused
    QString error;    ///< why it was refused

    bool isValid() const { return error.isEmpty() && !bytes.isEmpty(); }

    static SmtpCommand ehlo(const QString &domain);
    static SmtpCommand helo(const QString &domain);
    /// RFC 2033 §4.1: LMTP's greeting, EHLO's twin.
    static SmtpCommand lhlo(const QString &domain);
    static SmtpCommand startTls();
    static SmtpCommand noop();
    static SmtpCommand rset();
    static SmtpCommand quit();
    static SmtpCommand data();
    static SmtpCommand vrfy(const QString &argument);
    static SmtpCommand expn(const QString &argument);
    /// "AUTH PLAIN" or "AUTH PLAIN <initial response>" (the response already base64, or "=" for empty).
    static SmtpCommand auth(const QString &mechanism, const QByteArray &initialResponse = {});
    /// One line of an AUTH exchange: base64 data or "*" to cancel.
    static SmtpCommand authResponse(const QByteArray &response);
    /// MAIL FROM:<address> followed by ESMTP parameters such as "SIZE=1234" or "BODY=8BITMIME". An empty address
    /// gives the null reverse-path "<>". The address is the bare one that MailAddress::problem() accepts.
    static SmtpCommand mailFrom(const QString &address, const QStringList &parameters = {});
    static SmtpCommand rcptTo(const QString &address, const QStringList &parameters = {});
    /// A line the user typed, sent as it is (UTF-8) with CRLF added; an empty line is refused.
    static SmtpCommand raw(const QString &line);

    /// The reason text would be refused as part of a command line (e.g. "contains a line break (CR or LF)"), or an
    /// empty string when it is fine. CR, LF, NUL, other C0 controls except TAB, and DEL are refused.
    static QString checkArgument(const QString &text);
    /// Why @p mechanism is not a SASL mechanism name (RFC 4422 §3.1: 1 to 20 letters, digits, '-' and '_', compared
    /// case-insensitively), or an empty string: the one rule for the command line, the profile editor and AUTH.
    static QString mechanismProblem(const QString &mechanism);
};

/// RFC 3461 §4 xtext encoding, for ENVID and ORCPT.
QByteArray encodeXtext(const QByteArray &text);

} // namespace Smtp
