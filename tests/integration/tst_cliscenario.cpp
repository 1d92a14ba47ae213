// --scenario, --record and --probe as scripts see them: the built binary against real aiosmtpd servers, checked by
// exit status and JSON lines. A recording replays green against its server and red against a changed one.

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 60000;

CliRun runCli(const QStringList &arguments, const QString &configHome)
{
    return SmtpTest::runCli(QStringLiteral(SMTP_CLI_BINARY), arguments, configHome, {}, processWaitMs);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class TestCliScenario : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarioPasses();
    void failedExpectationIsExitTen();
    void scenarioFileErrorsNameEveryLine();
    void recordingReplaysGreenThenRedAgainstAChangedServer();
    void probesFindPolicyFailures();
    void probePassesAgainstAStrictServer();
    void probeOfNothingListeningIsAConnectionFailure();
    void flagsThatDoNotGoTogetherAreRefused_data();
    void flagsThatDoNotGoTogetherAreRefused();

private:
    QStringList connection(quint16 port, const QString &security = QStringLiteral("starttls")) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<AiosmtpdProcess> m_open;   // STARTTLS offered, mail accepted in clear
    std::unique_ptr<AiosmtpdProcess> m_strict; // STARTTLS required before mail
    QTemporaryDir m_dir;
};

void TestCliScenario::initTestCase()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    QVERIFY(m_dir.isValid());
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.storeMessages = true;
    m_open = std::make_unique<AiosmtpdProcess>();
    QVERIFY2(m_open->start(options), qPrintable(m_open->errorString()));
    options.requireStartTls = true;
    m_strict = std::make_unique<AiosmtpdProcess>();
    QVERIFY2(m_strict->start(options), qPrintable(m_strict->errorString()));
}

QStringList TestCliScenario::connection(quint16 port, const QString &security) const
{
    return {QStringLiteral("--host"),       QStringLiteral("localhost"),
            QStringLiteral("--port"),       QString::number(port),
            QStringLiteral("--security"),   security,
            QStringLiteral("--ca-file"),    CertificateFactory::shared().ca.certificate,
            QStringLiteral("--local-name"), QStringLiteral("client.test"),
            QStringLiteral("--timeout"),    QStringLiteral("5"),
            QStringLiteral("--json")};
}

void TestCliScenario::scenarioPasses()
{
    QVERIFY(writeFile(file(QStringLiteral("pass.scenario")), "# checks the greeting and STARTTLS\n"
                                                             "expect 220\n"
                                                             "ehlo\n"
                                                             "expect 250 ~ ^STARTTLS$\n"
                                                             "starttls\n"
                                                             "expect 2xx\n"
                                                             "send NOOP\n"
                                                             "expect 250\n"
                                                             "quit\n"
                                                             "expect 221\n"));
    const CliRun run =
        runCli(connection(m_open->port()) << QStringLiteral("--scenario") << file(QStringLiteral("pass.scenario")),
               m_dir.path());
    QVERIFY2(run.exitStatus == 0, run.output().constData());
    const QList<QJsonObject> checks = run.ofKind(QStringLiteral("expectation"));
    QCOMPARE(checks.size(), 5);
    for (const QJsonObject &check : checks)
        QVERIFY2(check.value(QStringLiteral("passed")).toBool(), run.output().constData());
    QCOMPARE(checks.at(1).value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(checks.at(1).value(QStringLiteral("expect")).toString(), QStringLiteral("250 ~ ^STARTTLS$"));
    QVERIFY(run.result().value(QStringLiteral("ok")).toBool());
    QVERIFY(run.result().value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
}

void TestCliScenario::failedExpectationIsExitTen()
{
    QVERIFY(writeFile(file(QStringLiteral("fail.scenario")), "ehlo\nsend VRFY postmaster\nexpect 250\nsend NOOP\n"));
    const CliRun run =
        runCli(connection(m_open->port()) << QStringLiteral("--scenario") << file(QStringLiteral("fail.scenario")),
               m_dir.path());
    QCOMPARE(run.exitStatus, 10);
    const QJsonObject error = run.result().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("ExpectationFailed"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("fail.scenario:3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("252")), qPrintable(message));
    // The step after the failed expectation was never sent.
    QVERIFY(!run.out.contains("\"C: NOOP") && !run.out.contains("\"text\":\"NOOP\""));
}

void TestCliScenario::scenarioFileErrorsNameEveryLine()
{
    QVERIFY(writeFile(file(QStringLiteral("bad.scenario")), "ehlo\nexpect 999\nsend DATA\nfrobnicate\n"));
    const CliRun run =
        runCli(connection(m_open->port()) << QStringLiteral("--scenario") << file(QStringLiteral("bad.scenario")),
               m_dir.path());
    QCOMPARE(run.exitStatus, 1);
    const QString message =
        run.result().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    for (const QString &line :
         {QStringLiteral("bad.scenario:2"), QStringLiteral("bad.scenario:3"), QStringLiteral("bad.scenario:4")})
        QVERIFY2(message.contains(line), qPrintable(message));
}

void TestCliScenario::recordingReplaysGreenThenRedAgainstAChangedServer()
{
    // An ordinary plaintext session with a message, recorded against the open server.
    const QString recording = file(QStringLiteral("recorded.scenario"));
    const QStringList message{QStringLiteral("--from"), QStringLiteral("a@client.test"), QStringLiteral("--to"),
                              QStringLiteral("b@aiosmtpd.test")};
    const CliRun recorded =
        runCli(connection(m_open->port(), QStringLiteral("none")) + message << QStringLiteral("--record") << recording,
               m_dir.path());
    QVERIFY2(recorded.exitStatus == 0, recorded.output().constData());
    QFile written(recording);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY2(text.contains("\nmessage\nexpect 250\n"), text.constData());
    QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    const CliRun green = runCli(connection(m_open->port(), QStringLiteral("none")) + message
                                    << QStringLiteral("--scenario") << recording,
                                m_dir.path());
    QVERIFY2(green.exitStatus == 0, green.output().constData());

    // The strict server wants STARTTLS before MAIL: the recording's message step now gets a refusal.
    const CliRun red = runCli(connection(m_strict->port(), QStringLiteral("none")) + message
                                  << QStringLiteral("--scenario") << recording,
                              m_dir.path());
    QVERIFY2(red.exitStatus == 10, red.output().constData());
    const QString failure =
        red.result().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(failure.contains(QStringLiteral("recorded.scenario:")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("530")), qPrintable(failure));
}

void TestCliScenario::probesFindPolicyFailures()
{
    const qsizetype messagesBefore = m_open->storedMessages().size();
    const CliRun run = runCli(connection(m_open->port())
                                  << QStringLiteral("--probe") << QStringLiteral("starttls-required,open-relay,expn"),
                              m_dir.path());
    QCOMPARE(run.exitStatus, 12);
    const QList<QJsonObject> findings = run.ofKind(QStringLiteral("finding"));
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).value(QStringLiteral("probe")).toString(), QStringLiteral("starttls-required"));
    QCOMPARE(findings.at(0).value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QCOMPARE(findings.at(1).value(QStringLiteral("probe")).toString(), QStringLiteral("open-relay"));
    QCOMPARE(findings.at(1).value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    QCOMPARE(findings.at(2).value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QCOMPARE(run.result().value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(run.result().value(QStringLiteral("exit_status")).toInt(), 12);
    // No probe ever sends a message.
    QCOMPARE(m_open->storedMessages().size(), messagesBefore);
}

void TestCliScenario::probePassesAgainstAStrictServer()
{
    QStringList arguments = connection(m_strict->port());
    arguments.removeAll(QStringLiteral("--json"));
    const CliRun run =
        runCli(arguments << QStringLiteral("--probe") << QStringLiteral("starttls-required"), m_dir.path());
    QVERIFY2(run.exitStatus == 0, run.output().constData());
    QVERIFY2(run.out.startsWith("[PASS] starttls-required: "), run.out.constData());
    QVERIFY2(run.out.contains("Probes: 1 passed"), run.out.constData());
}

void TestCliScenario::probeOfNothingListeningIsAConnectionFailure()
{
    quint16 port = 0;
    {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost));
        port = free.serverPort();
    }
    QStringList arguments = connection(port);
    arguments[1] = QStringLiteral("127.0.0.1");
    const CliRun run = runCli(arguments << QStringLiteral("--probe") << QStringLiteral("vrfy"), m_dir.path());
    QCOMPARE(run.exitStatus, 2);
    QCOMPARE(run.result().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ConnectFailed"));
}

void TestCliScenario::flagsThatDoNotGoTogetherAreRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("scenario and probe") << QStringList{QStringLiteral("--scenario"), QStringLiteral("x"),
                                                       QStringLiteral("--probe"), QStringLiteral("vrfy")};
    QTest::addRow("unknown probe") << QStringList{QStringLiteral("--probe"), QStringLiteral("vrfy,open-rleay")};
    QTest::addRow("probe with a message")
        << QStringList{QStringLiteral("--probe"), QStringLiteral("all"), QStringLiteral("--data"), QStringLiteral("-")};
    QTest::addRow("record with check-all")
        << QStringList{QStringLiteral("--record"), QStringLiteral("r"), QStringLiteral("--check-all")};
    QTest::addRow("missing scenario file") << QStringList{QStringLiteral("--scenario"), QStringLiteral("/nonexistent")};
}

void TestCliScenario::flagsThatDoNotGoTogetherAreRefused()
{
    QFETCH(QStringList, extra);
    const CliRun run = runCli(connection(m_open->port()) + extra, m_dir.path());
    QCOMPARE(run.exitStatus, 1);
    QVERIFY(run.result().contains(QStringLiteral("error")));
}

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cliscenario.moc"
