// The session engine against the scriptable test server, hostile group D: a server that stays silent, answers
// late, or drops the connection at any point; every wait is bounded and the session always ends with one error.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QSignalSpy>
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

} // namespace

class TestSessionTimeouts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noGreetingTimesOut();
    void lateReplyTimesOutAndCloses();
    void closeDuringMultilineReply_data();
    void closeDuringMultilineReply();
    void unansweredQuitIsBounded();
    void disconnectAtEveryState_data();
    void disconnectAtEveryState();
    void asynchronousShutdownWhileIdle();
    void connectionRefused();
    void cancelStopsAtOnce();
};

void TestSessionTimeouts::initTestCase()
{
    CertificateFactory::shared();
}

void TestSessionTimeouts::noGreetingTimesOut()
{
    // Hostile D1: "connected but no banner" is not "connect timeout".
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

void TestSessionTimeouts::lateReplyTimesOutAndCloses()
{
    // Hostile D3: the timeout bounds every wait, and a timed-out connection is closed, not reused.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Pause{2500}, Send{"250 mx.test\r\n"}, Stall{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.timeoutSeconds = 1;
    const Outcome outcome = run(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::TimedOut);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Ehlo));
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("EHLO")));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(5000));
    QCOMPARE(server.receivedLines(Phase::Plain), QList<QByteArray>{"EHLO client.test"});
}

void TestSessionTimeouts::closeDuringMultilineReply_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addRow("FIN") << false;
    QTest::addRow("RST") << true;
}

void TestSessionTimeouts::closeDuringMultilineReply()
{
    // Hostile D4: report where it happened and keep the partial transcript.
    QFETCH(bool, reset);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-example.org\r\n250-8BITMIME\r\n"}, Pause{100}};
    if (reset)
        script.append(Reset{});
    else
        script.append(Close{});
    server.setScript(script);
    const Outcome outcome = run(settingsFor(server, SecurityMode::None));
    QCOMPARE(outcome.result.error.code, ErrorCode::ConnectionClosed);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("EHLO")), qPrintable(outcome.result.error.message));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Server, QStringLiteral("250-8BITMIME")));
}

void TestSessionTimeouts::unansweredQuitIsBounded()
{
    // Hostile D8.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Stall{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.timeoutSeconds = 1;
    const Outcome outcome = run(settings);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("QUIT")));
}

void TestSessionTimeouts::disconnectAtEveryState_data()
{
    // Hostile D7: the server closes (FIN) or resets (RST) at each state; the session ends with a specific error.
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
    for (const bool reset : {false, true}) {
        const char *how = reset ? "RST" : "FIN";
        const auto ending = [reset](Script script) {
            script << Pause{50};
            if (reset)
                script << Reset{};
            else
                script << Close{};
            return script;
        };
        QTest::addRow("before the greeting, %s", how) << ending({}) << ErrorCode::ConnectionClosed << false;
        QTest::addRow("after EHLO, %s", how)
            << ending({Send{"220 mx.test\r\n"}, Expect{"EHLO"}}) << ErrorCode::ConnectionClosed << false;
        QTest::addRow("after STARTTLS, %s", how)
            << ending(Script(greeting) << Expect{"STARTTLS"}) << ErrorCode::ConnectionClosed << false;
        QTest::addRow("during the handshake, %s", how)
            << ending(Script(greeting) << Expect{"STARTTLS"} << Send{"220 go\r\n"}) << ErrorCode::TlsHandshakeFailed
            << false;
        QTest::addRow("after EHLO over TLS, %s", how)
            << ending(Script(greeting) << Expect{"STARTTLS"} << Send{"220 go\r\n"}
                                       << StartTls{ServerCertificate::Valid, ClientCertificateMode::None}
                                       << Expect{"EHLO"})
            << ErrorCode::ConnectionClosed << false;
        QTest::addRow("after MAIL, %s", how)
            << ending(Script(tls) << Expect{"MAIL"}) << ErrorCode::ConnectionClosed << true;
        QTest::addRow("after RCPT, %s", how)
            << ending(Script(tls) << Expect{"MAIL"} << Send{"250 ok\r\n"} << Expect{"RCPT"})
            << ErrorCode::ConnectionClosed << true;
        QTest::addRow("after DATA, %s", how)
            << ending(Script(tls) << Expect{"MAIL"} << Send{"250 ok\r\n"} << Expect{"RCPT"} << Send{"250 ok\r\n"}
                                  << Expect{"DATA"})
            << ErrorCode::ConnectionClosed << true;
        QTest::addRow("after the end of data, %s", how)
            << ending(Script(tls) << Expect{"MAIL"} << Send{"250 ok\r\n"} << Expect{"RCPT"} << Send{"250 ok\r\n"}
                                  << Expect{"DATA"} << Send{"354 go\r\n"} << ReceiveData{})
            << ErrorCode::DeliveryUnknown << true;
    }
}

void TestSessionTimeouts::disconnectAtEveryState()
{
    QFETCH(Script, script);
    QFETCH(ErrorCode, code);
    QFETCH(bool, withMessage);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(script);
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

void TestSessionTimeouts::asynchronousShutdownWhileIdle()
{
    // RFC 5321 §4.2.2: a 421 may come at any time; with no command outstanding it is a clean close.
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

void TestSessionTimeouts::connectionRefused()
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

void TestSessionTimeouts::cancelStopsAtOnce()
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

QTEST_GUILESS_MAIN(TestSessionTimeouts)
#include "tst_sessiontimeouts.moc"
