// What the user or a driver asks the dialogue for: typed lines, STARTTLS, AUTH, a message, QUIT, cancel.

#include "core/auth/redaction.h"
#include "core/text/untrustedtext.h"
#include "dialogue.h"

namespace Smtp
{

void Dialogue::onCommandTyped(const QString &line)
{
    if (m_state == State::UserMessageText) {
        sendMessageText(line);
        return;
    }
    if (m_state != State::Ready) {
        record(TranscriptEvent::Kind::Error,
               tr("Not sent: the session is busy (%1).").arg(sessionStateName(m_reportedState)));
        return;
    }
    // Leading white space and tabs must not hide the verb: "  auth\tplain …" is an AUTH command too.
    const QString verb = line.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
    if (verb == QStringLiteral("STARTTLS") && line.trimmed().size() == verb.size()) {
        onStartTlsRequested();
        return;
    }
    if (verb == QStringLiteral("QUIT")) {
        onQuitRequested();
        return;
    }
    const SmtpCommand command = SmtpCommand::raw(line);
    if (!command.isValid()) {
        record(TranscriptEvent::Kind::Error, tr("Not sent: %1").arg(command.error));
        return;
    }
    if (verb == QStringLiteral("AUTH") && !m_userAuthContinuation && !hasValidatedTls() &&
        !m_settings.auth.allowPlaintext) {
        // RFC 8314 §5.2: the same policy as the scripted AUTH; not one byte of the typed credentials goes out.
        record(TranscriptEvent::Kind::Error,
               tr("Not sent: credentials go only over TLS with a validated certificate, unless the profile allows "
                  "plaintext authentication (RFC 8314 §5)."));
        return;
    }
    // Redacted by its role, never by looking for the password: the command and every line after the user's 334.
    const QByteArray typed = command.bytes.chopped(2);
    const QByteArray redacted = redactTypedLine(typed, m_userAuthContinuation);
    const QByteArray loggedForm = isRedactedForm(typed, redacted) ? redacted : QByteArray();
    // A SASL response's first word is secret: messages about the reply (timeouts, a stray 354) name AUTH instead.
    m_userCommandVerb = m_userAuthContinuation ? QStringLiteral("AUTH") : verb;
    sendCommand(command, State::AwaitingUserReply, {}, loggedForm);
}

void Dialogue::sendMessageText(const QString &line)
{
    // Message text after a typed DATA: no reply comes until the lone dot (RFC 5321 §4.1.1.4).
    if (const QString reason = SmtpCommand::checkArgument(line); !reason.isEmpty()) {
        record(TranscriptEvent::Kind::Error, tr("Not sent: %1").arg(reason));
        return;
    }
    if (line == QStringLiteral(".")) {
        sendCommand(SmtpCommand::raw(line), State::AwaitingUserReply);
        return;
    }
    // RFC 5321 §4.5.2: a line that starts with a dot gets another one.
    const QByteArray bytes = (line.startsWith(QLatin1Char('.')) ? QStringLiteral(".") + line : line).toUtf8();
    record(TranscriptEvent::Kind::Client, escapeUntrustedBytes(bytes), bytes);
    DialogueAction send{DialogueAction::Kind::Send};
    send.bytes = bytes + "\r\n";
    emitAction(send);
}

void Dialogue::handleUserCommandReply(const Reply &reply)
{
    m_userAuthContinuation =
        reply.code == 334 && (m_userCommandVerb == QStringLiteral("AUTH") || m_userAuthContinuation);
    if (reply.code == 421) {
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    }
    // RFC 5321 §4.1.1.4: only DATA is answered with 354; after any other command the next lines stay commands, so
    // they keep their redaction and the AUTH policy.
    if (reply.code == 354 && m_userCommandVerb != QStringLiteral("DATA"))
        warn(tr("The server answered 354 to %1; only DATA may get it. Lines are still sent as commands.")
                 .arg(m_userCommandVerb));
    if (reply.code == 235)
        info(tr("Authenticated."));
    if (reply.code == 354 && m_userCommandVerb == QStringLiteral("DATA")) {
        info(tr("Type the message; a line with a single dot ends it."));
        setState(State::UserMessageText);
        emitStepFinished(reply);
        return;
    }
    becomeReady(reply);
}

void Dialogue::onStartTlsRequested()
{
    if (m_state != State::Ready || m_tlsActive)
        return;
    m_stage = Stage::Tls;
    sendCommand(SmtpCommand::startTls(), State::AwaitingStartTls, QStringLiteral("starttls"));
}

void Dialogue::onAuthenticateRequested()
{
    if (m_state != State::Ready)
        return;
    setState(State::HandlingReply);
    beginAuth();
}

void Dialogue::onSendMessageRequested(const MessageSettings &message)
{
    if (m_state != State::Ready)
        return;
    if (!message.isRequested()) {
        record(TranscriptEvent::Kind::Error, tr("Not sent: the message has no recipient."));
        return;
    }
    setState(State::HandlingReply);
    beginMessage(message);
}

void Dialogue::onQuitRequested()
{
    if (m_state == State::Ready) {
        sendQuitThenFinish();
        return;
    }
    onCancelled();
}

void Dialogue::onCancelled()
{
    m_result.error = {ErrorCode::Cancelled, tr("The session was cancelled."), m_stage, std::nullopt};
    record(TranscriptEvent::Kind::Error, m_result.error.message);
    closeAndFinish();
}

void Dialogue::becomeReady(const std::optional<Reply> &reply)
{
    setState(State::Ready);
    emitStepFinished(reply);
}

void Dialogue::emitStepFinished(const std::optional<Reply> &reply)
{
    DialogueAction finished{DialogueAction::Kind::StepFinished};
    finished.reply = reply;
    emitAction(finished);
}

} // namespace Smtp
