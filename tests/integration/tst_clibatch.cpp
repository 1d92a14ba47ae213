// The command line's batches as scripts see them: the built binary, a private dnsmasq for the MX records and a real
// aiosmtpd, checked by exit status and the "probe" and "result" JSON lines.

#include "core/profiles/profilestore.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"
#include "tests/support/dnsmasqprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mxChecksEveryAddress();
    void failedCheckMakesTheBatchFail();
    void unknownDomainIsAResolutionFailure();
    void checkAllChecksTheSavedProfilesOfAFolder();
    void checkAllChecksDozensOfProfiles();

private:
    QStringList mxArguments(quint16 port) const;

    std::unique_ptr<AiosmtpdProcess> m_server;
    std::unique_ptr<AiosmtpdProcess> m_server6;
    std::unique_ptr<DnsmasqProcess> m_dns;
    QTemporaryDir m_config;
};

void TestCliBatch::initTestCase()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    if (DnsmasqProcess::binaryPath().isEmpty())
        QSKIP("dnsmasq is not installed (package dnsmasq-base)");
    m_server = std::make_unique<AiosmtpdProcess>();
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    // The exchanger is "localhost", which the test certificate names, at two loopback addresses.
    m_dns = std::make_unique<DnsmasqProcess>();
    // The resolver answers localhost itself with 127.0.0.1 and ::1: the same server listens on both.
    m_server6 = std::make_unique<AiosmtpdProcess>();
    options.extraArguments = {QStringLiteral("--host"), QStringLiteral("::1"), QStringLiteral("--port"),
                              QString::number(m_server->port())};
    QVERIFY2(m_server6->start(options), qPrintable(m_server6->errorString()));
    QVERIFY2(m_dns->start({QStringLiteral("--local=/test/"), QStringLiteral("--mx-host=example.test,localhost,10"),
                           QStringLiteral("--host-record=localhost,127.0.0.1"),
                           QStringLiteral("--mx-host=twice.test,localhost,10"),
                           QStringLiteral("--mx-host=twice.test,gone.twice.test,20"),
                           QStringLiteral("--host-record=gone.twice.test,127.0.0.9")}),
             qPrintable(m_dns->errorString()));
}

QStringList TestCliBatch::mxArguments(quint16 port) const
{
    return {QStringLiteral("--dns-server"), m_dns->serverAddress(),
            QStringLiteral("--port"),       QString::number(port),
            QStringLiteral("--security"),   QStringLiteral("starttls"),
            QStringLiteral("--ca-file"),    CertificateFactory::shared().ca.certificate,
            QStringLiteral("--local-name"), QStringLiteral("client.test"),
            QStringLiteral("--timeout"),    QStringLiteral("5"),
            QStringLiteral("--json")};
}

void TestCliBatch::mxChecksEveryAddress()
{
    const CliRun run =
        runCli(QStringList{QStringLiteral("--mx"), QStringLiteral("example.test")} + mxArguments(m_server->port()),
               m_config.path());
    QVERIFY2(run.exitStatus == 0, run.output().constData());
    // 127.0.0.1 and ::1 in the order they ended, then the totals.
    QCOMPARE(run.lines.size(), 3);
    QStringList addresses;
    for (const QJsonObject &probe : run.lines.mid(0, 2)) {
        QCOMPARE(probe.value(QStringLiteral("kind")).toString(), QStringLiteral("probe"));
        QCOMPARE(probe.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(probe.value(QStringLiteral("exit_status")).toInt(), 0);
        const QJsonObject target = probe.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("mx")).toString(), QStringLiteral("localhost"));
        QCOMPARE(target.value(QStringLiteral("preference")).toInt(), 10);
        QCOMPARE(target.value(QStringLiteral("port")).toInt(), m_server->port());
        QCOMPARE(target.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        addresses << target.value(QStringLiteral("address")).toString();
        // Verified for the exchanger's name, not the address dialled.
        const QJsonObject tls = probe.value(QStringLiteral("tls")).toObject();
        QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(tls.value(QStringLiteral("verification_name")).toString(), QStringLiteral("localhost"));
    }
    addresses.sort();
    QCOMPARE(addresses, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    const QJsonObject result = run.lines.last();
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
    QCOMPARE(result.value(QStringLiteral("checks")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 0);
}

void TestCliBatch::failedCheckMakesTheBatchFail()
{
    // The second exchanger's address has no server: its check fails, so the batch exits 11.
    const CliRun run =
        runCli(QStringList{QStringLiteral("--mx"), QStringLiteral("twice.test")} + mxArguments(m_server->port()),
               m_config.path());
    QCOMPARE(run.exitStatus, 11);
    QCOMPARE(run.lines.size(), 4);
    int failed = 0;
    for (const QJsonObject &line : run.lines) {
        if (line.value(QStringLiteral("kind")).toString() == QStringLiteral("probe") &&
            !line.value(QStringLiteral("ok")).toBool()) {
            ++failed;
            QCOMPARE(line.value(QStringLiteral("target")).toObject().value(QStringLiteral("mx")).toString(),
                     QStringLiteral("gone.twice.test"));
            QCOMPARE(line.value(QStringLiteral("exit_status")).toInt(), 2);
        }
    }
    QCOMPARE(failed, 1);
    QCOMPARE(run.lines.last().value(QStringLiteral("exit_status")).toInt(), 11);
}

void TestCliBatch::unknownDomainIsAResolutionFailure()
{
    const CliRun run =
        runCli(QStringList{QStringLiteral("--mx"), QStringLiteral("nowhere.test")} + mxArguments(m_server->port()),
               m_config.path());
    QCOMPARE(run.exitStatus, 2);
    QVERIFY2(run.output().contains("NXDOMAIN"), run.output().constData());
}

void TestCliBatch::checkAllChecksTheSavedProfilesOfAFolder()
{
    // The profiles where the command line finds them (XDG_CONFIG_HOME), two of them in a folder and its subfolder.
    Smtp::ProfileStore store(m_config.filePath(QStringLiteral("smtp-workbench/smtp-workbench/profiles.json")));
    QVERIFY(!store.load().isError());
    const QList<QPair<QString, QString>> names = {{QStringLiteral("One"), QStringLiteral("Customers")},
                                                  {QStringLiteral("Two"), QStringLiteral("Customers/ACME")},
                                                  {QStringLiteral("Three"), QString()}};
    for (const auto &[name, folder] : names) {
        Smtp::ConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.serverName = QStringLiteral("localhost");
        settings.port = m_server->port();
        settings.caFile = CertificateFactory::shared().ca.certificate;
        settings.localName = QStringLiteral("client.test");
        Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(settings, name);
        profile.folder = folder;
        QVERIFY(!store.add(profile).isError());
    }
    QVERIFY(!store.save().isError());

    const CliRun all = runCli(
        {QStringLiteral("--check-all"), QStringLiteral("--json"), QStringLiteral("--parallel"), QStringLiteral("2")},
        m_config.path());
    QVERIFY2(all.exitStatus == 0, all.output().constData());
    QCOMPARE(all.lines.last().value(QStringLiteral("checks")).toInt(), 3);
    const CliRun folder =
        runCli({QStringLiteral("--check-all"), QStringLiteral("Customers"), QStringLiteral("--json")}, m_config.path());
    QVERIFY2(folder.exitStatus == 0, folder.output().constData());
    QCOMPARE(folder.lines.last().value(QStringLiteral("checks")).toInt(), 2);
    QStringList profiles;
    for (const QJsonObject &line : folder.lines) {
        if (line.value(QStringLiteral("kind")).toString() == QStringLiteral("probe"))
            profiles << line.value(QStringLiteral("target")).toObject().value(QStringLiteral("profile")).toString();
    }
    profiles.sort();
    QCOMPARE(profiles, (QStringList{QStringLiteral("Customers/ACME/Two"), QStringLiteral("Customers/One")}));
    const CliRun none = runCli({QStringLiteral("--check-all"), QStringLiteral("Nowhere")}, m_config.path());
    QCOMPARE(none.exitStatus, 1);
}

void TestCliBatch::checkAllChecksDozensOfProfiles()
{
    // A fleet: 40 profiles of a server that answers and 8 of a port nobody listens on, checked 8 at a time (the bound
    // itself is asserted in tst_batchcheck); every one is reported once, and the failures make the batch fail.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Smtp::ProfileStore store(m_config.filePath(QStringLiteral("smtp-workbench/smtp-workbench/profiles.json")));
    QVERIFY(!store.load().isError());
    constexpr int answering = 40;
    constexpr int refusing = 8;
    for (int index = 0; index < answering + refusing; ++index) {
        Smtp::ConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.serverName = QStringLiteral("localhost");
        settings.port = index < answering ? m_server->port() : closedPort;
        settings.caFile = CertificateFactory::shared().ca.certificate;
        settings.localName = QStringLiteral("client.test");
        Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(settings, QStringLiteral("Server %1").arg(index));
        profile.folder = QStringLiteral("Fleet");
        QVERIFY(!store.add(profile).isError());
    }
    QVERIFY(!store.save().isError());

    const CliRun fleet = runCli({QStringLiteral("--check-all"), QStringLiteral("Fleet"), QStringLiteral("--json"),
                                 QStringLiteral("--parallel"), QStringLiteral("8")},
                                m_config.path());
    QCOMPARE(fleet.exitStatus, 11);
    QSet<QString> checked;
    int failed = 0;
    for (const QJsonObject &line : fleet.lines) {
        if (line.value(QStringLiteral("kind")).toString() != QStringLiteral("probe"))
            continue;
        checked << line.value(QStringLiteral("target")).toObject().value(QStringLiteral("profile")).toString();
        const bool refused =
            line.value(QStringLiteral("target")).toObject().value(QStringLiteral("port")).toInt() == closedPort;
        QCOMPARE(line.value(QStringLiteral("ok")).toBool(), !refused);
        failed += refused ? 1 : 0;
    }
    QCOMPARE(checked.size(), answering + refusing);
    QCOMPARE(failed, refusing);
    QCOMPARE(fleet.lines.last().value(QStringLiteral("checks")).toInt(), answering + refusing);
    QCOMPARE(fleet.lines.last().value(QStringLiteral("failed")).toInt(), refusing);
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
