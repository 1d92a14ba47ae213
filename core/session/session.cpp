#include "session.h"

#include "core/auth/secretwipe.h"

#include "core/connection/localname.h"
#include "core/connection/proxyheader.h"
#include "core/tls/certificatereport.h"
#include "core/tls/peerverifier.h"
#include "core/tls/tlsfailure.h"
#include "core/tls/tlssetup.h"
#include "hostlookup.h"

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

/// Events are handed to the caller's thread in batches, about once a frame, so a flood never floods its event loop.
constexpr int flushIntervalMs = 16;
constexpr int readChunkSize = 64 * 1024;
/// The message text is written while less than this waits in the socket's buffers, so memory stays bounded whatever
/// the message's size, and the kernel always has the next piece at hand.
constexpr qint64 textWriteAhead = 256 * 1024;
/// Progress reports at most this often: enough for a progress bar, few enough to cost nothing.
constexpr int progressIntervalMs = 100;

} // namespace

Session::Session(const ConnectionSettings &settings, Dialogue::Mode mode, QObject *parent)
    : QObject(parent), m_settings(settings), m_dialogue(settings, mode)
{}

// A host lookup still running is not aborted: Qt 6.4 leaks the pending result of an aborted lookup. The session is
// the lookup's context object, so a result for a session that is gone is dropped, and onHostResolved() ignores one
// that comes after the session finished.
Session::~Session() = default;

void Session::start()
{
    if (m_clock.isValid() || m_dialogue.isFinished())
        return;
    m_clock.start();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &Session::flushEvents);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { feed(DialogueEvent(DialogueEvent::Kind::DeadlineExpired)); });
    m_sessionDeadline = new QTimer(this);
    m_sessionDeadline->setSingleShot(true);
    connect(m_sessionDeadline, &QTimer::timeout, this,
            [this] { feed(DialogueEvent(DialogueEvent::Kind::SessionDeadlineExpired)); });
    m_sessionDeadline->start(m_settings.effectiveSessionTimeoutSeconds() * 1000);
    beginPhase(QStringLiteral("total"));
    if (m_settings.localName.isEmpty())
        LocalName::prefetch();

    if (const QStringList problems = m_settings.validate(); !problems.isEmpty()) {
        feed(DialogueEvent::failed(ErrorCode::InvalidSettings, problems.join(QLatin1Char(' '))));
        return;
    }
    m_socket = new QSslSocket(this);
    if (!prepareTlsConfiguration())
        return;
    connect(m_socket, &QSslSocket::connected, this, &Session::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &Session::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Session::onSslErrors);
    connect(m_socket, &QSslSocket::alertReceived, this, &Session::onAlertReceived);
    connect(m_socket, &QSslSocket::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Session::acknowledgePromptly);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Session::acknowledgePromptly);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Session::writeMessageText);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Session::writeMessageText);
    connect(m_socket, &QSslSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Session::onSocketError);
    feed(DialogueEvent(DialogueEvent::Kind::Started));
    resolve();
}

void Session::sendCommand(const QString &line)
{
    feed(DialogueEvent::commandTyped(line));
}

void Session::sendEhlo()
{
    feed(DialogueEvent(DialogueEvent::Kind::EhloRequested));
}

void Session::startTls()
{
    feed(DialogueEvent(DialogueEvent::Kind::StartTlsRequested));
}

void Session::authenticate()
{
    feed(DialogueEvent(DialogueEvent::Kind::AuthenticateRequested));
}

void Session::sendMessage(const MessageSettings &message)
{
    feed(DialogueEvent::sendMessage(message));
}

void Session::quit()
{
    feed(DialogueEvent(DialogueEvent::Kind::QuitRequested));
}

void Session::cancel()
{
    feed(DialogueEvent(DialogueEvent::Kind::Cancelled));
}

void Session::feed(const DialogueEvent &event)
{
    m_pendingActions += m_dialogue.handle(event);
    // Performing an action can report a new event at once (abort() reports the disconnect); its actions then wait
    // their turn behind the ones already due, so they keep the dialogue's order.
    if (m_performing)
        return;
    m_performing = true;
    while (!m_pendingActions.isEmpty()) {
        DialogueAction action = m_pendingActions.takeFirst();
        perform(action);
    }
    m_performing = false;
}

void Session::perform(DialogueAction &action)
{
    using Kind = DialogueAction::Kind;
    switch (action.kind) {
    case Kind::Send:
        m_socket->write(action.bytes);
        // The socket has its own copy now; this one, often the last the client owns, is zeroed (E8).
        if (action.secret)
            wipeSecret(action.bytes);
        return;
    case Kind::SendMessageText:
        beginMessageText(action);
        return;
    case Kind::StartTls: {
        // Qt makes its OpenSSL connection here, where the inspection can find it.
        const TlsInspection::Attach attach(*m_tlsInspection);
        m_socket->startClientEncryption();
        return;
    }
    case Kind::ArmDeadline:
        m_deadline->start(action.milliseconds);
        // Every armed deadline is a wait for the server.
        acknowledgePromptly();
        return;
    case Kind::DisarmDeadline:
        if (m_deadline)
            m_deadline->stop();
        return;
    case Kind::StopSessionDeadline:
        m_sessionDeadline->stop();
        return;
    case Kind::Record:
        record(action.event);
        return;
    case Kind::BeginPhase:
        beginPhase(action.name);
        return;
    case Kind::EndPhase:
        endPhase(action.name);
        return;
    case Kind::StateChanged:
        flushEvents();
        emit stateChanged(action.state);
        return;
    case Kind::CapabilitiesChanged:
        flushEvents();
        emit capabilitiesChanged(action.capabilities, action.afterTls);
        return;
    case Kind::TlsReportChanged:
        flushEvents();
        emit tlsReportChanged(*m_dialogue.result().tls);
        return;
    case Kind::StepFinished:
        flushEvents(); // the driver reads the transcript up to the end of the step
        emit stepFinished(action.reply);
        return;
    case Kind::Close:
        // Set first: abort() reports the disconnect synchronously, and that is not news any more.
        m_ending = true;
        m_text.reset();
        if (m_socket)
            m_socket->abort();
        return;
    case Kind::Disconnect:
        m_ending = true;
        m_socket->disconnectFromHost();
        return;
    case Kind::Finish:
        finish();
        return;
    }
}

bool Session::prepareTlsConfiguration()
{
    TlsSetup setup = TlsSetup::fromSettings(m_settings);
    if (setup.error.isError()) {
        feed(DialogueEvent::failed(setup.error.code, setup.error.message));
        return false;
    }
    m_socket->setSslConfiguration(setup.configuration);
    m_tlsInspection = std::make_unique<TlsInspection>(m_settings.keyLogFile);
    if (!m_settings.keyLogFile.isEmpty())
        note(TranscriptEvent::Kind::Warning,
             tr("The TLS secrets of this session go to the key log %1: anyone who can read it can decrypt the "
                "session, passwords included. Delete it when done.")
                 .arg(m_settings.keyLogFile));
    m_extraAnchors = setup.extraAnchors;
    m_securityLevel = setup.securityLevel;
    PeerVerifier::prepare(m_extraAnchors);
    // Qt sends its peer verification name as SNI; the verdict does not come from Qt (onSslErrors), so this name may
    // differ from the one verified.
    m_socket->setPeerVerifyName(m_settings.sniName.isEmpty() ? m_settings.verificationName() : m_settings.sniName);
    if (!setup.proxy.has_value()) {
        m_socket->setProxy(QNetworkProxy::NoProxy);
    } else {
        m_socket->setProxy(*setup.proxy);
        note(TranscriptEvent::Kind::Info,
             tr("Connecting through the %1 proxy %2:%3.")
                 .arg(setup.proxy->type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("SOCKS5")
                                                                        : QStringLiteral("HTTP"),
                      setup.proxy->hostName())
                 .arg(setup.proxy->port()));
    }
    for (const QString &setupNote : std::as_const(setup.notes))
        note(TranscriptEvent::Kind::Info, setupNote);
    return true;
}

void Session::resolve()
{
    feed(DialogueEvent(DialogueEvent::Kind::Resolving));
    QHostAddress literal;
    if (literal.setAddress(m_settings.host)) {
        if (!m_settings.allowsAddress(literal)) {
            feed(DialogueEvent::failed(ErrorCode::ResolveFailed, familyMismatch()));
            return;
        }
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
    note(TranscriptEvent::Kind::Info, tr("Resolving %1 …").arg(m_settings.host));
    auto *lookup = new QFutureWatcher<QHostInfo>(this);
    connect(lookup, &QFutureWatcher<QHostInfo>::finished, this, [this, lookup] {
        lookup->deleteLater();
        onHostResolved(lookup->result());
    });
    lookup->setFuture(HostLookup::lookUp(m_settings.host));
}

void Session::onHostResolved(const QHostInfo &info)
{
    if (m_dialogue.state() != Dialogue::State::Resolving)
        return;
    m_deadline->stop();
    endPhase(QStringLiteral("resolve"));
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        feed(
            DialogueEvent::failed(ErrorCode::ResolveFailed,
                                  tr("The name %1 could not be resolved: %2. Check the host name and the DNS settings.")
                                      .arg(m_settings.host, info.errorString())));
        return;
    }
    m_addresses.clear();
    QStringList shown;
    for (const QHostAddress &address : info.addresses()) {
        shown << address.toString();
        if (m_settings.allowsAddress(address))
            m_addresses << address;
    }
    this->note(TranscriptEvent::Kind::Info,
               tr("%1 resolves to %2").arg(m_settings.host, shown.join(QStringLiteral(", "))));
    if (m_addresses.isEmpty()) {
        feed(DialogueEvent::failed(ErrorCode::ResolveFailed, familyMismatch()));
        return;
    }
    connectToNextAddress();
}

void Session::connectToNextAddress()
{
    feed(DialogueEvent(DialogueEvent::Kind::Connecting));
    beginPhase(QStringLiteral("connect"));
    const quint16 port = m_settings.effectivePort();
    if (m_addresses.isEmpty()) {
        note(TranscriptEvent::Kind::Info, tr("Connecting to %1 port %2 …").arg(m_settings.host).arg(port));
        m_socket->connectToHost(m_settings.host, port);
        return;
    }
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    if (!m_settings.bindAddress.isEmpty()) {
        // The socket is bound before it connects, so the connection comes from this address (--bind).
        // A failed bind may report its error as a signal too; the failure below says it better.
        m_binding = true;
        const bool bound = m_socket->bind(QHostAddress(m_settings.bindAddress), 0);
        m_binding = false;
        if (!bound) {
            // EADDRNOTAVAIL and its kind: the address given is not one of this machine's, a mistake in the input.
            feed(DialogueEvent::failed(ErrorCode::InvalidSettings,
                                       tr("The local address %1 cannot be used: %2. Give an address of this machine.")
                                           .arg(m_settings.bindAddress, m_socket->errorString())));
            return;
        }
    }
    note(TranscriptEvent::Kind::Info, tr("Connecting to %1 port %2 …").arg(address.toString()).arg(port));
    m_socket->connectToHost(address, port);
}

QString Session::familyMismatch() const
{
    if (!m_settings.bindAddress.isEmpty() && m_settings.addressFamily == AddressFamily::Any)
        return tr("%1 has no address of the family of the local address %2.")
            .arg(m_settings.host, m_settings.bindAddress);
    return tr("%1 has no %2 address.")
        .arg(m_settings.host,
             m_settings.addressFamily == AddressFamily::IPv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"));
}

void Session::sendProxyHeader()
{
    // haproxy's proxy-protocol.txt: the header comes before any other byte, before TLS too; the destination is the
    // address this connection really reached.
    QString problem;
    const std::optional<ProxyHeader::Endpoint> source = ProxyHeader::parseSource(m_settings.proxySource, &problem);
    if (!source)
        return; // validate() refused it before the session started
    const QByteArray header =
        ProxyHeader::build(m_settings.proxyHeader, *source, {m_socket->peerAddress(), m_socket->peerPort()});
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind::Client;
    event.text = ProxyHeader::describe(m_settings.proxyHeader, header);
    event.raw = header;
    event.beforeTls = true;
    record(event);
    m_socket->write(header);
}

void Session::onConnected()
{
    if (m_dialogue.isFinished())
        return;
    endPhase(QStringLiteral("connect"));
    // Commands are whole lines written at once: nothing gains from Nagle's wait for more.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    note(TranscriptEvent::Kind::Info, tr("Connected to %1 port %2 from %3")
                                          .arg(m_socket->peerAddress().toString())
                                          .arg(m_socket->peerPort())
                                          .arg(m_socket->localAddress().toString()));
    if (m_settings.proxyHeader != ProxyHeaderVersion::None)
        sendProxyHeader();
    feed(DialogueEvent::connected(LocalName::ehloName(m_settings.localName, m_socket->localAddress())));
}

void Session::onSslErrors(const QList<QSslError> &errors)
{
    // Let the handshake finish either way so the whole chain and the negotiated parameters can be shown (as
    // openssl s_client does). The verdict is not Qt's: onEncrypted() asks OpenSSL's verifier (PeerVerifier), whose
    // host-name rules are `openssl verify`'s, and the dialogue refuses an unvalidated connection unless the site is
    // trusted. Only this exact list is ignored, never "all errors" (hostile B9).
    m_handshakeErrors = errors;
    m_socket->ignoreSslErrors(errors);
}

void Session::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type)
{
    if (level == QSsl::AlertLevel::Fatal)
        m_fatalAlert = type;
}

void Session::onEncrypted()
{
    if (m_dialogue.isFinished())
        return;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    const PeerVerdict verdict =
        chain.isEmpty() ? PeerVerdict{}
                        : PeerVerifier::verify(chain, m_extraAnchors, m_settings.verificationName(), m_securityLevel);
    CertificateReport report = CertificateReport::fromSocket(*m_socket, verdict, m_settings.verificationName());
    report.keyExchange = m_tlsInspection->keyExchange();
    report.serverSignature = m_tlsInspection->serverSignature();
    report.clientCertificateRequested = m_tlsInspection->clientCertificateRequested();
    report.acceptableClientCaNames = m_tlsInspection->acceptableClientCaNames();
    noteKeyLog();
    if (m_settings.requestOcsp)
        report.applyOcsp(OcspReport::fromSocket(*m_socket, m_handshakeErrors));
    report.validationSkipped = m_settings.trustedSite;
    feed(DialogueEvent::tlsEstablished(report));
}

void Session::onReadyRead()
{
    while (!m_dialogue.isFinished() && m_socket->bytesAvailable() > 0) {
        const QByteArray bytes = m_socket->read(readChunkSize);
        acknowledgePromptly();
        // Whether more is waiting matters right after a STARTTLS 220: any byte behind it is injected (RFC 3207 §4.2).
        feed(DialogueEvent::received(bytes, m_socket->bytesAvailable() > 0));
    }
}

void Session::onDisconnected()
{
    if (m_dialogue.isFinished() || m_ending)
        return;
    feed(DialogueEvent(DialogueEvent::Kind::PeerClosed));
}

void Session::onSocketError()
{
    if (m_dialogue.isFinished() || m_ending || m_binding)
        return;
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    const bool connecting = m_dialogue.state() == Dialogue::State::Connecting;
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        if (connecting && m_nextAddress < m_addresses.size()) {
            note(TranscriptEvent::Kind::Warning, tr("Connection failed: %1; trying the next address.").arg(text));
            m_socket->abort();
            connectToNextAddress();
            return;
        }
        feed(DialogueEvent::failed(
            error == QAbstractSocket::HostNotFoundError ? ErrorCode::ResolveFailed : ErrorCode::ConnectFailed,
            connecting ? tr("Could not connect to %1 port %2: %3. Check the host, the port and any firewall.")
                             .arg(m_settings.host)
                             .arg(m_settings.effectivePort())
                             .arg(text)
                       : tr("The connection failed: %1").arg(text)));
        return;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        feed(DialogueEvent::failed(ErrorCode::ConnectFailed, tr("The proxy failed: %1").arg(text)));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        noteFailedHandshake();
        feed(DialogueEvent::tlsFailed(classifyTlsFailure(m_fatalAlert, text), text));
        return;
    default:
        // With TLS 1.3 a refused (or missing) client certificate arrives as an alert after the handshake.
        if (m_fatalAlert)
            feed(DialogueEvent::tlsFailed(classifyTlsFailure(m_fatalAlert, text), text));
        else
            feed(DialogueEvent::connectionLost(text));
        return;
    }
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

void Session::beginMessageText(const DialogueAction &action)
{
    m_text = std::make_unique<MessageTextReader>(action.bytes, action.path, action.dotStuff);
    m_textSize = action.size;
    m_progressClock.start();
    QString error;
    if (!m_text->open(&error)) {
        m_text.reset();
        feed(DialogueEvent::failed(ErrorCode::InvalidSettings, error));
        return;
    }
    reportMessageProgress(true);
    writeMessageText();
}

void Session::writeMessageText()
{
    // Called again each time the socket has written something, until the whole text is out.
    while (m_text && m_socket && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < textWriteAhead) {
        QString error;
        const QByteArray piece = m_text->next(&error);
        if (!error.isEmpty() || (m_text->atEnd() && m_text->produced() != m_textSize)) {
            // A file that changed since it was described would break the BDAT size or the progress: stop.
            m_text.reset();
            feed(DialogueEvent::failed(ErrorCode::InvalidSettings,
                                       error.isEmpty() ? tr("The message file changed while it was being sent.")
                                                       : error));
            return;
        }
        const bool last = m_text->atEnd();
        if (!piece.isEmpty()) {
            m_socket->write(piece);
            // The deadline bounds a stall, not the whole transfer: the write moved on, so it starts again.
            if (m_deadline->isActive())
                m_deadline->start();
        }
        if (last) {
            m_text.reset();
            reportMessageProgress(true);
            feed(DialogueEvent(DialogueEvent::Kind::MessageTextSent));
            return;
        }
        reportMessageProgress(false);
    }
}

void Session::reportMessageProgress(bool force)
{
    if (!force && m_progressClock.elapsed() < progressIntervalMs)
        return;
    m_progressClock.start();
    // What still waits in the socket's buffer has not been sent yet; once the reader is done, everything has.
    const qint64 waiting = m_socket ? m_socket->bytesToWrite() : 0;
    const qint64 sent = m_text ? qBound<qint64>(0, m_text->produced() - waiting, m_textSize) : m_textSize;
    emit messageProgress(sent, m_textSize);
}

void Session::record(TranscriptEvent event)
{
    event.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    event.wallClock = QDateTime::currentDateTime();
    m_pendingEvents.append(event);
    if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void Session::noteKeyLog()
{
    if (!m_tlsInspection || m_settings.keyLogFile.isEmpty() || m_keyLogNoted)
        return;
    m_keyLogNoted = true;
    if (!m_tlsInspection->keyLogError().isEmpty())
        note(TranscriptEvent::Kind::Warning, m_tlsInspection->keyLogError());
    else
        note(TranscriptEvent::Kind::Info,
             tr("Wrote %n line(s) of TLS secrets to %1.", nullptr, m_tlsInspection->keyLogLineCount())
                 .arg(m_settings.keyLogFile));
}

void Session::noteFailedHandshake()
{
    noteKeyLog();
    // Without a report, what the server asked for is said here: the likeliest reason the handshake failed.
    CertificateReport request;
    request.clientCertificateRequested = m_tlsInspection && m_tlsInspection->clientCertificateRequested();
    if (request.clientCertificateRequested) {
        request.acceptableClientCaNames = m_tlsInspection->acceptableClientCaNames();
        note(TranscriptEvent::Kind::Info, request.clientCertificateRequestText());
    }
}

void Session::note(TranscriptEvent::Kind kind, const QString &text)
{
    TranscriptEvent event;
    event.kind = kind;
    event.text = text;
    event.beforeTls = true; // the session's own notes are about resolving and connecting
    record(event);
}

void Session::flushEvents()
{
    if (m_pendingEvents.isEmpty())
        return;
    if (m_flushTimer)
        m_flushTimer->stop();
    emit eventsAppended(std::exchange(m_pendingEvents, {}));
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
    m_timings.append({name, *start, m_clock.elapsed() - *start});
    m_phaseStarts.erase(start);
    flushEvents();
    emit timingsChanged(m_timings);
}

void Session::finish()
{
    m_text.reset();
    if (m_deadline)
        m_deadline->stop();
    if (m_sessionDeadline)
        m_sessionDeadline->stop();
    if (m_clock.isValid())
        endPhase(QStringLiteral("total"));
    SessionResult result = m_dialogue.result();
    result.timings = m_timings;
    flushEvents();
    emit finished(result);
}

} // namespace Smtp
