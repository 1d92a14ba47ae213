#pragma once

#include "core/connection/sessionerror.h"
#include "core/protocol/reply.h"

#include <QString>

namespace Smtp
{

/// What the session does with a reply. Pure decisions, kept apart from the socket so they can be tested with tables.
struct Verdict
{
    enum class Action
    {
        Proceed,     ///< the reply is what the step needed
        FallBack,    ///< EHLO refused where HELO is allowed: try HELO
        QuitAndFail, ///< say QUIT politely, then fail with the error
        AbortAndFail ///< the connection cannot be trusted any more: close without another byte
    };

    Action action = Action::Proceed;
    ErrorCode code = ErrorCode::None;
    QString message;

    static Verdict proceed() { return {}; }
    static Verdict fallBack(const QString &message) { return {Action::FallBack, ErrorCode::None, message}; }
    static Verdict quitAndFail(ErrorCode code, const QString &message) { return {Action::QuitAndFail, code, message}; }
    static Verdict abortAndFail(ErrorCode code, const QString &message)
    {
        return {Action::AbortAndFail, code, message};
    }
};

namespace ReplyRules
{

/// The greeting (RFC 5321 §3.1, §4.3.2): 220 proceeds; 554 means "no SMTP service here"; anything else ends it.
Verdict greeting(const Reply &reply);

/// The reply to EHLO. A refusal falls back to HELO only when nothing that needs ESMTP was asked for (hostile A7).
Verdict ehlo(const Reply &reply, bool esmtpRequired);

/// The reply to HELO.
Verdict helo(const Reply &reply);

/// The reply to STARTTLS (RFC 3207 §4): only 220 proceeds; the client never continues in plaintext.
Verdict startTls(const Reply &reply);

/// A reply to a command that must succeed with a 2xx (MAIL, RCPT, end of data, RSET …).
Verdict positiveCompletion(const Reply &reply, const QString &command);

/// The reply to DATA: 354 proceeds (RFC 5321 §4.1.1.4).
Verdict dataStart(const Reply &reply);

/// A reply that arrived while no command was outstanding: 421 is a clean shutdown (RFC 5321 §4.2.2), anything else
/// is a protocol violation, since every reply answers exactly one command (RFC 5321 §4.2) and this one answers none.
Verdict unsolicited(const Reply &reply);

} // namespace ReplyRules
} // namespace Smtp
