// The dialogue's AUTH exchange and mail transaction: MAIL, RCPT and DATA or BDAT, with and without PIPELINING.

#include "core/message/messagebuilder.h"
#include "core/protocol/mailaddress.h"
#include "core/text/untrustedtext.h"
#include "dialogue.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Smtp
{

void Dialogue::beginAuth()
{
    m_stage = Stage::Auth;
    const AuthSettings &auth = m_settings.auth;
    // RFC 8314 §5.1/§5.2 (hostile E1-E3): credentials only over TLS whose certificate was validated, unless the
    // profile explicitly allows otherwise, and then with a warning.
    if (!hasValidatedTls() && auth.testOnly) {
        // RFC 8314 §5.1: "an MUA MUST NOT attempt to test a particular Mail Account configuration by submitting the
        // user's authentication credentials" without TLS of minimum confidentiality (hostile E2).
        warn(tr("Test: credentials are not sent without TLS and a validated certificate (RFC 8314 §5.1); the test "
                "ends after capability discovery."));
        continueAfterAuth();
        return;
    }
    if (!hasValidatedTls()) {
        const QString why = m_tlsActive ? tr("the server certificate was not validated (trusted site)")
                                        : tr("the connection is not encrypted");
        if (!auth.allowPlaintext) {
            fail(ErrorCode::AuthenticationRefused,
                 tr("Credentials were not sent: %1. Use STARTTLS or implicit TLS with a valid certificate, or allow "
                    "plaintext authentication for this profile (test servers only).")
                     .arg(why));
            return;
        }
        warn(tr("PLAINTEXT AUTHENTICATION ALLOWED: credentials are sent although %1. Anyone on the path can read "
                "the password and the messages.")
                 .arg(why));
    }
    const QStringList offered = currentCapabilities().authMechanisms();
    QString mechanismName = auth.mechanism.toUpper();
    if (mechanismName.isEmpty() || mechanismName == QStringLiteral("AUTO")) {
        // "auto" works with a password; a bearer token must name its mechanism (XOAUTH2 or OAUTHBEARER).
        mechanismName = chooseStrongestMechanism(offered, false);
        if (mechanismName.isEmpty()) {
            fail(ErrorCode::AuthenticationRefused,
                 offered.isEmpty() ? tr("The server offers no authentication (no AUTH in its EHLO reply).")
                                   : tr("The server offers no mechanism this client supports with a password: %1.")
                                         .arg(offered.join(QLatin1Char(' '))));
            return;
        }
        info(tr("Authenticating with %1, the strongest mechanism both sides offer.").arg(mechanismName));
    } else if (!offered.contains(mechanismName)) {
        if (!auth.tryUnadvertised) {
            fail(ErrorCode::AuthenticationRefused,
                 tr("The server does not offer %1; it offers: %2.")
                     .arg(mechanismName, offered.isEmpty() ? tr("nothing") : offered.join(QLatin1Char(' '))));
            return;
        }
        warn(tr("The server does not offer %1; trying it anyway as asked.").arg(mechanismName));
    }
    QString error;
    const SaslServer server{m_settings.verificationName(), m_settings.effectivePort()};
    std::unique_ptr<SaslMechanism> mechanism =
        createSaslMechanism(mechanismName, auth.user, auth.password, server, &error);
    if (!mechanism) {
        fail(ErrorCode::InvalidSettings, tr("Cannot authenticate with %1: %2").arg(mechanismName, error));
        return;
    }
    m_authExchange = std::make_unique<AuthExchange>(std::move(mechanism));
    beginPhase(QStringLiteral("auth"));
    performAuthAction(m_authExchange->start(), std::nullopt);
}

void Dialogue::performAuthAction(const AuthExchange::Action &action, const std::optional<Reply> &reply)
{
    const QString mechanism = m_authExchange->mechanism().name();
    if (!action.serverMessage.isEmpty())
        info(tr("The server says: %1").arg(action.serverMessage));
    switch (action.kind) {
    case AuthExchange::Action::Kind::Send:
        // The exchange frames and redacts its own lines: a redacted one is recorded only in its redacted form, and
        // sent as a line with credentials, like a typed AUTH.
        sendCommand(SmtpCommand{action.line, {}}, State::AwaitingAuth, {},
                    action.redacted ? action.loggedLine : QByteArray());
        return;
    case AuthExchange::Action::Kind::Succeeded:
        endPhase(QStringLiteral("auth"));
        for (const QString &warning : m_authExchange->mechanism().warnings())
            warn(warning);
        info(tr("Authenticated as %1 with %2.").arg(m_settings.auth.user, mechanism));
        m_authExchange.reset();
        if (m_userLeads) {
            becomeReady(reply);
            return;
        }
        continueAfterAuth();
        return;
    case AuthExchange::Action::Kind::Failed:
        endPhase(QStringLiteral("auth"));
        m_authExchange.reset();
        if (action.protocolViolation) {
            abortAndFail(ErrorCode::ProtocolViolation,
                         tr("Authentication with %1 failed: %2").arg(mechanism, action.error), reply);
            return;
        }
        if (m_userLeads) {
            // Interactive: a refused login is an answer, not the end of the session.
            record(TranscriptEvent::Kind::Error, tr("Authentication with %1 failed: %2").arg(mechanism, action.error));
            becomeReady(reply);
            return;
        }
        fail(ErrorCode::AuthenticationFailed, tr("Authentication with %1 failed: %2").arg(mechanism, action.error),
             reply);
        return;
    }
}

void Dialogue::continueAfterAuth()
{
    if (stopsAfter(Stage::Auth)) {
        finishScript();
        return;
    }
    // The window sends messages only when asked; the command line sends the one its flags describe.
    if (m_settings.message.isRequested() && !m_settings.interactive && m_mode == Mode::Plan) {
        beginMessage(m_settings.message);
        return;
    }
    finishScript();
}

void Dialogue::beginMessage(const MessageSettings &message)
{
    m_stage = Stage::Mail;
    m_message = message;
    m_nextRecipient = 0;
    m_acceptedRecipients = 0;
    m_result.recipientReplies.clear();
    m_result.recipients = message.to;
    m_result.deliveryReplies.clear();
    m_result.deliveryRecipients.clear();

    if (const QString reason = MailAddress::problem(message.from, MailAddress::Path::Reverse); !reason.isEmpty()) {
        fail(ErrorCode::InvalidSettings, tr("The sender address is not usable: %1").arg(reason));
        return;
    }
    for (const QString &recipient : message.to) {
        if (const QString reason = MailAddress::problem(recipient, MailAddress::Path::Forward); !reason.isEmpty()) {
            fail(ErrorCode::InvalidSettings, tr("The recipient %1 is not usable: %2").arg(recipient, reason));
            return;
        }
    }
    if (!message.dsnNotify.isEmpty()) {
        if (const QString reason = checkDsnNotify(message.dsnNotify); !reason.isEmpty()) {
            fail(ErrorCode::InvalidSettings, reason);
            return;
        }
    }
    // A message file was described when it was chosen; the session reads it piece by piece while sending it.
    if (message.hasOwnText()) {
        m_text = message.file ? QByteArray() : message.data;
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        const ComposedMessage composed =
            composeMessage(message.from, message.to, message.composition, tr("SMTP Workbench test message"),
                           testMessageBody(m_settings.host, now), now, m_ehloName);
        if (!composed.ok()) {
            fail(ErrorCode::InvalidSettings, composed.error);
            return;
        }
        m_text = composed.bytes;
    }
    m_textFacts = message.file ? message.file->facts : describeMessageText(m_text);

    MessageInfo info;
    info.size = m_textFacts.size;
    info.eightBit = m_textFacts.eightBit;
    info.smtpUtf8 = needsSmtpUtf8(message.from, message.to);
    info.dsnNotifyRequested = !message.dsnNotify.isEmpty();
    info.dsnReturn = message.dsnReturn;
    info.dsnEnvelopeId = message.dsnEnvelopeId;
    info.requireTls = message.requireTls;
    info.tlsValidated = hasValidatedTls();
    const MailParameters parameters = buildMailParameters(currentCapabilities(), info);
    for (const QString &warning : parameters.warnings)
        warn(warning);
    if (!parameters.isValid()) {
        fail(ErrorCode::ServerRejected, tr("The message cannot be sent to this server: %1").arg(parameters.error));
        return;
    }
    if (const Capabilities &caps = currentCapabilities();
        caps.sizeLimit().value_or(0) > 0 && info.size > *caps.sizeLimit())
        warn(tr("The message (%1 bytes) is larger than the server's SIZE limit (%2 bytes).")
                 .arg(info.size)
                 .arg(*caps.sizeLimit()));
    beginPhase(QStringLiteral("message"));
    m_pipelineError.reset();
    m_pipelined = currentCapabilities().pipelining() && message.allowPipelining && !stopsAfter(Stage::Mail) &&
                  !stopsAfter(Stage::Rcpt);
    if (!m_pipelined) {
        sendCommand(SmtpCommand::mailFrom(message.from, parameters.parameters), State::AwaitingMail,
                    QStringLiteral("mail"));
        return;
    }
    sendPipelinedEnvelope(parameters.parameters);
}

void Dialogue::sendPipelinedEnvelope(const QStringList &mailParameters)
{
    // RFC 2920 §3.1: MAIL, every RCPT and DATA may go as one group; never across STARTTLS or AUTH, which are over.
    const bool withData = !useChunking();
    info(withData ? tr("The server offers PIPELINING: MAIL, RCPT and DATA are sent together (RFC 2920).")
                  : tr("The server offers PIPELINING: MAIL and RCPT are sent together (RFC 2920)."));
    QList<SmtpCommand> commands{SmtpCommand::mailFrom(m_message.from, mailParameters)};
    const EnvelopeParameters recipientParameters = buildRcptParameters(currentCapabilities(), m_message.dsnNotify);
    for (const QString &warning : recipientParameters.warnings)
        warn(warning);
    for (const QString &recipient : std::as_const(m_message.to))
        commands << SmtpCommand::rcptTo(recipient, recipientParameters.parameters);
    if (withData)
        commands << SmtpCommand::data();
    QByteArray group;
    for (const SmtpCommand &command : std::as_const(commands)) {
        if (!command.isValid()) {
            fail(ErrorCode::InvalidSettings, tr("Refused to send a command: %1").arg(command.error));
            return;
        }
        record(TranscriptEvent::Kind::Client, escapeUntrustedBytes(command.bytes.chopped(2)), command.bytes.chopped(2));
        group += command.bytes;
    }
    beginPhase(QStringLiteral("mail"));
    beginPhase(QStringLiteral("rcpt"));
    if (withData)
        beginPhase(QStringLiteral("data"));
    m_queuedReplies = QList<State>(m_message.to.size(), State::AwaitingRcpt);
    if (withData)
        m_queuedReplies << State::AwaitingData;
    transmit(group, State::AwaitingMail);
}

bool Dialogue::useChunking() const
{
    return currentCapabilities().chunking() && m_message.allowChunking;
}

void Dialogue::handleMail(const Reply &reply)
{
    endPhase(QStringLiteral("mail"));
    const Verdict verdict = ReplyRules::positiveCompletion(reply, QStringLiteral("MAIL FROM"));
    if (m_pipelined) {
        // The rest of the group is on its way; its replies are read before anything else happens.
        if (verdict.action == Verdict::Action::AbortAndFail) {
            apply(verdict, reply);
            return;
        }
        if (verdict.action != Verdict::Action::Proceed)
            m_pipelineError = PipelineError{verdict, reply, Stage::Mail};
        m_stage = Stage::Rcpt;
        return;
    }
    if (verdict.action != Verdict::Action::Proceed) {
        endMessageWithError(verdict, reply);
        return;
    }
    if (stopsAfter(Stage::Mail)) {
        finishScript();
        return;
    }
    m_stage = Stage::Rcpt;
    sendNextRecipient();
}

void Dialogue::sendNextRecipient()
{
    const QString recipient = m_message.to.at(m_nextRecipient);
    const EnvelopeParameters parameters = buildRcptParameters(currentCapabilities(), m_message.dsnNotify);
    if (m_nextRecipient == 0) {
        for (const QString &warning : parameters.warnings)
            warn(warning);
    }
    sendCommand(SmtpCommand::rcptTo(recipient, parameters.parameters), State::AwaitingRcpt, QStringLiteral("rcpt"));
}

void Dialogue::handleRcpt(const Reply &reply)
{
    m_result.recipientReplies.append(reply);
    const QString recipient = m_message.to.at(m_nextRecipient++);
    if (reply.code == 421) {
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    }
    if (reply.isPositiveCompletion()) {
        ++m_acceptedRecipients;
        m_result.deliveryRecipients << recipient;
    } else if (reply.isTransientFailure() || reply.isPermanentFailure()) {
        warn(tr("Recipient %1 refused: %2").arg(recipient, reply.summary()));
    } else {
        abortAndFail(ErrorCode::ProtocolViolation, tr("Unexpected reply to RCPT TO: %1").arg(reply.summary()), reply);
        return;
    }
    if (m_nextRecipient < m_message.to.size()) {
        if (!m_pipelined)
            sendNextRecipient();
        return;
    }
    endPhase(QStringLiteral("rcpt"));
    const bool dataReplyDue = m_state == State::AwaitingData; // DATA went with the pipelined group
    if (m_pipelineError) {
        if (dataReplyDue)
            return; // the reply to the pipelined DATA decides what happens
        endMessageWithError(m_pipelineError->verdict, m_pipelineError->reply);
        return;
    }
    if (m_acceptedRecipients == 0) {
        const Verdict none = Verdict::quitAndFail(
            ErrorCode::ServerRejected,
            tr("The server accepted none of the recipients (last reply: %1).").arg(reply.summary()));
        if (dataReplyDue) {
            m_pipelineError = PipelineError{none, reply, Stage::Rcpt};
            return;
        }
        endMessageWithError(none, reply);
        return;
    }
    if (stopsAfter(Stage::Rcpt)) {
        finishScript();
        return;
    }
    m_stage = Stage::Data;
    if (!dataReplyDue)
        sendMessageData();
}

void Dialogue::sendMessageData()
{
    if (!useChunking()) {
        sendCommand(SmtpCommand::data(), State::AwaitingData, QStringLiteral("data"));
        return;
    }
    // RFC 3030: the message goes in one BDAT chunk, unstuffed, with its exact size; no end-of-data dot.
    const QByteArray command = "BDAT " + QByteArray::number(m_textFacts.chunkSize) + " LAST";
    record(TranscriptEvent::Kind::Client, QString::fromLatin1(command), command);
    record(TranscriptEvent::Kind::Info, tr("(%n bytes of message data)", nullptr, int(m_textFacts.chunkSize)));
    beginPhase(QStringLiteral("data"));
    DialogueAction send{DialogueAction::Kind::Send};
    send.bytes = command + "\r\n";
    emitAction(send);
    streamMessageText(false);
}

void Dialogue::handleData(const Reply &reply)
{
    const Verdict verdict = ReplyRules::dataStart(reply);
    if (m_pipelineError && verdict.action == Verdict::Action::Proceed) {
        // RFC 2920 §3.1: DATA was accepted although the transaction failed: end the empty message at once.
        record(TranscriptEvent::Kind::Client, QStringLiteral("."), ".");
        transmit(".\r\n", State::AwaitingDataEnd);
        return;
    }
    if (verdict.action != Verdict::Action::Proceed) {
        endPhase(QStringLiteral("data"));
        if (m_pipelineError && verdict.action != Verdict::Action::AbortAndFail)
            endMessageWithError(m_pipelineError->verdict, m_pipelineError->reply);
        else
            endMessageWithError(verdict, reply);
        return;
    }
    // The transcript summarises the text rather than holding each line of it.
    record(TranscriptEvent::Kind::Info, tr("(message data: %n line(s), %1 bytes, then \".\")", nullptr,
                                           int(qMin<qint64>(m_textFacts.lines, std::numeric_limits<int>::max())))
                                            .arg(m_textFacts.dataSize));
    streamMessageText(true);
}

void Dialogue::streamMessageText(bool dotStuff)
{
    setState(State::SendingMessageText);
    ++m_commandsSent;
    DialogueAction send{DialogueAction::Kind::SendMessageText};
    send.bytes = m_text;
    send.path = m_message.file ? m_message.file->path : QString();
    send.dotStuff = dotStuff;
    send.size = dotStuff ? m_textFacts.dataSize : m_textFacts.chunkSize;
    emitAction(send);
    armDeadline();
}

void Dialogue::onMessageTextSent()
{
    if (m_state != State::SendingMessageText)
        return;
    // RFC 5321 §4.5.3.2.6 allows the server 10 minutes after the final dot; the profile's timeout still bounds it.
    setState(State::AwaitingDataEnd);
    armDeadline();
}

void Dialogue::handleReplyDuringText(const Reply &reply)
{
    // A reply before the text is complete cannot be the answer to it; the rest of the text would be read as
    // commands, so nothing more is sent, not even QUIT.
    endPhase(QStringLiteral("data"));
    abortAndFail(reply.isPositiveCompletion() || reply.isPositiveIntermediate() ? ErrorCode::ProtocolViolation
                                                                                : ErrorCode::ServerRejected,
                 tr("The server replied before the message text was complete: %1").arg(reply.summary()), reply);
}

void Dialogue::handleDataEnd(const Reply &reply)
{
    endPhase(QStringLiteral("data"));
    if (m_pipelineError) {
        endMessageWithError(m_pipelineError->verdict, m_pipelineError->reply);
        return;
    }
    if (m_settings.protocol == MailProtocol::Lmtp) {
        if (awaitsMoreDeliveries(reply))
            return;
    } else {
        const Verdict verdict = ReplyRules::positiveCompletion(reply, tr("the message"));
        if (verdict.action != Verdict::Action::Proceed) {
            endMessageWithError(verdict, reply);
            return;
        }
        info(tr("Message accepted for %n recipient(s): %1", nullptr, m_acceptedRecipients).arg(reply.summary()));
    }
    endPhase(QStringLiteral("message"));
    m_pipelined = false;
    if (m_userLeads) {
        becomeReady(reply);
        return;
    }
    finishScript();
}

bool Dialogue::awaitsMoreDeliveries(const Reply &reply)
{
    // RFC 2033 §4.2: after the final dot an LMTP server answers once for every recipient whose RCPT succeeded, in
    // the order of those RCPTs; every reply is read before anything else is sent.
    const qsizetype index = m_result.deliveryReplies.size();
    const QString recipient = m_result.deliveryRecipients.value(index);
    m_result.deliveryReplies.append(reply);
    if (reply.code == 421) {
        apply(ReplyRules::unsolicited(reply), reply);
        return true;
    }
    if (reply.isTransientFailure() || reply.isPermanentFailure()) {
        warn(tr("Delivery to %1 refused: %2").arg(recipient, reply.summary()));
    } else if (!reply.isPositiveCompletion()) {
        abortAndFail(ErrorCode::ProtocolViolation,
                     tr("Unexpected reply to the message for %1: %2").arg(recipient, reply.summary()), reply);
        return true;
    }
    if (m_result.deliveryReplies.size() < m_acceptedRecipients) {
        setState(State::AwaitingDataEnd);
        armDeadline();
        return true;
    }
    const auto delivered = std::count_if(m_result.deliveryReplies.cbegin(), m_result.deliveryReplies.cend(),
                                         [](const Reply &each) { return each.isPositiveCompletion(); });
    if (delivered == 0) {
        endMessageWithError(
            Verdict::quitAndFail(ErrorCode::ServerRejected,
                                 tr("The server delivered the message to none of the recipients (last reply: %1).")
                                     .arg(reply.summary())),
            reply);
        return true;
    }
    info(tr("Message delivered to %1 of %n recipient(s).", nullptr, m_acceptedRecipients).arg(delivered));
    return false;
}

void Dialogue::endMessageWithError(Verdict verdict, Reply reply)
{
    if (m_pipelineError && m_pipelineError->stage)
        m_stage = m_pipelineError->stage;
    m_pipelineError.reset();
    m_pipelined = false;
    if (m_userLeads && verdict.action == Verdict::Action::QuitAndFail) {
        // Interactive: the server's refusal ends the transaction, not the session (RFC 5321 §4.1.1.5).
        record(TranscriptEvent::Kind::Error, verdict.message);
        becomeReady(reply);
        return;
    }
    apply(verdict, reply);
}

} // namespace Smtp
