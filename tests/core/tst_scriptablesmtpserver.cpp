#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/splitwrites.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace SmtpTest;

namespace
{

constexpr int Timeout = 5000;

// The server runs in this thread, so the client must not block it with waitFor*(): every wait spins the event loop.
bool waitForLine(QAbstractSocket &socket)
{
    return QTest::qWaitFor([&] { return socket.canReadLine(); }, Timeout);
}

QByteArray readLine(QAbstractSocket &socket)
{
    return waitForLine(socket) ? socket.readLine() : QByteArray();
}

bool waitForDisconnected(QAbstractSocket &socket)
{
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, Timeout);
}

} // namespace

class TestScriptableSmtpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scriptedExchange();
    void mismatchFails();
    void scriptAsTestData_data();
    void scriptAsTestData();
    void splitSends_data();
    void splitSends();
    void splitWritesRewriteEverySend();
    void startTls();
    void plaintextAfterStartTlsIsRecorded();
    void wellBehavedClientAbortsAfterInjection();
    void tlsProtocolCanBePinned();
    void noSniForIpLiteral();
    void ipv6();
    void repeatedSend();
    void halfClose();
    void implicitTls();
    void tlsClientToPlainServer();
    void clientCertificate_data();
    void clientCertificate();
    void closeAndReset_data();
    void closeAndReset();
    void stall();
    void defaultReply();
    void sequentialConnections();
    void clientOnWorkerThread();
};

void TestScriptableSmtpServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CertificateFactory::shared();
}

void TestScriptableSmtpServer::scriptedExchange()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-test\r\n250 SIZE 1000\r\n"},
                      Expect{"MAIL FROM:"}, Send{"250 ok\r\n"}, ExpectAny{}, Send{"250 ok\r\n"}, Expect{"DATA"},
                      Send{"354 go\r\n"}, ReceiveData{}, Send{"250 queued\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"},
                      Close{}});
    QSignalSpy finished(&server, &ScriptableSmtpServer::scriptFinished);
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 test ESMTP\r\n"));
    client.write("ehlo client.test\r\n"); // prefixes match case-insensitively
    QCOMPARE(readLine(client), QByteArray("250-test\r\n"));
    QCOMPARE(readLine(client), QByteArray("250 SIZE 1000\r\n"));
    client.write("MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\n"); // pipelined
    QCOMPARE(readLine(client), QByteArray("250 ok\r\n"));
    QCOMPARE(readLine(client), QByteArray("250 ok\r\n"));
    client.write("DATA\r\n");
    QCOMPARE(readLine(client), QByteArray("354 go\r\n"));
    client.write("Subject: x\r\n\r\nbody\r\n.\r\n");
    QCOMPARE(readLine(client), QByteArray("250 queued\r\n"));
    client.write("QUIT\r\n");
    QCOMPARE(readLine(client), QByteArray("221 bye\r\n"));
    QVERIFY(waitForDisconnected(client));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
    QCOMPARE(finished.size(), 1);
    QVERIFY(server.errors().isEmpty());

    const QList<QByteArray> expected{
        "ehlo client.test", "MAIL FROM:<a@b>", "RCPT TO:<c@d>", "DATA", "Subject: x", "", "body", ".", "QUIT"};
    QCOMPARE(server.receivedLines(Phase::Plain), expected);
    QVERIFY(server.receivedLines(Phase::Tls).isEmpty());
    QCOMPARE(server.connectionCount(), 1);
}

void TestScriptableSmtpServer::mismatchFails()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 hi\r\n"}, Expect{"EHLO"}, Send{"250 never\r\n"}});
    QSignalSpy failed(&server, &ScriptableSmtpServer::failed);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    client.write("HELO old.client\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("HELO old.client")));
    QVERIFY(waitForDisconnected(client));
    QVERIFY(!client.readAll().contains("never"));
}

void TestScriptableSmtpServer::scriptAsTestData_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray reply = "250-a\r\n250 b\r\n";
    QTest::addRow("one write") << Script{Send{reply}, Close{}} << reply;
    QTest::addRow("split") << Script{SendSplit{reply, {4, 8}, 10}, Close{}} << reply;
    QTest::addRow("byte by byte") << Script{SendByteByByte{reply, 1}, Close{}} << reply;
    QTest::addRow("repeated") << Script{SendRepeated{"250-a\r\n", 3}, Send{"250 b\r\n"}, Close{}}
                              << QByteArray("250-a\r\n250-a\r\n250-a\r\n250 b\r\n");
    QTest::addRow("pause") << Script{Send{"250-a\r\n"}, Pause{50}, Send{"250 b\r\n"}, Close{}} << reply;
}

void TestScriptableSmtpServer::scriptAsTestData()
{
    QFETCH(Script, script);
    QFETCH(QByteArray, expected);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(script);
    QSignalSpy finished(&server, &ScriptableSmtpServer::scriptFinished);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(waitForDisconnected(client));
    QCOMPARE(client.readAll(), expected);
    QCOMPARE(finished.size(), 1);
}

void TestScriptableSmtpServer::splitSends_data()
{
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<QList<int>>("offsets");
    QTest::addColumn<int>("minimumReads");

    QTest::addRow("split inside the code") << false << QList<int>{1} << 2;
    QTest::addRow("split inside CRLF") << false << QList<int>{3, 16} << 2;
    QTest::addRow("byte by byte") << true << QList<int>{} << 3;
}

void TestScriptableSmtpServer::splitSends()
{
    QFETCH(bool, byteByByte);
    QFETCH(QList<int>, offsets);
    QFETCH(int, minimumReads);

    const QByteArray greeting = "220 split greet\r\n";
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    if (byteByByte)
        server.setScript({SendByteByByte{greeting, 5}, Stall{}});
    else
        server.setScript({SendSplit{greeting, offsets, 50}, Stall{}});

    QTcpSocket client;
    int reads = 0;
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] {
        ++reads;
        received += client.readAll();
    });
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(received, greeting, Timeout);
    // Loopback may merge segments under load, so this only proves the bytes did not arrive in one piece.
    QVERIFY2(reads >= minimumReads, qPrintable(QString::number(reads)));

    int serverWrites = 0;
    for (const TrafficEvent &event : server.traffic())
        serverWrites += event.direction == Direction::ServerToClient ? 1 : 0;
    QCOMPARE(serverWrites, byteByByte ? greeting.size() : offsets.size() + 1);
}

// The hostile-server catalogue's split-write variants (tests/support/splitwrites.h): every Send is rewritten, the
// bytes stay the same, and a seed gives the same cuts again.
void TestScriptableSmtpServer::splitWritesRewriteEverySend()
{
    const QByteArray reply = "250-mx.test\r\n250 8BITMIME\r\n";
    const QByteArray flood(10000, 'x');
    const Script script{Send{reply}, Expect{"EHLO"}, SendSplit{reply, {3}, 20}, Send{flood}, Close{}};

    QCOMPARE(withSplitWrites(script, SplitWrites::Whole, 1).size(), script.size());
    const Script bytes = withSplitWrites(script, SplitWrites::ByteByByte, 1);
    QCOMPARE(bytes.size(), script.size());
    QCOMPARE(std::get<SendByteByByte>(bytes.at(0)).bytes, reply);
    QVERIFY(std::holds_alternative<Expect>(bytes.at(1)));
    QCOMPARE(std::get<SendByteByByte>(bytes.at(2)).bytes, reply);
    // A flood goes byte by byte up to the limit, then in larger pieces.
    const SendSplit &large = std::get<SendSplit>(bytes.at(3));
    QCOMPARE(large.bytes, flood);
    QCOMPARE(large.offsets.first(), 1);
    QVERIFY(large.offsets.contains(byteByByteLimit - 1));
    QVERIFY(large.offsets.size() < byteByByteLimit + 5);

    const Script random = withSplitWrites(script, SplitWrites::RandomSplit, 42);
    const SendSplit &first = std::get<SendSplit>(random.at(0));
    QCOMPARE(first.bytes, reply);
    QVERIFY(!first.offsets.isEmpty());
    QVERIFY(std::is_sorted(first.offsets.cbegin(), first.offsets.cend()));
    QVERIFY(first.offsets.first() > 0 && first.offsets.last() < reply.size());
    QCOMPARE(std::get<SendSplit>(withSplitWrites(script, SplitWrites::RandomSplit, 42).at(0)).offsets, first.offsets);

    // Over the wire: a byte-by-byte reply arrives as one write per byte.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(withSplitWrites({Send{reply}, Stall{}}, SplitWrites::ByteByByte, 1));
    QTcpSocket client;
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(received, reply, Timeout);
    int serverWrites = 0;
    for (const TrafficEvent &event : server.traffic())
        serverWrites += event.direction == Direction::ServerToClient ? 1 : 0;
    QCOMPARE(serverWrites, reply.size());
}

void TestScriptableSmtpServer::startTls()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 hi\r\n"}, Expect{"EHLO"}, Send{"250-hi\r\n250 STARTTLS\r\n"}, Expect{"STARTTLS"},
                      Send{"220 go\r\n"}, StartTls{ServerCertificate::Valid}, Expect{"EHLO"},
                      Send{"250 AUTH PLAIN\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    QSignalSpy tlsStarted(&server, &ScriptableSmtpServer::tlsStarted);

    QSslSocket client;
    client.setSslConfiguration(CertificateFactory::clientConfiguration());
    client.setPeerVerifyName(QStringLiteral("localhost"));
    QList<QSslError> errors;
    connect(&client, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &e) { errors = e; });
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    client.write("EHLO c\r\n");
    QCOMPARE(readLine(client), QByteArray("250-hi\r\n"));
    QCOMPARE(readLine(client), QByteArray("250 STARTTLS\r\n"));
    client.write("STARTTLS\r\n");
    QCOMPARE(readLine(client), QByteArray("220 go\r\n"));
    client.startClientEncryption();
    QVERIFY(QTest::qWaitFor([&] { return client.isEncrypted(); }, Timeout));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
    QCOMPARE(client.peerCertificate(), CertificateFactory::serverCertificate(ServerCertificate::Valid));
    client.write("EHLO c\r\n");
    QCOMPARE(readLine(client), QByteArray("250 AUTH PLAIN\r\n"));
    client.write("QUIT\r\n");
    QCOMPARE(readLine(client), QByteArray("221 bye\r\n"));
    QVERIFY(waitForDisconnected(client));

    QCOMPARE(tlsStarted.size(), 1);
    QVERIFY(server.tlsHandshakeSeen());
    QVERIFY(server.tlsEstablished());
    QVERIFY(!server.clientCertificatePresented());
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO c", "STARTTLS"}));
    QCOMPARE(server.receivedLines(Phase::Tls), (QList<QByteArray>{"EHLO c", "QUIT"}));
    QVERIFY(!server.clientSentPlaintextAfter("220 go"));
    QVERIFY(server.clientSentPlaintextAfter("220 hi"));
    QVERIFY(server.receivedBytes(Phase::TlsHandshake).startsWith("\x16\x03"));
    QCOMPARE(server.clientHelloServerName(), QStringLiteral("localhost")); // from setPeerVerifyName
}

void TestScriptableSmtpServer::plaintextAfterStartTlsIsRecorded()
{
    // A client fooled by the injected 250 would go on in plaintext; the server must see and record that.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 hi\r\n"}, Expect{"STARTTLS"}, Send{"220 go\r\n250 AUTH PLAIN\r\n"},
                      StartTls{ServerCertificate::Valid}, Expect{"EHLO"}});
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    client.write("STARTTLS\r\n");
    QCOMPARE(readLine(client), QByteArray("220 go\r\n"));
    QCOMPARE(readLine(client), QByteArray("250 AUTH PLAIN\r\n"));
    client.write("AUTH PLAIN AGFAYg==\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(server.clientSentPlaintextAfter("220 go"), Timeout);
    QCOMPARE(server.receivedLines(Phase::Plain).constLast(), QByteArray("AUTH PLAIN AGFAYg=="));
    QVERIFY(!server.tlsHandshakeSeen());
    QVERIFY(server.isConnected()); // still waiting for a ClientHello
}

void TestScriptableSmtpServer::wellBehavedClientAbortsAfterInjection()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 hi\r\n"}, Expect{"STARTTLS"}, Send{"220 go\r\n250 AUTH PLAIN\r\n"},
                      StartTls{ServerCertificate::Valid}, Expect{"EHLO"}});
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    client.write("STARTTLS\r\n");
    QCOMPARE(readLine(client), QByteArray("220 go\r\n"));
    QVERIFY(waitForLine(client)); // the injected line: a correct client gives up here
    client.abort();
    QVERIFY(disconnected.wait(Timeout));
    QVERIFY(!server.clientSentPlaintextAfter("220 go"));
    QVERIFY(!server.tlsHandshakeSeen());
}

void TestScriptableSmtpServer::tlsProtocolCanBePinned()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        {StartTls{ServerCertificate::Valid, ClientCertificateMode::None, QSsl::TlsV1_2}, Send{"220 hi\r\n"}, Stall{}});
    QSslSocket client;
    client.setSslConfiguration(CertificateFactory::clientConfiguration());
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    QCOMPARE(client.sessionProtocol(), QSsl::TlsV1_2);
    QCOMPARE(server.clientHelloServerName(), QStringLiteral("localhost"));

    ScriptableSmtpServer sniServer;
    QVERIFY(sniServer.listen());
    sniServer.setScript({StartTls{ServerCertificate::WrongHost}, Send{"220 hi\r\n"}, Stall{}});
    QSslSocket sniClient;
    sniClient.setSslConfiguration(CertificateFactory::clientConfiguration());
    sniClient.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sniServer.port(),
                                     QStringLiteral("other.example.org"));
    QCOMPARE(readLine(sniClient), QByteArray("220 hi\r\n"));
    QCOMPARE(sniServer.clientHelloServerName(), QStringLiteral("other.example.org"));
}

void TestScriptableSmtpServer::noSniForIpLiteral()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({StartTls{ServerCertificate::Valid}, Send{"220 hi\r\n"}, Stall{}});
    QSslSocket client;
    QSslConfiguration configuration = CertificateFactory::clientConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.setSslConfiguration(configuration);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    QVERIFY(server.tlsHandshakeSeen());
    // RFC 6066 §3: literal IP addresses are not permitted in "HostName".
    QCOMPARE(server.clientHelloServerName(), QString());
}

void TestScriptableSmtpServer::ipv6()
{
    ScriptableSmtpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("no IPv6 loopback on this machine");
    server.setScript({Send{"220 six\r\n"}, Close{}});
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHostIPv6, server.port());
    QCOMPARE(readLine(client), QByteArray("220 six\r\n"));
}

void TestScriptableSmtpServer::repeatedSend()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({SendRepeated{"250-flood\r\n", 500}, Send{"250 end\r\n"}, Close{}});
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    const bool gone = waitForDisconnected(client);
    const QByteArray received = client.readAll();
    QVERIFY(gone);
    QCOMPARE(received.count("250-flood\r\n"), 500);
    QVERIFY(received.endsWith("250 end\r\n"));
}

void TestScriptableSmtpServer::halfClose()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 bye soon\r\n"}, HalfClose{}});
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 bye soon\r\n"));
    // QTcpSocket closes on end of stream, so the server sees the connection end too.
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);
    QVERIFY(waitForDisconnected(client));
    QVERIFY(disconnected.wait(Timeout) || disconnected.size() == 1);
}

void TestScriptableSmtpServer::implicitTls()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        {StartTls{ServerCertificate::ValidRsa}, Send{"220 tls hi\r\n"}, Expect{"EHLO"}, Send{"250 ok\r\n"}, Close{}});

    QSslSocket client;
    client.setSslConfiguration(CertificateFactory::clientConfiguration());
    QList<QSslError> errors;
    connect(&client, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &e) { errors = e; });
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QCOMPARE(readLine(client), QByteArray("220 tls hi\r\n"));
    QVERIFY(errors.isEmpty());
    client.write("EHLO c\r\n");
    QCOMPARE(readLine(client), QByteArray("250 ok\r\n"));
    QVERIFY(waitForDisconnected(client));
    QVERIFY(server.receivedBytes(Phase::Plain).isEmpty());
    QCOMPARE(server.receivedLines(Phase::Tls), QList<QByteArray>{"EHLO c"});
    QCOMPARE(server.clientHelloServerName(), QStringLiteral("localhost"));
}

void TestScriptableSmtpServer::tlsClientToPlainServer()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 plain hi\r\n"}, Stall{}});

    QSslSocket client;
    client.setSslConfiguration(CertificateFactory::clientConfiguration());
    QSignalSpy clientErrors(&client, &QSslSocket::errorOccurred);
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QTRY_VERIFY_WITH_TIMEOUT(server.tlsHandshakeSeen(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!clientErrors.isEmpty(), Timeout);
    QVERIFY(!client.isEncrypted());
    QVERIFY(server.receivedLines().isEmpty());
}

void TestScriptableSmtpServer::clientCertificate_data()
{
    QTest::addColumn<ClientCertificateMode>("mode");
    QTest::addColumn<bool>("presentCertificate");
    QTest::addColumn<bool>("expectEncrypted");

    QTest::addRow("required, presented") << ClientCertificateMode::Require << true << true;
    QTest::addRow("required, missing") << ClientCertificateMode::Require << false << false;
    QTest::addRow("requested, missing") << ClientCertificateMode::Request << false << true;
    QTest::addRow("requested, presented") << ClientCertificateMode::Request << true << true;
    QTest::addRow("not asked, offered") << ClientCertificateMode::None << true << true;
}

void TestScriptableSmtpServer::clientCertificate()
{
    QFETCH(ClientCertificateMode, mode);
    QFETCH(bool, presentCertificate);
    QFETCH(bool, expectEncrypted);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({StartTls{ServerCertificate::Valid, mode}, Send{"220 hi\r\n"}, Stall{}});
    QSignalSpy tlsFailed(&server, &ScriptableSmtpServer::tlsFailed);

    QSslSocket client;
    QSslConfiguration configuration = CertificateFactory::clientConfiguration();
    if (presentCertificate) {
        configuration.setLocalCertificate(CertificateFactory::clientCertificate());
        configuration.setPrivateKey(CertificateFactory::clientKey());
    }
    client.setSslConfiguration(configuration);
    client.connectToHostEncrypted(QStringLiteral("localhost"), server.port());

    if (expectEncrypted) {
        QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
        QVERIFY(server.tlsEstablished());
        const bool presented = presentCertificate && mode != ClientCertificateMode::None;
        QCOMPARE(server.clientCertificatePresented(), presented);
        if (presented)
            QCOMPARE(server.clientCertificate(), CertificateFactory::clientCertificate());
        QVERIFY(tlsFailed.isEmpty());
    } else {
        // With TLS 1.3 the client may believe the handshake is done before the server rejects it.
        QTRY_COMPARE_WITH_TIMEOUT(tlsFailed.size(), 1, Timeout);
        QVERIFY(!server.tlsEstablished());
        QVERIFY(waitForDisconnected(client));
        QVERIFY(!client.readAll().contains("220"));
    }
}

void TestScriptableSmtpServer::closeAndReset_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addRow("close sends FIN") << false;
    QTest::addRow("reset sends RST") << true;
}

void TestScriptableSmtpServer::closeAndReset()
{
    QFETCH(bool, reset);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 hi\r\n"}, Expect{"EHLO"}, reset ? ScriptStep{Reset{}} : ScriptStep{Close{}}});
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);

    // A raw socket tells FIN (recv() == 0) from RST (ECONNRESET), which QTcpSocket reports alike.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    auto closeFd = qScopeGuard([fd] { ::close(fd); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(server.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const timeval receiveTimeout{0, 50 * 1000};
    QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, sizeof receiveTimeout), 0);

    // Each recv() blocks at most 50 ms; the event loop in between lets the server run.
    auto receive = [fd](QByteArray &into) -> ssize_t {
        for (int i = 0; i < 100; ++i) {
            QCoreApplication::processEvents();
            char buffer[256];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0)
                into.append(buffer, n);
            if (n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                return n;
        }
        return -2;
    };
    QByteArray received;
    QVERIFY(receive(received) > 0);
    QCOMPARE(received, QByteArray("220 hi\r\n"));
    const QByteArray ehlo = "EHLO raw\r\n";
    QCOMPARE(::send(fd, ehlo.constData(), size_t(ehlo.size()), 0), ssize_t(ehlo.size()));
    const ssize_t result = receive(received);
    if (reset) {
        QCOMPARE(result, ssize_t(-1));
        QCOMPARE(errno, ECONNRESET);
    } else {
        QCOMPARE(result, ssize_t(0));
    }
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
}

void TestScriptableSmtpServer::stall()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Stall{}});
    QSignalSpy connected(&server, &ScriptableSmtpServer::clientConnected);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    client.write("EHLO early\r\n");
    QVERIFY(!QTest::qWaitFor([&] { return client.bytesAvailable() > 0; }, 300));
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server.receivedLines(Phase::Plain), QList<QByteArray>{"EHLO early"});
}

void TestScriptableSmtpServer::defaultReply()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 hi\r\n"}});
    server.setDefaultReply("250 default\r\n");
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(client), QByteArray("220 hi\r\n"));
    client.write("NOOP\r\n");
    QCOMPARE(readLine(client), QByteArray("250 default\r\n"));
    client.write("DATA\r\n");
    QVERIFY(readLine(client).startsWith("354 "));
    client.write("x\r\n.\r\n");
    QCOMPARE(readLine(client), QByteArray("250 default\r\n"));
    client.write("QUIT\r\n");
    QVERIFY(readLine(client).startsWith("221 "));
    QVERIFY(waitForDisconnected(client));
}

void TestScriptableSmtpServer::sequentialConnections()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.addConnectionScript({Send{"421 busy\r\n"}, Close{}});
    server.setScript({Send{"220 welcome\r\n"}, Close{}});
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);

    const QList<QByteArray> expected{"421 busy\r\n", "220 welcome\r\n", "220 welcome\r\n"};
    for (const QByteArray &greeting : expected) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QCOMPARE(readLine(client), greeting);
        QVERIFY(waitForDisconnected(client));
    }
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 3, Timeout);
    QCOMPARE(server.connectionCount(), 3);

    // A second client waits until the first one is done.
    QTcpSocket first;
    QTcpSocket second;
    server.setScript({Send{"220 one at a time\r\n"}, Expect{"QUIT"}, Close{}});
    first.connectToHost(QHostAddress::LocalHost, server.port());
    second.connectToHost(QHostAddress::LocalHost, server.port());
    QCOMPARE(readLine(first), QByteArray("220 one at a time\r\n"));
    QVERIFY(!QTest::qWaitFor([&] { return second.bytesAvailable() > 0; }, 200));
    first.write("QUIT\r\n");
    QCOMPARE(readLine(second), QByteArray("220 one at a time\r\n"));
}

void TestScriptableSmtpServer::clientOnWorkerThread()
{
    // The way sessions under test run: the client on its own thread, the server in the test's thread.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        {Send{"220 hi\r\n"}, Expect{"EHLO"}, Send{"250 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);

    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    auto stopThread = [&thread] {
        thread.quit();
        thread.wait(Timeout);
    };
    auto stopThreadOnFailure = qScopeGuard(stopThread);
    const quint16 port = server.port();
    QByteArray transcript; // touched only by the worker until the thread has stopped
    std::atomic<bool> done = false;
    QMetaObject::invokeMethod(&context, [&context, &transcript, &done, port] {
        auto *socket = new QTcpSocket(&context);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &transcript, &done] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                transcript += line;
                if (line.startsWith("220 hi"))
                    socket->write("EHLO worker\r\n");
                else if (line.startsWith("250 "))
                    socket->write("QUIT\r\n");
                else if (line.startsWith("221 "))
                    done = true;
            }
        });
        socket->connectToHost(QHostAddress::LocalHost, port);
    });
    QVERIFY(disconnected.wait(Timeout));
    QTRY_VERIFY_WITH_TIMEOUT(done, Timeout);
    stopThread();
    QCOMPARE(transcript, QByteArray("220 hi\r\n250 ok\r\n221 bye\r\n"));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO worker", "QUIT"}));
}

QTEST_GUILESS_MAIN(TestScriptableSmtpServer)
#include "tst_scriptablesmtpserver.moc"
