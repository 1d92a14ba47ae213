#pragma once

#include "certificatefactory.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTimer>

#include <variant>

class QSslSocket;

namespace SmtpTest
{

// ---- Script steps ------------------------------------------------------------------------------------------------
// A script is a list of steps run in order for each accepted connection, e.g.
//   server.setScript({Send{"220 hi\r\n"}, Expect{"EHLO"}, Send{"250 STARTTLS\r\n"}, Expect{"STARTTLS"},
//                     Send{"220 go\r\n"}, StartTls{ServerCertificate::Valid}, Expect{"EHLO"}, Close{}});

/// Writes the bytes in one write() (one TCP segment on loopback).
struct Send
{
    QByteArray bytes;
};

/// Writes the bytes in pieces split at the given offsets, \a intervalMs apart.
struct SendSplit
{
    QByteArray bytes;
    QList<int> offsets;
    int intervalMs = 20;
};

/// Writes the bytes one byte per write, \a intervalMs apart.
struct SendByteByByte
{
    QByteArray bytes;
    int intervalMs = 2;
};

/// Writes \a bytes \a count times, one write each, \a intervalMs apart (floods, endless multiline replies).
struct SendRepeated
{
    QByteArray bytes;
    int count = 1;
    int intervalMs = 0;
};

/// Waits for the next complete client line and checks it starts with \a prefix (ASCII case-insensitive).
/// A mismatch emits failed() and aborts the connection.
struct Expect
{
    QByteArray prefix;
};

/// Waits for the next complete client line, whatever it is.
struct ExpectAny
{};

/// Waits for a DATA body: consumes lines up to and including the lone "." line.
struct ReceiveData
{};

/// Does nothing for \a ms milliseconds, then goes on (client bytes are still recorded).
struct Pause
{
    int ms = 100;
};

/// Does nothing forever and keeps the socket open; the script never finishes.
struct Stall
{};

/// Orderly close: disconnectFromHost() (TLS close_notify if encrypted, then FIN). Ends the script.
struct Close
{};

/// Sends FIN with shutdown(SHUT_WR) and no TLS close_notify; keeps reading. Ends the script's writes.
struct HalfClose
{};

/// Abortive close: SO_LINGER 0 then abort(), so the client sees a TCP RST. Ends the script.
struct Reset
{};

enum class ClientCertificateMode
{
    None,    ///< do not ask for a client certificate
    Request, ///< ask, accept any or none (QSslSocket::QueryPeer)
    Require, ///< require one signed by the factory's client CA (QSslSocket::VerifyPeer)
};

/// Starts server-side TLS. Waits until the client's first byte is available: a TLS record (0x16) starts the
/// handshake; anything else is read and recorded as plaintext (a client that should have started TLS and did
/// not) while waiting goes on. The step completes when the handshake completes; a failed handshake emits
/// tlsFailed() and ends the connection. As the first step it makes an implicit-TLS (SMTPS) server.
struct StartTls
{
    ServerCertificate certificate = ServerCertificate::Valid;
    ClientCertificateMode clientCertificate = ClientCertificateMode::None;
    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater; ///< e.g. QSsl::TlsV1_2 to keep a client off TLS 1.3
};

using ScriptStep = std::variant<Send, SendSplit, SendByteByByte, SendRepeated, Expect, ExpectAny, ReceiveData, Pause,
                                Stall, Close, HalfClose, Reset, StartTls>;
using Script = QList<ScriptStep>;

/// The shortest good session: greeting, the given EHLO reply, QUIT answered and the connection closed.
Script greetAndQuit(const QByteArray &ehloReply);

/// A flood of a reply: \a lines continuation lines "250-WHAT line N of a long reply that fills the transcript", then
/// "250 2.0.0 WHAT done".
QByteArray floodReply(const QByteArray &what, int lines);

// ---- Records -----------------------------------------------------------------------------------------------------

enum class Phase
{
    Plain,        ///< before TLS (or a server without TLS)
    TlsHandshake, ///< the client's first TLS record (its ClientHello), seen before the handshake
    Tls,          ///< decrypted application data after the handshake
};

enum class Direction
{
    ClientToServer,
    ServerToClient,
};

/// One chunk of bytes as read from or written to the socket.
struct TrafficEvent
{
    Direction direction = Direction::ClientToServer;
    Phase phase = Phase::Plain;
    QByteArray bytes;
    qint64 elapsedMs = 0; ///< since the server was constructed
    int connection = 0;   ///< 0-based index of the accepted connection
};

/// One complete client line (with its CRLF or LF).
struct ReceivedLine
{
    QByteArray line;
    Phase phase = Phase::Plain;
    qint64 elapsedMs = 0;
    int connection = 0;
};

/// An in-process SMTP server for tests, driven by a script. It runs entirely in the thread that owns it and is
/// event-driven, so the client under test may run in the same or another thread. One connection is served at a
/// time; connections that arrive meanwhile wait and are served in order, each with its own run of the script.
class ScriptableSmtpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit ScriptableSmtpServer(QObject *parent = nullptr);
    ~ScriptableSmtpServer() override;
    Q_DISABLE_COPY_MOVE(ScriptableSmtpServer)

    /// Listens on \a address (loopback only) with an ephemeral port. Returns false if binding failed.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const { return serverPort(); }
    /// Every StartTls step presents this PEM chain (the server's certificate first) and key instead of its
    /// ServerCertificate.
    void setCertificateChain(const QString &chainFile, const QString &keyFile);

    /// The script every connection runs (unless a per-connection script was queued).
    void setScript(const Script &script);
    /// Queues a script for the next connection that has none yet; later connections fall back to setScript().
    void addConnectionScript(const Script &script);
    /// After the script ends, answer each further client line with \a reply ("221 ..." and close for QUIT).
    /// Empty (the default) records lines without answering.
    void setDefaultReply(const QByteArray &reply);

    // ---- What happened ----
    QList<TrafficEvent> traffic() const { return m_traffic; }
    QList<ReceivedLine> receivedLines() const { return m_lines; }
    /// Lines of one phase only, without their line endings.
    QList<QByteArray> receivedLines(Phase phase) const;
    /// Every client byte of \a connection (-1 = all) in \a phase concatenated.
    QByteArray receivedBytes(Phase phase, int connection = -1) const;
    /// True if, after the first server write in plaintext containing \a serverBytes, the client sent any plaintext
    /// byte on the same connection. A TLS ClientHello does not count (it is Phase::TlsHandshake).
    bool clientSentPlaintextAfter(const QByteArray &serverBytes) const;
    /// True once a client sent a TLS record on any connection (a ClientHello, wanted or not).
    bool tlsHandshakeSeen() const { return m_tlsHandshakeSeen; }
    /// True once a TLS handshake completed on any connection.
    bool tlsEstablished() const { return m_tlsEstablished; }
    /// The SNI host name in the ClientHello of the current or last connection that started TLS, empty if none.
    QString clientHelloServerName() const { return m_clientHelloServerName; }
    /// The client certificate of the last completed handshake, null if none was presented.
    QSslCertificate clientCertificate() const { return m_clientCertificate; }
    bool clientCertificatePresented() const { return !m_clientCertificate.isNull(); }
    QStringList errors() const { return m_errors; }
    QStringList tlsErrors() const { return m_tlsErrors; }
    int connectionCount() const { return m_connectionCount; }
    /// The address each accepted connection came from, in order (what --bind chose).
    QList<QHostAddress> peerAddresses() const { return m_peerAddresses; }
    bool isConnected() const { return !m_socket.isNull(); }

signals:
    void clientConnected();
    /// The script of the current connection ran to its end (Close/Reset included).
    void scriptFinished();
    /// The connection ended, whoever closed it.
    void clientDisconnected();
    /// The client did something the script did not expect.
    void failed(const QString &message);
    void tlsStarted();
    void tlsFailed(const QString &message);
    void lineReceived(const QByteArray &line);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void startNextConnection();
    void runSteps();
    bool runStep(const ScriptStep &step); // true if the step completed now
    void onReadyRead();
    void onStepTimer();
    void onSocketError();
    void onEncrypted();
    void handshakeFailed(const QString &message);
    void onDisconnected();
    void finishConnection();
    void consumeAvailable();
    void splitLines();
    bool tlsStepPending() const;
    bool tryStartTls();
    bool writeFirstChunks(int intervalMs); // true if all were written
    void writeChunk(const QByteArray &bytes);
    void fail(const QString &message);
    void answerDefault();
    Phase currentPhase() const;

    QList<qintptr> m_pendingDescriptors;
    QPointer<QSslSocket> m_socket;
    QElapsedTimer m_clock;
    QTimer m_stepTimer;

    Script m_defaultScript;
    QList<Script> m_connectionScripts;
    Script m_script;
    qsizetype m_stepIndex = 0;
    bool m_stepActive = false;    // the current step started and waits for an event
    bool m_stepCompleted = false; // set by the event the active step waited for
    bool m_handshakeFailed = false;
    bool m_inDefaultData = false;
    QList<QByteArray> m_pendingChunks;
    QByteArray m_lineBuffer;
    QList<QByteArray> m_unconsumedLines;
    bool m_running = false; // re-entrancy guard for runSteps()
    bool m_scriptDone = false;
    bool m_tlsRequested = false;
    QByteArray m_defaultReply;

    QList<TrafficEvent> m_traffic;
    QList<ReceivedLine> m_lines;
    QStringList m_errors;
    QStringList m_tlsErrors;
    QString m_chainFile;
    QString m_keyFile;
    QSslCertificate m_clientCertificate;
    QString m_clientHelloServerName;
    bool m_tlsHandshakeSeen = false;
    bool m_tlsEstablished = false;
    int m_connectionCount = 0;
    QList<QHostAddress> m_peerAddresses;
};

} // namespace SmtpTest

// For QTest data columns: QTest::addColumn<SmtpTest::Script>("script").
Q_DECLARE_METATYPE(SmtpTest::ClientCertificateMode)
Q_DECLARE_METATYPE(SmtpTest::ScriptStep)
Q_DECLARE_METATYPE(SmtpTest::Script)
