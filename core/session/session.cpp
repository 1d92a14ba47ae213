#include "session.h"

#include "auth/authexchange.h"
#include "auth/redaction.h"
#include "hostlookup.h"
#include "localname.h"
#include "message/messagebuilder.h"
#include "text/untrustedtext.h"
#include "tls/certificatereport.h"
#include "tls/tlssetup.h"

#include <QFutureWatcher>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace Smtp
{

namespace
{

/// RFC 5321 §4.1.1.10 asks the client to wait for the reply to QUIT; this bounds that wait (hostile D8).
constexpr int quitWaitMs = 5000;
/// Events are handed to the caller's thread in batches, about once a frame, so a flood never floods its event loop.
constexpr int flushIntervalMs = 16;
constexpr int readChunkSize = 64 * 1024;

} // namespace

Session::Session(const ConnectionSettings &settings, QObject *parent) : QObject(parent), m_settings(settings) {}

// A host lookup still running is not aborted: Qt 6.4 leaks the pending result of an aborted lookup. The session is
// the lookup's context object, so a result for a session that is gone is dropped, and onHostResolved() ignores one
// that comes after the session finished.
Session::~Session() = default;

void Session::start()
{
    if (m_state != SessionState::Idle)
        return;
    m_clock.start();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &Session::flushEvents);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &Session::onDeadline);
    m_sessionDeadline = new QTimer(this);
    m_sessionDeadline->setSingleShot(true);
    connect(m_sessionDeadline, &QTimer::timeout, this, &Session::onSessionDeadline);
    m_sessionDeadline->start(m_settings.effectiveSessionTimeoutSeconds() * 1000);
    beginPhase(QStringLiteral("total"));
    if (m_settings.localName.isEmpty())
        LocalName::prefetch();

    if (const QStringList problems = m_settings.validate(); !problems.isEmpty()) {
        fail(ErrorCode::InvalidSettings, problems.join(QLatin1Char(' ')));
        return;
    }
    m_socket = new QSslSocket(this);
    if (!prepareTlsConfiguration())
        return;
    connect(m_socket, &QSslSocket::connected, this, &Session::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &Session::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Session::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Session::acknowledgePromptly);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Session::acknowledgePromptly);
    connect(m_socket, &QSslSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Session::onSocketError);

    info(tr("Session to %1 port %2, security: %3, %4, timeout %5 s")
             .arg(m_settings.host)
             .arg(m_settings.effectivePort())
             .arg(securityModeName(m_settings.security),
                  m_settings.effectiveExtended() ? QStringLiteral("EHLO") : QStringLiteral("HELO"))
             .arg(m_settings.timeoutSeconds));
    if (m_settings.extended != m_settings.effectiveExtended())
        info(tr("ESMTP is turned on because port 587 is the submission port."));
    if (m_settings.trustedSite && m_settings.security != SecurityMode::None)
        warn(tr("TRUSTED SITE: the server certificate will NOT be validated. Anyone between you and the server "
                "can read and change this session. Use this only for diagnosis."));
    if (!m_settings.serverName.isEmpty())
        info(tr("Tunnel: the certificate is checked for, and SNI names, %1.").arg(m_settings.serverName));
    resolve();
}

bool Session::prepareTlsConfiguration()
{
    TlsSetup setup = TlsSetup::fromSettings(m_settings);
    if (setup.error.isError()) {
        fail(setup.error.code, setup.error.message);
        return false;
    }
    m_socket->setSslConfiguration(setup.configuration);
    m_extraAnchors = setup.extraAnchors;
    PeerVerifier::prepare(m_extraAnchors);
    m_socket->setPeerVerifyName(m_settings.verificationName());
    if (!setup.proxy.has_value()) {
        m_socket->setProxy(QNetworkProxy::NoProxy);
    } else {
        m_socket->setProxy(*setup.proxy);
        info(tr("Connecting through the %1 proxy %2:%3.")
                 .arg(setup.proxy->type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("SOCKS5")
                                                                        : QStringLiteral("HTTP"),
                      setup.proxy->hostName())
                 .arg(setup.proxy->port()));
    }
    for (const QString &note : std::as_const(setup.notes))
        info(note);
    return true;
}

void Session::resolve()
{
    m_stage = Stage::Resolve;
    setState(SessionState::Resolving);
    QHostAddress literal;
    if (literal.setAddress(m_settings.host)) {
        m_addresses = {literal};
        connectToNextAddress();
        return;
    }
    if (m_socket->proxy().type() != QNetworkProxy::NoProxy) {
        // The proxy resolves the name on its side; resolving here would leak the lookup and may give other answers.
        m_addresses.clear();
        connectToNextAddress();
        return;
    }
    beginPhase(QStringLiteral("resolve"));
    info(tr("Resolving %1 …").arg(m_settings.host));
    armDeadline();
    auto *lookup = new QFutureWatcher<QHostInfo>(this);
    connect(lookup, &QFutureWatcher<QHostInfo>::finished, this, [this, lookup] {
        lookup->deleteLater();
        onHostResolved(lookup->result());
    });
    lookup->setFuture(HostLookup::lookUp(m_settings.host));
}

void Session::onHostResolved(const QHostInfo &info)
{
    if (m_finished)
        return;
    disarmDeadline();
    endPhase(QStringLiteral("resolve"));
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(ErrorCode::ResolveFailed,
             tr("The name %1 could not be resolved: %2. Check the host name and the DNS settings.")
                 .arg(m_settings.host, info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    QStringList shown;
    for (const QHostAddress &address : std::as_const(m_addresses))
        shown << address.toString();
    this->info(tr("%1 resolves to %2").arg(m_settings.host, shown.join(QStringLiteral(", "))));
    connectToNextAddress();
}

void Session::connectToNextAddress()
{
    m_stage = Stage::Connect;
    setState(SessionState::Connecting);
    beginPhase(QStringLiteral("connect"));
    armDeadline();
    const quint16 port = m_settings.effectivePort();
    if (m_addresses.isEmpty()) {
        info(tr("Connecting to %1 port %2 …").arg(m_settings.host).arg(port));
        m_socket->connectToHost(m_settings.host, port);
        return;
    }
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    info(tr("Connecting to %1 port %2 …").arg(address.toString()).arg(port));
    m_socket->connectToHost(address, port);
}

void Session::onConnected()
{
    if (m_finished)
        return;
    disarmDeadline();
    endPhase(QStringLiteral("connect"));
    // Commands are whole lines written at once: nothing gains from Nagle's wait for more.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    info(tr("Connected to %1 port %2 from %3")
             .arg(m_socket->peerAddress().toString())
             .arg(m_socket->peerPort())
             .arg(m_socket->localAddress().toString()));
    if (stopsAfter(Stage::Connect)) {
        finishScript();
        return;
    }
    if (m_settings.security == SecurityMode::Implicit) {
        m_stage = Stage::Tls;
        setState(SessionState::StartingTls);
        beginPhase(QStringLiteral("tls"));
        tls(tr("Starting TLS (implicit) with %1 …").arg(m_settings.verificationName()));
        armDeadline();
        m_socket->startClientEncryption();
        return;
    }
    m_stage = Stage::Banner;
    m_awaiting = Awaiting::Banner;
    setState(SessionState::AwaitingBanner);
    beginPhase(QStringLiteral("banner"));
    armDeadline();
}

void Session::onSslErrors(const QList<QSslError> &errors)
{
    // Let the handshake finish either way so the whole chain and the negotiated parameters can be shown (as
    // openssl s_client does). The verdict is not Qt's: onEncrypted() asks OpenSSL's verifier (PeerVerifier), whose
    // host-name rules are `openssl verify`'s, and refuses an unvalidated connection unless the site is trusted.
    // Only this exact list is ignored, never "all errors" (hostile B9).
    m_socket->ignoreSslErrors(errors);
}

void Session::onEncrypted()
{
    if (m_finished)
        return;
    disarmDeadline();
    endPhase(QStringLiteral("tls"));
    m_tlsActive = true;
    updateTlsReport();
    const CertificateReport &report = *m_result.tls;
    tls(tr("TLS established: %1, cipher %2 (%3 bits)").arg(report.protocol, report.cipher).arg(report.cipherBits));
    if (!report.chain.isEmpty())
        tls(tr("Server certificate: %1, issued by %2, valid until %3 (%4 days left)")
                .arg(report.chain.first().subject, report.chain.first().issuer,
                     report.chain.first().notAfter.toString(Qt::ISODate))
                .arg(report.chain.first().daysLeft));
    if (report.clientCertificateSent)
        tls(tr("Client certificate presented."));

    if (report.verified) {
        tls(tr("Certificate verified for %1.").arg(report.verificationName));
        if (report.nameFromCommonNameOnly)
            warn(tr("The certificate names %1 only in its subject's CN and has no DNS subjectAltName; RFC 6125 "
                    "deprecates this and some clients refuse it.")
                     .arg(report.verificationName));
    } else if (m_settings.trustedSite) {
        warn(tr("TRUSTED SITE: certificate validation failed and was ignored: %1")
                 .arg(report.verificationErrors.join(QStringLiteral("; "))));
    } else {
        m_stage = Stage::Tls;
        fail(ErrorCode::CertificateUntrusted, report.rejectionMessage());
        return;
    }
    if (m_settings.security == SecurityMode::Implicit && m_awaiting == Awaiting::Nothing) {
        m_stage = Stage::Banner;
        m_awaiting = Awaiting::Banner;
        setState(SessionState::AwaitingBanner);
        beginPhase(QStringLiteral("banner"));
        armDeadline();
        return;
    }
    // RFC 3207 §4.2: forget everything learned before TLS and ask EHLO again.
    m_parser.reset();
    if (stopsAfter(Stage::Tls)) {
        finishScript();
        return;
    }
    sendGreeting();
}

void Session::onReadyRead()
{
    if (m_finished)
        return;
    while (m_socket->bytesAvailable() > 0 && !m_finished) {
        const QByteArray bytes = m_socket->read(readChunkSize);
        acknowledgePromptly();
        recordServerLines(bytes);
        if (!m_parser.feed(bytes)) {
            abortAndFail(
                ErrorCode::ProtocolViolation,
                tr("The server sent malformed data while %1: %2").arg(waitDescription(), m_parser.errorString()));
            return;
        }
        while (m_parser.hasReply() && !m_finished) {
            const Reply reply = m_parser.takeReply();
            const bool trailing =
                m_awaiting == Awaiting::StartTls && (m_parser.pendingBytes() > 0 || m_socket->bytesAvailable() > 0);
            if (trailing) {
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
            if (!m_finished && m_commandsSent != commandsBefore && m_parser.pendingBytes() > 0) {
                // Those bytes came before the command just written, so they cannot be its reply (RFC 5321 §4.2:
                // one command, one reply; hostile rule 3).
                abortAndFail(ErrorCode::ProtocolViolation,
                             tr("The server sent more than one reply to one command; the session is out of step "
                                "and is stopped."));
                return;
            }
        }
    }
}

void Session::recordServerLines(const QByteArray &bytes)
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

void Session::recordIncompleteLine()
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

void Session::handleReply(const Reply &reply)
{
    disarmDeadline();
    const Awaiting awaiting = std::exchange(m_awaiting, Awaiting::Nothing);
    if (!m_queuedAwaits.isEmpty()) {
        // RFC 2920 §3.1: replies to a pipelined group come in the order of its commands.
        m_awaiting = m_queuedAwaits.takeFirst();
        armDeadline();
    }
    switch (awaiting) {
    case Awaiting::Nothing:
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    case Awaiting::Banner:
        handleBanner(reply);
        return;
    case Awaiting::Ehlo:
        handleEhlo(reply);
        return;
    case Awaiting::Helo:
        handleHelo(reply);
        return;
    case Awaiting::StartTls:
        handleStartTls(reply);
        return;
    case Awaiting::Auth:
        handleAuth(reply);
        return;
    case Awaiting::Mail:
        handleMail(reply);
        return;
    case Awaiting::Rcpt:
        handleRcpt(reply);
        return;
    case Awaiting::Data:
        handleData(reply);
        return;
    case Awaiting::DataEnd:
        handleDataEnd(reply);
        return;
    case Awaiting::UserCommand:
        handleUserCommandReply(reply);
        return;
    case Awaiting::Quit:
        endPhase(QStringLiteral("quit"));
        m_ending = true;
        m_socket->disconnectFromHost();
        finish();
        return;
    }
}

void Session::handleBanner(const Reply &reply)
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
    sendGreeting();
}

void Session::sendGreeting()
{
    m_stage = Stage::Ehlo;
    setState(SessionState::Greeting);
    if (!m_settings.effectiveExtended()) {
        sendHelo();
        return;
    }
    const bool afterStartTls = m_tlsActive && m_settings.security != SecurityMode::Implicit;
    send(CommandLine::ehlo(localName()), Awaiting::Ehlo,
         afterStartTls ? QStringLiteral("ehlo (after TLS)") : QStringLiteral("ehlo"));
}

void Session::sendHelo()
{
    send(CommandLine::helo(localName()), Awaiting::Helo, QStringLiteral("helo"));
}

void Session::handleEhlo(const Reply &reply)
{
    const bool afterStartTls = m_tlsActive && m_settings.security != SecurityMode::Implicit;
    endPhase(afterStartTls ? QStringLiteral("ehlo (after TLS)") : QStringLiteral("ehlo"));
    const bool esmtpRequired = m_settings.security == SecurityMode::StartTls || m_settings.auth.isRequested() ||
                               m_settings.effectivePort() == 587;
    const Verdict verdict = ReplyRules::ehlo(reply, esmtpRequired);
    if (verdict.action == Verdict::Action::FallBack) {
        warn(verdict.message);
        sendHelo();
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
    flushEvents();
    emit capabilitiesChanged(capabilities, overTls);
    for (const QString &warning : capabilities.warnings())
        warn(tr("EHLO: %1").arg(warning));
    if (afterStartTls && capabilities.startTls())
        // RFC 3207 §4.2: a server MUST NOT offer STARTTLS again once TLS is active.
        warn(tr("The server offers STARTTLS again after TLS was established (RFC 3207 §4.2 forbids it); it is not "
                "used again."));
    afterGreeting();
}

void Session::handleHelo(const Reply &reply)
{
    endPhase(QStringLiteral("helo"));
    const Verdict verdict = ReplyRules::helo(reply);
    if (verdict.action != Verdict::Action::Proceed) {
        apply(verdict, reply);
        return;
    }
    afterGreeting();
}

void Session::afterGreeting()
{
    if (m_scriptDone) {
        // EHLO again after a STARTTLS the user asked for: back to the user.
        setState(SessionState::Ready);
        return;
    }
    if (m_settings.security == SecurityMode::StartTls && !m_tlsActive) {
        beginStartTls();
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

void Session::beginStartTls()
{
    m_stage = Stage::Tls;
    setState(SessionState::StartingTls);
    const Capabilities &capabilities =
        m_result.capabilitiesBeforeTls ? *m_result.capabilitiesBeforeTls : Capabilities();
    if (!capabilities.startTls() && m_settings.security == SecurityMode::StartTls) {
        // RFC 3207 §6: the STARTTLS line may have been deleted by someone in the middle (hostile A4).
        fail(ErrorCode::StartTlsUnavailable,
             tr("The server did not offer STARTTLS (possible stripping by someone in the middle). STARTTLS is "
                "required, so the session stops without sending anything else."));
        return;
    }
    send(CommandLine::startTls(), Awaiting::StartTls, QStringLiteral("starttls"));
}

void Session::startTls()
{
    if (m_state != SessionState::Ready || m_tlsActive)
        return;
    m_stage = Stage::Tls;
    setState(SessionState::StartingTls);
    send(CommandLine::startTls(), Awaiting::StartTls, QStringLiteral("starttls"));
}

void Session::handleStartTls(const Reply &reply)
{
    endPhase(QStringLiteral("starttls"));
    const Verdict verdict = ReplyRules::startTls(reply);
    if (verdict.action != Verdict::Action::Proceed) {
        if (m_settings.security == SecurityMode::StartTls || verdict.action == Verdict::Action::AbortAndFail) {
            apply(verdict, reply);
            return;
        }
        // STARTTLS typed on a plain session: the refusal is the answer; the session stays as it was.
        warn(verdict.message);
        setState(SessionState::Ready);
        return;
    }
    // From here the capabilities learned in plaintext are void (RFC 3207 §4.2).
    beginPhase(QStringLiteral("tls"));
    tls(tr("Starting TLS with %1 …").arg(m_settings.verificationName()));
    armDeadline();
    m_socket->startClientEncryption();
}

const Capabilities &Session::currentCapabilities() const
{
    static const Capabilities none;
    // RFC 3207 §4.2: after STARTTLS only what the server said over TLS counts.
    if (m_tlsActive && m_settings.security != SecurityMode::Implicit)
        return m_result.capabilitiesAfterTls ? *m_result.capabilitiesAfterTls : none;
    return m_result.capabilitiesBeforeTls ? *m_result.capabilitiesBeforeTls : none;
}

void Session::beginAuth()
{
    m_stage = Stage::Auth;
    setState(SessionState::Authenticating);
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

void Session::performAuthAction(const AuthExchange::Action &action, const std::optional<Reply> &reply)
{
    const QString mechanism = m_authExchange->mechanism().name();
    if (!action.serverMessage.isEmpty())
        info(tr("The server says: %1").arg(action.serverMessage));
    switch (action.kind) {
    case AuthExchange::Action::Kind::Send:
        m_awaiting = Awaiting::Auth;
        ++m_commandsSent;
        record(TranscriptEvent::Kind::Client, escapeUntrustedBytes(action.loggedLine), action.loggedLine,
               action.redacted);
        writeRaw(action.line);
        armDeadline();
        return;
    case AuthExchange::Action::Kind::Succeeded:
        endPhase(QStringLiteral("auth"));
        for (const QString &warning : m_authExchange->mechanism().warnings())
            warn(warning);
        info(tr("Authenticated as %1 with %2.").arg(m_settings.auth.user, mechanism));
        m_authExchange.reset();
        if (m_scriptDone) {
            setState(SessionState::Ready);
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
        if (m_scriptDone) {
            // Interactive: a refused login is an answer, not the end of the session.
            record(TranscriptEvent::Kind::Error, tr("Authentication with %1 failed: %2").arg(mechanism, action.error));
            setState(SessionState::Ready);
            return;
        }
        fail(ErrorCode::AuthenticationFailed, tr("Authentication with %1 failed: %2").arg(mechanism, action.error),
             reply);
        return;
    }
}

void Session::authenticate()
{
    if (m_state != SessionState::Ready || m_userDataMode)
        return;
    beginAuth();
}

void Session::handleAuth(const Reply &reply)
{
    if (reply.code == 421) {
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    }
    performAuthAction(m_authExchange->handleReply(reply), reply);
}

void Session::continueAfterAuth()
{
    if (stopsAfter(Stage::Auth)) {
        finishScript();
        return;
    }
    // The window sends messages only when asked; the command line sends the one its flags describe.
    if (m_settings.message.isRequested() && !m_settings.interactive) {
        beginMessage(m_settings.message);
        return;
    }
    finishScript();
}

void Session::beginMessage(const MessageSettings &message)
{
    m_stage = Stage::Mail;
    setState(SessionState::SendingMessage);
    m_message = message;
    m_nextRecipient = 0;
    m_acceptedRecipients = 0;
    m_result.recipientReplies.clear();
    m_result.recipients = message.to;

    if (const QString reason = checkMailAddress(message.from, true); !reason.isEmpty()) {
        fail(ErrorCode::InvalidSettings, tr("The sender address is not usable: %1").arg(reason));
        return;
    }
    for (const QString &recipient : message.to) {
        if (const QString reason = checkMailAddress(recipient); !reason.isEmpty()) {
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
    const QByteArray content = message.data.isEmpty()
                                   ? buildTestMessage(message.from, message.to, tr("SMTP Workbench test message"),
                                                      m_settings.host, QDateTime::currentDateTime(), localName())
                                   : message.data;
    m_payload = prepareDataPayload(content);
    m_chunk = prepareChunkPayload(content);

    MessageInfo info;
    info.size = content.size();
    info.eightBit = needs8BitMime(content);
    info.smtpUtf8 = needsSmtpUtf8(message.from, message.to);
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
        send(CommandLine::mailFrom(message.from, parameters.parameters), Awaiting::Mail, QStringLiteral("mail"));
        return;
    }
    sendPipelinedEnvelope(parameters.parameters);
}

void Session::sendPipelinedEnvelope(const QStringList &mailParameters)
{
    // RFC 2920 §3.1: MAIL, every RCPT and DATA may go as one group; never across STARTTLS or AUTH, which are over.
    const bool withData = !useChunking();
    info(withData ? tr("The server offers PIPELINING: MAIL, RCPT and DATA are sent together (RFC 2920).")
                  : tr("The server offers PIPELINING: MAIL and RCPT are sent together (RFC 2920)."));
    QList<CommandLine> commands{CommandLine::mailFrom(m_message.from, mailParameters)};
    const EnvelopeParameters recipientParameters = buildRcptParameters(currentCapabilities(), m_message.dsnNotify);
    for (const QString &warning : recipientParameters.warnings)
        warn(warning);
    for (const QString &recipient : std::as_const(m_message.to))
        commands << CommandLine::rcptTo(recipient, recipientParameters.parameters);
    if (withData)
        commands << CommandLine::data();
    QByteArray group;
    for (const CommandLine &command : std::as_const(commands)) {
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
    m_awaiting = Awaiting::Mail;
    m_queuedAwaits = QList<Awaiting>(m_message.to.size(), Awaiting::Rcpt);
    if (withData)
        m_queuedAwaits << Awaiting::Data;
    ++m_commandsSent;
    writeRaw(group);
    armDeadline();
}

bool Session::useChunking() const
{
    return currentCapabilities().chunking() && m_message.allowChunking;
}

void Session::sendMessage(const MessageSettings &message)
{
    if (m_state != SessionState::Ready || m_userDataMode)
        return;
    if (!message.isRequested()) {
        record(TranscriptEvent::Kind::Error, tr("Not sent: the message has no recipient."));
        return;
    }
    beginMessage(message);
}

void Session::handleMail(const Reply &reply)
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

void Session::sendNextRecipient()
{
    const QString recipient = m_message.to.at(m_nextRecipient);
    const EnvelopeParameters parameters = buildRcptParameters(currentCapabilities(), m_message.dsnNotify);
    if (m_nextRecipient == 0) {
        for (const QString &warning : parameters.warnings)
            warn(warning);
    }
    send(CommandLine::rcptTo(recipient, parameters.parameters), Awaiting::Rcpt, QStringLiteral("rcpt"));
}

void Session::handleRcpt(const Reply &reply)
{
    m_result.recipientReplies.append(reply);
    const QString recipient = m_message.to.at(m_nextRecipient++);
    if (reply.code == 421) {
        apply(ReplyRules::unsolicited(reply), reply);
        return;
    }
    if (reply.isPositiveCompletion()) {
        ++m_acceptedRecipients;
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
    if (m_pipelineError) {
        if (!m_queuedAwaits.isEmpty() || m_awaiting == Awaiting::Data)
            return; // the reply to the pipelined DATA decides what happens
        endMessageWithError(m_pipelineError->verdict, m_pipelineError->reply);
        return;
    }
    if (m_acceptedRecipients == 0) {
        if (m_awaiting == Awaiting::Data) {
            m_pipelineError = PipelineError{
                Verdict::quitAndFail(
                    ErrorCode::ServerRejected,
                    tr("The server accepted none of the recipients (last reply: %1).").arg(reply.summary())),
                reply, Stage::Rcpt};
            return;
        }
        endMessageWithError(
            Verdict::quitAndFail(
                ErrorCode::ServerRejected,
                tr("The server accepted none of the recipients (last reply: %1).").arg(reply.summary())),
            reply);
        return;
    }
    if (stopsAfter(Stage::Rcpt)) {
        finishScript();
        return;
    }
    m_stage = Stage::Data;
    if (m_awaiting == Awaiting::Data)
        return; // DATA went with the pipelined group
    if (useChunking()) {
        // RFC 3030: the message goes in one BDAT chunk, unstuffed, with its exact size; no end-of-data dot.
        const QByteArray &chunk = m_chunk;
        const QByteArray command = "BDAT " + QByteArray::number(chunk.size()) + " LAST";
        record(TranscriptEvent::Kind::Client, QString::fromLatin1(command), command);
        record(TranscriptEvent::Kind::Info, tr("(%n bytes of message data)", nullptr, int(chunk.size())));
        beginPhase(QStringLiteral("data"));
        m_awaiting = Awaiting::DataEnd;
        ++m_commandsSent;
        writeRaw(command + "\r\n" + chunk);
        armDeadline();
        return;
    }
    send(CommandLine::data(), Awaiting::Data, QStringLiteral("data"));
}

void Session::handleData(const Reply &reply)
{
    const Verdict verdict = ReplyRules::dataStart(reply);
    if (m_pipelineError && verdict.action == Verdict::Action::Proceed) {
        // RFC 2920 §3.1: DATA was accepted although the transaction failed: end the empty message at once.
        record(TranscriptEvent::Kind::Client, QStringLiteral("."), ".");
        m_awaiting = Awaiting::DataEnd;
        ++m_commandsSent;
        writeRaw(".\r\n");
        armDeadline();
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
    const qsizetype lines = m_payload.count('\n');
    record(TranscriptEvent::Kind::Info,
           tr("(message data: %n line(s), %1 bytes, then \".\")", nullptr, int(lines - 1)).arg(m_payload.size()));
    m_awaiting = Awaiting::DataEnd;
    ++m_commandsSent;
    writeRaw(m_payload);
    // RFC 5321 §4.5.3.2.6 allows the server 10 minutes after the final dot; the profile's timeout still bounds it.
    armDeadline();
}

void Session::handleDataEnd(const Reply &reply)
{
    endPhase(QStringLiteral("data"));
    if (m_pipelineError) {
        endMessageWithError(m_pipelineError->verdict, m_pipelineError->reply);
        return;
    }
    const Verdict verdict = ReplyRules::positiveCompletion(reply, tr("the message"));
    if (verdict.action != Verdict::Action::Proceed) {
        endMessageWithError(verdict, reply);
        return;
    }
    endPhase(QStringLiteral("message"));
    m_pipelined = false;
    info(tr("Message accepted for %n recipient(s): %1", nullptr, m_acceptedRecipients).arg(reply.summary()));
    if (m_scriptDone) {
        setState(SessionState::Ready);
        return;
    }
    finishScript();
}

void Session::endMessageWithError(Verdict verdict, Reply reply)
{
    if (m_pipelineError && m_pipelineError->stage)
        m_stage = m_pipelineError->stage;
    m_pipelineError.reset();
    m_pipelined = false;
    if (m_scriptDone && verdict.action == Verdict::Action::QuitAndFail) {
        // Interactive: the server's refusal ends the transaction, not the session (RFC 5321 §4.1.1.5).
        record(TranscriptEvent::Kind::Error, verdict.message);
        setState(SessionState::Ready);
        return;
    }
    apply(verdict, reply);
}

void Session::finishScript()
{
    if (m_settings.interactive) {
        m_scriptDone = true;
        // From here the user leads: each of their commands is bounded by the per-reply timeout alone.
        m_sessionDeadline->stop();
        info(tr("Ready for commands."));
        setState(SessionState::Ready);
        return;
    }
    sendQuitThenFinish();
}

void Session::sendCommand(const QString &line)
{
    if (m_finished)
        return;
    if (m_state != SessionState::Ready) {
        record(TranscriptEvent::Kind::Error, tr("Not sent: the session is busy (%1).").arg(sessionStateName(m_state)));
        return;
    }
    if (m_userDataMode) {
        // Message text after a typed DATA: no reply comes until the lone dot (RFC 5321 §4.1.1.4).
        if (const QString reason = CommandLine::checkArgument(line); !reason.isEmpty()) {
            record(TranscriptEvent::Kind::Error, tr("Not sent: %1").arg(reason));
            return;
        }
        if (line == QStringLiteral(".")) {
            m_userDataMode = false;
            send(CommandLine::raw(line), Awaiting::UserCommand);
            return;
        }
        // RFC 5321 §4.5.2: a line that starts with a dot gets another one.
        const QByteArray bytes = (line.startsWith(QLatin1Char('.')) ? QStringLiteral(".") + line : line).toUtf8();
        record(TranscriptEvent::Kind::Client, escapeUntrustedBytes(bytes), bytes);
        writeRaw(bytes + "\r\n");
        return;
    }
    // Leading white space and tabs must not hide the verb: "  auth\tplain …" is an AUTH command too.
    const QString verb = line.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
    if (verb == QStringLiteral("STARTTLS") && line.trimmed().size() == verb.size()) {
        startTls();
        return;
    }
    if (verb == QStringLiteral("QUIT")) {
        quit();
        return;
    }
    const CommandLine command = CommandLine::raw(line);
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
    setState(SessionState::Busy);
    send(command, Awaiting::UserCommand, {}, loggedForm);
}

void Session::handleUserCommandReply(const Reply &reply)
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
    if (reply.code == 354 && m_userCommandVerb == QStringLiteral("DATA")) {
        m_userDataMode = true;
        info(tr("Type the message; a line with a single dot ends it."));
    }
    if (reply.code == 235)
        info(tr("Authenticated."));
    setState(SessionState::Ready);
}

void Session::quit()
{
    if (m_finished)
        return;
    if (m_state == SessionState::Ready && !m_userDataMode) {
        sendQuitThenFinish();
        return;
    }
    cancel();
}

void Session::cancel()
{
    if (m_finished)
        return;
    m_result.error = {ErrorCode::Cancelled, tr("The session was cancelled."), m_stage, std::nullopt};
    record(TranscriptEvent::Kind::Error, m_result.error.message);
    closeAndFinish();
}

void Session::onDisconnected()
{
    if (m_finished || m_ending)
        return;
    if (m_awaiting == Awaiting::Quit) {
        // Closing instead of answering QUIT is fine: the session is over either way.
        endPhase(QStringLiteral("quit"));
        finish();
        return;
    }
    const QString where = m_parser.isInsideReply() ? tr("in the middle of a reply while %1").arg(waitDescription())
                                                   : tr("while %1").arg(waitDescription());
    fail(ErrorCode::ConnectionClosed, tr("The server closed the connection %1.").arg(where));
}

void Session::onSocketError()
{
    if (m_finished || m_ending)
        return;
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_state == SessionState::StartingTls && m_awaiting == Awaiting::Nothing) {
            // TLS 1.3 servers that demand a client certificate close right after the handshake with an alert.
            fail(ErrorCode::TlsHandshakeFailed,
                 tr("The server closed the connection during the TLS handshake: %1").arg(text));
            return;
        }
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        if (m_state == SessionState::Connecting && m_nextAddress < m_addresses.size()) {
            warn(tr("Connection failed: %1; trying the next address.").arg(text));
            m_socket->abort();
            connectToNextAddress();
            return;
        }
        fail(error == QAbstractSocket::HostNotFoundError ? ErrorCode::ResolveFailed : ErrorCode::ConnectFailed,
             m_state == SessionState::Connecting
                 ? tr("Could not connect to %1 port %2: %3. Check the host, the port and any firewall.")
                       .arg(m_settings.host)
                       .arg(m_settings.effectivePort())
                       .arg(text)
                 : tr("The connection failed: %1").arg(text));
        return;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        fail(ErrorCode::ConnectFailed, tr("The proxy failed: %1").arg(text));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: {
        QString message = tr("The TLS handshake failed: %1.").arg(text);
        if (text.contains(QStringLiteral("wrong version number"), Qt::CaseInsensitive))
            message += QLatin1Char(' ') + tr("The server did not answer in TLS: does this port expect plaintext or "
                                             "STARTTLS instead of implicit TLS?");
        if (text.contains(QStringLiteral("certificate required"), Qt::CaseInsensitive) ||
            text.contains(QStringLiteral("peer did not return a certificate"), Qt::CaseInsensitive)) {
            message += QLatin1Char(' ') + tr("The server requires a client certificate.");
            if (!m_result.tls)
                m_result.tls = CertificateReport();
            m_result.tls->clientCertificateRequired = true;
        }
        fail(ErrorCode::TlsHandshakeFailed, message);
        return;
    }
    default:
        if (m_tlsActive && (text.contains(QStringLiteral("certificate required"), Qt::CaseInsensitive) ||
                            text.contains(QStringLiteral("alert"), Qt::CaseInsensitive))) {
            // With TLS 1.3 the client learns of a refused (or missing) client certificate only after the handshake.
            if (m_result.tls)
                m_result.tls->clientCertificateRequired =
                    text.contains(QStringLiteral("certificate required"), Qt::CaseInsensitive);
            fail(ErrorCode::TlsHandshakeFailed,
                 tr("The server ended TLS with an alert: %1.%2")
                     .arg(text, m_result.tls && m_result.tls->clientCertificateRequired
                                    ? QLatin1Char(' ') + tr("The server requires a client certificate.")
                                    : QString()));
            return;
        }
        fail(ErrorCode::ConnectionClosed, tr("The connection failed while %1: %2").arg(waitDescription(), text));
        return;
    }
}

void Session::onDeadline()
{
    if (m_finished)
        return;
    QString message;
    switch (m_state) {
    case SessionState::Resolving:
        message = tr("Resolving %1 took longer than %2 s.").arg(m_settings.host).arg(m_settings.timeoutSeconds);
        break;
    case SessionState::Connecting:
        message = tr("Connecting to %1 port %2 took longer than %3 s (no answer: a firewall may drop the packets).")
                      .arg(m_settings.host)
                      .arg(m_settings.effectivePort())
                      .arg(m_settings.timeoutSeconds);
        break;
    case SessionState::AwaitingBanner:
        // RFC 5321 §4.5.3.2.1 distinguishes a failed connect from a missing 220 (hostile D1, A11b).
        message = tr("Connected, but the server sent no greeting within %1 s.").arg(m_settings.timeoutSeconds);
        if (m_settings.security != SecurityMode::Implicit)
            message += QLatin1Char(' ') + tr("If this port expects implicit TLS (usually 465), choose the implicit "
                                             "TLS security mode.");
        break;
    case SessionState::Quitting:
        // The session is over; a server that does not answer QUIT is only worth a note (hostile D8).
        warn(tr("No reply to QUIT within %1 s; closing.").arg(m_deadline->interval() / 1000));
        closeAndFinish();
        return;
    default:
        if (m_awaiting == Awaiting::Nothing && m_state == SessionState::StartingTls)
            message = tr("The TLS handshake did not finish within %1 s.").arg(m_settings.timeoutSeconds);
        else
            message = tr("No reply within %1 s while %2.").arg(m_settings.timeoutSeconds).arg(waitDescription());
        break;
    }
    // A timed-out connection is never reused: a late reply could be paired with the wrong command (hostile D3).
    abortAndFail(ErrorCode::TimedOut, message);
}

void Session::apply(const Verdict &verdict, std::optional<Reply> reply)
{
    switch (verdict.action) {
    case Verdict::Action::Proceed:
    case Verdict::Action::FallBack:
        return;
    case Verdict::Action::QuitAndFail:
        fail(verdict.code, verdict.message, std::move(reply));
        return;
    case Verdict::Action::AbortAndFail:
        abortAndFail(verdict.code, verdict.message, std::move(reply));
        return;
    }
}

bool Session::send(const CommandLine &command, Awaiting awaiting, const QString &stageTiming,
                   const QByteArray &loggedForm)
{
    if (!command.isValid()) {
        fail(ErrorCode::InvalidSettings, tr("Refused to send a command: %1").arg(command.error));
        return false;
    }
    const QByteArray line = command.bytes.chopped(2);
    const QByteArray shown = loggedForm.isEmpty() ? line : loggedForm;
    record(TranscriptEvent::Kind::Client, escapeUntrustedBytes(shown), shown, !loggedForm.isEmpty());
    if (!stageTiming.isEmpty())
        beginPhase(stageTiming);
    m_awaiting = awaiting;
    ++m_commandsSent;
    writeRaw(command.bytes);
    armDeadline(awaiting == Awaiting::Quit ? std::min(quitWaitMs, m_settings.timeoutSeconds * 1000) : -1);
    return true;
}

void Session::writeRaw(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void Session::armDeadline(int milliseconds)
{
    m_deadline->start(milliseconds >= 0 ? milliseconds : m_settings.timeoutSeconds * 1000);
    // Every armed deadline is a wait for the server.
    acknowledgePromptly();
}

void Session::acknowledgePromptly()
{
#ifdef Q_OS_LINUX
    // A server that writes its TLS session tickets and then a short reply holds the reply back (Nagle) until the
    // tickets are acknowledged, and the kernel delays that acknowledgement by up to 40 ms when the client has nothing
    // to send. Quick-ack mode acknowledges at once. Sending data (a command, or the TLS library's Finished message)
    // puts the kernel back into delaying its ACKs, and it leaves quick-ack mode by itself too, so it is asked for
    // after every write reaches the kernel, before each wait and after each read.
    const qintptr descriptor = m_socket ? m_socket->socketDescriptor() : -1;
    if (descriptor >= 0) {
        const int on = 1;
        ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    }
#endif
}

void Session::disarmDeadline()
{
    if (m_deadline)
        m_deadline->stop();
}

QString Session::localName() const
{
    return LocalName::ehloName(m_settings.localName, m_socket->localAddress());
}

bool Session::stopsAfter(Stage stage) const
{
    return m_settings.quitAfter.has_value() && *m_settings.quitAfter == stage;
}

bool Session::isUsable() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
           (m_settings.security != SecurityMode::Implicit || m_tlsActive) && !m_parser.hasError();
}

bool Session::hasValidatedTls() const
{
    return m_tlsActive && m_result.tls && m_result.tls->verified;
}

void Session::setState(SessionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    flushEvents();
    emit stateChanged(state);
}

void Session::beginPhase(const QString &name)
{
    m_phaseStarts.insert(name, m_clock.elapsed());
}

void Session::endPhase(const QString &name)
{
    const auto start = m_phaseStarts.constFind(name);
    if (start == m_phaseStarts.cend())
        return;
    m_result.timings.append({name, *start, m_clock.elapsed() - *start});
    m_phaseStarts.erase(start);
    flushEvents();
    emit timingsChanged(m_result.timings);
}

void Session::record(TranscriptEvent::Kind kind, const QString &text, const QByteArray &raw, bool redacted)
{
    TranscriptEvent event;
    event.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    event.wallClock = QDateTime::currentDateTime();
    event.kind = kind;
    event.raw = raw;
    event.text = text;
    event.redacted = redacted;
    event.beforeTls = !m_tlsActive;
    m_pendingEvents.append(event);
    if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void Session::flushEvents()
{
    if (m_pendingEvents.isEmpty())
        return;
    if (m_flushTimer)
        m_flushTimer->stop();
    emit eventsAppended(std::exchange(m_pendingEvents, {}));
}

void Session::updateTlsReport()
{
    const bool required = m_result.tls && m_result.tls->clientCertificateRequired;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    const PeerVerdict verdict =
        chain.isEmpty() ? PeerVerdict{} : PeerVerifier::verify(chain, m_extraAnchors, m_settings.verificationName());
    m_result.tls = CertificateReport::fromSocket(*m_socket, verdict, m_settings.verificationName());
    m_result.tls->validationSkipped = m_settings.trustedSite;
    m_result.tls->clientCertificateRequired = required;
    flushEvents();
    emit tlsReportChanged(*m_result.tls);
}

void Session::sendQuitThenFinish()
{
    if (!isUsable()) {
        closeAndFinish();
        return;
    }
    if (!m_result.error.isError())
        m_stage = Stage::Quit;
    setState(SessionState::Quitting);
    // Its reply, the server closing, or the short QUIT deadline ends the session.
    send(CommandLine::quit(), Awaiting::Quit, QStringLiteral("quit"));
}

void Session::fail(ErrorCode code, const QString &message, std::optional<Reply> reply)
{
    if (m_finished || m_ending || m_result.error.isError())
        return;
    setError(code, message, std::move(reply));
    disarmDeadline();
    // A connection that is still in step with the server gets a polite QUIT; anything else is just closed.
    if (m_awaiting == Awaiting::Nothing && m_queuedAwaits.isEmpty() && isUsable() &&
        code != ErrorCode::ConnectionClosed && code != ErrorCode::TimedOut)
        sendQuitThenFinish();
    else
        closeAndFinish();
}

void Session::abortAndFail(ErrorCode code, const QString &message, std::optional<Reply> reply)
{
    if (m_finished || m_ending)
        return;
    setError(code, message, std::move(reply));
    closeAndFinish();
}

void Session::setError(ErrorCode code, const QString &message, std::optional<Reply> reply)
{
    if (m_result.error.isError())
        return;
    recordIncompleteLine();
    const bool lostAfterEndOfData =
        m_awaiting == Awaiting::DataEnd && (code == ErrorCode::ConnectionClosed || code == ErrorCode::TimedOut ||
                                            code == ErrorCode::ConnectFailed || code == ErrorCode::TlsHandshakeFailed);
    if (lostAfterEndOfData) {
        // RFC 5321 §4.5.3.2.6 and §6.1: the server may have taken the message before the connection went, so the
        // outcome is unknown. Sending it again may deliver it twice: say so, and never resend.
        const QString unknown = tr("%1 The end of the message had been sent, so the server may have accepted it: "
                                   "the delivery is unknown. It is not sent again; check the recipient's mailbox "
                                   "or the server's log before sending it once more.")
                                    .arg(message);
        m_result.error = {ErrorCode::DeliveryUnknown, unknown, m_stage, std::move(reply)};
        record(TranscriptEvent::Kind::Error, unknown);
        return;
    }
    m_result.error = {code, message, m_stage, std::move(reply)};
    record(TranscriptEvent::Kind::Error, message);
}

void Session::onSessionDeadline()
{
    if (m_finished)
        return;
    // A server that answers each reply just before the per-reply timeout could otherwise hold the session forever.
    abortAndFail(ErrorCode::TimedOut, tr("The session as a whole took longer than %1 s while %2; it is stopped.")
                                          .arg(m_settings.effectiveSessionTimeoutSeconds())
                                          .arg(waitDescription()));
}

void Session::closeAndFinish()
{
    // Set first: abort() reports the disconnect synchronously, and that is not news any more.
    m_ending = true;
    disarmDeadline();
    if (m_socket)
        m_socket->abort();
    finish();
}

void Session::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_awaiting = Awaiting::Nothing;
    m_queuedAwaits.clear();
    recordIncompleteLine();
    disarmDeadline();
    if (m_sessionDeadline)
        m_sessionDeadline->stop();
    endPhase(QStringLiteral("total"));
    if (m_result.ok())
        info(tr("Session finished."));
    setState(SessionState::Closed);
    flushEvents();
    emit finished(m_result);
}

QString Session::waitDescription() const
{
    switch (m_awaiting) {
    case Awaiting::Nothing:
        return m_state == SessionState::StartingTls ? tr("the TLS handshake ran") : tr("no reply was due");
    case Awaiting::Banner:
        return tr("waiting for the greeting");
    case Awaiting::Ehlo:
        return tr("waiting for the reply to EHLO");
    case Awaiting::Helo:
        return tr("waiting for the reply to HELO");
    case Awaiting::StartTls:
        return tr("waiting for the reply to STARTTLS");
    case Awaiting::Auth:
        return tr("authenticating");
    case Awaiting::Mail:
        return tr("waiting for the reply to MAIL FROM");
    case Awaiting::Rcpt:
        return tr("waiting for the reply to RCPT TO");
    case Awaiting::Data:
        return tr("waiting for the reply to DATA");
    case Awaiting::DataEnd:
        return tr("waiting for the reply to the message");
    case Awaiting::Quit:
        return tr("waiting for the reply to QUIT");
    case Awaiting::UserCommand:
        return tr("waiting for the reply to %1").arg(m_userCommandVerb);
    }
    return {};
}

} // namespace Smtp
