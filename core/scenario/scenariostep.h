#pragma once

#include "expectation.h"
#include "sourceline.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Smtp
{

/// One step of a scenario and the expectation on its final reply.
struct ScenarioStep
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioStep)

public:
    enum class Kind
    {
        Ehlo,     ///< greet as the connection settings say (EHLO; HELO without ESMTP or after a refused EHLO)
        StartTls, ///< STARTTLS, the handshake verified as usual, then EHLO again (RFC 3207 §4.2)
        Auth,     ///< the AUTH exchange with the credentials of the settings; never written in the scenario
        Send,     ///< one raw command line, argument
        Message,  ///< MAIL, RCPT and DATA (or BDAT) with the settings' sender, recipients and message
        Quit,     ///< QUIT; nothing may follow it
    };

    Kind kind = Kind::Ehlo;
    /// The command line of Send, without CRLF; empty for the other kinds.
    QString argument;
    SourceLine where;
    /// Checked against the step's final reply: the last reply it received. That is the reply to EHLO (or to the HELO
    /// that followed a refused EHLO), to the EHLO after TLS (or to STARTTLS when it was refused), the 235 (or the
    /// refusal that ended the AUTH exchange), the reply to the end of data (or the last reply of a message that
    /// stopped before it), the reply to the raw command, the 221.
    std::optional<Expectation> expectation;

    /// "ehlo", "starttls", "auth", "send", "message", "quit".
    static QString kindName(Kind kind);
    /// The kind a step word names, in any letter case.
    static std::optional<Kind> kindFromName(QStringView name);

    /// Why @p line cannot be the command of a `send` step, or an empty string when it can. Refused: an empty line,
    /// a line starting with white space (the step's own white space is not part of it), CR, LF, NUL and the other
    /// control characters except TAB (SmtpCommand::checkArgument), and the commands a step does properly:
    /// STARTTLS (`starttls`: the handshake must follow), AUTH (`auth`: credentials never live in a scenario file),
    /// DATA and BDAT (`message`: the message text must follow) and QUIT (`quit`).
    static QString sendProblem(QStringView line);

    /// The step as a scenario line: "ehlo", "send NOOP".
    QString toText() const;

    /// Equal when they do the same and expect the same; where they were written does not count.
    friend bool operator==(const ScenarioStep &a, const ScenarioStep &b);
};

} // namespace Smtp
