#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Smtp
{

/// The one rule for what may be given as an envelope address, in the profile editor, the compose panel, on the
/// command line and in the session itself.
///
/// The address is written bare, as in "user@example.org": the angle brackets belong to the command, and a stored
/// address is used as it is in headers (From:, ORCPT) too, so a second spelling with brackets would have to be undone
/// everywhere. The null reverse-path is written as an empty sender.
///
/// The rule is deliberately loose about syntax: a workbench must be able to send what a server ought to refuse
/// ("Postmaster" without a domain, odd local parts, non-ASCII addresses for SMTPUTF8), so the server judges those.
/// Refused is only what cannot stand as one path inside MAIL FROM:<…> or RCPT TO:<…> without changing the
/// command: line breaks, NUL and other control characters (RFC 5321 §4.1.2; command injection), angle brackets, and
/// spaces outside a quoted local part (they would end the path and start a parameter).
class MailAddress final
{
    // Smtp::-qualified: the context the translations already use.
    Q_DECLARE_TR_FUNCTIONS(Smtp::MailAddress)

public:
    enum class Path
    {
        Reverse, ///< MAIL FROM: may be empty, the null reverse-path "<>" (RFC 5321 §4.5.5)
        Forward, ///< RCPT TO (and ORCPT): never empty
    };

    /// Why \a address cannot be used as \a path, translated; empty when it can. The reason never repeats the
    /// address (it may hold a secret pasted by mistake, and a control character): callers name the field.
    static QString problem(const QString &address, Path path);
    /// Recipients as typed in one field: separated by commas and/or white space, except white space inside a
    /// quoted local part ("ann lee"@example.org). The one reading for the profile editor and the compose panel.
    static QStringList splitList(const QString &text);
};

} // namespace Smtp
