// --ocsp: a stapled OCSP response asked for, reported and checked, against openssl s_server stapling responses made
// by `openssl ocsp` for the test PKI (good, revoked, signed by a CA nobody trusts) or none. The session's report, its
// transcript and the command line's JSON and exit status (and its --get-peer-chain with a chain of two).

#include "core/session/sessionresult.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"
#include "tests/support/opensslserver.h"
#include "tests/support/sessionrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 30000;

/// What the OCSP responder says, and who signs it.
enum class Stapled
{
    Nothing,
    Good,
    Revoked,
    SignedByStranger,
};

} // namespace

Q_DECLARE_METATYPE(Stapled)

class TestOcspStapling final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionReport_data();
    void sessionReport();
    void notAskedNotReported();
    void commandLineJsonAndExitStatus_data();
    void commandLineJsonAndExitStatus();

private:
    /// A DER OCSP response for the Valid leaf, as `openssl ocsp` makes it; empty (a test failure) when openssl fails.
    QString responseFile(Stapled stapled);
    /// s_server presenting the Valid leaf and the test CA behind it, stapling what \a stapled says.
    bool startServer(OpensslServer &server, Stapled stapled);

    QTemporaryDir m_dir;
};

void TestOcspStapling::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestOcspStapling::responseFile(Stapled stapled)
{
    const CertificateSet &pki = CertificateFactory::shared();
    const QString name = QStringLiteral("response-%1").arg(int(stapled));
    const OpensslRun serial =
        CertificateFactory::runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), pki.valid.certificate,
                                        QStringLiteral("-noout"), QStringLiteral("-serial")},
                                       m_dir.path());
    if (!serial.ok)
        return {};
    const QByteArray serialHex = serial.output.trimmed().mid(serial.output.indexOf('=') + 1);
    // An index line as `openssl ca` keeps it: status, expiry, revocation (date and reason), serial, file, subject.
    const QByteArray revocation = stapled == Stapled::Revoked ? QByteArrayLiteral("251101000000Z,keyCompromise") : "";
    QFile index(m_dir.filePath(name + QStringLiteral(".index")));
    if (!index.open(QIODevice::WriteOnly))
        return {};
    index.write((stapled == Stapled::Revoked ? "R" : "V") + QByteArray("\t351231000000Z\t") + revocation + '\t' +
                serialHex + "\tunknown\t/CN=localhost\n");
    index.close();
    const QString request = m_dir.filePath(name + QStringLiteral(".request"));
    const QString response = m_dir.filePath(name + QStringLiteral(".der"));
    const CertificateFiles &signer = stapled == Stapled::SignedByStranger ? pki.unknownRoot : pki.ca;
    const QList<QStringList> steps{
        {QStringLiteral("ocsp"), QStringLiteral("-issuer"), pki.ca.certificate, QStringLiteral("-cert"),
         pki.valid.certificate, QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), request},
        {QStringLiteral("ocsp"), QStringLiteral("-index"), index.fileName(), QStringLiteral("-CA"), pki.ca.certificate,
         QStringLiteral("-rsigner"), signer.certificate, QStringLiteral("-rkey"), signer.key, QStringLiteral("-reqin"),
         request, QStringLiteral("-respout"), response, QStringLiteral("-ndays"), QStringLiteral("1")},
    };
    for (const QStringList &step : steps) {
        if (const OpensslRun run = CertificateFactory::runOpenssl(step, m_dir.path()); !run.ok) {
            qWarning("%s", qPrintable(run.error));
            return {};
        }
    }
    return response;
}

bool TestOcspStapling::startServer(OpensslServer &server, Stapled stapled)
{
    const CertificateSet &pki = CertificateFactory::shared();
    QStringList options;
    if (stapled != Stapled::Nothing) {
        const QString response = responseFile(stapled);
        if (response.isEmpty())
            return false;
        options << QStringLiteral("-status_file") << response;
    }
    const bool started = server.start(pki.valid.certificate, pki.valid.key, pki.ca.certificate, options,
                                      OpensslServer::Conversation::Smtp);
    if (!started)
        qWarning("%s", qPrintable(server.errorString()));
    return started;
}

void TestOcspStapling::sessionReport_data()
{
    QTest::addColumn<Stapled>("stapled");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("transcriptLine");
    QTest::addRow("good") << Stapled::Good << ErrorCode::None << true << QStringLiteral("good")
                          << QStringLiteral("OCSP: good, signed by SMTP Workbench Test CA (response verified).");
    QTest::addRow("revoked") << Stapled::Revoked << ErrorCode::CertificateUntrusted << true << QStringLiteral("revoked")
                             << QStringLiteral("OCSP: revoked (key compromise), signed by SMTP Workbench Test CA");
    QTest::addRow("signed by a stranger")
        << Stapled::SignedByStranger << ErrorCode::None << false << QStringLiteral("good")
        << QStringLiteral("OCSP: the stapled response cannot be trusted: the response is not signed by the "
                          "certificate's issuer or a responder it delegated to. It claims: good.");
    QTest::addRow("nothing stapled") << Stapled::Nothing << ErrorCode::None << false << QString()
                                     << QStringLiteral("OCSP: the server stapled no response.");
}

void TestOcspStapling::sessionReport()
{
    QFETCH(Stapled, stapled);
    QFETCH(ErrorCode, error);
    QFETCH(bool, trusted);
    QFETCH(QString, status);
    QFETCH(QString, transcriptLine);
    OpensslServer server;
    QVERIFY(startServer(server, stapled));
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::Implicit);
    settings.requestOcsp = true;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QCOMPARE(outcome.result.error.code, error);
    QVERIFY2(outcome.result.tls && outcome.result.tls->ocsp, qPrintable(outcome.text()));
    const OcspReport &ocsp = *outcome.result.tls->ocsp;
    QCOMPARE(ocsp.stapled, stapled != Stapled::Nothing);
    QCOMPARE(ocsp.trusted, trusted);
    QCOMPARE(ocsp.status, status);
    QVERIFY2(outcome.text().contains(transcriptLine), qPrintable(outcome.text()));
    // Only a trusted "revoked" refuses the certificate, as OpenSSL's verifier would with a CRL listing it.
    const QList<VerificationError> &errors = outcome.result.tls->verifyErrors;
    const bool revokedError = std::any_of(errors.cbegin(), errors.cend(),
                                          [](const VerificationError &e) { return e.x509Error == 23 && e.depth == 0; });
    QCOMPARE(revokedError, stapled == Stapled::Revoked);
    QCOMPARE(outcome.result.tls->verified, stapled != Stapled::Revoked);
}

void TestOcspStapling::notAskedNotReported()
{
    OpensslServer server;
    QVERIFY(startServer(server, Stapled::Revoked));
    const SessionOutcome outcome = runSession(testSettings(server.port(), SecurityMode::Implicit));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls && !outcome.result.tls->ocsp);
    QVERIFY(!outcome.text().contains(QStringLiteral("OCSP")));
}

void TestOcspStapling::commandLineJsonAndExitStatus_data()
{
    QTest::addColumn<Stapled>("stapled");
    QTest::addColumn<int>("exitStatus");
    QTest::addColumn<QString>("status");
    QTest::addRow("good") << Stapled::Good << 0 << QStringLiteral("good");
    QTest::addRow("revoked") << Stapled::Revoked << 5 << QStringLiteral("revoked");
}

void TestOcspStapling::commandLineJsonAndExitStatus()
{
    QFETCH(Stapled, stapled);
    QFETCH(int, exitStatus);
    QFETCH(QString, status);
    OpensslServer server;
    QVERIFY(startServer(server, stapled));
    const QString chainFile = m_dir.filePath(QStringLiteral("chain-%1.pem").arg(exitStatus));
    const CliRun run =
        runCli(QStringLiteral(SMTP_CLI_BINARY),
               {QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
                QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("implicit"),
                QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--local-name"),
                QStringLiteral("client.test"), QStringLiteral("--ca-file"), CertificateFactory::shared().ca.certificate,
                QStringLiteral("--ocsp"), QStringLiteral("--json"), QStringLiteral("--get-peer-chain"), chainFile},
               m_dir.filePath(QStringLiteral("config")), {}, processWaitMs);
    QVERIFY2(run.exitStatus == exitStatus, qPrintable(run.describe()));
    const QJsonObject ocsp =
        run.result().value(QStringLiteral("tls")).toObject().value(QStringLiteral("ocsp")).toObject();
    QVERIFY2(ocsp.value(QStringLiteral("stapled")).toBool(), qPrintable(run.describe()));
    QCOMPARE(ocsp.value(QStringLiteral("status")).toString(), status);
    QVERIFY(ocsp.value(QStringLiteral("trusted")).toBool());
    QVERIFY2(run.output().contains("Asking for a stapled OCSP response."), qPrintable(run.describe()));
    // --get-peer-chain with a chain of two, as sent (the server's certificate, then the CA), verified or revoked.
    const QList<QSslCertificate> expectedChain{CertificateFactory::serverCertificate(ServerCertificate::Valid),
                                               CertificateFactory::caCertificate()};
    QCOMPARE(QSslCertificate::fromPath(chainFile), expectedChain);
}

QTEST_GUILESS_MAIN(TestOcspStapling)
#include "tst_ocspstapling.moc"
