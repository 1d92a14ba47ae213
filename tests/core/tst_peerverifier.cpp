// The certificate verdict is OpenSSL's: on every certificate of a matrix built to mislead a verifier, PeerVerifier
// and a real session agree with `openssl verify -purpose sslserver -verify_hostname NAME` (or -verify_ip) run on the
// same files, at the security level `openssl s_client` verifies at by default (-auth_level).

#include "core/tls/peerverifier.h"
#include "core/tls/tlssetup.h"
#include "tests/support/certificatematrix.h"
#include "tests/support/opensslserver.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

/// The (error number, depth) pairs `openssl verify` printed as "error N at D depth lookup: …".
QList<QPair<int, int>> opensslErrors(const QByteArray &output)
{
    static const QRegularExpression pattern(QStringLiteral("error (\\d+) at (\\d+) depth lookup"));
    QList<QPair<int, int>> errors;
    auto matches = pattern.globalMatch(QString::fromLocal8Bit(output));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        errors.append({match.captured(1).toInt(), match.captured(2).toInt()});
    }
    return errors;
}

/// A session over implicit TLS to openssl s_server presenting \a matrixCase's chain (for certificates a Qt server will
/// not load), trusting the case's anchor and checking its name.
SessionOutcome sessionAgainstOpensslServer(const MatrixCase &matrixCase)
{
    OpensslServer server;
    if (!server.start(matrixCase.chainFile, matrixCase.keyFile, matrixCase.untrustedFile)) {
        SessionOutcome failed;
        failed.result.error.message = server.errorString();
        return failed;
    }
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::Implicit);
    settings.host = QStringLiteral("127.0.0.1");
    settings.serverName = matrixCase.name;
    settings.caFile = matrixCase.anchorFile;
    return runSession(settings);
}

} // namespace

class TestPeerVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void matrixIsLargeEnough();
    void verdictEqualsOpenssl_data();
    void verdictEqualsOpenssl();
    void sessionVerdictEqualsOpenssl_data();
    void sessionVerdictEqualsOpenssl();
    void weakCertificatesFailAsInSClient_data();
    void weakCertificatesFailAsInSClient();
    void securityLevelIsTheConnections();
    void commonNameOnlyIsNoticed();
    void emptyChainIsRefused();
};

void TestPeerVerifier::matrixIsLargeEnough()
{
    QVERIFY(CertificateMatrix::shared().cases().size() >= 20);
}

void TestPeerVerifier::verdictEqualsOpenssl_data()
{
    QTest::addColumn<int>("index");
    const QList<MatrixCase> &cases = CertificateMatrix::shared().cases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::addRow("%s", qPrintable(cases.at(i).label)) << int(i);
}

void TestPeerVerifier::verdictEqualsOpenssl()
{
    QFETCH(int, index);
    const MatrixCase &matrixCase = CertificateMatrix::shared().cases().at(index);
    QByteArray opensslOutput;
    const bool opensslVerdict = CertificateMatrix::opensslVerifies(matrixCase, &opensslOutput);
    // The matrix knows what each case should give; a disagreement here means the case was not built as meant.
    QVERIFY2(opensslVerdict == matrixCase.expectedVerified, opensslOutput.constData());

    const PeerVerdict verdict = PeerVerifier::verify(QSslCertificate::fromPath(matrixCase.chainFile),
                                                     QSslCertificate::fromPath(matrixCase.anchorFile), matrixCase.name,
                                                     CertificateMatrix::clientSecurityLevel());
    QStringList ours;
    for (const VerificationError &error : verdict.errors)
        ours << QStringLiteral("error %1 at %2 depth: %3").arg(error.x509Error).arg(error.depth).arg(error.text);
    QVERIFY2(verdict.verified == opensslVerdict,
             qPrintable(QStringLiteral("openssl said:\n%1\nwe said:\n%2")
                            .arg(QString::fromLocal8Bit(opensslOutput), ours.join(u'\n'))));
    QCOMPARE(verdict.errors.isEmpty(), verdict.verified);
    // Every error openssl printed is in our list, at the same depth.
    for (const auto &[code, depth] : opensslErrors(opensslOutput)) {
        const bool found = std::any_of(verdict.errors.cbegin(), verdict.errors.cend(), [&](const auto &error) {
            return error.x509Error == code && error.depth == depth;
        });
        QVERIFY2(found, qPrintable(QStringLiteral("openssl's error %1 at depth %2 is missing from:\n%3")
                                       .arg(code)
                                       .arg(depth)
                                       .arg(ours.join(u'\n'))));
    }
}

void TestPeerVerifier::sessionVerdictEqualsOpenssl_data()
{
    verdictEqualsOpenssl_data();
}

void TestPeerVerifier::sessionVerdictEqualsOpenssl()
{
    // The same case over a real STARTTLS session: the server presents the chain, the client trusts the anchor file
    // and checks the case's name (dialling 127.0.0.1, as through a tunnel).
    QFETCH(int, index);
    const MatrixCase &matrixCase = CertificateMatrix::shared().cases().at(index);
    QByteArray opensslOutput;
    const bool opensslVerdict = CertificateMatrix::opensslVerifies(matrixCase, &opensslOutput);
    if (matrixCase.tooWeakForDefaultServer) {
        QVERIFY(!opensslVerdict);
        const SessionOutcome outcome = sessionAgainstOpensslServer(matrixCase);
        QVERIFY2(outcome.result.tls.has_value() && !outcome.result.tls->verified, qPrintable(outcome.text()));
        QCOMPARE(outcome.result.error.code, ErrorCode::CertificateUntrusted);
        return;
    }

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setCertificateChain(matrixCase.chainFile, matrixCase.keyFile);
    Script script{Send{"220 mx.test ESMTP\r\n"},
                  Expect{"EHLO"},
                  Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                  Expect{"STARTTLS"},
                  Send{"220 go\r\n"},
                  StartTls{ServerCertificate::Valid, ClientCertificateMode::None}};
    script.append(opensslVerdict
                      ? Script{Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}
                      : Script{ExpectAny{}, Send{"221 bye\r\n"}, Close{}});
    server.setScript(script);

    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.host = QStringLiteral("127.0.0.1");
    settings.serverName = matrixCase.name;
    settings.caFile = matrixCase.anchorFile;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.tls.has_value(), qPrintable(outcome.text()));
    QVERIFY2(outcome.result.tls->verified == opensslVerdict,
             qPrintable(QStringLiteral("openssl said:\n%1\nthe session said:\n%2")
                            .arg(QString::fromLocal8Bit(opensslOutput), outcome.text())));
    if (opensslVerdict) {
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    } else {
        QCOMPARE(outcome.result.error.code, ErrorCode::CertificateUntrusted);
        // Refused: nothing but QUIT after the handshake.
        const QList<QByteArray> afterTls = server.receivedLines(Phase::Tls);
        QVERIFY2(afterTls.isEmpty() || afterTls == QList<QByteArray>{"QUIT"}, afterTls.join(" | ").constData());
    }
}

void TestPeerVerifier::weakCertificatesFailAsInSClient_data()
{
    QTest::addColumn<int>("index");
    const QList<MatrixCase> &cases = CertificateMatrix::shared().cases();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (cases.at(i).tooWeakForDefaultServer)
            QTest::addRow("%s", qPrintable(cases.at(i).label)) << int(i);
    }
}

void TestPeerVerifier::weakCertificatesFailAsInSClient()
{
    // `openssl s_client` verifies during its handshake at the default security level; a session against the same
    // server refuses the same certificate with the same OpenSSL error at the same depth.
    QFETCH(int, index);
    const MatrixCase &matrixCase = CertificateMatrix::shared().cases().at(index);
    OpensslServer server;
    QVERIFY2(server.start(matrixCase.chainFile, matrixCase.keyFile, matrixCase.untrustedFile),
             qPrintable(server.errorString()));
    const OpensslRun client = CertificateFactory::runOpenssl(
        {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
         QStringLiteral("-CAfile"), matrixCase.anchorFile, QStringLiteral("-verify_hostname"), matrixCase.name,
         QStringLiteral("-verify_return_error")},
        QString());
    QVERIFY2(!client.ok, client.output.constData());
    static const QRegularExpression verifyError(QStringLiteral("verify error:num=(\\d+)"));
    const QRegularExpressionMatch sClientError = verifyError.match(QString::fromLocal8Bit(client.output));
    QVERIFY2(sClientError.hasMatch(), client.output.constData());

    const SessionOutcome outcome = sessionAgainstOpensslServer(matrixCase);
    QVERIFY2(outcome.result.tls.has_value(), qPrintable(outcome.text()));
    const QList<VerificationError> &ours = outcome.result.tls->verifyErrors;
    QVERIFY2(std::any_of(ours.cbegin(), ours.cend(),
                         [&](const VerificationError &error) {
                             return error.x509Error == sClientError.captured(1).toInt() && error.depth == 0;
                         }),
             qPrintable(QStringLiteral("s_client said:\n%1\nthe session said:\n%2")
                            .arg(QString::fromLocal8Bit(client.output), outcome.text())));
}

void TestPeerVerifier::securityLevelIsTheConnections()
{
    // The level OpenSSL's handshake would verify at: a default client's, or what the offer lowers it to.
    ConnectionSettings settings = testSettings(25, SecurityMode::StartTls);
    QCOMPARE(TlsSetup::fromSettings(settings).securityLevel, CertificateMatrix::clientSecurityLevel());
    settings.ciphers = QStringLiteral("DEFAULT:@SECLEVEL=1");
    QCOMPARE(TlsSetup::fromSettings(settings).securityLevel, 1);
    settings.ciphers.clear();
    // TLS 1.0 and 1.1 sign with SHA-1, which only level 0 allows; a client offering them verifies at level 0 too.
    settings.tlsMinimum = TlsVersion::Tls1_0;
    const TlsSetup oldVersions = TlsSetup::fromSettings(settings);
    QVERIFY2(!oldVersions.error.isError(), qPrintable(oldVersions.error.message));
    QCOMPARE(oldVersions.securityLevel, 0);

    // At level 0 the weak leaves verify, as `openssl verify -auth_level 0` has them.
    for (const MatrixCase &matrixCase : CertificateMatrix::shared().cases()) {
        if (!matrixCase.tooWeakForDefaultServer)
            continue;
        const PeerVerdict verdict =
            PeerVerifier::verify(QSslCertificate::fromPath(matrixCase.chainFile),
                                 QSslCertificate::fromPath(matrixCase.anchorFile), matrixCase.name, 0);
        const OpensslRun openssl = CertificateFactory::runOpenssl(
            {QStringLiteral("verify"), QStringLiteral("-auth_level"), QStringLiteral("0"), QStringLiteral("-purpose"),
             QStringLiteral("sslserver"), QStringLiteral("-verify_hostname"), matrixCase.name,
             QStringLiteral("-CAfile"), matrixCase.anchorFile, QStringLiteral("-untrusted"), matrixCase.untrustedFile,
             matrixCase.chainFile},
            QString());
        QVERIFY2(openssl.ok, openssl.output.constData());
        QVERIFY2(verdict.verified, qPrintable(matrixCase.label));
    }
}

void TestPeerVerifier::commonNameOnlyIsNoticed()
{
    for (const MatrixCase &matrixCase : CertificateMatrix::shared().cases()) {
        const PeerVerdict verdict = PeerVerifier::verify(QSslCertificate::fromPath(matrixCase.chainFile),
                                                         QSslCertificate::fromPath(matrixCase.anchorFile),
                                                         matrixCase.name, CertificateMatrix::clientSecurityLevel());
        QCOMPARE(verdict.matchedCommonNameOnly, matrixCase.label == QStringLiteral("CN only, no SAN"));
    }
}

void TestPeerVerifier::emptyChainIsRefused()
{
    const PeerVerdict verdict =
        PeerVerifier::verify({}, {}, QStringLiteral("mail.test"), CertificateMatrix::clientSecurityLevel());
    QVERIFY(!verdict.verified);
    QCOMPARE(verdict.errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestPeerVerifier)
#include "tst_peerverifier.moc"
