// The hostile-server catalogue's group A cases (STARTTLS and the TLS transition; listed with their tests in
// docs/reliability.md): each case against the scriptable test server, each row named by its case id and run with the
// server's bytes written whole, one byte per write, and in random splits.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/opensslserver.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/splitwrites.h"

#include <QSignalSpy>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

const QByteArray ehloReplyWithStartTls = "250-mx.test Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 STARTTLS\r\n";
const QByteArray ehloReplyAfterTls = "250-mx.test Hello again\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN\r\n";

// Greeting, EHLO with STARTTLS, STARTTLS answered by \a goAhead; the handshake is left to \a after.
Script upToStartTlsReply(const QByteArray &goAhead, const Script &after)
{
    Script script{Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloReplyWithStartTls}, Expect{"STARTTLS"},
                  Send{goAhead}};
    script.append(after);
    return script;
}

Script startTlsScript(const Script &afterHandshake)
{
    return upToStartTlsReply("220 go\r\n",
                             Script{StartTls{ServerCertificate::Valid, ClientCertificateMode::None}} + afterHandshake);
}

void withCredentials(ConnectionSettings &settings)
{
    settings.auth.mechanism = QStringLiteral("auto");
    settings.auth.user = QStringLiteral("user");
    settings.auth.password = QStringLiteral("CANARY-pw");
}

// Runs one session against \a server playing \a script as the current row's split mode writes it.
SessionOutcome serve(ScriptableSmtpServer &server, const Script &script, const ConnectionSettings &settings)
{
    QFETCH(SplitWrites, split);
    server.setScript(withSplitWrites(script, split, splitSeed()));
    return runSession(settings);
}

bool onlyQuitOrNothing(const QList<QByteArray> &lines)
{
    return lines.isEmpty() || lines == QList<QByteArray>{"QUIT"};
}

} // namespace

class TestHostileStartTls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CertificateFactory::shared(); }
    void cleanup();

    void a1ResponseInjection_data() { addSplitWriteRows("A1 response injection after the STARTTLS 220"); }
    void a1ResponseInjection();
    void a4StartTlsStripped_data() { addSplitWriteRows("A4 STARTTLS stripped, AUTH offered in clear"); }
    void a4StartTlsStripped();
    void a5StartTlsRefused_data();
    void a5StartTlsRefused();
    void a6OddTextIn220_data() { addSplitWriteRows("A6 220 to STARTTLS with odd text"); }
    void a6OddTextIn220();
    void a7EhloRefused_data();
    void a7EhloRefused();
    void a9StartTlsAdvertisedAfterTls_data() { addSplitWriteRows("A9 post-TLS EHLO still advertises STARTTLS"); }
    void a9StartTlsAdvertisedAfterTls();
    void a10HandshakeFailsAfter220_data();
    void a10HandshakeFailsAfter220();
    void a11aImplicitTlsToPlaintextServer_data() { addSplitWriteRows("A11a implicit TLS to a plaintext server"); }
    void a11aImplicitTlsToPlaintextServer();
    void a11bStartTlsToImplicitTlsPort_data() { addSplitWriteRows("A11b STARTTLS to an implicit-TLS port"); }
    void a11bStartTlsToImplicitTlsPort();
    void a12TlsVersionFloor_data();
    void a12TlsVersionFloor();
    void a12OldVersionWhenAskedFor_data();
    void a12OldVersionWhenAskedFor();
    void a13NoStateCarriedAcrossAttempts_data() { addSplitWriteRows("A13 plain, then STARTTLS-required, stripped"); }
    void a13NoStateCarriedAcrossAttempts();
    void a14FirstByteAfter220IsTls_data() { addSplitWriteRows("A14 check 1: first byte after 220 is a TLS record"); }
    void a14FirstByteAfter220IsTls();
    void a14InjectedReplyToPostTlsEhlo_data();
    void a14InjectedReplyToPostTlsEhlo();
};

void TestHostileStartTls::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(splitSeedNote()));
}

void TestHostileStartTls::a1ResponseInjection()
{
    // Lines injected after the 220 must never be read as post-TLS replies. Written whole they are still buffered when
    // the 220 is read: the session must notice the injection. Split, the client may have started TLS before the rest
    // arrives; then the injected bytes go to the TLS engine and break the handshake, the safe outcome the catalogue
    // names. Either way nothing is sent in plaintext after the 220 and no capability is learnt.
    QFETCH(SplitWrites, split);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome = serve(
        server,
        upToStartTlsReply("220 Ready to start TLS\r\n250-example.org\r\n250 AUTH LOGIN\r\n", {Pause{200}, Close{}}),
        testSettings(server.port(), SecurityMode::StartTls));
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    const ErrorCode code = outcome.result.error.code;
    if (split == SplitWrites::Whole) {
        QCOMPARE(code, ErrorCode::ProtocolViolation);
        QVERIFY(outcome.result.error.message.contains(QStringLiteral("injection")));
        QVERIFY(!server.tlsHandshakeSeen());
    } else {
        QVERIFY2(code == ErrorCode::ProtocolViolation || code == ErrorCode::TlsHandshakeFailed,
                 qPrintable(outcome.text()));
    }
    QVERIFY(!server.clientSentPlaintextAfter("220 Ready to start TLS"));
    QVERIFY(!outcome.result.capabilitiesAfterTls.has_value());
}

void TestHostileStartTls::a4StartTlsStripped()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    withCredentials(settings);
    const SessionOutcome outcome = serve(server, greetAndQuit("250-mx.test\r\n250 AUTH PLAIN LOGIN\r\n"), settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::StartTlsUnavailable);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Tls));
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("STARTTLS")));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("CANARY"));
}

void TestHostileStartTls::a5StartTlsRefused_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<ErrorCode>("code");
    const QList<std::pair<QByteArray, ErrorCode>> replies{
        {"454 TLS not available due to temporary reason\r\n", ErrorCode::StartTlsUnavailable},
        {"502 Command not implemented\r\n", ErrorCode::StartTlsUnavailable},
        {"500 no\r\n", ErrorCode::StartTlsUnavailable},
        {"501 no\r\n", ErrorCode::StartTlsUnavailable},
        {"530 no\r\n", ErrorCode::StartTlsUnavailable},
        {"354 do something else\r\n", ErrorCode::ProtocolViolation},
        {"221 bye\r\n", ErrorCode::ProtocolViolation},
        {"421 closing\r\n", ErrorCode::ServerRejected},
    };
    for (const auto &[reply, code] : replies) {
        for (SplitWrites mode : allSplitWrites())
            QTest::addRow("A5 STARTTLS refused with %s / %s", reply.left(3).constData(), splitWritesName(mode))
                << mode << reply << code;
    }
}

void TestHostileStartTls::a5StartTlsRefused()
{
    // Never continue in plaintext after a refused STARTTLS; 454 is temporary, but still ends the session.
    QFETCH(QByteArray, reply);
    QFETCH(ErrorCode, code);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome = serve(server, upToStartTlsReply(reply, {Pause{200}, Close{}}),
                                         testSettings(server.port(), SecurityMode::StartTls));
    QCOMPARE(outcome.result.error.code, code);
    QVERIFY(outcome.result.error.reply.has_value());
    QCOMPARE(outcome.result.error.reply->code, reply.left(3).toInt());
    const QList<QByteArray> after = server.receivedLines(Phase::Plain).mid(2);
    QVERIFY2(onlyQuitOrNothing(after), after.join('|').constData());
    QVERIFY(!server.tlsHandshakeSeen());
}

void TestHostileStartTls::a6OddTextIn220()
{
    // Only the code matters (RFC 5321 §4.2): the text of the 220 looks like a command, the handshake goes ahead.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome =
        serve(server,
              upToStartTlsReply("220 EHLO client!\r\n",
                                {StartTls{ServerCertificate::Valid, ClientCertificateMode::None}, Expect{"EHLO"},
                                 Send{ehloReplyAfterTls}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}),
              testSettings(server.port(), SecurityMode::StartTls));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(server.tlsEstablished());
    QVERIFY(outcome.result.tls->verified);
}

void TestHostileStartTls::a7EhloRefused_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<bool>("withAuth");
    QTest::addColumn<QByteArray>("reply");
    const QByteArray notRecognized("502 command not recognized\r\n");
    for (SplitWrites mode : allSplitWrites()) {
        const char *name = splitWritesName(mode);
        QTest::addRow("A7 EHLO 502, STARTTLS required / %s", name)
            << mode << SecurityMode::StartTls << true << notRecognized;
        QTest::addRow("A7 EHLO 500, STARTTLS required / %s", name)
            << mode << SecurityMode::StartTls << true << QByteArray("500 Syntax error, command unrecognized\r\n");
        QTest::addRow("A7 EHLO 502, plain falls back to HELO / %s", name)
            << mode << SecurityMode::None << false << notRecognized;
        QTest::addRow("A7 EHLO 502, plain with AUTH asked for ends without AUTH / %s", name)
            << mode << SecurityMode::None << true << notRecognized;
    }
}

void TestHostileStartTls::a7EhloRefused()
{
    // HELO cannot carry STARTTLS or AUTH: a TLS-required session ends, and so does a plain one that was asked to
    // authenticate; a plain one without AUTH may go on with HELO.
    QFETCH(SecurityMode, security);
    QFETCH(bool, withAuth);
    QFETCH(QByteArray, reply);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), security);
    if (withAuth) {
        withCredentials(settings);
        settings.auth.allowPlaintext = true;
    }
    if (!withAuth) {
        const SessionOutcome outcome = serve(server,
                                             {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{reply}, Expect{"HELO"},
                                              Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}},
                                             settings);
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
        QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("HELO")));
        return;
    }
    const SessionOutcome outcome = serve(
        server, {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{reply}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}},
        settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("CANARY"));
}

void TestHostileStartTls::a9StartTlsAdvertisedAfterTls()
{
    // RFC 3207 §4.2: no second STARTTLS; the non-conformance is flagged.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome = serve(server,
                                         startTlsScript({Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                                                         Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}),
                                         testSettings(server.port(), SecurityMode::StartTls));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Tls), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("RFC 3207")));
}

void TestHostileStartTls::a10HandshakeFailsAfter220_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<Script>("after");
    // A fatal handshake_failure alert record, as a server that gives up on the ClientHello sends it.
    const QByteArray alert("\x15\x03\x03\x00\x02\x02\x28", 7);
    const QList<std::pair<const char *, Script>> cases{
        {"garbage", {Pause{100}, Send{"HTTP/1.0 400\r\n"}, Pause{200}, Close{}}},
        {"TLS alert", {Pause{100}, Send{alert}, Pause{200}, Close{}}},
        {"FIN", {Pause{100}, Close{}}},
        {"RST", {Pause{100}, Reset{}}},
    };
    for (const auto &[name, after] : cases) {
        for (SplitWrites mode : allSplitWrites())
            QTest::addRow("A10 handshake fails after 220: %s / %s", name, splitWritesName(mode)) << mode << after;
    }
}

void TestHostileStartTls::a10HandshakeFailsAfter220()
{
    // RFC 3207 §4: abort and report a TLS failure; never a plaintext byte after the 220, no half state.
    QFETCH(Script, after);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    withCredentials(settings);
    const SessionOutcome outcome = serve(server, upToStartTlsReply("220 go\r\n", after), settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed, qPrintable(outcome.text()));
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Tls));
    QVERIFY(!server.clientSentPlaintextAfter("220 go"));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "STARTTLS"}));
    QVERIFY(!server.tlsEstablished());
    QVERIFY(!outcome.result.capabilitiesAfterTls.has_value());
    QVERIFY(!outcome.result.tls.has_value() || !outcome.result.tls->verified);
}

void TestHostileStartTls::a11aImplicitTlsToPlaintextServer()
{
    // The greeting in clear is not TLS: the handshake fails ("wrong version number"), never a fallback to plaintext.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome = serve(server, {Send{"220 smtp.example ESMTP\r\n"}, Pause{1000}, Close{}},
                                         testSettings(server.port(), SecurityMode::Implicit));
    QCOMPARE(outcome.result.error.code, ErrorCode::TlsHandshakeFailed);
    QVERIFY(server.receivedLines(Phase::Plain).isEmpty());
}

void TestHostileStartTls::a11bStartTlsToImplicitTlsPort()
{
    // The server waits for a ClientHello and never greets: the greeting timeout, with a hint at implicit TLS.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.timeoutSeconds = 1;
    const SessionOutcome outcome =
        serve(server, {StartTls{ServerCertificate::Valid, ClientCertificateMode::None}, Stall{}}, settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::TimedOut);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Banner));
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("implicit TLS")));
}

void TestHostileStartTls::a12TlsVersionFloor_data()
{
    QTest::addColumn<QString>("versionOption");
    QTest::addRow("A12 server offers only TLS 1.0") << QStringLiteral("-tls1");
    QTest::addRow("A12 server offers only TLS 1.1") << QStringLiteral("-tls1_1");
}

void TestHostileStartTls::a12TlsVersionFloor()
{
    // RFC 8996 / RFC 8997: TLS 1.2 at least by default, and the failure says which versions this program offers.
    // Qt cannot make a TLS 1.1 server under Debian's OpenSSL policy, so the server is `openssl s_server` at security
    // level 0, as implicit TLS (no SMTP bytes precede the handshake, so there is nothing to split).
    QFETCH(QString, versionOption);
    const CertificateSet &pki = CertificateFactory::shared();
    OpensslServer server;
    QVERIFY2(server.start(pki.valid.certificate, pki.valid.key, {}, {versionOption}), qPrintable(server.errorString()));

    ConnectionSettings settings = testSettings(server.port(), SecurityMode::Implicit);
    withCredentials(settings);
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.tlsFailure == std::optional<TlsFailure>(TlsFailure::VersionRefused),
             qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("TLS 1.2")),
             qPrintable(outcome.result.error.message));
}

void TestHostileStartTls::a12OldVersionWhenAskedFor_data()
{
    QTest::addColumn<QString>("versionOption");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("agreed");
    QTest::addRow("A12 --tls-min 1.0 against a TLS 1.0 server")
        << QStringLiteral("-tls1") << int(TlsVersion::Tls1_0) << QStringLiteral("TLS 1.0");
    QTest::addRow("A12 --tls-min 1.1 against a TLS 1.1 server")
        << QStringLiteral("-tls1_1") << int(TlsVersion::Tls1_1) << QStringLiteral("TLS 1.1");
}

void TestHostileStartTls::a12OldVersionWhenAskedFor()
{
    // The floor moves only when asked: a whole session (greeting, EHLO, QUIT) with a real server that speaks nothing
    // newer, openssl s_server, the version agreed named in the report.
    QFETCH(QString, versionOption);
    QFETCH(int, minimum);
    QFETCH(QString, agreed);
    const CertificateSet &pki = CertificateFactory::shared();
    OpensslServer server;
    QVERIFY2(server.start(pki.valid.certificate, pki.valid.key, {}, {versionOption}, OpensslServer::Conversation::Smtp),
             qPrintable(server.errorString()));

    ConnectionSettings settings = testSettings(server.port(), SecurityMode::Implicit);
    settings.tlsMinimum = TlsVersion(minimum);
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY2(outcome.result.tls.has_value() && outcome.result.tls->verified, qPrintable(outcome.text()));
    QCOMPARE(outcome.result.tls->protocol, agreed);
}

void TestHostileStartTls::a13NoStateCarriedAcrossAttempts()
{
    // The same host, one app session: a plain attempt, then STARTTLS required against a server that now strips
    // STARTTLS, then a good STARTTLS attempt and again a stripped one. Nothing learnt by one attempt (a connection,
    // "no TLS here", capabilities) may decide the next: each applies its own security mode on its own connection.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    QFETCH(SplitWrites, split);
    const quint32 seed = splitSeed();
    const Script stripped = greetAndQuit("250-mx.test\r\n250 AUTH PLAIN LOGIN\r\n");
    server.addConnectionScript(withSplitWrites(stripped, split, seed));
    server.addConnectionScript(withSplitWrites(stripped, split, seed + 1));
    server.addConnectionScript(
        withSplitWrites(startTlsScript({Expect{"EHLO"}, Send{ehloReplyAfterTls}, Expect{"AUTH"},
                                        Send{"235 2.7.0 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}),
                        split, seed + 2));
    server.addConnectionScript(withSplitWrites(stripped, split, seed + 3));

    SessionHost host(1);
    const auto attempt = [&host](const ConnectionSettings &settings) {
        std::unique_ptr<SessionHandle> handle = host.createSession(settings);
        QSignalSpy finished(handle.get(), &SessionHandle::finished);
        handle->start();
        return finished.wait(15000) ? finished.first().first().value<SessionResult>() : SessionResult{};
    };
    ConnectionSettings plain = testSettings(server.port(), SecurityMode::None);
    ConnectionSettings required = testSettings(server.port(), SecurityMode::StartTls);
    withCredentials(required);

    QVERIFY(attempt(plain).ok());
    const SessionResult afterPlain = attempt(required);
    QCOMPARE(afterPlain.error.code, ErrorCode::StartTlsUnavailable);
    const SessionResult secure = attempt(required);
    QVERIFY2(secure.ok(), qPrintable(secure.error.message));
    const SessionResult afterSecure = attempt(required);
    QCOMPARE(afterSecure.error.code, ErrorCode::StartTlsUnavailable);

    QCOMPARE(server.connectionCount(), 4);
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("CANARY"));
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("AUTH"));
}

void TestHostileStartTls::a14FirstByteAfter220IsTls()
{
    // Nothing pipelined across the boundary: after STARTTLS the client waits for the 220, and its next byte starts a
    // TLS record.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    const SessionOutcome outcome = serve(
        server, startTlsScript({Expect{"EHLO"}, Send{ehloReplyAfterTls}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}),
        settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(!server.clientSentPlaintextAfter("220 go"));
    bool startTlsSeen = false;
    bool goAheadWritten = false;
    for (const TrafficEvent &event : server.traffic()) {
        if (event.direction == Direction::ServerToClient) {
            goAheadWritten = goAheadWritten || (startTlsSeen && event.phase == Phase::Plain);
            continue;
        }
        if (!startTlsSeen) {
            startTlsSeen = event.bytes.contains("STARTTLS");
            QVERIFY2(!startTlsSeen || event.bytes.endsWith("STARTTLS\r\n"), event.bytes.constData());
            continue;
        }
        QVERIFY2(goAheadWritten, "the client wrote before the 220");
        QCOMPARE(event.phase, Phase::TlsHandshake);
        QCOMPARE(event.bytes.at(0), '\x16');
        break;
    }
    QVERIFY(goAheadWritten);
}

void TestHostileStartTls::a14InjectedReplyToPostTlsEhlo_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<QByteArray>("reply");
    for (SplitWrites mode : allSplitWrites()) {
        QTest::addRow("A14 check 2: 235 to the post-TLS EHLO / %s", splitWritesName(mode))
            << mode << QByteArray("235 2.7.0 Authentication successful\r\n");
        QTest::addRow("A14 check 2: 354 to the post-TLS EHLO / %s", splitWritesName(mode))
            << mode << QByteArray("354 go ahead\r\n");
    }
}

void TestHostileStartTls::a14InjectedReplyToPostTlsEhlo()
{
    // What a server vulnerable to CVE-2011-0411 answers: a non-250 reply to EHLO is fatal, nothing may follow it.
    QFETCH(QByteArray, reply);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = QStringLiteral("user");
    settings.auth.password = QStringLiteral("CANARY-pw");
    settings.message.from = QStringLiteral("a@mx.test");
    settings.message.to = QStringList{QStringLiteral("b@mx.test")};
    const SessionOutcome outcome =
        serve(server, startTlsScript({Expect{"EHLO"}, Send{reply}, Pause{200}, Close{}}), settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ProtocolViolation);
    QCOMPARE(server.receivedLines(Phase::Tls), QList<QByteArray>{"EHLO client.test"});
}

QTEST_GUILESS_MAIN(TestHostileStartTls)
#include "tst_hostilestarttls.moc"
