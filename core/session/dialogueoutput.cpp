// How the dialogue sends, ends and reports: the one routine that sends a command and awaits its reply, the polite
// or abrupt end, the result's error, and the transcript's server lines.

#include "core/text/untrustedtext.h"
#include "dialogue.h"

namespace Smtp
{

namespace
{

/// What the window shows for a state; HandlingReply is a moment inside one event and shows what came before.
std::optional<SessionState> reportedStateFor(Dialogue::State state)
{
    using State = Dialogue::State;
    switch (state) {
    case State::Idle:
        return SessionState::Idle;
    case State::Resolving:
        return SessionState::Resolving;
    case State::Connecting:
        return SessionState::Connecting;
    case State::AwaitingBanner:
        return SessionState::AwaitingBanner;
    case State::AwaitingEhlo:
    case State::AwaitingHelo:
    case State::AwaitingXclient:
        return SessionState::Greeting;
    case State::TlsHandshake:
    case State::AwaitingStartTls:
        return SessionState::StartingTls;
    case State::AwaitingAuth:
        return SessionState::Authenticating;
    case State::AwaitingMail:
    case State::AwaitingRcpt:
    case State::AwaitingData:
    case State::SendingMessageText:
    case State::AwaitingDataEnd:
        return SessionState::SendingMessage;
    case State::Ready:
    case State::UserMessageText:
        return SessionState::Ready;
    case State::AwaitingUserReply:
        return SessionState::Busy;
    case State::AwaitingQuit:
        return SessionState::Quitting;
    case State::Finished:
        return SessionState::Closed;
    case State::HandlingReply:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

bool Dialogue::sendCommand(const SmtpCommand &command, State awaiting, const QString &phase,
                           const QByteArray &loggedForm)
{
    if (!command.isValid()) {
        fail(ErrorCode::InvalidSettings, tr("Refused to send a command: %1").arg(command.error));
        return false;
    }
    const QByteArray line = command.bytes.chopped(2);
    const QByteArray shown = loggedForm.isEmpty() ? line : loggedForm;
    record(TranscriptEvent::Kind::Client, escapeUntrustedBytes(shown), shown, !loggedForm.isEmpty());
    if (!phase.isEmpty())
        beginPhase(phase);
    // A line shown in a redacted form carries credentials.
    transmit(command.bytes, awaiting, !loggedForm.isEmpty());
    return true;
}

void Dialogue::transmit(const QByteArray &bytes, State awaiting, bool secret)
{
    setState(awaiting);
    ++m_commandsSent;
    DialogueAction send{DialogueAction::Kind::Send};
    send.bytes = bytes;
    send.secret = secret;
    emitAction(send);
    armDeadline(awaiting == State::AwaitingQuit ? quitWaitMs() : -1);
}

void Dialogue::setState(State state)
{
    m_state = state;
    const std::optional<SessionState> reported = reportedStateFor(state);
    if (!reported || *reported == m_reportedState)
        return;
    m_reportedState = *reported;
    DialogueAction changed{DialogueAction::Kind::StateChanged};
    changed.state = m_reportedState;
    emitAction(changed);
}

bool Dialogue::isAwaitingReply() const
{
    switch (m_state) {
    case State::AwaitingBanner:
    case State::AwaitingEhlo:
    case State::AwaitingHelo:
    case State::AwaitingStartTls:
    case State::AwaitingXclient:
    case State::AwaitingAuth:
    case State::AwaitingMail:
    case State::AwaitingRcpt:
    case State::AwaitingData:
    case State::SendingMessageText:
    case State::AwaitingDataEnd:
    case State::AwaitingUserReply:
    case State::AwaitingQuit:
        return true;
    default:
        return false;
    }
}

bool Dialogue::canSendQuit() const
{
    // In step with the server: connected, past any TLS the mode demands, and with no broken reply in the parser.
    const bool handshakeRunning = m_state == State::TlsHandshake && !m_tlsActive;
    return m_connected && !handshakeRunning && (m_settings.security != SecurityMode::Implicit || m_tlsActive) &&
           !m_parser.hasError();
}

void Dialogue::apply(const Verdict &verdict, const std::optional<Reply> &reply)
{
    switch (verdict.action) {
    case Verdict::Action::Proceed:
    case Verdict::Action::FallBack:
        return;
    case Verdict::Action::QuitAndFail:
        fail(verdict.code, verdict.message, reply);
        return;
    case Verdict::Action::AbortAndFail:
        abortAndFail(verdict.code, verdict.message, reply);
        return;
    }
}

void Dialogue::sendQuitThenFinish()
{
    if (!canSendQuit()) {
        closeAndFinish();
        return;
    }
    if (!m_result.error.isError())
        m_stage = Stage::Quit;
    // Its reply, the server closing, or the short QUIT deadline ends the session.
    sendCommand(SmtpCommand::quit(), State::AwaitingQuit, QStringLiteral("quit"));
}

void Dialogue::fail(ErrorCode code, const QString &message, const std::optional<Reply> &reply)
{
    if (m_state == State::Finished || m_result.error.isError())
        return;
    setError(code, message, reply);
    emitSimple(DialogueAction::Kind::DisarmDeadline);
    // A connection that is still in step with the server gets a polite QUIT; anything else is just closed.
    if (!isAwaitingReply() && m_queuedReplies.isEmpty() && canSendQuit() && code != ErrorCode::ConnectionClosed &&
        code != ErrorCode::TimedOut)
        sendQuitThenFinish();
    else
        closeAndFinish();
}

void Dialogue::abortAndFail(ErrorCode code, const QString &message, const std::optional<Reply> &reply)
{
    if (m_state == State::Finished)
        return;
    setError(code, message, reply);
    closeAndFinish();
}

void Dialogue::setError(ErrorCode code, const QString &message, const std::optional<Reply> &reply)
{
    if (m_result.error.isError())
        return;
    recordIncompleteLine();
    const bool lostAfterEndOfData = m_state == State::AwaitingDataEnd &&
                                    (code == ErrorCode::ConnectionClosed || code == ErrorCode::TimedOut ||
                                     code == ErrorCode::ConnectFailed || code == ErrorCode::TlsHandshakeFailed);
    if (lostAfterEndOfData) {
        // RFC 5321 §4.5.3.2.6 and §6.1: the server may have taken the message before the connection went, so the
        // outcome is unknown. Sending it again may deliver it twice: say so, and never resend.
        const QString unknown = tr("%1 The end of the message had been sent, so the server may have accepted it: "
                                   "the delivery is unknown. It is not sent again; check the recipient's mailbox "
                                   "or the server's log before sending it once more.")
                                    .arg(message);
        m_result.error = {ErrorCode::DeliveryUnknown, unknown, m_stage, reply};
        record(TranscriptEvent::Kind::Error, unknown);
        return;
    }
    m_result.error = {code, message, m_stage, reply};
    record(TranscriptEvent::Kind::Error, message);
}

void Dialogue::closeAndFinish()
{
    emitSimple(DialogueAction::Kind::DisarmDeadline);
    emitSimple(DialogueAction::Kind::Close);
    finish();
}

void Dialogue::finish()
{
    m_connected = false;
    m_queuedReplies.clear();
    recordIncompleteLine();
    emitSimple(DialogueAction::Kind::DisarmDeadline);
    if (m_result.ok())
        info(tr("Session finished."));
    setState(State::Finished);
    emitSimple(DialogueAction::Kind::Finish);
}

QString Dialogue::waitDescription() const
{
    switch (m_state) {
    case State::TlsHandshake:
        return tr("the TLS handshake ran");
    case State::AwaitingBanner:
        return tr("waiting for the greeting");
    case State::AwaitingEhlo:
        return m_settings.protocol == MailProtocol::Lmtp ? tr("waiting for the reply to LHLO")
                                                         : tr("waiting for the reply to EHLO");
    case State::AwaitingXclient:
        return tr("waiting for the reply to XCLIENT");
    case State::AwaitingHelo:
        return tr("waiting for the reply to HELO");
    case State::AwaitingStartTls:
        return tr("waiting for the reply to STARTTLS");
    case State::AwaitingAuth:
        return tr("authenticating");
    case State::AwaitingMail:
        return tr("waiting for the reply to MAIL FROM");
    case State::AwaitingRcpt:
        return tr("waiting for the reply to RCPT TO");
    case State::AwaitingData:
        return tr("waiting for the reply to DATA");
    case State::SendingMessageText:
        return tr("sending the message text");
    case State::AwaitingDataEnd:
        return tr("waiting for the reply to the message");
    case State::AwaitingQuit:
        return tr("waiting for the reply to QUIT");
    case State::AwaitingUserReply:
        return tr("waiting for the reply to %1").arg(m_userCommandVerb);
    default:
        return tr("no reply was due");
    }
}

void Dialogue::recordServerLines(const QByteArray &bytes)
{
    // Lines are shown as they complete, before their reply is, so a slow or broken multi-line reply stays visible.
    m_lineBuffer += bytes;
    qsizetype start = 0;
    for (qsizetype end = m_lineBuffer.indexOf('\n'); end >= 0; end = m_lineBuffer.indexOf('\n', start)) {
        QByteArray line = m_lineBuffer.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        record(TranscriptEvent::Kind::Server, escapeUntrustedBytes(line), line);
        start = end + 1;
    }
    m_lineBuffer.remove(0, start);
}

void Dialogue::recordIncompleteLine()
{
    if (m_lineBuffer.isEmpty())
        return;
    constexpr qsizetype shownBytes = 200;
    const QByteArray shown = m_lineBuffer.left(shownBytes);
    record(
        TranscriptEvent::Kind::Server,
        tr("%1 … (incomplete line, %2 bytes, no line end)").arg(escapeUntrustedBytes(shown)).arg(m_lineBuffer.size()),
        shown);
    m_lineBuffer.clear();
}

void Dialogue::record(TranscriptEvent::Kind kind, const QString &text, const QByteArray &raw, bool redacted)
{
    DialogueAction action{DialogueAction::Kind::Record};
    action.event.kind = kind;
    action.event.text = text;
    action.event.raw = raw;
    action.event.redacted = redacted;
    action.event.beforeTls = !m_tlsActive;
    emitAction(action);
}

void Dialogue::emitSimple(DialogueAction::Kind kind)
{
    emitAction(DialogueAction{kind});
}

void Dialogue::armDeadline(int milliseconds)
{
    DialogueAction arm{DialogueAction::Kind::ArmDeadline};
    arm.milliseconds = milliseconds >= 0 ? milliseconds : m_settings.timeoutSeconds * 1000;
    emitAction(arm);
}

void Dialogue::beginPhase(const QString &name)
{
    DialogueAction begin{DialogueAction::Kind::BeginPhase};
    begin.name = name;
    emitAction(begin);
}

void Dialogue::endPhase(const QString &name)
{
    DialogueAction end{DialogueAction::Kind::EndPhase};
    end.name = name;
    emitAction(end);
}

} // namespace Smtp
