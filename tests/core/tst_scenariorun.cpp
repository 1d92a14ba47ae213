// Scenarios and probes run on the scripted engine against the in-process test server: a recorded session replays
// byte for byte, a changed server turns it red, expectations name their line, and probes judge what they saw.

#include "core/scenario/proberun.h"
#include "core/scenario/scenariorecorder.h"
#include "core/scenario/scenariorun.h"
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

constexpr int waitMs = 20000;

/// A submission server with STARTTLS: everything a plan session with a message says, answered in order.
Script messageServer(const QByteArray &rcptReply = "250 2.1.5 ok\r\n")
{
    return {Send{"220 mx.test ESMTP ready\r\n"},
            Expect{"EHLO"},
            Send{"250-mx.test\r\n250 STARTTLS\r\n"},
            Expect{"STARTTLS"},
            Send{"220 go ahead\r\n"},
            StartTls{},
            Expect{"EHLO"},
            Send{"250-mx.test\r\n250 8BITMIME\r\n"},
            Expect{"MAIL FROM"},
            Send{"250 2.1.0 ok\r\n"},
            Expect{"RCPT TO"},
            Send{rcptReply},
            Expect{"DATA"},
            Send{"354 go\r\n"},
            ReceiveData{},
            Send{"250 2.0.0 queued\r\n"},
            Expect{"QUIT"},
            Send{"221 bye\r\n"},
            Close{}};
}

Scenario parsed(const QString &text)
{
    const Scenario::ParseResult result = Scenario::parse(text, QStringLiteral("test.scenario"));
    if (!result.ok())
        qWarning("%s", qPrintable(result.errors.constFirst().toString()));
    return result.scenario;
}

struct ScenarioOutcome
{
    bool finished = false;
    SessionResult result;
    QList<ExpectationCheck> checks;
};

ScenarioOutcome runScenario(const ConnectionSettings &settings, const Scenario &scenario)
{
    SessionHost host(1);
    ScenarioRun run(host, settings, scenario);
    QSignalSpy finished(&run, &ScenarioRun::finished);
    ScenarioOutcome outcome;
    QObject::connect(&run, &ScenarioRun::finished, &run,
                     [&outcome](const SessionResult &result) { outcome.result = result; });
    run.start();
    outcome.finished = finished.wait(waitMs);
    outcome.checks = run.checks();
    return outcome;
}

struct ProbeOutcome
{
    bool finished = false;
    QList<Finding> findings;
    std::optional<SessionError> unreachable;
};

ProbeOutcome runProbes(const ConnectionSettings &settings, const QList<Probe> &probes)
{
    SessionHost host(1);
    ProbeRun run(host, settings, probes);
    QSignalSpy finished(&run, &ProbeRun::finished);
    run.start();
    ProbeOutcome outcome;
    outcome.finished = finished.wait(waitMs);
    outcome.findings = run.findings();
    outcome.unreachable = run.unreachable();
    return outcome;
}

ConnectionSettings messageSettings(quint16 port)
{
    ConnectionSettings settings = testSettings(port, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@client.test");
    settings.message.to = {QStringLiteral("rcpt@mx.test")};
    settings.message.data = "Subject: replay\r\n\r\nsame bytes\r\n.leading dot\r\n";
    return settings;
}

QString verdicts(const QList<Finding> &findings)
{
    QStringList names;
    for (const Finding &finding : findings)
        names << Finding::verdictName(finding.verdict);
    return names.join(u' ');
}

} // namespace

class TestScenarioRun final : public QObject
{
    Q_OBJECT

private slots:
    void recordedSessionReplaysByteForByte();
    void changedServerFailsTheReplayAtItsLine();
    void bannerExpectationIsChecked();
    void expectedRefusalThatEndsTheSessionPasses();
    void sessionFailureKeepsItsOwnError();
    void startTlsRequiredFindsBothAnswers_data();
    void startTlsRequiredFindsBothAnswers();
    void openRelayProbeNeverSendsData();
    void tlsVersionsTriesEachVersionAlone();
    void tlsVersionsFindsAnOldVersionAccepted();
    void replyProbesJudgeWhatTheServerSays_data();
    void replyProbesJudgeWhatTheServerSays();
    void unreachableServerIsReported();
};

void TestScenarioRun::recordedSessionReplaysByteForByte()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(messageServer());
    const ConnectionSettings settings = messageSettings(server.port());

    const SessionOutcome recorded = runSession(settings);
    QVERIFY2(recorded.finished && recorded.result.ok(), qPrintable(recorded.text()));
    const QString recording = ScenarioRecorder::record(recorded.transcript.events());
    const Scenario scenario = parsed(recording);
    QCOMPARE(scenario.steps.size(), 4); // ehlo, starttls, message, quit

    const ScenarioOutcome replay = runScenario(settings, scenario);
    QVERIFY(replay.finished);
    QVERIFY2(replay.result.ok(), qPrintable(replay.result.error.message));
    QCOMPARE(replay.checks.size(), 5); // the banner and each step
    QVERIFY(std::all_of(replay.checks.cbegin(), replay.checks.cend(), [](const auto &check) { return check.passed; }));
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(server.receivedBytes(Phase::Plain, 1), server.receivedBytes(Phase::Plain, 0));
    QCOMPARE(server.receivedBytes(Phase::Tls, 1), server.receivedBytes(Phase::Tls, 0));
    QVERIFY(server.receivedBytes(Phase::Tls, 1).contains("\r\n..leading dot\r\n"));
}

void TestScenarioRun::changedServerFailsTheReplayAtItsLine()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(messageServer());
    const ConnectionSettings settings = messageSettings(server.port());
    const SessionOutcome recorded = runSession(settings);
    QVERIFY2(recorded.finished && recorded.result.ok(), qPrintable(recorded.text()));
    const Scenario scenario = parsed(ScenarioRecorder::record(recorded.transcript.events()));

    // The same server, except that it now refuses the recipient: the message step ends with the refusal.
    ScriptableSmtpServer changed;
    QVERIFY(changed.listen());
    changed.setScript({Send{"220 mx.test ESMTP ready\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                       Expect{"STARTTLS"}, Send{"220 go ahead\r\n"}, StartTls{}, Expect{"EHLO"},
                       Send{"250 mx.test\r\n"}, Expect{"MAIL FROM"}, Send{"250 2.1.0 ok\r\n"}, Expect{"RCPT TO"},
                       Send{"550 5.7.1 relaying denied\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    const ScenarioOutcome replay = runScenario(messageSettings(changed.port()), scenario);
    QVERIFY(replay.finished);
    QCOMPARE(replay.result.error.code, ErrorCode::ExpectationFailed);
    const QString message = replay.result.error.message;
    QVERIFY2(message.contains(QStringLiteral("test.scenario:")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("550 5.7.1 relaying denied")), qPrintable(message));
    QVERIFY(replay.result.error.reply.has_value());
    QCOMPARE(replay.result.error.reply->code, 550);
    QVERIFY(!changed.receivedBytes(Phase::Tls).contains("DATA"));
    QVERIFY(changed.receivedBytes(Phase::Tls).endsWith("QUIT\r\n"));
}

void TestScenarioRun::bannerExpectationIsChecked()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test busy today\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    const ScenarioOutcome outcome = runScenario(testSettings(server.port(), SecurityMode::None),
                                                parsed(QStringLiteral("expect 220 ~ ready\nehlo\n")));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error.code, ErrorCode::ExpectationFailed);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("test.scenario:1")),
             qPrintable(outcome.result.error.message));
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Banner));
    // Not one step after the failed expectation: only QUIT.
    QCOMPARE(server.receivedLines(Phase::Plain), QList<QByteArray>{"QUIT"});
}

void TestScenarioRun::expectedRefusalThatEndsTheSessionPasses()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"454 4.7.0 TLS not available\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"},
                      Close{}});
    const ScenarioOutcome outcome = runScenario(testSettings(server.port(), SecurityMode::StartTls),
                                                parsed(QStringLiteral("ehlo\nexpect 250\nstarttls\nexpect 454\n")));
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.message));
    QCOMPARE(outcome.checks.size(), 2);
    QVERIFY(outcome.checks.at(1).passed);
}

void TestScenarioRun::sessionFailureKeepsItsOwnError()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"NOOP"}, Close{}});
    const ScenarioOutcome outcome =
        runScenario(testSettings(server.port(), SecurityMode::None),
                    parsed(QStringLiteral("ehlo\nexpect 250\nsend NOOP\nexpect 250\nsend RSET\nexpect 250\n")));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error.code, ErrorCode::ConnectionClosed);
    QCOMPARE(outcome.checks.size(), 1);
}

void TestScenarioRun::startTlsRequiredFindsBothAnswers_data()
{
    QTest::addColumn<QByteArray>("mailReply");
    QTest::addColumn<QString>("verdict");
    QTest::addRow("refused before TLS") << QByteArray("530 5.7.0 Must issue a STARTTLS command first\r\n")
                                        << QStringLiteral("pass");
    QTest::addRow("accepted in clear") << QByteArray("250 2.1.0 ok\r\n") << QStringLiteral("fail");
}

void TestScenarioRun::startTlsRequiredFindsBothAnswers()
{
    QFETCH(QByteArray, mailReply);
    QFETCH(QString, verdict);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"MAIL FROM"}, Send{mailReply}, Expect{"RSET"}, Send{"250 ok\r\n"}, Expect{"QUIT"},
                      Send{"221 bye\r\n"}, Close{}});
    const ProbeOutcome outcome =
        runProbes(testSettings(server.port(), SecurityMode::StartTls), {Probe::StartTlsRequired});
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.findings.size(), 1);
    QCOMPARE(Finding::verdictName(outcome.findings.constFirst().verdict), verdict);
    // The probe connection never started TLS, whatever the settings say.
    QVERIFY(!server.tlsHandshakeSeen());
}

void TestScenarioRun::openRelayProbeNeverSendsData()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"MAIL FROM"},
                      Send{"250 ok\r\n"}, Expect{"RCPT TO"}, Send{"250 ok\r\n"}, Expect{"RSET"}, Send{"250 ok\r\n"},
                      Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.message.to = {QStringLiteral("someone@outside.example")};
    const ProbeOutcome outcome = runProbes(settings, {Probe::OpenRelay});
    QVERIFY(outcome.finished);
    QCOMPARE(verdicts(outcome.findings), QStringLiteral("fail"));
    const QList<QByteArray> lines = server.receivedLines(Phase::Plain);
    QVERIFY(lines.contains("RCPT TO:<someone@outside.example>"));
    QVERIFY(!lines.contains("DATA"));
    QCOMPARE(lines.constLast(), QByteArray("QUIT"));
}

void TestScenarioRun::tlsVersionsTriesEachVersionAlone()
{
    // A server that speaks TLS 1.2 only: 1.0 and 1.1 are refused (good), 1.2 is accepted, 1.3 refused (worth a look).
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 go ahead\r\n"},
                      StartTls{ServerCertificate::Valid, ClientCertificateMode::None, QSsl::TlsV1_2}, Expect{"EHLO"},
                      Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    const ProbeOutcome outcome = runProbes(testSettings(server.port(), SecurityMode::StartTls), {Probe::TlsVersions});
    QVERIFY(outcome.finished);
    QCOMPARE(server.connectionCount(), 4);
    QCOMPARE(verdicts(outcome.findings), QStringLiteral("pass pass pass warn"));
    QVERIFY2(outcome.findings.at(3).text.contains(QStringLiteral("1.3")), qPrintable(outcome.findings.at(3).text));
}

void TestScenarioRun::tlsVersionsFindsAnOldVersionAccepted()
{
    // A server that still speaks TLS 1.0, and only that.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const QSsl::SslProtocol tls10 = QSsl::TlsV1_0;
    QT_WARNING_POP
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 go ahead\r\n"},
                      StartTls{ServerCertificate::Valid, ClientCertificateMode::None, tls10}, Expect{"EHLO"},
                      Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    const ProbeOutcome outcome = runProbes(testSettings(server.port(), SecurityMode::StartTls), {Probe::TlsVersions});
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.findings.size(), 4);
    const Finding &tls10Finding = outcome.findings.constFirst();
    QVERIFY2(tls10Finding.verdict == Finding::Verdict::Fail, qPrintable(tls10Finding.toTextLine()));
    QVERIFY2(tls10Finding.text.contains(QStringLiteral("1.0")), qPrintable(tls10Finding.text));
    // Neither 1.2 nor 1.3: no current client can use TLS with it.
    QCOMPARE(outcome.findings.at(2).verdict, Finding::Verdict::Fail);
}

void TestScenarioRun::replyProbesJudgeWhatTheServerSays_data()
{
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<QByteArray>("ehloReply");
    QTest::addColumn<QList<QByteArray>>("replies"); // one per command after EHLO, QUIT's included
    QTest::addColumn<QString>("verdict");

    const QByteArray plainEhlo = "250-mx.test\r\n250 STARTTLS\r\n";
    const QByteArray bye = "221 bye\r\n";
    QTest::addRow("auth-before-tls: PLAIN offered in clear")
        << Probe::AuthBeforeTls << QByteArray("250-mx.test\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n")
        << QList<QByteArray>{bye} << QStringLiteral("fail");
    QTest::addRow("auth-before-tls: no AUTH in clear")
        << Probe::AuthBeforeTls << plainEhlo << QList<QByteArray>{bye} << QStringLiteral("pass");
    QTest::addRow("open-relay: recipient refused")
        << Probe::OpenRelay << QByteArray("250 mx.test\r\n")
        << QList<QByteArray>{"250 ok\r\n", "554 5.7.1 Relay access denied\r\n", "250 ok\r\n", bye}
        << QStringLiteral("pass");
    QTest::addRow("vrfy: tells mailboxes apart")
        << Probe::Vrfy << QByteArray("250 mx.test\r\n")
        << QList<QByteArray>{"250 <postmaster@mx.test>\r\n", "550 5.1.1 no such user\r\n", bye}
        << QStringLiteral("fail");
    QTest::addRow("vrfy: cannot verify") << Probe::Vrfy << QByteArray("250 mx.test\r\n")
                                         << QList<QByteArray>{"252 maybe\r\n", "252 maybe\r\n", bye}
                                         << QStringLiteral("pass");
    QTest::addRow("expn: expands postmaster")
        << Probe::Expn << QByteArray("250 mx.test\r\n")
        << QList<QByteArray>{"250 Admin <admin@mx.test>\r\n", "550 5.1.1 unknown\r\n", bye} << QStringLiteral("fail");
    QTest::addRow("expn: not implemented")
        << Probe::Expn << QByteArray("250 mx.test\r\n")
        << QList<QByteArray>{"502 5.5.1 not implemented\r\n", "502 5.5.1 not implemented\r\n", bye}
        << QStringLiteral("pass");
}

void TestScenarioRun::replyProbesJudgeWhatTheServerSays()
{
    QFETCH(Probe, probe);
    QFETCH(QByteArray, ehloReply);
    QFETCH(QList<QByteArray>, replies);
    QFETCH(QString, verdict);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloReply}};
    for (const QByteArray &reply : replies)
        script << ExpectAny{} << Send{reply};
    script << Close{};
    server.setScript(script);
    // Plaintext settings: open-relay, vrfy and expn connect as the settings say, and this server has no TLS.
    const ProbeOutcome outcome = runProbes(testSettings(server.port(), SecurityMode::None), {probe});
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.findings.size(), 1);
    QVERIFY2(Finding::verdictName(outcome.findings.constFirst().verdict) == verdict,
             qPrintable(outcome.findings.constFirst().toTextLine()));
    QCOMPARE(server.receivedLines(Phase::Plain).size(), replies.size() + 1);
    QVERIFY(!server.receivedLines(Phase::Plain).contains("DATA"));
}

void TestScenarioRun::unreachableServerIsReported()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ConnectionSettings settings = testSettings(port, SecurityMode::StartTls);
    settings.host = QStringLiteral("127.0.0.1");
    const ProbeOutcome outcome = runProbes(settings, {Probe::Vrfy, Probe::Expn});
    QVERIFY(outcome.finished);
    QVERIFY(outcome.unreachable.has_value());
    QCOMPARE(outcome.unreachable->code, ErrorCode::ConnectFailed);
    QCOMPARE(verdicts(outcome.findings), QStringLiteral("warn warn"));
}

QTEST_GUILESS_MAIN(TestScenarioRun)
#include "tst_scenariorun.moc"
