// What OpenSSL knows of a connection and Qt does not tell, read by TlsInspection, against openssl s_server: the
// key-exchange group and the server's signature (the names s_client prints as "Server Temp Key" and "Peer signature
// type"/"Peer signing digest"), whether the server asked for a client certificate and which CAs it named, and the key
// log of --keylog, compared line for line with the one s_server writes for the same connection.

#include "core/session/sessionresult.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"
#include "tests/support/opensslserver.h"
#include "tests/support/sessionrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 30000;

QSet<QByteArray> keyLogLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.insert(line);
    }
    return lines;
}

} // namespace

class TestTlsInspection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyExchangeAndSignature_data();
    void keyExchangeAndSignature();
    void clientCertificateRequestWithCaNames();
    void requiredClientCertificateNamedOnFailure();
    void keyLogEqualsTheServers_data();
    void keyLogEqualsTheServers();
    void keyLogAppendsAndTightens();

private:
    CliRun runCli(quint16 port, const QStringList &flags) const
    {
        return SmtpTest::runCli(
            QStringLiteral(SMTP_CLI_BINARY),
            QStringList{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                        QString::number(port), QStringLiteral("--security"), QStringLiteral("implicit"),
                        QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--local-name"),
                        QStringLiteral("client.test"), QStringLiteral("--ca-file"),
                        CertificateFactory::shared().ca.certificate, QStringLiteral("--json")} +
                flags,
            m_dir.filePath(QStringLiteral("config")), {}, processWaitMs);
    }

    QTemporaryDir m_dir;
};

void TestTlsInspection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTlsInspection::keyExchangeAndSignature_data()
{
    QTest::addColumn<bool>("rsa");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("keyExchange");
    QTest::addColumn<QString>("signature");
    QTest::addRow("EC leaf, TLS 1.3") << false << QStringList{} << QStringLiteral("X25519")
                                      << QStringLiteral("ECDSA SHA256");
    QTest::addRow("RSA leaf, TLS 1.3, P-256") << true << QStringList{QStringLiteral("-groups"), QStringLiteral("P-256")}
                                              << QStringLiteral("prime256v1") << QStringLiteral("RSA-PSS SHA256");
    QTest::addRow("RSA leaf, TLS 1.3, ffdhe2048")
        << true << QStringList{QStringLiteral("-groups"), QStringLiteral("ffdhe2048")} << QStringLiteral("ffdhe2048")
        << QStringLiteral("RSA-PSS SHA256");
    QTest::addRow("RSA leaf, TLS 1.2, PKCS#1 signature")
        << true << QStringList{QStringLiteral("-tls1_2"), QStringLiteral("-sigalgs"), QStringLiteral("RSA+SHA384")}
        << QStringLiteral("X25519") << QStringLiteral("RSA SHA384");
}

void TestTlsInspection::keyExchangeAndSignature()
{
    QFETCH(bool, rsa);
    QFETCH(QStringList, options);
    QFETCH(QString, keyExchange);
    QFETCH(QString, signature);
    const CertificateSet &pki = CertificateFactory::shared();
    const CertificateFiles &leaf = rsa ? pki.validRsa : pki.valid;
    OpensslServer server;
    QVERIFY2(server.start(leaf.certificate, leaf.key, {}, options, OpensslServer::Conversation::Smtp),
             qPrintable(server.errorString()));
    const SessionOutcome outcome = runSession(testSettings(server.port(), SecurityMode::Implicit));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.tls->keyExchange, keyExchange);
    QCOMPARE(outcome.result.tls->serverSignature, signature);
    QVERIFY(!outcome.result.tls->clientCertificateRequested);
    const QString note = QStringLiteral("Key exchange %1, server signature %2.").arg(keyExchange, signature);
    QVERIFY2(outcome.text().contains(note), qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls->toTextLines().contains(
        QStringLiteral("  Key exchange %1, server signature %2").arg(keyExchange, signature)));
}

void TestTlsInspection::clientCertificateRequestWithCaNames()
{
    // s_server -verify asks for a certificate without insisting, and names the CAs of its -CAfile.
    const CertificateSet &pki = CertificateFactory::shared();
    OpensslServer server;
    QVERIFY2(server.start(
                 pki.valid.certificate, pki.valid.key, {},
                 {QStringLiteral("-verify"), QStringLiteral("1"), QStringLiteral("-CAfile"), pki.clientCa.certificate},
                 OpensslServer::Conversation::Smtp),
             qPrintable(server.errorString()));
    const CliRun run = runCli(server.port(), {});
    QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
    const QJsonObject tls = run.result().value(QStringLiteral("tls")).toObject();
    QVERIFY2(tls.value(QStringLiteral("client_certificate_requested")).toBool(), qPrintable(run.describe()));
    QCOMPARE(tls.value(QStringLiteral("client_ca_names")).toArray(),
             QJsonArray{QStringLiteral("CN=SMTP Workbench Test Client CA,O=SMTP Workbench Tests")});
    QVERIFY(!tls.value(QStringLiteral("client_certificate_sent")).toBool());
    QVERIFY2(
        run.output().contains(
            "The server asked for a client certificate from: CN=SMTP Workbench Test Client CA,O=SMTP Workbench Tests."),
        qPrintable(run.describe()));
}

void TestTlsInspection::requiredClientCertificateNamedOnFailure()
{
    // TLS 1.2: the handshake itself fails, and there is no report; the transcript still says what was asked for.
    const CertificateSet &pki = CertificateFactory::shared();
    OpensslServer server;
    QVERIFY2(server.start(pki.valid.certificate, pki.valid.key, {},
                          {QStringLiteral("-tls1_2"), QStringLiteral("-Verify"), QStringLiteral("1"),
                           QStringLiteral("-CAfile"), pki.clientCa.certificate},
                          OpensslServer::Conversation::Smtp),
             qPrintable(server.errorString()));
    const SessionOutcome outcome = runSession(testSettings(server.port(), SecurityMode::Implicit));
    QCOMPARE(outcome.result.error.code, ErrorCode::TlsHandshakeFailed);
    QVERIFY2(outcome.text().contains(QStringLiteral("The server asked for a client certificate from: CN=SMTP Workbench "
                                                    "Test Client CA,O=SMTP Workbench Tests.")),
             qPrintable(outcome.text()));
}

void TestTlsInspection::keyLogEqualsTheServers_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("TLS 1.3") << QStringList{} << QStringLiteral("CLIENT_HANDSHAKE_TRAFFIC_SECRET")
                             << QStringLiteral("tls13.keys");
    QTest::addRow("TLS 1.2") << QStringList{QStringLiteral("-tls1_2")} << QStringLiteral("CLIENT_RANDOM")
                             << QStringLiteral("tls12.keys");
}

void TestTlsInspection::keyLogEqualsTheServers()
{
    // Checked by decrypting nothing: every line has the NSS format, the file is owner-only, and the lines are the
    // ones the server logged for the same connection.
    QFETCH(QStringList, options);
    QFETCH(QString, firstLabel);
    QFETCH(QString, fileName);
    const CertificateSet &pki = CertificateFactory::shared();
    const QString serverLog = m_dir.filePath(QStringLiteral("server-") + fileName);
    const QString clientLog = m_dir.filePath(QStringLiteral("client-") + fileName);
    OpensslServer server;
    QVERIFY2(server.start(pki.valid.certificate, pki.valid.key, {},
                          options + QStringList{QStringLiteral("-keylogfile"), serverLog},
                          OpensslServer::Conversation::Smtp),
             qPrintable(server.errorString()));
    const CliRun run = runCli(server.port(), {QStringLiteral("--keylog"), clientLog});
    QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
    QVERIFY2(run.output().contains("anyone who can read it can decrypt the session"), qPrintable(run.describe()));
    QCOMPARE(QFileInfo(clientLog).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QSet<QByteArray> lines = keyLogLines(clientLog);
    QVERIFY(!lines.isEmpty());
    static const QRegularExpression format(QStringLiteral("^[A-Z0-9_]+ [0-9a-f]{64} [0-9a-f]{64,192}$"));
    for (const QByteArray &line : lines)
        QVERIFY2(format.match(QString::fromLatin1(line)).hasMatch(), line.constData());
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
        return line.startsWith(QByteArray(firstLabel.toLatin1() + ' '));
    }));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(serverLog), processWaitMs);
    QCOMPARE(lines, keyLogLines(serverLog));
    QVERIFY2(run.output().contains(QStringLiteral("Wrote %1 line(s) of TLS secrets").arg(lines.size()).toUtf8()),
             qPrintable(run.describe()));
}

void TestTlsInspection::keyLogAppendsAndTightens()
{
    // As s_client's -keylogfile, an existing log is appended to; one readable by others is made owner-only first.
    const CertificateSet &pki = CertificateFactory::shared();
    const QString clientLog = m_dir.filePath(QStringLiteral("shared.keys"));
    QFile existing(clientLog);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("# earlier session\n");
    existing.close();
    QVERIFY(existing.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther));
    OpensslServer server;
    QVERIFY2(server.start(pki.valid.certificate, pki.valid.key, {}, {}, OpensslServer::Conversation::Smtp),
             qPrintable(server.errorString()));
    const CliRun run = runCli(server.port(), {QStringLiteral("--keylog"), clientLog});
    QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
    QVERIFY(!(QFileInfo(clientLog).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QFile written(clientLog);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray contents = written.readAll();
    QVERIFY(contents.startsWith("# earlier session\n"));
    QVERIFY(contents.contains("CLIENT_TRAFFIC_SECRET_0 "));
}

QTEST_GUILESS_MAIN(TestTlsInspection)
#include "tst_tlsinspection.moc"
