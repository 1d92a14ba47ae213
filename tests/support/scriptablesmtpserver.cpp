#include "scriptablesmtpserver.h"

#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace SmtpTest
{

Script greetAndQuit(const QByteArray &ehloReply)
{
    return {Send{"220 mx.test ESMTP ready\r\n"},
            Expect{"EHLO"},
            Send{ehloReply},
            Expect{"QUIT"},
            Send{"221 bye\r\n"},
            Close{}};
}

QByteArray floodReply(const QByteArray &what, int lines)
{
    QByteArray reply;
    for (int i = 0; i < lines; ++i)
        reply += "250-" + what + " line " + QByteArray::number(i) + " of a long reply that fills the transcript\r\n";
    return reply + "250 2.0.0 " + what + " done\r\n";
}

namespace
{

// First byte of a TLS record carrying a handshake message (RFC 8446 §5.1, ContentType handshake(22)).
constexpr char TlsHandshakeRecord = 0x16;

bool startsWithCaseInsensitive(const QByteArray &line, const QByteArray &prefix)
{
    return line.size() >= prefix.size() && line.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

QByteArray withoutLineEnding(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Reads the host_name of the server_name extension (RFC 6066 §3) from a TLS record holding a ClientHello
// (RFC 8446 §4.1.2). Returns an empty string when there is none or the record is not a ClientHello.
QString serverNameFromClientHello(const QByteArray &record)
{
    qsizetype at = 0;
    bool ok = true;
    auto byteAt = [&](qsizetype i) -> uint {
        if (i < 0 || i >= record.size()) {
            ok = false;
            return 0;
        }
        return quint8(record.at(i));
    };
    auto u16 = [&](qsizetype i) { return (byteAt(i) << 8) | byteAt(i + 1); };

    if (byteAt(0) != 0x16 || byteAt(5) != 0x01) // handshake record, client_hello message
        return {};
    at = 5 + 4 + 2 + 32;  // record header, handshake header, legacy_version, random
    at += 1 + byteAt(at); // legacy_session_id
    at += 2 + u16(at);    // cipher_suites
    at += 1 + byteAt(at); // legacy_compression_methods
    const qsizetype end = at + 2 + u16(at);
    at += 2;
    while (ok && at + 4 <= end) {
        const uint type = u16(at);
        const uint length = u16(at + 2);
        at += 4;
        if (type == 0) { // server_name
            qsizetype name = at + 2;
            const qsizetype listEnd = name + u16(at);
            while (ok && name + 3 <= listEnd) {
                const uint nameLength = u16(name + 1);
                if (byteAt(name) == 0 && ok && name + 3 + qsizetype(nameLength) <= record.size())
                    return QString::fromLatin1(record.mid(name + 3, nameLength));
                name += 3 + nameLength;
            }
            return {};
        }
        at += length;
    }
    return {};
}

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

ScriptableSmtpServer::ScriptableSmtpServer(QObject *parent) : QTcpServer(parent)
{
    m_clock.start();
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &ScriptableSmtpServer::onStepTimer);
}

ScriptableSmtpServer::~ScriptableSmtpServer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    for (qintptr descriptor : std::as_const(m_pendingDescriptors))
        ::close(int(descriptor));
}

bool ScriptableSmtpServer::listen(const QHostAddress &address)
{
    return QTcpServer::listen(address, 0);
}

void ScriptableSmtpServer::setCertificateChain(const QString &chainFile, const QString &keyFile)
{
    m_chainFile = chainFile;
    m_keyFile = keyFile;
}

void ScriptableSmtpServer::setScript(const Script &script)
{
    m_defaultScript = script;
}

void ScriptableSmtpServer::addConnectionScript(const Script &script)
{
    m_connectionScripts.append(script);
}

void ScriptableSmtpServer::setDefaultReply(const QByteArray &reply)
{
    m_defaultReply = reply;
}

QList<QByteArray> ScriptableSmtpServer::receivedLines(Phase phase) const
{
    QList<QByteArray> lines;
    for (const ReceivedLine &line : m_lines) {
        if (line.phase == phase)
            lines.append(withoutLineEnding(line.line));
    }
    return lines;
}

QByteArray ScriptableSmtpServer::receivedBytes(Phase phase, int connection) const
{
    QByteArray bytes;
    for (const TrafficEvent &event : m_traffic) {
        if (event.direction == Direction::ClientToServer && event.phase == phase &&
            (connection < 0 || event.connection == connection)) {
            bytes += event.bytes;
        }
    }
    return bytes;
}

bool ScriptableSmtpServer::clientSentPlaintextAfter(const QByteArray &serverBytes) const
{
    int connection = -1;
    for (const TrafficEvent &event : m_traffic) {
        if (connection < 0) {
            if (event.direction == Direction::ServerToClient && event.phase == Phase::Plain &&
                event.bytes.contains(serverBytes)) {
                connection = event.connection;
            }
        } else if (event.connection == connection && event.direction == Direction::ClientToServer &&
                   event.phase == Phase::Plain && !event.bytes.isEmpty()) {
            return true;
        }
    }
    return false;
}

void ScriptableSmtpServer::incomingConnection(qintptr socketDescriptor)
{
    m_pendingDescriptors.append(socketDescriptor);
    if (!m_socket)
        startNextConnection();
}

void ScriptableSmtpServer::startNextConnection()
{
    if (m_socket || m_pendingDescriptors.isEmpty())
        return;
    const qintptr descriptor = m_pendingDescriptors.takeFirst();
    auto *socket = new QSslSocket(this);
    // An implicit-TLS script may see plaintext (a PROXY header) right before the ClientHello. A buffered read of that
    // line would pull the ClientHello into QIODevice's buffer, out of reach of the TLS engine: read unbuffered there.
    const Script &next = m_connectionScripts.isEmpty() ? m_defaultScript : m_connectionScripts.constFirst();
    const bool tlsFirst = !next.isEmpty() && std::holds_alternative<StartTls>(next.constFirst());
    const QIODevice::OpenMode mode = tlsFirst ? QIODevice::ReadWrite | QIODevice::Unbuffered : QIODevice::ReadWrite;
    if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState, mode)) {
        m_errors << QStringLiteral("setSocketDescriptor failed: %1").arg(socket->errorString());
        ::close(int(descriptor));
        delete socket;
        startNextConnection();
        return;
    }
    // Each write should leave as its own segment so split and byte-by-byte sends reach the client as such.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket = socket;
    m_peerAddresses << socket->peerAddress();
    ++m_connectionCount;
    m_script = m_connectionScripts.isEmpty() ? m_defaultScript : m_connectionScripts.takeFirst();
    m_stepIndex = 0;
    m_stepActive = false;
    m_stepCompleted = false;
    m_scriptDone = false;
    m_tlsRequested = false;
    m_handshakeFailed = false;
    m_inDefaultData = false;
    m_clientHelloServerName.clear();
    m_pendingChunks.clear();
    m_lineBuffer.clear();
    m_unconsumedLines.clear();

    connect(socket, &QSslSocket::readyRead, this, &ScriptableSmtpServer::onReadyRead);
    connect(socket, &QSslSocket::encrypted, this, &ScriptableSmtpServer::onEncrypted);
    connect(socket, &QSslSocket::disconnected, this, &ScriptableSmtpServer::onDisconnected);
    connect(socket, &QSslSocket::errorOccurred, this, &ScriptableSmtpServer::onSocketError);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });

    emit clientConnected();
    runSteps();
    // The client may have spoken first (or already sent its ClientHello).
    if (m_socket == socket && socket->bytesAvailable() > 0)
        onReadyRead();
}

Phase ScriptableSmtpServer::currentPhase() const
{
    return m_socket && m_socket->isEncrypted() ? Phase::Tls : Phase::Plain;
}

bool ScriptableSmtpServer::tlsStepPending() const
{
    if (m_scriptDone)
        return false;
    for (qsizetype i = m_stepIndex; i < m_script.size(); ++i) {
        if (std::holds_alternative<StartTls>(m_script.at(i)))
            return true;
    }
    return false;
}

void ScriptableSmtpServer::runSteps()
{
    if (m_running)
        return;
    m_running = true;
    const int connection = m_connectionCount;
    while (m_socket && !m_scriptDone && connection == m_connectionCount) {
        if (m_stepIndex >= m_script.size()) {
            m_scriptDone = true;
            emit scriptFinished();
            answerDefault();
            break;
        }
        if (!runStep(m_script.at(m_stepIndex)))
            break;
        ++m_stepIndex;
        m_stepActive = false;
        m_stepCompleted = false;
    }
    m_running = false;
}

bool ScriptableSmtpServer::runStep(const ScriptStep &step)
{
    // Steps that wait for a timer or a handshake complete when the event sets m_stepCompleted.
    auto startChunks = [this](const QByteArray &bytes, QList<int> offsets, int intervalMs) {
        if (m_stepActive)
            return m_stepCompleted;
        m_stepActive = true;
        std::sort(offsets.begin(), offsets.end());
        qsizetype start = 0;
        for (int offset : std::as_const(offsets)) {
            if (offset > start && offset < bytes.size()) {
                m_pendingChunks.append(bytes.mid(start, offset - start));
                start = offset;
            }
        }
        m_pendingChunks.append(bytes.mid(start));
        return writeFirstChunks(intervalMs);
    };

    return std::visit(
        Overloaded{
            [this](const Send &send) {
                writeChunk(send.bytes);
                return true;
            },
            [&](const SendSplit &send) { return startChunks(send.bytes, send.offsets, send.intervalMs); },
            [&](const SendByteByByte &send) {
                QList<int> offsets;
                for (int i = 1; i < send.bytes.size(); ++i)
                    offsets.append(i);
                return startChunks(send.bytes, offsets, send.intervalMs);
            },
            [this](const SendRepeated &send) {
                if (m_stepActive)
                    return m_stepCompleted;
                m_stepActive = true;
                if (send.count <= 0)
                    return true;
                for (int i = 0; i < send.count; ++i)
                    m_pendingChunks.append(send.bytes);
                return writeFirstChunks(send.intervalMs);
            },
            [this](const Expect &expect) {
                if (m_unconsumedLines.isEmpty())
                    return false;
                const QByteArray line = m_unconsumedLines.takeFirst();
                if (!startsWithCaseInsensitive(line, expect.prefix)) {
                    fail(QStringLiteral("step %1: expected a line starting with \"%2\", got \"%3\"")
                             .arg(m_stepIndex)
                             .arg(QString::fromLatin1(expect.prefix),
                                  QString::fromLatin1(withoutLineEnding(line).toPercentEncoding(" <>@:.=-_,;/+"))));
                    return false;
                }
                return true;
            },
            [this](const ExpectAny &) {
                if (m_unconsumedLines.isEmpty())
                    return false;
                m_unconsumedLines.removeFirst();
                return true;
            },
            [this](const ReceiveData &) {
                while (!m_unconsumedLines.isEmpty()) {
                    // RFC 5321 §4.1.1.4: the body ends with a line holding a single ".".
                    if (withoutLineEnding(m_unconsumedLines.takeFirst()) == ".")
                        return true;
                }
                return false;
            },
            [this](const Pause &pause) {
                if (m_stepActive)
                    return m_stepCompleted;
                m_stepActive = true;
                m_stepTimer.start(qMax(0, pause.ms));
                return false;
            },
            [](const Stall &) { return false; },
            [this](const Close &) {
                m_scriptDone = true;
                emit scriptFinished();
                if (m_socket)
                    m_socket->disconnectFromHost();
                return false;
            },
            [this](const HalfClose &) {
                m_scriptDone = true;
                emit scriptFinished();
                if (m_socket) {
                    m_socket->flush();
                    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
                }
                return false;
            },
            [this](const Reset &) {
                m_scriptDone = true;
                emit scriptFinished();
                if (m_socket) {
                    m_socket->flush();
                    // Linger 0 turns close() into an RST instead of a FIN.
                    const linger noLinger{1, 0};
                    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
                    m_socket->abort();
                    finishConnection();
                }
                return false;
            },
            [this](const StartTls &startTls) {
                if (m_stepActive)
                    return m_stepCompleted;
                m_stepActive = true;
                m_tlsRequested = true;
                QSslConfiguration configuration = CertificateFactory::serverConfiguration(startTls.certificate);
                if (!m_chainFile.isEmpty()) {
                    configuration.setLocalCertificateChain(QSslCertificate::fromPath(m_chainFile));
                    configuration.setPrivateKey(CertificateFactory::loadKey(m_keyFile));
                }
                configuration.setProtocol(startTls.protocol);
                QT_WARNING_PUSH
                QT_WARNING_DISABLE_DEPRECATED
                if (startTls.protocol == QSsl::TlsV1_0 || startTls.protocol == QSsl::TlsV1_1) {
                    // An old-version server signs its key exchange with SHA-1, allowed only at security level 0.
                    configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                                                QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
                }
                QT_WARNING_POP
                switch (startTls.clientCertificate) {
                case ClientCertificateMode::None:
                    break;
                case ClientCertificateMode::Request:
                    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
                    break;
                case ClientCertificateMode::Require:
                    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
                    configuration.setCaCertificates({CertificateFactory::clientCaCertificate()});
                    break;
                }
                m_socket->setSslConfiguration(configuration);
                tryStartTls();
                return m_stepCompleted;
            },
        },
        step);
}

bool ScriptableSmtpServer::writeFirstChunks(int intervalMs)
{
    // Without an interval every chunk is still its own write(), but none waits for the event loop.
    if (intervalMs <= 0) {
        while (m_socket && !m_pendingChunks.isEmpty())
            writeChunk(m_pendingChunks.takeFirst());
        m_pendingChunks.clear();
        return true;
    }
    writeChunk(m_pendingChunks.takeFirst());
    if (m_pendingChunks.isEmpty())
        return true;
    m_stepTimer.start(intervalMs);
    return false;
}

bool ScriptableSmtpServer::tryStartTls()
{
    if (!m_socket || !m_tlsRequested || m_socket->mode() != QSslSocket::UnencryptedMode)
        return false;
    while (m_socket->bytesAvailable() > 0) {
        char first = 0;
        if (m_socket->peek(&first, 1) != 1)
            return false;
        if (first == TlsHandshakeRecord) {
            // Peeking leaves the record in the plain socket, where the TLS engine reads it from. Wait for the whole
            // first record (RFC 8446 §5.1: 5-byte header with a 16-bit length) so its SNI can be read.
            const QByteArray header = m_socket->peek(5);
            if (header.size() < 5)
                return false;
            const qint64 recordSize = 5 + ((quint8(header.at(3)) << 8) | quint8(header.at(4)));
            if (m_socket->bytesAvailable() < recordSize)
                return false;
            const QByteArray record = m_socket->peek(recordSize);
            m_tlsHandshakeSeen = true;
            m_clientHelloServerName = serverNameFromClientHello(record);
            m_traffic.append(
                {Direction::ClientToServer, Phase::TlsHandshake, record, m_clock.elapsed(), m_connectionCount - 1});
            // RFC 3207 §4.2: nothing from before the handshake carries over.
            m_lineBuffer.clear();
            m_unconsumedLines.clear();
            m_socket->startServerEncryption();
            return true;
        }
        // A client that ought to start TLS sent plaintext instead: record it and keep waiting.
        consumeAvailable();
    }
    return false;
}

void ScriptableSmtpServer::consumeAvailable()
{
    if (!m_socket)
        return;
    const int connection = m_connectionCount - 1;
    if (m_socket->mode() != QSslSocket::UnencryptedMode) {
        if (!m_socket->isEncrypted())
            return;
        const QByteArray bytes = m_socket->readAll();
        if (bytes.isEmpty())
            return;
        m_traffic.append({Direction::ClientToServer, Phase::Tls, bytes, m_clock.elapsed(), connection});
        m_lineBuffer += bytes;
        splitLines();
        return;
    }

    const bool keepHandshake = tlsStepPending();
    while (m_socket->bytesAvailable() > 0) {
        // A bounded look ahead: peeking at all that is buffered for every line would take time in the square of a
        // large message's size.
        const QByteArray available = m_socket->peek(qMin<qint64>(m_socket->bytesAvailable(), 64 * 1024));
        if (available.isEmpty())
            return;
        if (m_lineBuffer.isEmpty() && available.front() == TlsHandshakeRecord) {
            if (keepHandshake)
                return; // left for the StartTls step
            // A TLS client talking to a plaintext server: record it, but it is no line.
            m_tlsHandshakeSeen = true;
            m_traffic.append({Direction::ClientToServer, Phase::TlsHandshake, m_socket->read(available.size()),
                              m_clock.elapsed(), connection});
            continue;
        }
        // Read no further than the end of a line, so a ClientHello right behind it stays unread.
        const qsizetype newline = available.indexOf('\n');
        const QByteArray bytes = m_socket->read(newline < 0 ? available.size() : newline + 1);
        m_traffic.append({Direction::ClientToServer, Phase::Plain, bytes, m_clock.elapsed(), connection});
        m_lineBuffer += bytes;
        splitLines();
    }
}

void ScriptableSmtpServer::splitLines()
{
    const Phase phase = currentPhase();
    qsizetype newline;
    while ((newline = m_lineBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_lineBuffer.left(newline + 1);
        m_lineBuffer.remove(0, newline + 1);
        m_lines.append({line, phase, m_clock.elapsed(), m_connectionCount - 1});
        m_unconsumedLines.append(line);
        emit lineReceived(line);
    }
}

void ScriptableSmtpServer::onReadyRead()
{
    if (!m_socket)
        return;
    consumeAvailable();
    if (m_tlsRequested)
        tryStartTls();
    runSteps();
    if (m_scriptDone)
        answerDefault();
}

void ScriptableSmtpServer::answerDefault()
{
    while (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_unconsumedLines.isEmpty()) {
        const QByteArray line = withoutLineEnding(m_unconsumedLines.takeFirst());
        if (m_inDefaultData) {
            if (line == ".") {
                m_inDefaultData = false;
                if (!m_defaultReply.isEmpty())
                    writeChunk(m_defaultReply);
            }
            continue;
        }
        if (m_defaultReply.isEmpty())
            continue;
        if (startsWithCaseInsensitive(line, "QUIT")) {
            writeChunk("221 2.0.0 Bye\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        if (line.compare("DATA", Qt::CaseInsensitive) == 0) {
            m_inDefaultData = true;
            writeChunk("354 End data with <CR><LF>.<CR><LF>\r\n");
            continue;
        }
        writeChunk(m_defaultReply);
    }
}

void ScriptableSmtpServer::onStepTimer()
{
    if (!m_socket)
        return;
    if (!m_pendingChunks.isEmpty()) {
        writeChunk(m_pendingChunks.takeFirst());
        if (!m_pendingChunks.isEmpty()) {
            m_stepTimer.start();
            return;
        }
    }
    m_stepCompleted = true;
    runSteps();
}

void ScriptableSmtpServer::onEncrypted()
{
    if (!m_socket)
        return;
    m_tlsEstablished = true;
    m_clientCertificate = m_socket->peerCertificate();
    emit tlsStarted();
    m_stepCompleted = true;
    runSteps();
    // TLS 1.3 lets the client's first command arrive together with its Finished message.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void ScriptableSmtpServer::handshakeFailed(const QString &message)
{
    if (m_handshakeFailed)
        return;
    m_handshakeFailed = true;
    m_tlsErrors << message;
    emit tlsFailed(message);
}

void ScriptableSmtpServer::onSocketError()
{
    if (!m_socket)
        return;
    if (m_socket->mode() != QSslSocket::UnencryptedMode && !m_socket->isEncrypted())
        handshakeFailed(m_socket->errorString());
    if (m_socket && m_socket->error() == QAbstractSocket::SslHandshakeFailedError &&
        m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->abort();
    }
}

void ScriptableSmtpServer::onDisconnected()
{
    if (m_socket && m_socket->mode() != QSslSocket::UnencryptedMode && !m_socket->isEncrypted())
        handshakeFailed(QStringLiteral("connection closed during the TLS handshake"));
    finishConnection();
}

void ScriptableSmtpServer::finishConnection()
{
    if (!m_socket)
        return;
    // Whatever arrived with the FIN still belongs on the record.
    consumeAvailable();
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    m_stepTimer.stop();
    m_pendingChunks.clear();
    m_scriptDone = true;
    socket->disconnect(this);
    socket->deleteLater();
    emit clientDisconnected();
    if (!m_pendingDescriptors.isEmpty())
        QMetaObject::invokeMethod(this, &ScriptableSmtpServer::startNextConnection, Qt::QueuedConnection);
}

void ScriptableSmtpServer::writeChunk(const QByteArray &bytes)
{
    if (!m_socket || bytes.isEmpty())
        return;
    m_traffic.append({Direction::ServerToClient, currentPhase(), bytes, m_clock.elapsed(), m_connectionCount - 1});
    m_socket->write(bytes);
    m_socket->flush();
}

void ScriptableSmtpServer::fail(const QString &message)
{
    m_errors << message;
    m_scriptDone = true;
    emit failed(message);
    if (m_socket) {
        m_socket->abort();
        finishConnection();
    }
}

} // namespace SmtpTest
