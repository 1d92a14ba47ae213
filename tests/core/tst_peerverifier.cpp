// The certificate verdict is OpenSSL's: on every certificate of a matrix built to mislead a verifier, PeerVerifier
// and a real session agree with `openssl verify -purpose sslserver -verify_hostname NAME` (or -verify_ip) run on the
// same files.

#include "core/tls/peerverifier.h"
#include "tests/support/certificatematrix.h"
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
                                                     QSslCertificate::fromPath(matrixCase.anchorFile), matrixCase.name);
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

void TestPeerVerifier::commonNameOnlyIsNoticed()
{
    for (const MatrixCase &matrixCase : CertificateMatrix::shared().cases()) {
        const PeerVerdict verdict =
            PeerVerifier::verify(QSslCertificate::fromPath(matrixCase.chainFile),
                                 QSslCertificate::fromPath(matrixCase.anchorFile), matrixCase.name);
        QCOMPARE(verdict.matchedCommonNameOnly, matrixCase.label == QStringLiteral("CN only, no SAN"));
    }
}

void TestPeerVerifier::emptyChainIsRefused()
{
    const PeerVerdict verdict = PeerVerifier::verify({}, {}, QStringLiteral("mail.test"));
    QVERIFY(!verdict.verified);
    QCOMPARE(verdict.errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestPeerVerifier)
#include "tst_peerverifier.moc"
