// --nagios and certificate memory as monitoring sees them: the built binary against two aiosmtpd servers whose
// certificates have different keys, one profile remembering the first.

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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

QJsonObject memoryOf(const CliRun &run)
{
    return run.result().value(QStringLiteral("certificate_memory")).toObject();
}

} // namespace

class TestCliMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nagiosLineForAHealthyServer();
    void nagiosLineForAFailure();
    void rememberedCertificateIsComparedOnLaterRuns();
    void flagsThatNeedAnotherAreRefused_data();
    void flagsThatNeedAnotherAreRefused();

private:
    QStringList connection(quint16 port) const;

    std::unique_ptr<AiosmtpdProcess> m_server;  // EC key
    std::unique_ptr<AiosmtpdProcess> m_rekeyed; // the same names, another (RSA) key
    QTemporaryDir m_config;
};

void TestCliMonitoring::initTestCase()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    QVERIFY(m_config.isValid());
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    m_server = std::make_unique<AiosmtpdProcess>();
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    options.certificate = ServerCertificate::ValidRsa;
    m_rekeyed = std::make_unique<AiosmtpdProcess>();
    QVERIFY2(m_rekeyed->start(options), qPrintable(m_rekeyed->errorString()));
}

QStringList TestCliMonitoring::connection(quint16 port) const
{
    return {QStringLiteral("--host"),       QStringLiteral("localhost"),
            QStringLiteral("--port"),       QString::number(port),
            QStringLiteral("--security"),   QStringLiteral("starttls"),
            QStringLiteral("--ca-file"),    CertificateFactory::shared().ca.certificate,
            QStringLiteral("--local-name"), QStringLiteral("client.test"),
            QStringLiteral("--timeout"),    QStringLiteral("5")};
}

void TestCliMonitoring::nagiosLineForAHealthyServer()
{
    const CliRun run = runCli(connection(m_server->port()) << QStringLiteral("--nagios"), m_config.path());
    QVERIFY2(run.exitStatus == 0, run.output().constData());
    const QString line = QString::fromUtf8(run.out);
    QVERIFY2(line.startsWith(QStringLiteral("SMTP OK - localhost:%1: TLS 1.").arg(m_server->port())), run.out);
    QVERIFY2(line.contains(QRegularExpression(QStringLiteral(" \\| time=\\d+\\.\\d{3}s cert_days=\\d+;21;7\\n$"))),
             run.out);
    QCOMPARE(run.out.count('\n'), 1);

    // The test certificate lives for months: a warning threshold beyond it turns the same server into a WARNING.
    const CliRun warned =
        runCli(connection(m_server->port())
                   << QStringLiteral("--nagios") << QStringLiteral("--warn-days") << QStringLiteral("3650"),
               m_config.path());
    QVERIFY2(warned.exitStatus == 1, warned.output().constData());
    QVERIFY2(warned.out.startsWith("SMTP WARNING - "), warned.out.constData());
}

void TestCliMonitoring::nagiosLineForAFailure()
{
    QStringList arguments = connection(m_server->port());
    arguments.removeAt(arguments.indexOf(QStringLiteral("--ca-file")) + 1);
    arguments.removeAll(QStringLiteral("--ca-file"));
    const CliRun run = runCli(arguments << QStringLiteral("--nagios"), m_config.path());
    QVERIFY2(run.exitStatus == 2, run.output().constData());
    QVERIFY2(run.out.startsWith("SMTP CRITICAL - "), run.out.constData());
    QVERIFY2(run.out.contains("not trusted"), run.out.constData());
}

void TestCliMonitoring::rememberedCertificateIsComparedOnLaterRuns()
{
    const CliRun saved =
        runCli(connection(m_server->port()) << QStringLiteral("--save-profile") << QStringLiteral("Monitored/mx"),
               m_config.path());
    QVERIFY2(saved.exitStatus == 0, saved.output().constData());
    const QStringList profile{QStringLiteral("--profile"), QStringLiteral("Monitored/mx"), QStringLiteral("--json")};

    const CliRun first = runCli(profile + QStringList{QStringLiteral("--remember")}, m_config.path());
    QVERIFY2(first.exitStatus == 0, first.output().constData());
    QCOMPARE(memoryOf(first).value(QStringLiteral("state")).toString(), QStringLiteral("first"));

    const CliRun same = runCli(profile, m_config.path());
    QVERIFY2(same.exitStatus == 0, same.output().constData());
    QCOMPARE(memoryOf(same).value(QStringLiteral("state")).toString(), QStringLiteral("same"));
    QVERIFY(!memoryOf(same).value(QStringLiteral("remembered_since")).toString().isEmpty());

    // The same profile, now answered by a server with another key.
    const QStringList elsewhere{QStringLiteral("--port"), QString::number(m_rekeyed->port())};
    const CliRun changed = runCli(profile + elsewhere, m_config.path());
    QVERIFY2(changed.exitStatus == 0, changed.output().constData());
    QCOMPARE(memoryOf(changed).value(QStringLiteral("state")).toString(), QStringLiteral("changed"));
    QCOMPARE(memoryOf(changed).value(QStringLiteral("key_changed")).toBool(), true);

    const CliRun text =
        runCli(QStringList{QStringLiteral("--profile"), QStringLiteral("Monitored/mx")} + elsewhere, m_config.path());
    QVERIFY2(text.err.contains("KEY changed"), text.output().constData());

    const CliRun nagios =
        runCli(QStringList{QStringLiteral("--profile"), QStringLiteral("Monitored/mx"), QStringLiteral("--nagios")} +
                   elsewhere,
               m_config.path());
    QVERIFY2(nagios.exitStatus == 1, nagios.output().constData());
    QVERIFY2(nagios.out.startsWith("SMTP WARNING - "), nagios.out.constData());

    // Accepting the new key: --remember again, and the next run finds it the same.
    const CliRun accepted = runCli(profile + elsewhere + QStringList{QStringLiteral("--remember")}, m_config.path());
    QVERIFY2(accepted.exitStatus == 0, accepted.output().constData());
    const CliRun after = runCli(profile + elsewhere, m_config.path());
    QCOMPARE(memoryOf(after).value(QStringLiteral("state")).toString(), QStringLiteral("same"));
}

void TestCliMonitoring::flagsThatNeedAnotherAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitStatus");
    QTest::addRow("remember without a profile") << QStringList{QStringLiteral("--remember")} << 1;
    QTest::addRow("warn-days without nagios") << QStringList{QStringLiteral("--warn-days"), QStringLiteral("30")} << 1;
    QTest::addRow("crit above warn") << QStringList{QStringLiteral("--nagios"), QStringLiteral("--crit-days"),
                                                    QStringLiteral("30")}
                                     << 3;
    QTest::addRow("nagios with a batch") << QStringList{QStringLiteral("--nagios"), QStringLiteral("--matrix")} << 3;
}

void TestCliMonitoring::flagsThatNeedAnotherAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitStatus);
    const CliRun run = runCli(connection(m_server->port()) + arguments, m_config.path());
    QVERIFY2(run.exitStatus == exitStatus, run.output().constData());
    if (exitStatus == 3)
        QVERIFY2(run.out.startsWith("SMTP UNKNOWN - "), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliMonitoring)
#include "tst_climonitoring.moc"
