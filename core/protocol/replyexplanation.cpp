#include "replyexplanation.h"

#include "enhancedstatustable.h"
#include "reply.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{

// The translation context of the table and of this file's sentences.
struct ReplyExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(ReplyExplanation)
};

struct BasicReply
{
    int code;
    const char *meaning;
};

// RFC 5321 §4.2.2 and §4.2.3, RFC 3207, RFC 4954, RFC 7504: what a reply code means when no enhanced code says more.
constexpr BasicReply basicReplies[] = {
    {421, QT_TRANSLATE_NOOP("ReplyExplanation",
                            "Service not available, closing the connection: the server is shutting down, overloaded "
                            "or refusing you for now.")},
    {450, QT_TRANSLATE_NOOP("ReplyExplanation",
                            "Mailbox unavailable for now (busy, or greylisting: many servers accept the same message "
                            "a few minutes later).")},
    {451, QT_TRANSLATE_NOOP("ReplyExplanation", "Aborted by a local error in processing on the server.")},
    {452, QT_TRANSLATE_NOOP("ReplyExplanation", "Insufficient system storage, or too many recipients for now.")},
    {454, QT_TRANSLATE_NOOP("ReplyExplanation", "TLS (or authentication) is not available for now.")},
    {455, QT_TRANSLATE_NOOP("ReplyExplanation", "The server cannot accommodate the parameters for now.")},
    {500, QT_TRANSLATE_NOOP("ReplyExplanation", "Syntax error: the command was not recognised.")},
    {501, QT_TRANSLATE_NOOP("ReplyExplanation", "Syntax error in the command's parameters or arguments.")},
    {502, QT_TRANSLATE_NOOP("ReplyExplanation", "The command is not implemented by this server.")},
    {503,
     QT_TRANSLATE_NOOP("ReplyExplanation",
                       "Bad sequence of commands: something else has to come first (EHLO, STARTTLS, AUTH, MAIL).")},
    {504, QT_TRANSLATE_NOOP("ReplyExplanation", "A parameter of the command is not implemented.")},
    {521, QT_TRANSLATE_NOOP("ReplyExplanation", "This host does not accept mail at all (RFC 7504).")},
    {530, QT_TRANSLATE_NOOP("ReplyExplanation",
                            "Authentication required (or TLS first): authenticate, over STARTTLS or implicit TLS.")},
    {534, QT_TRANSLATE_NOOP("ReplyExplanation", "The authentication mechanism is too weak for this server.")},
    {535,
     QT_TRANSLATE_NOOP("ReplyExplanation", "The authentication credentials are invalid: check user and password.")},
    {538, QT_TRANSLATE_NOOP("ReplyExplanation", "This authentication mechanism needs TLS first.")},
    {550,
     QT_TRANSLATE_NOOP("ReplyExplanation",
                       "Not taken: mailbox unavailable (unknown user) or refused by policy (relaying, blocking).")},
    {551, QT_TRANSLATE_NOOP("ReplyExplanation", "The user is not local to this server.")},
    {552,
     QT_TRANSLATE_NOOP("ReplyExplanation", "Exceeded storage allocation: the message is too big, or a quota is full.")},
    {553, QT_TRANSLATE_NOOP("ReplyExplanation", "The mailbox name is not allowed (address syntax or policy).")},
    {554, QT_TRANSLATE_NOOP("ReplyExplanation",
                            "Transaction failed (after DATA: the content was refused), or no SMTP service here.")},
    {555, QT_TRANSLATE_NOOP("ReplyExplanation", "MAIL FROM or RCPT TO parameters not recognised or not implemented.")},
    {556, QT_TRANSLATE_NOOP("ReplyExplanation", "The domain does not accept mail (RFC 7504).")},
};

QString persistence(int codeClass)
{
    return codeClass == 4 ? ReplyExplanationText::tr("Temporary: the same may succeed later.")
                          : ReplyExplanationText::tr("Permanent: sending the same again fails the same way.");
}

QString explainEnhanced(const EnhancedStatusCode &code)
{
    qsizetype count = 0;
    const EnhancedStatusEntry *entries = enhancedStatusEntries(&count);
    for (qsizetype index = 0; index < count; ++index) {
        const EnhancedStatusEntry &entry = entries[index];
        if (entry.subject == code.subject && entry.detail == code.detail)
            return ReplyExplanationText::tr("%1 %2: %3")
                .arg(code.toString(), ReplyExplanationText::tr(entry.name), ReplyExplanationText::tr(entry.advice));
    }
    const EnhancedStatusEntry *subjects = enhancedStatusSubjects(&count);
    for (qsizetype index = 0; index < count; ++index) {
        const EnhancedStatusEntry &subject = subjects[index];
        if (subject.subject == code.subject)
            return ReplyExplanationText::tr("%1 %2 (detail %3 is not registered): %4")
                .arg(code.toString(), ReplyExplanationText::tr(subject.name))
                .arg(code.detail)
                .arg(ReplyExplanationText::tr(subject.advice));
    }
    return ReplyExplanationText::tr("%1: not a registered enhanced status code.").arg(code.toString());
}

QString explainBasic(int code)
{
    for (const BasicReply &reply : basicReplies) {
        if (reply.code == code)
            return ReplyExplanationText::tr("%1: %2").arg(code).arg(ReplyExplanationText::tr(reply.meaning));
    }
    return ReplyExplanationText::tr("%1: a failure the server did not explain further.").arg(code);
}

} // namespace

QString ReplyExplanation::explain(const Reply &reply)
{
    if (!reply.isValid() || reply.firstDigit() < 4)
        return {};
    // RFC 3463 §2: the class of the enhanced code agrees with the reply's; the reply code decides when they differ.
    const QString meaning = reply.enhanced.isValid() ? explainEnhanced(reply.enhanced) : explainBasic(reply.code);
    return ReplyExplanationText::tr("%1 %2").arg(meaning, persistence(reply.firstDigit()));
}

} // namespace Smtp
