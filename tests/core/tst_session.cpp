// The session engine against the scriptable test server: the connection contract. The hostile-server catalogue's
// cases are in tst_hostile*.cpp, one file per group.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

constexpr int sessionWaitMs = 15000;

const QByteArray ehloReplyWithStartTls = "250-mx.test Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 STARTTLS\r\n";
const QByteArray ehloReplyAfterTls = "250-mx.test Hello again\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN\r\n";

ConnectionSettings settingsFor(const ScriptableSmtpServer &server, SecurityMode security)
{
    return testSettings(server.port(), security);
}

using Outcome = SessionOutcome;

Outcome run(const ConnectionSettings &settings)
{
    return runSession(settings, sessionWaitMs);
}

Script startTlsScript(ServerCertificate certificate, const Script &afterHandshake)
{
    Script script{Send{"220 mx.test ESMTP\r\n"},
                  Expect{"EHLO"},
                  Send{ehloReplyWithStartTls},
                  Expect{"STARTTLS"},
                  Send{"220 go\r\n"},
                  StartTls{certificate, ClientCertificateMode::None}};
    script.append(afterHandshake);
    return script;
}

bool hasTiming(const SessionResult &result, const QString &name)
{
    return std::any_of(result.timings.cbegin(), result.timings.cend(),
                       [&name](const PhaseTiming &timing) { return timing.name == name; });
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // The contract.
    void plainSessionGreetsAndQuits();
    void heloOnlyWithoutExtendedOption();
    void localNameDeterminedWhenEmpty();
    void starttlsUpgradesAndAsksEhloAgain();
    void implicitTlsStartsTlsFirst();
    void ipv6Literal();
    void tunnelVerifiesServerName();
    void clientCertificate_data();
    void clientCertificate();
    void missingClientCertificateIsReported();
    void quitAfterStage();

    // Certificates.
    void trustedSiteSkipsValidationLoudly();
    void selfSignedServerTrustedThroughItsCertificate();

    // Replies.
    void splitRepliesAreReassembled();

    // Interactive use.
    void interactiveCommands();
};

void TestSession::initTestCase()
{
    CertificateFactory::shared();
}

void TestSession::plainSessionGreetsAndQuits()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(greetAndQuit("250-mx.test\r\n250 8BITMIME\r\n"));

    const Outcome outcome = run(settingsFor(server, SecurityMode::None));
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.message));
    QVERIFY(outcome.signalsInCallerThread);
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Server, QStringLiteral("220 mx.test ESMTP ready")));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Client, QStringLiteral("EHLO client.test")));
    QVERIFY(outcome.result.capabilitiesBeforeTls.has_value());
    QVERIFY(outcome.result.capabilitiesBeforeTls->eightBitMime());
    QVERIFY(!outcome.result.tls.has_value());
    for (const QString &phase : {QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("banner"),
                                 QStringLiteral("ehlo"), QStringLiteral("quit"), QStringLiteral("total")})
        QVERIFY2(hasTiming(outcome.result, phase), qPrintable(phase));
    // Every event before TLS is marked as such: that text is unauthenticated.
    for (const TranscriptEvent &event : outcome.transcript.events())
        QVERIFY(event.beforeTls);
}

void TestSession::heloOnlyWithoutExtendedOption()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"HELO client.test"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"},
                      Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.extended = false;
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Plain).first(), QByteArray("HELO client.test"));
}

void TestSession::localNameDeterminedWhenEmpty()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(greetAndQuit("250 mx.test\r\n"));
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.localName.clear();
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const QByteArray ehlo = server.receivedLines(Phase::Plain).first();
    QVERIFY(ehlo.startsWith("EHLO "));
    const QByteArray name = ehlo.mid(5);
    // An FQDN, or an address literal for this end of the connection (RFC 5321 §4.1.3).
    QVERIFY2(name.contains('.') || name == "[127.0.0.1]", name.constData());
    QVERIFY(!name.contains(' '));
}

void TestSession::starttlsUpgradesAndAsksEhloAgain()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript(ServerCertificate::Valid, {Expect{"EHLO client.test"}, Send{ehloReplyAfterTls},
                                                               Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));

    const Outcome outcome = run(settingsFor(server, SecurityMode::StartTls));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(server.tlsEstablished());
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "STARTTLS"}));
    QCOMPARE(server.receivedLines(Phase::Tls), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    QVERIFY(!server.clientSentPlaintextAfter("220 go"));

    QVERIFY(outcome.result.capabilitiesBeforeTls->startTls());
    QVERIFY(outcome.result.capabilitiesBeforeTls->authMechanisms().isEmpty());
    QCOMPARE(outcome.result.capabilitiesAfterTls->authMechanisms(),
             (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(outcome.result.tls.has_value());
    const CertificateReport &report = *outcome.result.tls;
    QVERIFY(report.tlsEstablished);
    QVERIFY(report.verified);
    QVERIFY(report.verificationErrors.isEmpty());
    QVERIFY(report.protocol.startsWith(QStringLiteral("TLS 1.")));
    QVERIFY(!report.cipher.isEmpty());
    QVERIFY(!report.chain.isEmpty());
    QVERIFY(report.chain.first().subjectAlternativeNames.contains(QStringLiteral("DNS:localhost")));
    QCOMPARE(report.chain.first().sha256Fingerprint.count(QLatin1Char(':')), 31);
    QVERIFY(report.chain.first().daysLeft > 0);
    QVERIFY(hasTiming(outcome.result, QStringLiteral("tls")));
    QVERIFY(hasTiming(outcome.result, QStringLiteral("ehlo (after TLS)")));
    // Lines after the handshake are no longer marked as pre-TLS.
    QVERIFY(!outcome.transcript.events().last().beforeTls);
}

void TestSession::implicitTlsStartsTlsFirst()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{StartTls{ServerCertificate::Valid, ClientCertificateMode::None}};
    script.append(greetAndQuit(ehloReplyAfterTls));
    server.setScript(script);
    const Outcome outcome = run(settingsFor(server, SecurityMode::Implicit));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(server.receivedLines(Phase::Plain).isEmpty());
    QCOMPARE(server.receivedLines(Phase::Tls).first(), QByteArray("EHLO client.test"));
    QVERIFY(outcome.result.tls->verified);
    // Everything the server offered, it offered over TLS: nothing is reported as "before TLS".
    QVERIFY(!outcome.result.capabilitiesBeforeTls);
    QVERIFY(outcome.result.capabilitiesAfterTls && outcome.result.capabilitiesAfterTls->sizeLimit());
}

void TestSession::ipv6Literal()
{
    ScriptableSmtpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("This machine has no IPv6 loopback address.");
    server.setScript(startTlsScript(ServerCertificate::Valid,
                                    {Expect{"EHLO"}, Send{ehloReplyAfterTls}, Expect{"QUIT"}, Send{"221 bye\r\n"}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.host = QStringLiteral("::1");
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    // The certificate names IP:::1, so verification by address works without a host name.
    QVERIFY(outcome.result.tls->verified);
}

void TestSession::tunnelVerifiesServerName()
{
    // Dial 127.0.0.1 (as through a port-forward), but check the certificate for the server's real name.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript(ServerCertificate::WrongHost,
                                    {Expect{"EHLO"}, Send{ehloReplyAfterTls}, Expect{"QUIT"}, Send{"221 bye\r\n"}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.host = QStringLiteral("127.0.0.1");
    settings.serverName = QStringLiteral("other.example.org");
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.tls->verificationName, QStringLiteral("other.example.org"));
    QVERIFY(outcome.result.tls->verified);
}

void TestSession::clientCertificate_data()
{
    QTest::addColumn<bool>("pkcs12");
    QTest::addRow("PEM certificate and key") << false;
    QTest::addRow("PKCS#12 with password") << true;
}

void TestSession::clientCertificate()
{
    QFETCH(bool, pkcs12);
    const CertificateSet &files = CertificateFactory::shared();
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{StartTls{ServerCertificate::Valid, ClientCertificateMode::Require}};
    script.append(greetAndQuit(ehloReplyAfterTls));
    server.setScript(script);
    ConnectionSettings settings = settingsFor(server, SecurityMode::Implicit);
    if (pkcs12) {
        settings.clientCertificateFile = files.clientPkcs12;
        settings.clientKeyPassphrase = files.clientPkcs12Password.toUtf8();
    } else {
        settings.clientCertificateFile = files.client.certificate;
        settings.clientKeyFile = files.client.key;
    }
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(server.clientCertificatePresented());
    QVERIFY(outcome.result.tls->clientCertificateSent);
}

void TestSession::missingClientCertificateIsReported()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{StartTls{ServerCertificate::Valid, ClientCertificateMode::Require}};
    script.append(greetAndQuit(ehloReplyAfterTls));
    server.setScript(script);
    const Outcome outcome = run(settingsFor(server, SecurityMode::Implicit));
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed ||
                 outcome.result.error.code == ErrorCode::ConnectionClosed,
             qPrintable(outcome.text()));
    QVERIFY(!server.clientCertificatePresented());
}

void TestSession::quitAfterStage()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.quitAfter = Stage::Banner;
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Plain), QList<QByteArray>{"QUIT"});
}

void TestSession::trustedSiteSkipsValidationLoudly()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript(ServerCertificate::SelfSigned, {Expect{"EHLO"}, Send{ehloReplyAfterTls},
                                                                    Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.trustedSite = true;
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("TRUSTED SITE")));
    QVERIFY(outcome.result.tls->validationSkipped);
    QVERIFY(!outcome.result.tls->verified);
    QVERIFY(!outcome.result.tls->verificationErrors.isEmpty());
}

// The way to trust one self-signed server without switching validation off: its own certificate as the profile's
// CA file. The name is still checked.
void TestSession::selfSignedServerTrustedThroughItsCertificate()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript(ServerCertificate::SelfSigned, {Expect{"EHLO"}, Send{ehloReplyAfterTls},
                                                                    Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.caFile = CertificateFactory::shared().selfSigned.certificate;
    const Outcome outcome = run(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls->verified);
    QVERIFY(!outcome.result.tls->validationSkipped);

    // The same certificate does not vouch for another name (the certificate names localhost, 127.0.0.1 and ::1).
    server.setScript(startTlsScript(ServerCertificate::SelfSigned, {ExpectAny{}, Send{"221 bye\r\n"}, Close{}}));
    settings.serverName = QStringLiteral("mail.example.org");
    const Outcome otherName = run(settings);
    QVERIFY2(otherName.result.error.code == ErrorCode::CertificateUntrusted, qPrintable(otherName.text()));
}

void TestSession::splitRepliesAreReassembled()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({SendByteByByte{"220 mx.test\r\n", 1}, Expect{"EHLO"},
                      SendSplit{"250-mx.test\r\n250-SIZE 1000\r\n250 8BITMIME\r\n", {3, 14, 15, 20}, 10},
                      Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    const Outcome outcome = run(settingsFor(server, SecurityMode::None));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.capabilitiesBeforeTls->sizeLimit(), std::optional<qint64>(1000));
}

void TestSession::interactiveCommands()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"NOOP"},
                      Send{"250 2.0.0 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.interactive = true;
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, 5000);

    // C10: a line break in typed input never reaches the wire.
    handle->sendCommand(QStringLiteral("NOOP\r\nRCPT TO:<victim@example.org>"));
    handle->sendCommand(QStringLiteral("NOOP"));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Plain).contains("NOOP"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, 5000);
    handle->quit();
    QVERIFY(finished.wait(5000));
    QVERIFY(handle->result()->ok());
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "NOOP", "QUIT"}));
    bool refusalShown = false;
    for (const TranscriptEvent &event : handle->transcript().events())
        refusalShown = refusalShown ||
                       (event.kind == TranscriptEvent::Kind::Error && event.text.contains(QStringLiteral("Not sent")));
    QVERIFY(refusalShown);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
