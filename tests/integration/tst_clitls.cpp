// The TLS offer flags of smtp-workbench-cli (--tls-min, --tls-max, --ciphers) against aiosmtpd with STARTTLS: the
// version and cipher the report names, the version aiosmtpd saw, and the exit statuses of values that cannot be
// used. Also --security starttls-opportunistic against aiosmtpd with and without STARTTLS, and --get-peer-chain.

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 30000;

QStringList startTlsArguments(quint16 port, const QString &security = QStringLiteral("starttls"))
{
    return {QStringLiteral("--host"),      QStringLiteral("localhost"),  QStringLiteral("--port"),
            QString::number(port),         QStringLiteral("--security"), security,
            QStringLiteral("--timeout"),   QStringLiteral("5"),          QStringLiteral("--local-name"),
            QStringLiteral("client.test"), QStringLiteral("--ca-file"),  CertificateFactory::shared().ca.certificate,
            QStringLiteral("--json")};
}

} // namespace

class TestCliTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offeredVersionsAndCiphers_data();
    void offeredVersionsAndCiphers();
    void aiosmtpdSeesTheVersion();
    void unusableValuesAreExit1_data();
    void unusableValuesAreExit1();
    void opportunisticUsesOfferedStartTls();
    void opportunisticGoesOnWithoutAnOffer();
    void peerChainWrittenVerifiedOrNot_data();
    void peerChainWrittenVerifiedOrNot();
    void peerChainWithoutTlsIsExit1();

private:
    CliRun run(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(SMTP_CLI_BINARY), arguments, m_dir.filePath(QStringLiteral("config")), {},
                      processWaitMs);
    }

    QTemporaryDir m_dir;
    AiosmtpdProcess m_server;
};

void TestCliTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed for /usr/bin/python3");
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.storeMessages = true;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestCliTls::offeredVersionsAndCiphers_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<QString>("note");
    QTest::addRow("default") << QStringList{} << QStringLiteral("TLS 1.3") << QString() << QString();
    QTest::addRow("at most 1.2") << QStringList{QStringLiteral("--tls-max"), QStringLiteral("1.2")}
                                 << QStringLiteral("TLS 1.2") << QString()
                                 << QStringLiteral("Offering TLS 1.2 to 1.2.");
    // A range that stops below 1.3 is OpenSSL's MaxProtocol: Qt has no name for it.
    QTest::addRow("1.1 to 1.2") << QStringList{QStringLiteral("--tls-min"), QStringLiteral("1.1"),
                                               QStringLiteral("--tls-max"), QStringLiteral("1.2")}
                                << QStringLiteral("TLS 1.2") << QString() << QStringLiteral("Offering TLS 1.1 to 1.2.");
    QTest::addRow("at least 1.3") << QStringList{QStringLiteral("--tls-min"), QStringLiteral("1.3")}
                                  << QStringLiteral("TLS 1.3") << QString()
                                  << QStringLiteral("Offering TLS 1.3 to 1.3.");
    QTest::addRow("a TLS 1.2 cipher") << QStringList{QStringLiteral("--tls-max"), QStringLiteral("1.2"),
                                                     QStringLiteral("--ciphers"),
                                                     QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")}
                                      << QStringLiteral("TLS 1.2") << QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")
                                      << QStringLiteral("Offering the ciphers ECDHE-ECDSA-AES128-GCM-SHA256.");
    QTest::addRow("a TLS 1.3 suite") << QStringList{QStringLiteral("--ciphers"),
                                                    QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")}
                                     << QStringLiteral("TLS 1.3") << QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")
                                     << QStringLiteral("Offering the ciphers TLS_CHACHA20_POLY1305_SHA256.");
}

void TestCliTls::offeredVersionsAndCiphers()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, protocol);
    QFETCH(QString, cipher);
    QFETCH(QString, note);
    const CliRun result =
        run(startTlsArguments(m_server.port()) + flags << QStringLiteral("--quit-after") << QStringLiteral("tls"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    const QJsonObject tls = result.result().value(QStringLiteral("tls")).toObject();
    QCOMPARE(tls.value(QStringLiteral("protocol")).toString(), protocol);
    QVERIFY(tls.value(QStringLiteral("verified")).toBool());
    if (!cipher.isEmpty())
        QCOMPARE(tls.value(QStringLiteral("cipher")).toString(), cipher);
    if (!note.isEmpty())
        QVERIFY2(result.output().contains(note.toUtf8()), qPrintable(result.describe()));
}

void TestCliTls::aiosmtpdSeesTheVersion()
{
    const qsizetype before = m_server.storedMessages().size();
    const CliRun result =
        run(startTlsArguments(m_server.port())
            << QStringLiteral("--tls-max") << QStringLiteral("1.2") << QStringLiteral("--from")
            << QStringLiteral("a@example.org") << QStringLiteral("--to") << QStringLiteral("b@example.org"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.storedMessages().size(), before + 1, processWaitMs);
    const QJsonObject envelope = m_server.storedMessages().constLast().envelope;
    QCOMPARE(envelope.value(QStringLiteral("tls_version")).toString(), QStringLiteral("TLSv1.2"));
}

void TestCliTls::unusableValuesAreExit1_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown version") << QStringList{QStringLiteral("--tls-min"), QStringLiteral("1.4")}
                                     << QStringLiteral("--tls-min must be 1.0, 1.1, 1.2 or 1.3, not");
    QTest::addRow("lowest above highest") << QStringList{QStringLiteral("--tls-min"), QStringLiteral("1.3"),
                                                         QStringLiteral("--tls-max"), QStringLiteral("1.2")}
                                          << QStringLiteral("The lowest TLS version (1.3) is above the highest (1.2).");
    QTest::addRow("no known cipher") << QStringList{QStringLiteral("--ciphers"), QStringLiteral("NOPE:ALSO-NOT")}
                                     << QStringLiteral("--ciphers: The TLS library knows none of the ciphers "
                                                       "NOPE:ALSO-NOT.");
    QTest::addRow("no known suite") << QStringList{QStringLiteral("--ciphers"), QStringLiteral("TLS_NOPE")}
                                    << QStringLiteral("knows none of the ciphers TLS_NOPE.");
}

void TestCliTls::unusableValuesAreExit1()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    // Port 9: nothing listens, and nothing must be dialled before the values are refused.
    const CliRun result = run(startTlsArguments(9) + flags);
    QVERIFY2(result.finished, qPrintable(result.describe()));
    QCOMPARE(result.exitStatus, 1);
    QVERIFY2(result.output().contains(message.toUtf8()), qPrintable(result.describe()));
}

void TestCliTls::opportunisticUsesOfferedStartTls()
{
    const qsizetype before = m_server.storedMessages().size();
    const CliRun result = run(startTlsArguments(m_server.port(), QStringLiteral("starttls-opportunistic"))
                              << QStringLiteral("--from") << QStringLiteral("a@example.org") << QStringLiteral("--to")
                              << QStringLiteral("b@example.org"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    QVERIFY2(!result.output().contains("did not offer STARTTLS"), qPrintable(result.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.storedMessages().size(), before + 1, processWaitMs);
    QVERIFY(m_server.storedMessages().constLast().envelope.value(QStringLiteral("tls")).toBool());
}

void TestCliTls::opportunisticGoesOnWithoutAnOffer()
{
    AiosmtpdProcess plain;
    AiosmtpdOptions options;
    options.storeMessages = true;
    QVERIFY2(plain.start(options), qPrintable(plain.errorString()));
    const CliRun result = run(startTlsArguments(plain.port(), QStringLiteral("starttls-opportunistic"))
                              << QStringLiteral("--from") << QStringLiteral("a@example.org") << QStringLiteral("--to")
                              << QStringLiteral("b@example.org"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    QVERIFY2(result.output().contains("did not offer STARTTLS"), qPrintable(result.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(plain.storedMessages().size(), 1, processWaitMs);
    QVERIFY(!plain.storedMessages().constLast().envelope.value(QStringLiteral("tls")).toBool());

    // The same server with STARTTLS required: exit 4, nothing sent.
    const CliRun required =
        run(startTlsArguments(plain.port()) << QStringLiteral("--from") << QStringLiteral("a@example.org")
                                            << QStringLiteral("--to") << QStringLiteral("b@example.org"));
    QVERIFY2(required.exitStatus == 4, qPrintable(required.describe()));
    QCOMPARE(plain.storedMessages().size(), 1);
}

void TestCliTls::peerChainWrittenVerifiedOrNot_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitStatus");
    QTest::addRow("verified") << QStringList{} << 0;
    // A certificate refused for the name is the one most worth taking away to look at.
    QTest::addRow("refused for the name")
        << QStringList{QStringLiteral("--server-name"), QStringLiteral("other.test")} << 5;
}

void TestCliTls::peerChainWrittenVerifiedOrNot()
{
    QFETCH(QStringList, flags);
    QFETCH(int, exitStatus);
    const QString chainFile = m_dir.filePath(QStringLiteral("chain-%1.pem").arg(exitStatus));
    const CliRun result =
        run(startTlsArguments(m_server.port()) + flags << QStringLiteral("--get-peer-chain") << chainFile
                                                       << QStringLiteral("--quit-after") << QStringLiteral("tls"));
    QVERIFY2(result.exitStatus == exitStatus, qPrintable(result.describe()));
    // aiosmtpd sends its certificate alone, exactly as the factory made it.
    const QList<QSslCertificate> written = QSslCertificate::fromPath(chainFile);
    QCOMPARE(written, QList<QSslCertificate>{CertificateFactory::serverCertificate(ServerCertificate::Valid)});
}

void TestCliTls::peerChainWithoutTlsIsExit1()
{
    AiosmtpdProcess plain;
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    const QString chainFile = m_dir.filePath(QStringLiteral("none.pem"));
    const CliRun result =
        run(startTlsArguments(plain.port(), QStringLiteral("none")) << QStringLiteral("--get-peer-chain") << chainFile);
    QVERIFY2(result.exitStatus == 1, qPrintable(result.describe()));
    QVERIFY2(result.output().contains("the server sent no certificate"), qPrintable(result.describe()));
    QVERIFY(!QFileInfo::exists(chainFile));
    const CliRun missingFolder =
        run(startTlsArguments(plain.port(), QStringLiteral("none"))
            << QStringLiteral("--get-peer-chain") << m_dir.filePath(QStringLiteral("nowhere/chain.pem")));
    QVERIFY2(missingFolder.exitStatus == 1, qPrintable(missingFolder.describe()));
    QVERIFY2(missingFolder.output().contains("--get-peer-chain: the directory of"),
             qPrintable(missingFolder.describe()));
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_clitls.moc"
