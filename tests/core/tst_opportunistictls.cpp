// --security starttls-opportunistic, as swaks's --tls-optional-strict: STARTTLS when the server offers it; plaintext,
// said as a warning, when it does not; an offered STARTTLS that fails (refused, a broken handshake, an untrusted
// certificate) is an error and never a fallback to plaintext. Credentials stay off a plaintext connection.

#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

const QByteArray ehloWithStartTls = "250-mx.test\r\n250-AUTH PLAIN\r\n250 STARTTLS\r\n";
const QByteArray ehloWithoutStartTls = "250-mx.test\r\n250 AUTH PLAIN\r\n";

Script offeredThen(const QByteArray &startTlsReply, const Script &after)
{
    Script script{Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloWithStartTls}, Expect{"STARTTLS"},
                  Send{startTlsReply}};
    script.append(after);
    return script;
}

ConnectionSettings opportunistic(quint16 port)
{
    return testSettings(port, SecurityMode::StartTlsOpportunistic);
}

/// Nothing but QUIT (or nothing) after the point where the session had to stop.
bool onlyQuit(const QList<QByteArray> &lines)
{
    return lines.isEmpty() || lines == QList<QByteArray>{"QUIT"};
}

} // namespace

class TestOpportunisticTls final : public QObject
{
    Q_OBJECT

private slots:
    void offeredIsUsed();
    void notOfferedGoesOnInPlaintextWithAWarning();
    void notOfferedKeepsCredentialsOff();
    void offeredButRefusedIsAnError();
    void offeredButHandshakeFailsIsAnError();
    void offeredButUntrustedIsAnError();
};

void TestOpportunisticTls::offeredIsUsed()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        offeredThen("220 go\r\n", {StartTls{ServerCertificate::Valid, ClientCertificateMode::None}, Expect{"EHLO"},
                                   Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    const SessionOutcome outcome = runSession(opportunistic(server.port()));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(server.tlsEstablished());
    QVERIFY2(outcome.result.tls.has_value() && outcome.result.tls->verified, qPrintable(outcome.text()));
    QVERIFY2(!outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("plaintext")),
             qPrintable(outcome.text()));
}

void TestOpportunisticTls::notOfferedGoesOnInPlaintextWithAWarning()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloWithoutStartTls}, Expect{"QUIT"},
                      Send{"221 bye\r\n"}, Close{}});
    const SessionOutcome outcome = runSession(opportunistic(server.port()));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(!outcome.result.tls.has_value());
    QVERIFY2(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("did not offer STARTTLS")),
             qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void TestOpportunisticTls::notOfferedKeepsCredentialsOff()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{ehloWithoutStartTls}, ExpectAny{},
                      Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = opportunistic(server.port());
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = QStringLiteral("user");
    settings.auth.password = QStringLiteral("CANARY-pw");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::AuthenticationRefused);
    QVERIFY2(!server.receivedBytes(Phase::Plain).contains("AUTH"), server.receivedBytes(Phase::Plain).constData());
}

void TestOpportunisticTls::offeredButRefusedIsAnError()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(offeredThen("454 4.7.0 TLS not available\r\n", {ExpectAny{}, Send{"221 bye\r\n"}, Close{}}));
    ConnectionSettings settings = opportunistic(server.port());
    settings.message.from = QStringLiteral("a@example.org");
    settings.message.to = QStringList{QStringLiteral("b@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(!outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.error.code, ErrorCode::StartTlsUnavailable);
    const QList<QByteArray> lines = server.receivedLines(Phase::Plain);
    QVERIFY2(onlyQuit(lines.mid(lines.indexOf("STARTTLS") + 1)), lines.join(" | ").constData());
}

void TestOpportunisticTls::offeredButHandshakeFailsIsAnError()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    // The server hangs up where the handshake should be.
    server.setScript(offeredThen("220 go\r\n", {Close{}}));
    ConnectionSettings settings = opportunistic(server.port());
    settings.message.from = QStringLiteral("a@example.org");
    settings.message.to = QStringList{QStringLiteral("b@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed ||
                 outcome.result.error.code == ErrorCode::ConnectionClosed,
             qPrintable(outcome.text()));
    const QList<QByteArray> lines = server.receivedLines(Phase::Plain);
    QCOMPARE(lines.constLast(), QByteArray("STARTTLS"));
}

void TestOpportunisticTls::offeredButUntrustedIsAnError()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(offeredThen("220 go\r\n", {StartTls{ServerCertificate::SelfSigned, ClientCertificateMode::None},
                                                ExpectAny{}, Send{"221 bye\r\n"}, Close{}}));
    const SessionOutcome outcome = runSession(opportunistic(server.port()));
    QCOMPARE(outcome.result.error.code, ErrorCode::CertificateUntrusted);
    QVERIFY2(onlyQuit(server.receivedLines(Phase::Tls)), server.receivedLines(Phase::Tls).join(" | ").constData());
}

QTEST_GUILESS_MAIN(TestOpportunisticTls)
#include "tst_opportunistictls.moc"
