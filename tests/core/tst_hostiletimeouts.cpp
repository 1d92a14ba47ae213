// The hostile-server catalogue's group D cases (timeouts, slow servers and disconnects; listed with their tests in
// docs/reliability.md): a server that stays silent, answers late, or drops the connection at any point; every wait is
// bounded and the session always ends with one error. Each row is named by its case id; where the server's bytes
// matter, the rows run with them written whole, one byte per write, and in random splits. D9 (the window under load) is
// bench_uilatency.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/splitwrites.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

constexpr int sessionWaitMs = 15000;

ConnectionSettings settingsFor(const ScriptableSmtpServer &server, SecurityMode security)
{
    return testSettings(server.port(), security);
}

using Outcome = SessionOutcome;

Outcome run(const ConnectionSettings &settings)
{
    return runSession(settings, sessionWaitMs);
}

// Plays \a script on \a server as the current row's split mode writes it.
void play(ScriptableSmtpServer &server, const Script &script)
{
    QFETCH(SplitWrites, split);
    server.setScript(withSplitWrites(script, split, splitSeed()));
}

} // namespace

class TestHostileTimeouts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void d1NoGreetingTimesOut();
    void d3LateReplyTimesOutAndCloses_data() { addSplitWriteRows("D3 EHLO reply after the timeout"); }
    void d3LateReplyTimesOutAndCloses();
    void d4CloseDuringMultilineReply_data();
    void d4CloseDuringMultilineReply();
    void d6ConnectBlackHole();
    void d6HandshakeBlackHole_data();
    void d6HandshakeBlackHole();
    void d7DisconnectAtEveryState_data();
    void d7DisconnectAtEveryState();
    void d8UnansweredQuitIsBounded_data() { addSplitWriteRows("D8 QUIT never answered"); }
    void d8UnansweredQuitIsBounded();
    void c8AsynchronousShutdownWhileIdle();
    void connectionRefused();
    void cancelStopsAtOnce();
};

void TestHostileTimeouts::initTestCase()
{
    CertificateFactory::shared();
}

void TestHostileTimeouts::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(splitSeedNote()));
}

void TestHostileTimeouts::d1NoGreetingTimesOut()
{
    // D1: "connected but no banner" is not "connect timeout". No server byte, so no split variants.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Stall{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.timeoutSeconds = 1;
    const Outcome outcome = run(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::TimedOut);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Banner));
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("no greeting")));
}

void TestHostileTimeouts::d3LateReplyTimesOutAndCloses()
{
    // D3: the timeout bounds every wait, and a timed-out connection is closed, not reused: the late reply is never
    // paired with a later command.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);
    play(server, {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Pause{1500}, Send{"250 mx.test\r\n"}, Stall{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.timeoutSeconds = 1;
    const Outcome outcome = run(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::TimedOut);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Ehlo));
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("EHLO")));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    QCOMPARE(server.receivedLines(Phase::Plain), QList<QByteArray>{"EHLO client.test"});
}

void TestHostileTimeouts::d4CloseDuringMultilineReply_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<bool>("reset");
    for (SplitWrites mode : allSplitWrites()) {
        QTest::addRow("D4 FIN during a multi-line reply / %s", splitWritesName(mode)) << mode << false;
        QTest::addRow("D4 RST during a multi-line reply / %s", splitWritesName(mode)) << mode << true;
    }
}

void TestHostileTimeouts::d4CloseDuringMultilineReply()
{
    // D4: report where it happened and keep the partial transcript.
    QFETCH(bool, reset);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-example.org\r\n250-8BITMIME\r\n"}, Pause{100}};
    if (reset)
        script.append(Reset{});
    else
        script.append(Close{});
    play(server, script);
    const Outcome outcome = run(settingsFor(server, SecurityMode::None));
    QCOMPARE(outcome.result.error.code, ErrorCode::ConnectionClosed);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("EHLO")), qPrintable(outcome.result.error.message));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Server, QStringLiteral("250-8BITMIME")));
}

void TestHostileTimeouts::d8UnansweredQuitIsBounded()
{
    // D8: RFC 5321 §4.1.1.10 says wait for the reply to QUIT; the wait is bounded.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    play(server, {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Stall{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.timeoutSeconds = 1;
    const Outcome outcome = run(settings);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("QUIT")));
}

void TestHostileTimeouts::d6ConnectBlackHole()
{
    // D6: a dropped SYN. A listener that never accepts and whose accept queue is full makes Linux drop further SYNs,
    // as a firewall would: the connect times out with its own message, not "no greeting".
    QTcpServer blackHole;
    blackHole.setListenBacklogSize(0);
    QVERIFY(blackHole.listen(QHostAddress::LocalHost));
    blackHole.pauseAccepting();
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    for (int i = 0; i < 4; ++i) {
        fillers.push_back(std::make_unique<QTcpSocket>());
        fillers.back()->connectToHost(QHostAddress::LocalHost, blackHole.serverPort());
    }
    ConnectionSettings settings = testSettings(blackHole.serverPort(), SecurityMode::StartTls);
    settings.host = QStringLiteral("127.0.0.1");
    settings.timeoutSeconds = 1;
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.code == ErrorCode::TimedOut, qPrintable(outcome.text()));
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Connect));
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("Connecting")),
             qPrintable(outcome.result.error.message));
    QVERIFY(clock.elapsed() < 5000);
}

void TestHostileTimeouts::d6HandshakeBlackHole_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<SecurityMode>("security");
    for (SplitWrites mode : allSplitWrites())
        QTest::addRow("D6 ServerHello never comes, STARTTLS / %s", splitWritesName(mode))
            << mode << SecurityMode::StartTls;
    QTest::addRow("D6 ServerHello never comes, implicit TLS") << SplitWrites::Whole << SecurityMode::Implicit;
}

void TestHostileTimeouts::d6HandshakeBlackHole()
{
    // D6: the client's ClientHello is never answered; the handshake has its own deadline (a timer, not
    // waitForEncrypted()) and the session ends cleanly, having sent nothing but the ClientHello after the 220.
    QFETCH(SecurityMode, security);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    if (security == SecurityMode::StartTls)
        play(server, {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 go\r\n"}, Stall{}});
    else
        server.setScript({Stall{}});
    ConnectionSettings settings = settingsFor(server, security);
    settings.timeoutSeconds = 1;
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.code == ErrorCode::TimedOut, qPrintable(outcome.text()));
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Tls));
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("handshake")),
             qPrintable(outcome.result.error.message));
    QVERIFY(!server.clientSentPlaintextAfter("220 go"));
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);
    QVERIFY(!server.isConnected() || disconnected.wait(5000));
}

void TestHostileTimeouts::d7DisconnectAtEveryState_data()
{
    // D7: the server closes (FIN) or resets (RST) at each state; the session ends with a specific error.
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<Script>("script");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("withMessage");
    const Script greeting{Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"}};
    const Script tls = [&greeting] {
        Script script = greeting;
        script << Expect{"STARTTLS"} << Send{"220 go\r\n"}
               << StartTls{ServerCertificate::Valid, ClientCertificateMode::None} << Expect{"EHLO"}
               << Send{"250-mx.test\r\n250 AUTH PLAIN\r\n"};
        return script;
    }();
    for (const bool reset : {false, true})
        for (SplitWrites mode : allSplitWrites()) {
            const char *how = reset ? "RST" : "FIN";
            const char *split = splitWritesName(mode);
            const auto ending = [reset](Script script) {
                script << Pause{50};
                if (reset)
                    script << Reset{};
                else
                    script << Close{};
                return script;
            };
            QTest::addRow("D7 before the greeting, %s / %s", how, split)
                << mode << ending({}) << ErrorCode::ConnectionClosed << false;
            QTest::addRow("D7 after EHLO, %s / %s", how, split)
                << mode << ending({Send{"220 mx.test\r\n"}, Expect{"EHLO"}}) << ErrorCode::ConnectionClosed << false;
            QTest::addRow("D7 after STARTTLS, %s / %s", how, split)
                << mode << ending(Script(greeting) << Expect{"STARTTLS"}) << ErrorCode::ConnectionClosed << false;
            QTest::addRow("D7 during the handshake, %s / %s", how, split)
                << mode << ending(Script(greeting) << Expect{"STARTTLS"} << Send{"220 go\r\n"})
                << ErrorCode::TlsHandshakeFailed << false;
            QTest::addRow("D7 after EHLO over TLS, %s / %s", how, split)
                << mode
                << ending(Script(greeting)
                          << Expect{"STARTTLS"} << Send{"220 go\r\n"}
                          << StartTls{ServerCertificate::Valid, ClientCertificateMode::None} << Expect{"EHLO"})
                << ErrorCode::ConnectionClosed << false;
            QTest::addRow("D7 after MAIL, %s / %s", how, split)
                << mode << ending(Script(tls) << Expect{"MAIL"}) << ErrorCode::ConnectionClosed << true;
            QTest::addRow("D7 after RCPT, %s / %s", how, split)
                << mode << ending(Script(tls) << Expect{"MAIL"} << Send{"250 ok\r\n"} << Expect{"RCPT"})
                << ErrorCode::ConnectionClosed << true;
            QTest::addRow("D7 after DATA, %s / %s", how, split)
                << mode
                << ending(Script(tls) << Expect{"MAIL"} << Send{"250 ok\r\n"} << Expect{"RCPT"} << Send{"250 ok\r\n"}
                                      << Expect{"DATA"})
                << ErrorCode::ConnectionClosed << true;
            QTest::addRow("D7 after the end of data, %s / %s", how, split)
                << mode
                << ending(Script(tls) << Expect{"MAIL"} << Send{"250 ok\r\n"} << Expect{"RCPT"} << Send{"250 ok\r\n"}
                                      << Expect{"DATA"} << Send{"354 go\r\n"} << ReceiveData{})
                << ErrorCode::DeliveryUnknown << true;
        }
}

void TestHostileTimeouts::d7DisconnectAtEveryState()
{
    QFETCH(Script, script);
    QFETCH(ErrorCode, code);
    QFETCH(bool, withMessage);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    play(server, script);
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    if (withMessage) {
        settings.message.from = QStringLiteral("a@example.org");
        settings.message.to = {QStringLiteral("b@example.org")};
    }
    const Outcome outcome = run(settings);
    QVERIFY(outcome.finished);
    // A reset during the handshake may surface as a closed connection, depending on when it lands.
    if (code == ErrorCode::TlsHandshakeFailed)
        QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed ||
                     outcome.result.error.code == ErrorCode::ConnectionClosed,
                 qPrintable(outcome.text()));
    else
        QCOMPARE(outcome.result.error.code, code);
    QVERIFY(outcome.result.error.stage.has_value());
    QVERIFY(!outcome.result.error.message.isEmpty());
}

void TestHostileTimeouts::c8AsynchronousShutdownWhileIdle()
{
    // C8 and RFC 5321 §4.2.2: a 421 may come at any time; with no command outstanding it is a clean close.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Pause{200},
                      Send{"421 4.3.2 Service shutting down\r\n"}, Close{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.interactive = true;
    const Outcome outcome = run(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("closing")));
    QCOMPARE(outcome.result.error.reply->code, 421);
}

void TestHostileTimeouts::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = closedPort;
    settings.security = SecurityMode::None;
    settings.timeoutSeconds = 5;
    const Outcome outcome = run(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ConnectFailed);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Connect));
    QVERIFY(outcome.result.error.message.contains(QString::number(closedPort)));
}

void TestHostileTimeouts::cancelStopsAtOnce()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Stall{}});
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settingsFor(server, SecurityMode::None));
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    QSignalSpy connected(&server, &ScriptableSmtpServer::clientConnected);
    handle->start();
    QVERIFY(connected.wait(5000));
    handle->cancel();
    QVERIFY(finished.wait(2000));
    QCOMPARE(handle->result()->error.code, ErrorCode::Cancelled);
    QCOMPARE(handle->state(), SessionState::Closed);
}

QTEST_GUILESS_MAIN(TestHostileTimeouts)
#include "tst_hostiletimeouts.moc"
