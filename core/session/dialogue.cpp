#include "dialogue.h"

#include "core/protocol/xclient.h"
#include "core/text/untrustedtext.h"

namespace Smtp
{

Dialogue::Dialogue(const ConnectionSettings &settings, Mode mode)
    : m_settings(settings), m_mode(mode), m_userLeads(mode == Mode::Driven)
{}

Dialogue::~Dialogue() = default;

DialogueActions Dialogue::handle(const DialogueEvent &event)
{
    using Kind = DialogueEvent::Kind;
    m_actions.clear();
    if (m_state == State::Finished)
        return {};
    switch (event.kind) {
    case Kind::Started:
        info(tr("Session to %1 port %2, security: %3, %4, timeout %5 s")
                 .arg(m_settings.host)
                 .arg(m_settings.effectivePort())
                 .arg(securityModeName(m_settings.security), !m_settings.effectiveExtended() ? QStringLiteral("HELO")
                                                             : m_settings.protocol == MailProtocol::Lmtp
                                                                 ? QStringLiteral("LMTP (LHLO)")
                                                                 : QStringLiteral("EHLO"))
                 .arg(m_settings.timeoutSeconds));
        if (m_settings.extended != m_settings.effectiveExtended())
            info(tr("ESMTP is turned on because port 587 is the submission port."));
        if (m_settings.trustedSite && m_settings.security != SecurityMode::None)
            warn(tr("TRUSTED SITE: the server certificate will NOT be validated. Anyone between you and the server "
                    "can read and change this session. Use this only for diagnosis."));
        if (!m_settings.serverName.isEmpty())
            info(tr("Tunnel: the certificate is checked for, and SNI names, %1.").arg(m_settings.serverName));
        break;
    case Kind::Resolving:
        m_stage = Stage::Resolve;
        setState(State::Resolving);
        armDeadline();
        break;
    case Kind::Connecting:
        m_stage = Stage::Connect;
        setState(State::Connecting);
        armDeadline();
        break;
    case Kind::Connected:
        onConnected(event.text);
        break;
    case Kind::TlsEstablished:
        onTlsEstablished(event.tls);
        break;
    case Kind::TlsFailed:
        onTlsFailed(event.tlsFailure, event.text);
        break;
    case Kind::Received:
        onReceived(event.bytes, event.moreWaiting);
        break;
    case Kind::MessageTextSent:
        onMessageTextSent();
        break;
    case Kind::PeerClosed:
        onPeerClosed();
        break;
    case Kind::ConnectionLost:
        m_connected = false;
        fail(ErrorCode::ConnectionClosed, tr("The connection failed while %1: %2").arg(waitDescription(), event.text));
        break;
    case Kind::Failed:
        // The transport cannot carry a QUIT any more (or never could).
        m_connected = false;
        fail(event.code, event.text);
        break;
    case Kind::DeadlineExpired:
        onDeadline();
        break;
    case Kind::SessionDeadlineExpired:
        onSessionDeadline();
        break;
    case Kind::CommandTyped:
        onCommandTyped(event.text);
        break;
    case Kind::EhloRequested:
        if (m_state == State::Ready)
            sendGreeting();
        break;
    case Kind::StartTlsRequested:
        onStartTlsRequested();
        break;
    case Kind::AuthenticateRequested:
        onAuthenticateRequested();
        break;
    case Kind::SendMessageRequested:
        onSendMessageRequested(event.message);
        break;
    case Kind::QuitRequested:
        onQuitRequested();
        break;
    case Kind::Cancelled:
        onCancelled();
        break;
    }
    return std::exchange(m_actions, {});
}

void Dialogue::onConnected(const QString &ehloName)
{
    if (m_state != State::Connecting)
        return;
    m_ehloName = ehloName;
    m_connected = true;
    emitSimple(DialogueAction::Kind::DisarmDeadline);
    if (stopsAfter(Stage::Connect)) {
        finishScript();
        return;
    }
    if (m_settings.security == SecurityMode::Implicit) {
        m_stage = Stage::Tls;
        setState(State::TlsHandshake);
        beginPhase(QStringLiteral("tls"));
        tlsNote(tr("Starting TLS (implicit) with %1 …").arg(m_settings.verificationName()));
        armDeadline();
        emitSimple(DialogueAction::Kind::StartTls);
        return;
    }
    m_stage = Stage::Banner;
    setState(State::AwaitingBanner);
    beginPhase(QStringLiteral("banner"));
    armDeadline();
}

void Dialogue::onTlsEstablished(const CertificateReport &report)
{
    if (m_state != State::TlsHandshake)
        return;
    emitSimple(DialogueAction::Kind::DisarmDeadline);
    endPhase(QStringLiteral("tls"));
    m_tlsActive = true;
    m_result.tls = report;
    emitSimple(DialogueAction::Kind::TlsReportChanged);
    tlsNote(tr("TLS established: %1, cipher %2 (%3 bits)").arg(report.protocol, report.cipher).arg(report.cipherBits));
    if (const QString exchange = report.keyExchangeText(); !exchange.isEmpty())
        tlsNote(exchange + QLatin1Char('.'));
    if (report.clientCertificateRequested)
        tlsNote(report.clientCertificateRequestText());
    if (!report.chain.isEmpty())
        tlsNote(tr("Server certificate: %1, issued by %2, valid until %3 (%4 days left)")
                    .arg(report.chain.first().subject, report.chain.first().issuer,
                         report.chain.first().notAfter.toString(Qt::ISODate))
                    .arg(report.chain.first().daysLeft));
    if (report.clientCertificateSent)
        tlsNote(tr("Client certificate presented."));
    if (report.ocsp && report.ocsp->isWarning())
        warn(report.ocsp->summary());
    else if (report.ocsp)
        tlsNote(report.ocsp->summary());

    if (report.verified) {
        tlsNote(tr("Certificate verified for %1.").arg(report.verificationName));
        if (report.nameFromCommonNameOnly)
            warn(tr("The certificate names %1 only in its subject's CN and has no DNS subjectAltName; RFC 6125 "
                    "deprecates this and some clients refuse it.")
                     .arg(report.verificationName));
    } else if (m_settings.trustedSite) {
        warn(tr("TRUSTED SITE: certificate validation failed and was ignored: %1")
                 .arg(report.verificationErrors.join(QStringLiteral("; "))));
    } else {
        m_stage = Stage::Tls;
        setState(State::HandlingReply);
        fail(ErrorCode::CertificateUntrusted, report.rejectionMessage());
        return;
    }
    if (m_settings.security == SecurityMode::Implicit) {
        m_stage = Stage::Banner;
        setState(State::AwaitingBanner);
        beginPhase(QStringLiteral("banner"));
        armDeadline();
        return;
    }
    // RFC 3207 §4.2: forget everything learned before TLS and ask EHLO again.
    m_parser.reset();
    setState(State::HandlingReply);
    if (stopsAfter(Stage::Tls)) {
        finishScript();
        return;
    }
    if (m_mode == Mode::Driven) {
        becomeReady();
        return;
    }
    sendGreeting();
}

void Dialogue::onTlsFailed(TlsFailure failure, const QString &description)
{
    m_connected = false; // a failed or fatally alerted TLS connection carries nothing more, not even QUIT
    m_result.tlsFailure = failure;
    const bool certificateRequired = failure == TlsFailure::ClientCertificateRequired;
    const QString requiredNote = QLatin1Char(' ') + tr("The server requires a client certificate.");
    if (m_tlsActive) {
        // With TLS 1.3 the client learns of a refused (or missing) client certificate only after the handshake.
        if (m_result.tls)
            m_result.tls->clientCertificateRequired = certificateRequired;
        fail(ErrorCode::TlsHandshakeFailed, tr("The server ended TLS with an alert: %1.%2")
                                                .arg(description, certificateRequired ? requiredNote : QString()));
        return;
    }
    QString message = tr("The TLS handshake failed: %1.").arg(description);
    if (failure == TlsFailure::NotTls)
        message += QLatin1Char(' ') + tr("The server did not answer in TLS: does this port expect plaintext or "
                                         "STARTTLS instead of implicit TLS?");
    if (failure == TlsFailure::VersionRefused && !m_settings.restrictsTlsVersions())
        message += QLatin1Char(' ') + tr("The server and this program share no TLS version: this program offers TLS "
                                         "1.2 and later (RFC 8996).");
    else if (failure == TlsFailure::VersionRefused)
        message += QLatin1Char(' ') + tr("This program offered TLS %1 to %2, as asked.")
                                          .arg(tlsVersionName(m_settings.effectiveTlsMinimum()),
                                               tlsVersionName(m_settings.effectiveTlsMaximum()));
    if (certificateRequired) {
        message += requiredNote;
        if (!m_result.tls)
            m_result.tls = CertificateReport();
        m_result.tls->clientCertificateRequired = true;
    }
    fail(ErrorCode::TlsHandshakeFailed, message);
}

void Dialogue::onReceived(const QByteArray &bytes, bool moreWaiting)
{
    recordServerLines(bytes);
    if (!m_parser.feed(bytes)) {
        abortAndFail(ErrorCode::ProtocolViolation,
                     tr("The server sent malformed data while %1: %2").arg(waitDescription(), m_parser.errorString()));
        return;
    }
    while (m_parser.hasReply() && m_state != State::Finished) {
        const Reply reply = m_parser.takeReply();
        if (m_state == State::AwaitingStartTls && (m_parser.pendingBytes() > 0 || moreWaiting)) {
            // RFC 3207 §4.2 and hostile A1: bytes after the 220 but before the handshake are an injection
            // attack. Send nothing more, not even the ClientHello. Behind a refusal they are replies to
            // commands never sent (RFC 2920 §3.1: STARTTLS ends a pipelined group), made to be taken for
            // answers to what the client sends next.
            abortAndFail(ErrorCode::ProtocolViolation,
                         reply.code == 220
                             ? tr("STARTTLS response injection: the server sent data after its 220 reply and "
                                  "before the TLS handshake. The session is stopped without another byte.")
                             : tr("The server refused STARTTLS and sent further replies behind the refusal that "
                                  "nothing asked for. The session is stopped without another byte."),
                         reply);
            return;
        }
        const int commandsBefore = m_commandsSent;
        handleReply(reply);
        if (m_state != State::Finished && m_commandsSent != commandsBefore && m_parser.pendingBytes() > 0) {
            // Those bytes came before the command just written, so they cannot be its reply: they are a second reply
            // to a command already answered, and every command gets exactly one reply (RFC 5321 §4.2).
            abortAndFail(ErrorCode::ProtocolViolation,
                         tr("The server sent more than one reply to one command; the session is out of step "
                            "and is stopped."));
            return;
        }
    }
}

void Dialogue::onPeerClosed()
{
    if (m_state == State::AwaitingQuit) {
        // Closing instead of answering QUIT is fine: the session is over either way.
        m_connected = false;
        endPhase(QStringLiteral("quit"));
        finish();
        return;
    }
    if (m_state == State::TlsHandshake) {
        // TLS 1.3 servers that demand a client certificate close right after the handshake with an alert.
        m_connected = false;
        m_result.tlsFailure = TlsFailure::HandshakeFailed;
        fail(ErrorCode::TlsHandshakeFailed, tr("The server closed the connection during the TLS handshake."));
        return;
    }
    const QString where = m_parser.isInsideReply() ? tr("in the middle of a reply while %1").arg(waitDescription())
                                                   : tr("while %1").arg(waitDescription());
    m_connected = false;
    fail(ErrorCode::ConnectionClosed, tr("The server closed the connection %1.").arg(where));
}

void Dialogue::onDeadline()
{
    QString message;
    switch (m_state) {
    case State::Resolving:
        message = tr("Resolving %1 took longer than %2 s.").arg(m_settings.host).arg(m_settings.timeoutSeconds);
        break;
    case State::Connecting:
        message = tr("Connecting to %1 port %2 took longer than %3 s (no answer: a firewall may drop the packets).")
                      .arg(m_settings.host)
                      .arg(m_settings.effectivePort())
                      .arg(m_settings.timeoutSeconds);
        break;
    case State::AwaitingBanner:
        // RFC 5321 §4.5.3.2.1 distinguishes a failed connect from a missing 220, so a connection that stays silent is
        // reported as a missing greeting (hostile D1). A server on an implicit-TLS port is silent too, waiting for
        // the client's TLS handshake, so a session that did not start with TLS is told to try implicit TLS.
        message = tr("Connected, but the server sent no greeting within %1 s.").arg(m_settings.timeoutSeconds);
        if (m_settings.security != SecurityMode::Implicit)
            message += QLatin1Char(' ') + tr("If this port expects implicit TLS (usually 465), choose the implicit "
                                             "TLS security mode.");
        break;
    case State::AwaitingQuit:
        // The session is over; a server that does not answer QUIT is only worth a note (hostile D8).
        warn(tr("No reply to QUIT within %1 s; closing.").arg(quitWaitMs() / 1000));
        closeAndFinish();
        return;
    case State::TlsHandshake:
        message = tr("The TLS handshake did not finish within %1 s.").arg(m_settings.timeoutSeconds);
        break;
    case State::SendingMessageText:
        message = tr("The server took none of the message text for %1 s (it stopped reading).")
                      .arg(m_settings.timeoutSeconds);
        break;
    default:
        message = tr("No reply within %1 s while %2.").arg(m_settings.timeoutSeconds).arg(waitDescription());
        break;
    }
    // A timed-out connection is never reused: a late reply could be paired with the wrong command (hostile D3).
    abortAndFail(ErrorCode::TimedOut, message);
}

void Dialogue::onSessionDeadline()
{
    // A server that answers each reply just before the per-reply timeout could otherwise hold the session forever.
    abortAndFail(ErrorCode::TimedOut, tr("The session as a whole took longer than %1 s while %2; it is stopped.")
                                          .arg(m_settings.effectiveSessionTimeoutSeconds())
                                          .arg(waitDescription()));
}

void Dialogue::handleReply(const Reply &reply)
{
    emitSimple(DialogueAction::Kind::DisarmDeadline);
    const State awaited = m_state;
    if (!m_queuedReplies.isEmpty()) {
        // RFC 2920 §3.1: replies to a pipelined group come in the order of its commands.
        setState(m_queuedReplies.takeFirst());
        armDeadline();
    } else if (isAwaitingReply()) {
        setState(State::HandlingReply);
    }
    switch (awaited) {
    case State::AwaitingBanner:
        handleBanner(reply);
        return;
    case State::AwaitingEhlo:
        handleEhlo(reply);
        return;
    case State::AwaitingHelo:
        handleHelo(reply);
        return;
    case State::AwaitingStartTls:
        handleStartTls(reply);
        return;
    case State::AwaitingXclient:
        handleXclient(reply);
        return;
    case State::AwaitingAuth:
        if (reply.code == 421) {
            apply(ReplyRules::unsolicited(reply), reply);
            return;
        }
        performAuthAction(m_authExchange->handleReply(reply), reply);
        return;
    case State::AwaitingMail:
        handleMail(reply);
        return;
    case State::AwaitingRcpt:
        handleRcpt(reply);
        return;
    case State::AwaitingData:
        handleData(reply);
        return;
    case State::SendingMessageText:
        handleReplyDuringText(reply);
        return;
    case State::AwaitingDataEnd:
        handleDataEnd(reply);
        return;
    case State::AwaitingUserReply:
        handleUserCommandReply(reply);
        return;
    case State::AwaitingQuit:
        endPhase(QStringLiteral("quit"));
        // A driver checks the reply to the QUIT it asked for; a QUIT after a failure ends no step of its.
        if (m_mode == Mode::Driven && !m_result.error.isError())
            emitStepFinished(reply);
        emitSimple(DialogueAction::Kind::Disconnect);
        finish();
        return;
    default:
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    }
}

void Dialogue::handleBanner(const Reply &reply)
{
    endPhase(QStringLiteral("banner"));
    const Verdict verdict = ReplyRules::greeting(reply);
    if (verdict.action != Verdict::Action::Proceed) {
        apply(verdict, reply);
        return;
    }
    if (stopsAfter(Stage::Banner)) {
        finishScript();
        return;
    }
    if (m_mode == Mode::Driven) {
        becomeReady(reply);
        return;
    }
    sendGreeting();
}

void Dialogue::sendGreeting()
{
    m_stage = Stage::Ehlo;
    if (!m_settings.effectiveExtended()) {
        sendCommand(SmtpCommand::helo(m_ehloName), State::AwaitingHelo, QStringLiteral("helo"));
        return;
    }
    // RFC 2033 §4.1: LMTP greets with LHLO, and answers it as EHLO.
    sendCommand(m_settings.protocol == MailProtocol::Lmtp ? SmtpCommand::lhlo(m_ehloName)
                                                          : SmtpCommand::ehlo(m_ehloName),
                State::AwaitingEhlo, greetingPhase());
}

QString Dialogue::greetingPhase() const
{
    if (m_xclientAccepted)
        return QStringLiteral("ehlo (after XCLIENT)");
    const bool afterStartTls = m_tlsActive && m_settings.security != SecurityMode::Implicit;
    return afterStartTls ? QStringLiteral("ehlo (after TLS)") : QStringLiteral("ehlo");
}

void Dialogue::handleEhlo(const Reply &reply)
{
    const bool afterStartTls = m_tlsActive && m_settings.security != SecurityMode::Implicit;
    endPhase(greetingPhase());
    // LMTP has no HELO to fall back to (RFC 2033 §4.1).
    const bool esmtpRequired = m_settings.security == SecurityMode::StartTls || m_settings.auth.isRequested() ||
                               m_settings.effectivePort() == 587 || m_settings.protocol == MailProtocol::Lmtp;
    const Verdict verdict = ReplyRules::ehlo(reply, esmtpRequired);
    if (verdict.action == Verdict::Action::FallBack) {
        warn(verdict.message);
        sendCommand(SmtpCommand::helo(m_ehloName), State::AwaitingHelo, QStringLiteral("helo"));
        return;
    }
    if (verdict.action != Verdict::Action::Proceed) {
        apply(verdict, reply);
        return;
    }
    const Capabilities capabilities = Capabilities::fromEhloReply(reply);
    // Implicit TLS has no "before": what the server offers there, it offers over TLS (RFC 8314 §3.3).
    const bool overTls = m_tlsActive;
    (overTls ? m_result.capabilitiesAfterTls : m_result.capabilitiesBeforeTls) = capabilities;
    DialogueAction changed{DialogueAction::Kind::CapabilitiesChanged};
    changed.capabilities = capabilities;
    changed.afterTls = overTls;
    emitAction(changed);
    for (const QString &warning : capabilities.warnings())
        warn(tr("EHLO: %1").arg(warning));
    if (afterStartTls && capabilities.startTls())
        // RFC 3207 §4.2: a server MUST NOT offer STARTTLS again once TLS is active.
        warn(tr("The server offers STARTTLS again after TLS was established (RFC 3207 §4.2 forbids it); it is not "
                "used again."));
    afterGreeting(reply);
}

void Dialogue::handleHelo(const Reply &reply)
{
    endPhase(QStringLiteral("helo"));
    const Verdict verdict = ReplyRules::helo(reply);
    if (verdict.action != Verdict::Action::Proceed) {
        apply(verdict, reply);
        return;
    }
    afterGreeting(reply);
}

void Dialogue::afterGreeting(const Reply &reply)
{
    if (m_userLeads) {
        // EHLO asked for, or again after a STARTTLS the user asked for: back to the user.
        becomeReady(reply);
        return;
    }
    if (usesStartTls(m_settings.security) && !m_tlsActive && !m_plaintextAccepted) {
        beginStartTls(reply);
        return;
    }
    // Over TLS when there is TLS, as swaks does by default: the attributes may name a real client.
    if (!m_settings.xclient.isEmpty() && !m_xclientSent) {
        beginXclient();
        return;
    }
    if (stopsAfter(Stage::Ehlo) || (m_settings.security != SecurityMode::None && stopsAfter(Stage::Tls))) {
        finishScript();
        return;
    }
    if (m_settings.auth.isRequested()) {
        beginAuth();
        return;
    }
    continueAfterAuth();
}

void Dialogue::beginStartTls(const Reply &greeting)
{
    m_stage = Stage::Tls;
    const Capabilities &capabilities =
        m_result.capabilitiesBeforeTls ? *m_result.capabilitiesBeforeTls : Capabilities();
    if (!capabilities.startTls() && m_settings.security == SecurityMode::StartTlsOpportunistic) {
        // Not offered is the one case opportunistic TLS goes on without it; what follows stays as unprotected as
        // plaintext is, and the AUTH policy still keeps credentials off it.
        m_plaintextAccepted = true;
        warn(tr("The server did not offer STARTTLS; the session goes on in plaintext, as opportunistic TLS allows. "
                "Anyone on the path can read and change it, and could have removed the offer."));
        afterGreeting(greeting);
        return;
    }
    if (!capabilities.startTls()) {
        // RFC 3207 §6: the STARTTLS line may have been deleted by someone in the middle (hostile A4).
        fail(ErrorCode::StartTlsUnavailable,
             tr("The server did not offer STARTTLS (possible stripping by someone in the middle). STARTTLS is "
                "required, so the session stops without sending anything else."));
        return;
    }
    sendCommand(SmtpCommand::startTls(), State::AwaitingStartTls, QStringLiteral("starttls"));
}

void Dialogue::handleStartTls(const Reply &reply)
{
    endPhase(QStringLiteral("starttls"));
    const Verdict verdict = ReplyRules::startTls(reply);
    if (verdict.action != Verdict::Action::Proceed) {
        if (usesStartTls(m_settings.security) || verdict.action == Verdict::Action::AbortAndFail) {
            apply(verdict, reply);
            return;
        }
        // STARTTLS asked for on a plain session: the refusal is the answer; the session stays as it was.
        warn(verdict.message);
        becomeReady(reply);
        return;
    }
    // From here the capabilities learned in plaintext are void (RFC 3207 §4.2).
    setState(State::TlsHandshake);
    beginPhase(QStringLiteral("tls"));
    tlsNote(tr("Starting TLS with %1 …").arg(m_settings.verificationName()));
    armDeadline();
    emitSimple(DialogueAction::Kind::StartTls);
}

void Dialogue::beginXclient()
{
    m_xclientSent = true;
    const Capabilities &capabilities = currentCapabilities();
    if (!capabilities.has(QStringLiteral("XCLIENT"))) {
        // Postfix offers XCLIENT only to the hosts in smtpd_authorized_xclient_hosts.
        fail(ErrorCode::ServerRejected,
             tr("The server does not offer XCLIENT (Postfix offers it only to the hosts in "
                "smtpd_authorized_xclient_hosts), so the XCLIENT attributes were not sent."));
        return;
    }
    const QStringList unoffered =
        Xclient::unofferedNames(m_settings.xclient, capabilities.parameters(QStringLiteral("XCLIENT")));
    if (!unoffered.isEmpty())
        warn(tr("The server's XCLIENT does not list %1; it may refuse the command.")
                 .arg(unoffered.join(QStringLiteral(", "))));
    sendCommand(Xclient::command(m_settings.xclient), State::AwaitingXclient, QStringLiteral("xclient"));
}

void Dialogue::handleXclient(const Reply &reply)
{
    endPhase(QStringLiteral("xclient"));
    if (reply.code == 421) {
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    }
    // XCLIENT_README: success is a new 220 greeting (older Postfix said 250), and the client must greet again.
    if (!reply.isPositiveCompletion()) {
        apply(Verdict::quitAndFail(ErrorCode::ServerRejected, tr("XCLIENT was refused: %1").arg(reply.summary())),
              reply);
        return;
    }
    m_xclientAccepted = true;
    info(tr("XCLIENT accepted; greeting the server again as the client it now stands for."));
    sendGreeting();
}

void Dialogue::finishScript()
{
    if (m_settings.interactive || m_mode == Mode::Driven) {
        m_userLeads = true;
        // From here the user leads: each of their commands is bounded by the per-reply timeout alone.
        emitSimple(DialogueAction::Kind::StopSessionDeadline);
        info(tr("Ready for commands."));
        becomeReady();
        return;
    }
    sendQuitThenFinish();
}

const Capabilities &Dialogue::currentCapabilities() const
{
    static const Capabilities none;
    // RFC 3207 §4.2: after STARTTLS only what the server said over TLS counts.
    if (m_tlsActive && m_settings.security != SecurityMode::Implicit)
        return m_result.capabilitiesAfterTls ? *m_result.capabilitiesAfterTls : none;
    return m_result.capabilitiesBeforeTls ? *m_result.capabilitiesBeforeTls : none;
}

bool Dialogue::hasValidatedTls() const
{
    return m_tlsActive && m_result.tls && m_result.tls->verified;
}

bool Dialogue::stopsAfter(Stage stage) const
{
    return m_settings.quitAfter.has_value() && *m_settings.quitAfter == stage;
}

int Dialogue::quitWaitMs() const
{
    // RFC 5321 §4.1.1.10 asks the client to wait for the reply to QUIT; this bounds that wait (hostile D8).
    constexpr int longestQuitWaitMs = 5000;
    return std::min(longestQuitWaitMs, m_settings.timeoutSeconds * 1000);
}

} // namespace Smtp
