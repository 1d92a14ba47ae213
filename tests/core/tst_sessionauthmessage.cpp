// Authentication and message submission by the session engine, against the scriptable test server with exact
// bytes: the RFC 8314 credential policy, redaction (hostile-server cases E1-E3, E5), challenge abuse (C9), the
// envelope parameters (C11) and the DATA and BDAT payloads (C12). The catalogue's E rows run with the server's bytes
// whole, byte by byte and in random splits.

#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/splitwrites.h"

#include <QTest>

#include <algorithm>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

const QString canaryUser = QStringLiteral("canary-user-7f3e");
const QString canaryPassword = QStringLiteral("CANARY-pw-9b1d-Ω");

const QByteArray tlsEhloReply = "250-mx.test\r\n250-SIZE 1000000\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n";

ConnectionSettings settingsFor(const ScriptableSmtpServer &server, SecurityMode security)
{
    ConnectionSettings settings = testSettings(server.port(), security);
    settings.auth.user = canaryUser;
    settings.auth.password = canaryPassword;
    return settings;
}

/// Greeting, EHLO, STARTTLS and the EHLO after TLS, then the given steps.
Script overTls(const QByteArray &ehloReply, const Script &steps)
{
    Script script{Send{"220 mx.test ESMTP\r\n"},
                  Expect{"EHLO"},
                  Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                  Expect{"STARTTLS"},
                  Send{"220 go\r\n"},
                  StartTls{ServerCertificate::Valid, ClientCertificateMode::None},
                  Expect{"EHLO"},
                  Send{ehloReply}};
    script.append(steps);
    return script;
}

QByteArray plainBlob()
{
    const QByteArray nul(1, '\0');
    return QByteArray(nul + canaryUser.toUtf8() + nul + canaryPassword.toUtf8()).toBase64();
}

/// Every form of the canary secrets that must never show up (hostile E5).
QList<QByteArray> secretForms()
{
    return {canaryPassword.toUtf8(), canaryPassword.toUtf8().toBase64(), plainBlob(),
            QByteArray::fromRawData("CANARY", 6)};
}

} // namespace

class TestSessionAuthMessage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CertificateFactory::shared(); }

    void e5PlainAuthIsRedacted_data() { addSplitWriteRows("E5 PLAIN canaries redacted"); }
    void e5PlainAuthIsRedacted();
    void e5LoginAuthIsRedacted_data() { addSplitWriteRows("E5 LOGIN canaries redacted"); }
    void e5LoginAuthIsRedacted();
    void wrongPasswordReportsReplyAndMechanism();
    void e1NoCredentialsWithoutTls_data() { addSplitWriteRows("E1 no AUTH over plaintext by default"); }
    void e1NoCredentialsWithoutTls();
    void e3NoCredentialsOverUnvalidatedTls_data()
    {
        addSplitWriteRows("E3 nothing but QUIT without minimum confidentiality");
    }
    void e3NoCredentialsOverUnvalidatedTls();
    void plaintextAuthOnlyWhenAllowed();
    void e2TestNeverSendsCredentialsInPlaintext_data()
    {
        addSplitWriteRows("E2 a test sends no credentials without TLS");
    }
    void e2TestNeverSendsCredentialsInPlaintext();
    void mechanismNotOffered();
    void c9UndecodableChallengeIsCancelled_data() { addSplitWriteRows("C9 challenge that is not base64"); }
    void c9UndecodableChallengeIsCancelled();
    void c12MessageIsDotStuffedAndTerminated();
    void c11ParametersOnlyWhenAdvertised();
    void dsnParametersWhenAdvertised();
    void refusedRecipientIsReported();
    void allRecipientsRefused();
    void chunkingUsesBdat();
    void c10InjectionInAddressIsRefused();
    void pipelinedEnvelope();
    void pipelinedSenderRefused();
    void pipelinedDataAcceptedAfterFailure();
};

void TestSessionAuthMessage::e5PlainAuthIsRedacted()
{
    QFETCH(SplitWrites, split);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        withSplitWrites(overTls(tlsEhloReply, {Expect{"AUTH PLAIN " + plainBlob()}, Send{"235 2.7.0 Accepted\r\n"},
                                               Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}),
                        split, splitSeed()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Client, QStringLiteral("AUTH PLAIN <redacted>")));
    const QByteArray everything = outcome.allTranscriptBytes();
    for (const QByteArray &secret : secretForms())
        QVERIFY2(!everything.contains(secret), secret.constData());
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("AUTH"));
}

void TestSessionAuthMessage::e5LoginAuthIsRedacted()
{
    QFETCH(SplitWrites, split);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        withSplitWrites(overTls(tlsEhloReply, {Expect{"AUTH LOGIN"}, Send{"334 VXNlcm5hbWU6\r\n"},
                                               Expect{canaryUser.toUtf8().toBase64()}, Send{"334 UGFzc3dvcmQ6\r\n"},
                                               Expect{canaryPassword.toUtf8().toBase64()}, Send{"235 2.7.0 ok\r\n"},
                                               Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}),
                        split, splitSeed()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("LOGIN");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const QByteArray everything = outcome.allTranscriptBytes();
    for (const QByteArray &secret : secretForms())
        QVERIFY2(!everything.contains(secret), secret.constData());
    QVERIFY(!everything.contains(canaryUser.toUtf8().toBase64()));
}

void TestSessionAuthMessage::wrongPasswordReportsReplyAndMechanism()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls(tlsEhloReply, {Expect{"AUTH"}, Send{"535 5.7.8 Authentication credentials invalid\r\n"},
                                            Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("auto");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::AuthenticationFailed);
    QVERIFY(outcome.result.error.reply.has_value());
    QCOMPARE(outcome.result.error.reply->code, 535);
    QCOMPARE(outcome.result.error.reply->enhanced.toString(), QStringLiteral("5.7.8"));
    // "auto" picks the strongest offered: CRAM-MD5 over PLAIN and LOGIN.
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("CRAM-MD5")),
             qPrintable(outcome.result.error.message));
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Auth));
}

void TestSessionAuthMessage::e1NoCredentialsWithoutTls()
{
    QFETCH(SplitWrites, split);
    // Hostile E1: a plaintext server advertising AUTH gets no credentials.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        withSplitWrites({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 AUTH PLAIN LOGIN\r\n"},
                         Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}},
                        split, splitSeed()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::AuthenticationRefused);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("not encrypted")));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void TestSessionAuthMessage::e3NoCredentialsOverUnvalidatedTls()
{
    QFETCH(SplitWrites, split);
    // Hostile E3: a trusted-site session has TLS, but not the minimum confidentiality of RFC 8314 §5.2.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script{Send{"220 mx.test ESMTP\r\n"},
                  Expect{"EHLO"},
                  Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                  Expect{"STARTTLS"},
                  Send{"220 go\r\n"},
                  StartTls{ServerCertificate::SelfSigned, ClientCertificateMode::None},
                  Expect{"EHLO"},
                  Send{tlsEhloReply},
                  Expect{"QUIT"},
                  Send{"221 bye\r\n"},
                  Close{}};
    server.setScript(withSplitWrites(script, split, splitSeed()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.trustedSite = true;
    settings.auth.mechanism = QStringLiteral("PLAIN");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::AuthenticationRefused);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("not validated")));
    QCOMPARE(server.receivedLines(Phase::Tls), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void TestSessionAuthMessage::plaintextAuthOnlyWhenAllowed()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 AUTH PLAIN\r\n"},
                      Expect{"AUTH PLAIN"}, Send{"235 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.allowPlaintext = true;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("PLAINTEXT AUTHENTICATION")));
}

void TestSessionAuthMessage::e2TestNeverSendsCredentialsInPlaintext()
{
    QFETCH(SplitWrites, split);
    // Hostile E2: even with plaintext AUTH allowed, a test stops after capability discovery without TLS.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        withSplitWrites({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 AUTH PLAIN\r\n"},
                         Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}},
                        split, splitSeed()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::None);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.allowPlaintext = true;
    settings.auth.testOnly = true;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("RFC 8314")));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void TestSessionAuthMessage::mechanismNotOffered()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls("250-mx.test\r\n250 AUTH LOGIN\r\n", {Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("SCRAM-SHA-256");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::AuthenticationRefused);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("SCRAM-SHA-256")));
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("LOGIN")));
}

void TestSessionAuthMessage::c9UndecodableChallengeIsCancelled()
{
    QFETCH(SplitWrites, split);
    // Hostile C9: a challenge that is not base64 is answered with "*".
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(withSplitWrites(
        overTls(tlsEhloReply, {Expect{"AUTH CRAM-MD5"}, Send{"334 !!!!\r\n"}, Expect{"*"},
                               Send{"501 5.0.0 cancelled\r\n"}, ExpectAny{}, Send{"221 bye\r\n"}, Close{}}),
        split, splitSeed()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("CRAM-MD5");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY(!outcome.result.ok());
    QVERIFY2(outcome.result.error.code == ErrorCode::AuthenticationFailed ||
                 outcome.result.error.code == ErrorCode::ProtocolViolation,
             qPrintable(outcome.text()));
    QVERIFY(server.receivedLines(Phase::Tls).contains("*"));
}

void TestSessionAuthMessage::c12MessageIsDotStuffedAndTerminated()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        overTls(tlsEhloReply, {Expect{"MAIL FROM:<sender@example.org>"}, Send{"250 2.1.0 ok\r\n"},
                               Expect{"RCPT TO:<rcpt@example.org>"}, Send{"250 2.1.5 ok\r\n"}, Expect{"DATA"},
                               Send{"354 go ahead\r\n"}, ReceiveData{}, Send{"250 2.0.0 queued as X1\r\n"},
                               Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("rcpt@example.org")};
    settings.message.data = "Subject: dots\n\n.leading dot\nbare\rcr\r\n.\n..two\nlast line without end";
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const QByteArray received = server.receivedBytes(Phase::Tls);
    const qsizetype start = received.indexOf("DATA\r\n") + 6;
    QVERIFY(start > 6);
    const QByteArray body = received.mid(start, received.indexOf("QUIT") - start);
    QCOMPARE(body, QByteArray("Subject: dots\r\n\r\n..leading dot\r\nbare\r\ncr\r\n..\r\n...two\r\nlast line without "
                              "end\r\n.\r\n"));
    QCOMPARE(outcome.result.recipientReplies.size(), 1);
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Info, QStringLiteral("queued as X1")));
}

void TestSessionAuthMessage::c11ParametersOnlyWhenAdvertised()
{
    // Hostile C11: no DSN parameters to a server that does not advertise DSN. The user asked for notifications, so
    // the message is not sent without them: the session stops before MAIL FROM and says why.
    for (const char *asked : {"notify", "ret", "envid"}) {
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(overTls(tlsEhloReply, {Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
        ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
        settings.message.from = QStringLiteral("sender@example.org");
        settings.message.to = {QStringLiteral("rcpt@example.org")};
        if (qstrcmp(asked, "notify") == 0)
            settings.message.dsnNotify = QStringLiteral("SUCCESS,FAILURE");
        else if (qstrcmp(asked, "ret") == 0)
            settings.message.dsnReturn = QStringLiteral("HDRS");
        else
            settings.message.dsnEnvelopeId = QStringLiteral("id-1");
        const SessionOutcome outcome = runSession(settings);
        QVERIFY2(!outcome.result.ok(), asked);
        QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
        QVERIFY2(outcome.result.error.message.contains(QStringLiteral("DSN")),
                 qPrintable(outcome.result.error.message));
        const QList<QByteArray> lines = server.receivedLines(Phase::Tls);
        QVERIFY2(std::none_of(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.startsWith("MAIL"); }),
                 asked);
        QCOMPARE(lines.constLast(), QByteArray("QUIT"));
    }
}

void TestSessionAuthMessage::dsnParametersWhenAdvertised()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        overTls("250-mx.test\r\n250 DSN\r\n",
                {Expect{"MAIL FROM"}, Send{"250 ok\r\n"}, Expect{"RCPT TO"}, Send{"250 ok\r\n"}, Expect{"DATA"},
                 Send{"354 go\r\n"}, ReceiveData{}, Send{"250 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("rcpt@example.org")};
    settings.message.dsnNotify = QStringLiteral("success,failure");
    settings.message.dsnReturn = QStringLiteral("HDRS");
    settings.message.dsnEnvelopeId = QStringLiteral("id+1=x");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const QList<QByteArray> lines = server.receivedLines(Phase::Tls);
    QVERIFY2(lines.at(1).contains(" RET=HDRS") && lines.at(1).contains(" ENVID=id+2B1+3Dx"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(" NOTIFY=SUCCESS,FAILURE"), lines.at(2).constData());
}

void TestSessionAuthMessage::refusedRecipientIsReported()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls(tlsEhloReply, {Expect{"MAIL FROM"}, Send{"250 ok\r\n"}, Expect{"RCPT TO:<a@"},
                                            Send{"550 5.1.1 no such user\r\n"}, Expect{"RCPT TO:<b@"},
                                            Send{"250 ok\r\n"}, Expect{"DATA"}, Send{"354 go\r\n"}, ReceiveData{},
                                            Send{"250 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.recipientReplies.size(), 2);
    QCOMPARE(outcome.result.recipientReplies.at(0).code, 550);
    QCOMPARE(outcome.result.recipientReplies.at(1).code, 250);
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("a@example.org")));
}

void TestSessionAuthMessage::allRecipientsRefused()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        overTls(tlsEhloReply, {Expect{"MAIL FROM"}, Send{"250 ok\r\n"}, Expect{"RCPT TO"},
                               Send{"550 5.1.1 no such user\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("a@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Rcpt));
    QCOMPARE(outcome.result.error.reply->enhanced.toString(), QStringLiteral("5.1.1"));
    QVERIFY(!server.receivedLines(Phase::Tls).contains("DATA"));
}

void TestSessionAuthMessage::chunkingUsesBdat()
{
    const QByteArray message = "Subject: chunk\r\n\r\n.not stuffed\r\n";
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls("250-mx.test\r\n250 CHUNKING\r\n",
                             {Expect{"MAIL FROM"}, Send{"250 ok\r\n"}, Expect{"RCPT TO"}, Send{"250 ok\r\n"},
                              Expect{"BDAT " + QByteArray::number(message.size()) + " LAST"},
                              // The chunk's three lines reach the server's line reader unchanged.
                              Expect{"Subject: chunk"}, ExpectAny{}, Expect{".not stuffed"}, Send{"250 2.0.0 ok\r\n"},
                              Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("rcpt@example.org")};
    settings.message.data = message;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const QByteArray received = server.receivedBytes(Phase::Tls);
    QVERIFY2(received.contains(QByteArray(" LAST\r\n" + message + "QUIT")), received.constData());
}

void TestSessionAuthMessage::c10InjectionInAddressIsRefused()
{
    // Hostile C10: nothing of a poisoned address reaches the wire.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls(tlsEhloReply, {Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("a@example.com>\r\nRCPT TO:<attacker@evil.test");
    settings.message.to = {QStringLiteral("rcpt@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::InvalidSettings);
    QVERIFY(!server.receivedBytes(Phase::Tls).contains("attacker"));
}

namespace
{

const QByteArray pipeliningEhloReply = "250-mx.test\r\n250-PIPELINING\r\n250 SIZE 100000\r\n";

ConnectionSettings pipelinedMessage(const ScriptableSmtpServer &server)
{
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    settings.message.data = "Subject: pipelined\r\n\r\nbody\r\n";
    return settings;
}

} // namespace

void TestSessionAuthMessage::pipelinedEnvelope()
{
    // RFC 2920: the server reads the whole group before it answers anything.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls(pipeliningEhloReply,
                             {Expect{"MAIL FROM"}, Expect{"RCPT TO:<a@"}, Expect{"RCPT TO:<b@"}, Expect{"DATA"},
                              Send{"250 2.1.0 ok\r\n550 5.1.1 unknown\r\n250 2.1.5 ok\r\n354 go\r\n"}, ReceiveData{},
                              Send{"250 2.0.0 queued\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    const SessionOutcome outcome = runSession(pipelinedMessage(server));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.recipientReplies.size(), 2);
    QCOMPARE(outcome.result.recipientReplies.at(0).code, 550);
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Info, QStringLiteral("PIPELINING")));
    QVERIFY(server.receivedBytes(Phase::Tls).contains("\r\nbody\r\n.\r\n"));
}

void TestSessionAuthMessage::pipelinedSenderRefused()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        overTls(pipeliningEhloReply, {Expect{"MAIL FROM"}, Expect{"RCPT"}, Expect{"RCPT"}, Expect{"DATA"},
                                      Send{"550 5.7.1 sender refused\r\n503 5.5.1 no\r\n503 5.5.1 no\r\n554 5.5.1 no "
                                           "valid recipients\r\n"},
                                      Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    const SessionOutcome outcome = runSession(pipelinedMessage(server));
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Mail));
    QCOMPARE(outcome.result.error.reply->code, 550);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("MAIL FROM")));
}

void TestSessionAuthMessage::pipelinedDataAcceptedAfterFailure()
{
    // RFC 2920 §3.1: a 354 although no recipient was accepted is answered by the lone dot, never by the message.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(overTls(pipeliningEhloReply, {Expect{"MAIL FROM"}, Expect{"RCPT"}, Expect{"RCPT"}, Expect{"DATA"},
                                                   Send{"250 ok\r\n550 no\r\n550 no\r\n354 go\r\n"}, Expect{"."},
                                                   Send{"554 5.5.1 no valid recipients\r\n"}, Expect{"QUIT"},
                                                   Send{"221 bye\r\n"}, Close{}}));
    const SessionOutcome outcome = runSession(pipelinedMessage(server));
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QCOMPARE(outcome.result.error.stage, std::optional<Stage>(Stage::Rcpt));
    QVERIFY(!server.receivedBytes(Phase::Tls).contains("body"));
}

QTEST_GUILESS_MAIN(TestSessionAuthMessage)
#include "tst_sessionauthmessage.moc"
