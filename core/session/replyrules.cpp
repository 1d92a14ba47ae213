#include "replyrules.h"

#include <QCoreApplication>

namespace Smtp::ReplyRules
{

namespace
{
/// The translation context of this file's sentences.
class ReplyRulesText
{
    Q_DECLARE_TR_FUNCTIONS(ReplyRules)
};
} // namespace

namespace
{

QString quoted(const Reply &reply)
{
    return reply.summary();
}

/// RFC 5321 §4.2.1: 421 means the service is closing the channel; the server closes the connection itself.
Verdict closingChannel(const Reply &reply)
{
    return Verdict::abortAndFail(ErrorCode::ServerRejected,
                                 ReplyRulesText::tr("The server is closing the connection: %1").arg(quoted(reply)));
}

} // namespace

Verdict greeting(const Reply &reply)
{
    if (reply.code == 220)
        return Verdict::proceed();
    if (reply.code == 554)
        return Verdict::quitAndFail(
            ErrorCode::ServerRejected,
            ReplyRulesText::tr("The server refuses to serve this client: %1").arg(quoted(reply)));
    if (reply.code == 421)
        return closingChannel(reply);
    if (reply.isTransientFailure() || reply.isPermanentFailure())
        return Verdict::quitAndFail(ErrorCode::ServerRejected,
                                    ReplyRulesText::tr("The server greeted with an error: %1").arg(quoted(reply)));
    return Verdict::abortAndFail(
        ErrorCode::ProtocolViolation,
        ReplyRulesText::tr("The server's greeting is not 220 (RFC 5321 §4.3.2): %1").arg(quoted(reply)));
}

Verdict ehlo(const Reply &reply, bool esmtpRequired)
{
    if (reply.code == 250)
        return Verdict::proceed();
    if (reply.code == 421)
        return closingChannel(reply);
    if (reply.isPermanentFailure() || reply.isTransientFailure()) {
        if (esmtpRequired)
            return Verdict::quitAndFail(
                ErrorCode::ServerRejected,
                ReplyRulesText::tr("The server refused EHLO (%1). STARTTLS and AUTH need ESMTP, so "
                                   "the session cannot go on.")
                    .arg(quoted(reply)));
        return Verdict::fallBack(
            ReplyRulesText::tr("The server refused EHLO (%1); trying HELO without ESMTP extensions.")
                .arg(quoted(reply)));
    }
    // A 235 or 354 here is what a server that executed pipelined commands injected before TLS would answer
    // (hostile A14, CVE-2011-0411): never send anything after it.
    return Verdict::abortAndFail(
        ErrorCode::ProtocolViolation,
        ReplyRulesText::tr("Unexpected reply to EHLO: %1. The server may have executed commands "
                           "injected before TLS; the session is stopped.")
            .arg(quoted(reply)));
}

Verdict helo(const Reply &reply)
{
    if (reply.code == 250)
        return Verdict::proceed();
    if (reply.code == 421)
        return closingChannel(reply);
    if (reply.isPermanentFailure() || reply.isTransientFailure())
        return Verdict::quitAndFail(ErrorCode::ServerRejected,
                                    ReplyRulesText::tr("The server refused HELO: %1").arg(quoted(reply)));
    return Verdict::abortAndFail(ErrorCode::ProtocolViolation,
                                 ReplyRulesText::tr("Unexpected reply to HELO: %1").arg(quoted(reply)));
}

Verdict startTls(const Reply &reply)
{
    if (reply.code == 220)
        return Verdict::proceed();
    if (reply.code == 421)
        return closingChannel(reply);
    if (reply.code == 454)
        return Verdict::quitAndFail(
            ErrorCode::StartTlsUnavailable,
            ReplyRulesText::tr("The server cannot start TLS right now (temporary failure: %1). The "
                               "session does not continue without TLS.")
                .arg(quoted(reply)));
    if (reply.isPermanentFailure() || reply.isTransientFailure())
        return Verdict::quitAndFail(ErrorCode::StartTlsUnavailable,
                                    ReplyRulesText::tr("The server refused STARTTLS: %1. The session does not continue "
                                                       "without TLS.")
                                        .arg(quoted(reply)));
    return Verdict::abortAndFail(ErrorCode::ProtocolViolation,
                                 ReplyRulesText::tr("Unexpected reply to STARTTLS: %1").arg(quoted(reply)));
}

Verdict positiveCompletion(const Reply &reply, const QString &command)
{
    if (reply.isPositiveCompletion())
        return Verdict::proceed();
    if (reply.code == 421)
        return closingChannel(reply);
    if (reply.isPermanentFailure() || reply.isTransientFailure())
        return Verdict::quitAndFail(ErrorCode::ServerRejected,
                                    ReplyRulesText::tr("The server rejected %1: %2").arg(command, quoted(reply)));
    return Verdict::abortAndFail(ErrorCode::ProtocolViolation,
                                 ReplyRulesText::tr("Unexpected reply to %1: %2").arg(command, quoted(reply)));
}

Verdict dataStart(const Reply &reply)
{
    if (reply.code == 354)
        return Verdict::proceed();
    if (reply.code == 421)
        return closingChannel(reply);
    if (reply.isPermanentFailure() || reply.isTransientFailure())
        return Verdict::quitAndFail(ErrorCode::ServerRejected,
                                    ReplyRulesText::tr("The server rejected DATA: %1").arg(quoted(reply)));
    return Verdict::abortAndFail(ErrorCode::ProtocolViolation,
                                 ReplyRulesText::tr("Unexpected reply to DATA: %1").arg(quoted(reply)));
}

Verdict unsolicited(const Reply &reply)
{
    if (reply.code == 421)
        return closingChannel(reply);
    return Verdict::abortAndFail(
        ErrorCode::ProtocolViolation,
        ReplyRulesText::tr("The server sent a reply nobody asked for: %1 (RFC 5321 §4.2: one command, one reply).")
            .arg(quoted(reply)));
}

} // namespace Smtp::ReplyRules
