// The hostile-server catalogue's group B cases (certificate validation; listed with their tests in
// docs/reliability.md): each case against the scriptable test server over real sessions, each row named by its case id.
// "Reject" means: no AUTH, MAIL or DATA, nothing after the handshake but QUIT, and the chain and every error still in
// the report. The plaintext part of the STARTTLS rows runs whole, byte by byte and in random splits.

#include "core/profiles/certificatememory.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/certificatematrix.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/splitwrites.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

const QByteArray ehloReplyAfterTls = "250-mx.test Hello again\r\n250 AUTH PLAIN LOGIN\r\n";

// STARTTLS (or implicit TLS) with the server's certificate \a certificate, then \a afterHandshake.
Script tlsScript(SecurityMode security, ServerCertificate certificate, const Script &afterHandshake)
{
    Script script;
    if (security == SecurityMode::StartTls)
        script << Send{"220 mx.test ESMTP\r\n"} << Expect{"EHLO"} << Send{"250-mx.test\r\n250 STARTTLS\r\n"}
               << Expect{"STARTTLS"} << Send{"220 go\r\n"};
    script << StartTls{certificate, ClientCertificateMode::None};
    script.append(afterHandshake);
    return script;
}

const Script refusedAfterHandshake{ExpectAny{}, Send{"221 bye\r\n"}, Close{}};
const Script goodAfterHandshake{Expect{"EHLO"}, Send{ehloReplyAfterTls}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}};

// Credentials and a message: a rejected certificate must keep both off the wire.
ConnectionSettings withCredentialsAndMessage(ConnectionSettings settings)
{
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = QStringLiteral("user");
    settings.auth.password = QStringLiteral("CANARY-pw");
    settings.message.from = QStringLiteral("a@mx.test");
    settings.message.to = QStringList{QStringLiteral("b@mx.test")};
    return settings;
}

// The catalogue's "reject": the result, the report, and nothing but QUIT after the handshake.
void verifyRejected(const SessionOutcome &outcome, const ScriptableSmtpServer &server)
{
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.code == ErrorCode::CertificateUntrusted, qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls.has_value());
    QVERIFY(!outcome.result.tls->verified);
    QVERIFY(!outcome.result.tls->chain.isEmpty());
    QVERIFY(!outcome.result.tls->verificationErrors.isEmpty());
    const QList<QByteArray> tlsLines = server.receivedLines(Phase::Tls);
    QVERIFY2(tlsLines.isEmpty() || tlsLines == QList<QByteArray>{"QUIT"}, tlsLines.join('|').constData());
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("CANARY"));
}

const MatrixCase *matrixCase(const QString &label)
{
    for (const MatrixCase &candidate : CertificateMatrix::shared().cases()) {
        if (candidate.label == label)
            return &candidate;
    }
    return nullptr;
}

// A STARTTLS session to 127.0.0.1 checking \a name, the server presenting \a chainFile.
SessionOutcome runWithChain(ScriptableSmtpServer &server, const QString &chainFile, const QString &keyFile,
                            const QString &anchorFile, const QString &name, bool expectGood)
{
    server.setCertificateChain(chainFile, keyFile);
    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::Valid,
                               expectGood ? goodAfterHandshake : refusedAfterHandshake));
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.host = QStringLiteral("127.0.0.1");
    settings.serverName = name;
    settings.caFile = anchorFile;
    return runSession(expectGood ? settings : withCredentialsAndMessage(settings));
}

} // namespace

class TestHostileCertificates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void badCertificateIsRejected_data();
    void badCertificateIsRejected();
    void b3ConfiguredNameIsTheReference_data();
    void b3ConfiguredNameIsTheReference();
    void b5Wildcards_data();
    void b5Wildcards();
    void b8HostileChains_data();
    void b8HostileChains();
    void b8LongChainAndHugeSanList_data();
    void b8LongChainAndHugeSanList();
    void b10NoPinningByClickThrough();
    void b11NoClaimOfRevocationChecking();
};

void TestHostileCertificates::initTestCase()
{
    CertificateFactory::shared();
    CertificateMatrix::shared();
}

void TestHostileCertificates::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(splitSeedNote()));
}

void TestHostileCertificates::badCertificateIsRejected_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<ServerCertificate>("certificate");
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<QString>("expectedError");
    const QList<std::tuple<const char *, ServerCertificate, QString>> cases{
        {"B1 self-signed leaf", ServerCertificate::SelfSigned, QStringLiteral("self")},
        {"B2 chain to an unknown root", ServerCertificate::UnknownCa, QStringLiteral("issuer")},
        {"B3 hostname mismatch", ServerCertificate::WrongHost, QStringLiteral("host")},
        {"B4 expired", ServerCertificate::Expired, QStringLiteral("expired")},
        {"B4 not yet valid", ServerCertificate::NotYetValid, QStringLiteral("not yet valid")},
    };
    for (const auto &[name, certificate, error] : cases) {
        QTest::addRow("%s, B9 only QUIT follows, implicit TLS", name)
            << SplitWrites::Whole << certificate << SecurityMode::Implicit << error;
        for (SplitWrites mode : allSplitWrites())
            QTest::addRow("%s, B9 only QUIT follows, STARTTLS / %s", name, splitWritesName(mode))
                << mode << certificate << SecurityMode::StartTls << error;
    }
}

void TestHostileCertificates::badCertificateIsRejected()
{
    // B9: the handshake may complete so that the chain can be shown, but the errors are never waved through.
    QFETCH(SplitWrites, split);
    QFETCH(ServerCertificate, certificate);
    QFETCH(SecurityMode, security);
    QFETCH(QString, expectedError);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(withSplitWrites(tlsScript(security, certificate, refusedAfterHandshake), split, splitSeed()));
    const SessionOutcome outcome = runSession(withCredentialsAndMessage(testSettings(server.port(), security)));
    verifyRejected(outcome, server);
    const CertificateReport &report = *outcome.result.tls;
    QVERIFY2(report.verificationErrors.join(QLatin1Char(' ')).contains(expectedError, Qt::CaseInsensitive),
             qPrintable(report.verificationErrors.join(QLatin1Char('|'))));
    QVERIFY(outcome.result.error.message.contains(expectedError, Qt::CaseInsensitive));
}

void TestHostileCertificates::b3ConfiguredNameIsTheReference_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<bool>("verified");
    // The server's certificate names localhost, 127.0.0.1 and ::1; the session dials 127.0.0.1 in every row.
    QTest::addRow("B3 dialled by IP, checked against the configured name") << QStringLiteral("localhost") << true;
    QTest::addRow("B3 dialled by IP, another configured name is a mismatch")
        << QStringLiteral("mail.example.org") << false;
}

void TestHostileCertificates::b3ConfiguredNameIsTheReference()
{
    // RFC 7817 §3: the reference identity is the name the admin configured, not what the address resolves back to.
    QFETCH(QString, serverName);
    QFETCH(bool, verified);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::Valid,
                               verified ? goodAfterHandshake : refusedAfterHandshake));
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.host = QStringLiteral("127.0.0.1");
    settings.serverName = serverName;
    const SessionOutcome outcome = runSession(withCredentialsAndMessage(settings));
    QVERIFY2(outcome.result.tls.has_value(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.tls->verificationName, serverName);
    if (verified) {
        QVERIFY(outcome.result.tls->verified);
        return;
    }
    verifyRejected(outcome, server);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("mail.example.org")));
}

void TestHostileCertificates::b5Wildcards_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("verified");
    QTest::addRow("B5 *.example.test matches one label") << QStringLiteral("wildcard one label deep") << true;
    QTest::addRow("B5 *.example.test does not match a.b.example.test")
        << QStringLiteral("wildcard two labels deep") << false;
    QTest::addRow("B5 *.example.test does not match example.test")
        << QStringLiteral("wildcard on the bare domain") << false;
    QTest::addRow("B5 partial-label wildcard m*.example.test") << QStringLiteral("partial-label wildcard") << false;
    QTest::addRow("B5 partial-label wildcard, other name")
        << QStringLiteral("partial-label wildcard, no match") << false;
    QTest::addRow("B5 IP address only in the CN") << QStringLiteral("IP only in the CN") << false;
}

void TestHostileCertificates::b5Wildcards()
{
    QFETCH(QString, label);
    QFETCH(bool, verified);
    const MatrixCase *chosen = matrixCase(label);
    QVERIFY2(chosen, qPrintable(label));
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome =
        runWithChain(server, chosen->chainFile, chosen->keyFile, chosen->anchorFile, chosen->name, verified);
    QVERIFY2(outcome.result.tls.has_value(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.tls->verified, verified);
    if (verified)
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    else
        verifyRejected(outcome, server);
}

void TestHostileCertificates::b8HostileChains_data()
{
    QTest::addColumn<QString>("label");
    QTest::addRow("B8 missing intermediate") << QStringLiteral("intermediate not sent");
    QTest::addRow("B8 intermediates in the wrong order") << QStringLiteral("intermediates in reverse order");
    QTest::addRow("B8 path length exceeded") << QStringLiteral("path length exceeded");
}

void TestHostileCertificates::b8HostileChains()
{
    // The verdict is OpenSSL's, unchanged: the same as `openssl verify` on the same chain.
    QFETCH(QString, label);
    const MatrixCase *chosen = matrixCase(label);
    QVERIFY2(chosen, qPrintable(label));
    QByteArray opensslOutput;
    const bool opensslVerdict = CertificateMatrix::opensslVerifies(*chosen, &opensslOutput);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome =
        runWithChain(server, chosen->chainFile, chosen->keyFile, chosen->anchorFile, chosen->name, opensslVerdict);
    QVERIFY2(outcome.result.tls.has_value(), qPrintable(outcome.text()));
    QVERIFY2(outcome.result.tls->verified == opensslVerdict, opensslOutput.constData());
    if (!opensslVerdict)
        verifyRejected(outcome, server);
}

void TestHostileCertificates::b8LongChainAndHugeSanList_data()
{
    QTest::addColumn<int>("sanNames");
    QTest::addColumn<int>("duplicateCas");
    QTest::addColumn<bool>("verified");
    QTest::addRow("B8 SAN list over 64 KiB") << 2000 << 0 << true;
    QTest::addRow("B8 50-certificate chain of duplicates") << 0 << 49 << true;
    // OpenSSL refuses a certificate list over 100 KiB (max_cert_list) in the handshake: a clean TLS failure.
    QTest::addRow("B8 both, over OpenSSL's certificate-list cap") << 3000 << 49 << false;
}

void TestHostileCertificates::b8LongChainAndHugeSanList()
{
    // No crash, OpenSSL's verdict, and a report and transcript that stay bounded.
    QFETCH(int, sanNames);
    QFETCH(int, duplicateCas);
    QFETCH(bool, verified);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    CertificateFiles leaf = CertificateFactory::shared().valid;
    if (sanNames > 0) {
        QStringList names{QStringLiteral("localhost")};
        for (int i = 0; i < sanNames; ++i)
            names << QStringLiteral("host-%1.many-names.example.test").arg(i, 4, 10, QLatin1Char('0'));
        QString error;
        leaf = CertificateFactory::issueServerCertificate(names, directory.path(), &error);
        QVERIFY2(!leaf.certificate.isEmpty(), qPrintable(error));
    }
    QFile leafFile(leaf.certificate);
    QFile caFile(CertificateFactory::shared().ca.certificate);
    QVERIFY(leafFile.open(QIODevice::ReadOnly) && caFile.open(QIODevice::ReadOnly));
    const QByteArray leafPem = leafFile.readAll();
    if (sanNames > 0)
        QVERIFY(QSslCertificate(leafPem).toDer().size() > 64 * 1024);
    const QByteArray chain = leafPem + caFile.readAll().repeated(duplicateCas);
    const QString chainPath = directory.filePath(QStringLiteral("chain.pem"));
    QFile chainFile(chainPath);
    QVERIFY(chainFile.open(QIODevice::WriteOnly) && chainFile.write(chain) == chain.size());
    chainFile.close();

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setCertificateChain(chainPath, leaf.key);
    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::Valid,
                               verified ? goodAfterHandshake : refusedAfterHandshake));
    const SessionOutcome outcome = runSession(testSettings(server.port(), SecurityMode::StartTls));
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY(outcome.transcript.events().size() < 200);
    QVERIFY(outcome.allTranscriptBytes().size() < 64 * 1024);
    if (!verified) {
        QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed, qPrintable(outcome.text()));
        QVERIFY(outcome.result.error.message.contains(QStringLiteral("excessive")));
        QVERIFY(server.receivedLines(Phase::Tls).isEmpty());
        return;
    }
    // The test CA vouches for the leaf and the name is among its SANs: the duplicates change nothing.
    QVERIFY2(outcome.result.tls.has_value(), qPrintable(outcome.text()));
    QVERIFY2(outcome.result.tls->verified, qPrintable(outcome.result.tls->verificationErrors.join(u'|')));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls->chain.size() <= 1 + duplicateCas);
}

void TestHostileCertificates::b10NoPinningByClickThrough()
{
    // The product offers no pinning: RFC 8314 §5.4's rules hold because there is nothing to click through. A failed
    // validation is never remembered as "the certificate of this profile", a certificate accepted by skipping
    // validation is never reported as verified, and a profile's own trust anchor does not vouch for another name.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::SelfSigned, refusedAfterHandshake));
    const SessionOutcome rejected = runSession(testSettings(server.port(), SecurityMode::StartTls));
    verifyRejected(rejected, server);
    QVERIFY(!CertificateMemory::fromReport(*rejected.result.tls, now).has_value());

    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::SelfSigned, goodAfterHandshake));
    ConnectionSettings trusted = testSettings(server.port(), SecurityMode::StartTls);
    trusted.trustedSite = true;
    const SessionOutcome skipped = runSession(trusted);
    QVERIFY2(skipped.result.ok(), qPrintable(skipped.text()));
    QVERIFY(skipped.result.tls->validationSkipped);
    QVERIFY(!skipped.result.tls->verified);
    QVERIFY(skipped.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("TRUSTED SITE")));
    QVERIFY(!CertificateMemory::fromReport(*skipped.result.tls, now).has_value());

    // The nearest thing to a pin: the self-signed certificate as the profile's own CA file. It is checked with the
    // name, and a remembered certificate that changes key is reported as a change.
    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::SelfSigned, goodAfterHandshake));
    ConnectionSettings anchored = testSettings(server.port(), SecurityMode::StartTls);
    anchored.caFile = CertificateFactory::shared().selfSigned.certificate;
    const SessionOutcome own = runSession(anchored);
    QVERIFY2(own.result.ok() && own.result.tls->verified, qPrintable(own.text()));
    const std::optional<RememberedCertificate> remembered = CertificateMemory::fromReport(*own.result.tls, now);
    QVERIFY(remembered.has_value());

    ScriptableSmtpServer otherName;
    QVERIFY(otherName.listen());
    otherName.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::SelfSigned, refusedAfterHandshake));
    anchored.port = otherName.port();
    anchored.serverName = QStringLiteral("mail.example.org");
    verifyRejected(runSession(anchored), otherName);

    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::Valid, goodAfterHandshake));
    const SessionOutcome other = runSession(testSettings(server.port(), SecurityMode::StartTls));
    QVERIFY2(other.result.ok(), qPrintable(other.text()));
    const CertificateMemoryCheck check = CertificateMemory::check(remembered, *other.result.tls);
    QCOMPARE(check.state, CertificateMemoryCheck::State::Changed);
    QVERIFY(check.keyChanged);
}

void TestHostileCertificates::b11NoClaimOfRevocationChecking()
{
    // Revocation is checked only when a stapled OCSP response is asked for (--ocsp; tst_ocspstapling proves that a
    // stapled "revoked" rejects). Without it, no false claim: a verified session says nothing about revocation in its
    // report, its transcript or its error; "verified" means chain, dates and name only.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(tlsScript(SecurityMode::StartTls, ServerCertificate::Valid, goodAfterHandshake));
    const SessionOutcome outcome = runSession(testSettings(server.port(), SecurityMode::StartTls));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls->verified);
    QByteArray everything = outcome.allTranscriptBytes();
    everything += outcome.result.tls->rejectionMessage().toUtf8();
    everything += outcome.result.tls->verificationErrors.join(u'\n').toUtf8();
    for (const char *claim : {"revok", "revocation", "OCSP", "CRL", "not revoked"})
        QVERIFY2(!everything.contains(claim), claim);
}

QTEST_GUILESS_MAIN(TestHostileCertificates)
#include "tst_hostilecertificates.moc"
