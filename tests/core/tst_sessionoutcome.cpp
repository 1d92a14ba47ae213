// Outcomes as they are: a message whose end of data was sent but not answered is "delivery unknown", never "failed";
// the whole session is bounded; replies pipelined behind a refused STARTTLS are a protocol violation.

#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"

#include <QSignalSpy>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

const QByteArray ehloReply = "250-mx.test\r\n250 PIPELINING\r\n";

/// Plain session that takes one message, then ends as \a ending says.
Script messageScript(const Script &ending)
{
    Script script{Send{"220 mx.test ESMTP\r\n"},
                  Expect{"EHLO"},
                  Send{ehloReply},
                  Expect{"MAIL FROM"},
                  Expect{"RCPT TO"},
                  Expect{"DATA"},
                  Send{"250 ok\r\n250 ok\r\n354 go\r\n"},
                  ReceiveData{}};
    script.append(ending);
    return script;
}

ConnectionSettings messageSettings(const ScriptableSmtpServer &server)
{
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.timeoutSeconds = 1;
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("rcpt@example.org")};
    settings.message.data = "Subject: once\r\n\r\nonly once\r\n";
    return settings;
}

} // namespace

class TestSessionOutcome final : public QObject
{
    Q_OBJECT

private slots:
    void lostAfterEndOfDataIsDeliveryUnknown_data();
    void lostAfterEndOfDataIsDeliveryUnknown();
    void lostBeforeEndOfDataIsAConnectionFailure();
    void wholeSessionIsBounded();
    void interactiveSessionIsNotBoundedOnceReady();
    void repliesBehindRefusedStartTlsAreAViolation();
};

void TestSessionOutcome::lostAfterEndOfDataIsDeliveryUnknown_data()
{
    QTest::addColumn<Script>("ending");
    QTest::addColumn<QString>("cause");
    QTest::addRow("closed") << Script{Close{}} << QStringLiteral("closed");
    QTest::addRow("reset") << Script{Reset{}} << QString();
    QTest::addRow("no reply in time") << Script{Stall{}} << QStringLiteral("1 s");
    QTest::addRow("closed in the middle of the reply")
        << Script{Send{"250-queued"}, Close{}} << QStringLiteral("middle");
}

void TestSessionOutcome::lostAfterEndOfDataIsDeliveryUnknown()
{
    // RFC 5321 §4.5.3.2.6: the server may have taken the message; a script that retried on "connection failed"
    // would deliver it twice.
    QFETCH(Script, ending);
    QFETCH(QString, cause);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(messageScript(ending));
    const SessionOutcome outcome = runSession(messageSettings(server));
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QCOMPARE(outcome.result.error.code, ErrorCode::DeliveryUnknown);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("unknown")), qPrintable(outcome.text()));
    if (!cause.isEmpty())
        QVERIFY2(outcome.result.error.message.contains(cause), qPrintable(outcome.result.error.message));
    // Sent exactly once: one end of data, and nothing after it.
    const QByteArray received = server.receivedBytes(Phase::Plain);
    QCOMPARE(received.count("only once"), 1);
    QVERIFY(received.endsWith("\r\n.\r\n"));
}

void TestSessionOutcome::lostBeforeEndOfDataIsAConnectionFailure()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloReply}, Expect{"MAIL FROM"}, Close{}});
    const SessionOutcome outcome = runSession(messageSettings(server));
    QCOMPARE(outcome.result.error.code, ErrorCode::ConnectionClosed);
}

void TestSessionOutcome::wholeSessionIsBounded()
{
    // Each reply comes within the 1 s per-reply timeout, but together they take longer than the 1 s session bound.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Pause{600}, Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Pause{600}, Send{ehloReply},
                      Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.timeoutSeconds = 1;
    settings.sessionTimeoutSeconds = 1;
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::TimedOut);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("as a whole")), qPrintable(outcome.text()));

    // The default is ten times the per-reply timeout, capped at an hour.
    settings.sessionTimeoutSeconds = 0;
    settings.timeoutSeconds = 30;
    QCOMPARE(settings.effectiveSessionTimeoutSeconds(), 300);
    settings.timeoutSeconds = 3600;
    QCOMPARE(settings.effectiveSessionTimeoutSeconds(), 3600);
    settings.sessionTimeoutSeconds = 3601;
    QVERIFY(!settings.validate().isEmpty());
}

void TestSessionOutcome::interactiveSessionIsNotBoundedOnceReady()
{
    // In the window the user leads once the session is ready: a typed command whose reply takes longer than the
    // 1 s session bound (but not the 5 s per-reply timeout) still gets its answer.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloReply}, Expect{"NOOP"}, Pause{1300},
                      Send{"250 still here\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.timeoutSeconds = 5;
    settings.sessionTimeoutSeconds = 1;
    settings.interactive = true;
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, 5000);
    handle->sendCommand(QStringLiteral("NOOP"));
    const auto answered = [&handle] {
        const QList<TranscriptEvent> &events = handle->transcript().events();
        return std::any_of(events.cbegin(), events.cend(),
                           [](const TranscriptEvent &event) { return event.raw == "250 still here"; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 5000);
    handle->quit();
    QVERIFY(finished.wait(5000));
    QVERIFY(handle->result()->ok());
}

void TestSessionOutcome::repliesBehindRefusedStartTlsAreAViolation()
{
    // curl's test980: a refusal followed by ready-made replies to AUTH, MAIL, RCPT and DATA.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"},
                      Send{"454 currently unavailable\r\n235 Authenticated\r\n250 2.1.0 Sender ok\r\n"}, ExpectAny{}});
    const SessionOutcome outcome = runSession(testSettings(server.port(), SecurityMode::StartTls));
    QCOMPARE(outcome.result.error.code, ErrorCode::ProtocolViolation);
    // Nothing more was sent after STARTTLS.
    QCOMPARE(server.receivedLines(Phase::Plain).last(), QByteArray("STARTTLS"));
}

QTEST_GUILESS_MAIN(TestSessionOutcome)
#include "tst_sessionoutcome.moc"
