// The session engine against a real SMTP server (aiosmtpd from Debian, started by the test on 127.0.0.1 with
// certificates the test generates): STARTTLS, implicit TLS, client-certificate demand, a plain server without
// STARTTLS, AUTH PLAIN and LOGIN, and messages read back byte for byte: one in memory, one of several MB streamed
// from a file.

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/sessionrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

const QString user = QStringLiteral("alice");
const QString password = QStringLiteral("CANARY-pw-9b1d");

ConnectionSettings settingsFor(const AiosmtpdProcess &server, SecurityMode security)
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.security = security;
    settings.timeoutSeconds = 10;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;
    return settings;
}

} // namespace

class TestSessionAiosmtpd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void starttlsSession();
    void implicitTlsSession();
    void plainServerWithoutStartTls();
    void clientCertificateDemanded_data();
    void clientCertificateDemanded();
    void authenticate_data();
    void authenticate();
    void wrongPassword();
    void messageArrivesIntact();
    void bigMessageFileArrivesIntact();
};

void TestSessionAiosmtpd::initTestCase()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (Debian package python3-aiosmtpd; .ci/install-deps installs it).");
    CertificateFactory::shared();
}

void TestSessionAiosmtpd::starttlsSession()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const SessionOutcome outcome = runSession(settingsFor(server, SecurityMode::StartTls));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.result.capabilitiesBeforeTls->startTls());
    QVERIFY(outcome.result.capabilitiesAfterTls.has_value());
    QVERIFY(!outcome.result.capabilitiesAfterTls->startTls());
    QVERIFY(outcome.result.tls->verified);
}

void TestSessionAiosmtpd::implicitTlsSession()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::ImplicitTls;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const SessionOutcome outcome = runSession(settingsFor(server, SecurityMode::Implicit));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.result.tls->verified);
    QVERIFY(outcome.result.tls->protocol.startsWith(QStringLiteral("TLS 1.")));
}

void TestSessionAiosmtpd::plainServerWithoutStartTls()
{
    AiosmtpdProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // Plain mode works; STARTTLS-required mode refuses to go on.
    const SessionOutcome plain = runSession(settingsFor(server, SecurityMode::None));
    QVERIFY2(plain.result.ok(), qPrintable(plain.text()));
    const SessionOutcome required = runSession(settingsFor(server, SecurityMode::StartTls));
    QCOMPARE(required.result.error.code, ErrorCode::StartTlsUnavailable);
}

void TestSessionAiosmtpd::clientCertificateDemanded_data()
{
    QTest::addColumn<bool>("presentCertificate");
    QTest::addRow("with a client certificate") << true;
    QTest::addRow("without one") << false;
}

void TestSessionAiosmtpd::clientCertificateDemanded()
{
    QFETCH(bool, presentCertificate);
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::ImplicitTls;
    options.requireClientCertificate = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::Implicit);
    if (presentCertificate) {
        settings.clientCertificateFile = CertificateFactory::shared().clientPkcs12;
        settings.clientKeyPassphrase = CertificateFactory::shared().clientPkcs12Password.toUtf8();
    }
    const SessionOutcome outcome = runSession(settings);
    if (presentCertificate) {
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
        QVERIFY(outcome.result.tls->clientCertificateSent);
    } else {
        QVERIFY2(outcome.result.error.code == ErrorCode::TlsHandshakeFailed ||
                     outcome.result.error.code == ErrorCode::ConnectionClosed,
                 qPrintable(outcome.text()));
    }
}

void TestSessionAiosmtpd::authenticate_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addRow("PLAIN") << QStringLiteral("PLAIN");
    QTest::addRow("LOGIN") << QStringLiteral("LOGIN");
    QTest::addRow("auto") << QStringLiteral("auto");
}

void TestSessionAiosmtpd::authenticate()
{
    QFETCH(QString, mechanism);
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.users = {user + QLatin1Char(':') + password};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = mechanism;
    settings.auth.user = user;
    settings.auth.password = password;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Info, QStringLiteral("Authenticated")));
    QVERIFY(!outcome.allTranscriptBytes().contains("CANARY"));
}

void TestSessionAiosmtpd::wrongPassword()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.users = {user + QLatin1Char(':') + password};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = user;
    settings.auth.password = QStringLiteral("wrong");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::AuthenticationFailed);
    QVERIFY(outcome.result.error.reply.has_value());
    QCOMPARE(outcome.result.error.reply->code, 535);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("PLAIN")));
}

void TestSessionAiosmtpd::messageArrivesIntact()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.users = {user + QLatin1Char(':') + password};
    options.storeMessages = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("auto");
    settings.auth.user = user;
    settings.auth.password = password;
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("one@example.org"), QStringLiteral("two@example.org")};
    const QByteArray message = "From: sender@example.org\r\nTo: one@example.org\r\nSubject: dots\r\n\r\n"
                               ".a line that starts with a dot\r\n..two dots\r\n.\r\nlast\r\n";
    settings.message.data = message;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QTRY_COMPARE_WITH_TIMEOUT(server.storedMessages().size(), 1, 5000);
    const StoredMessage stored = server.storedMessages().first();
    QCOMPARE(stored.content, message);
    QCOMPARE(stored.envelope.value(QStringLiteral("mail_from")).toString(), QStringLiteral("sender@example.org"));
    QCOMPARE(stored.envelope.value(QStringLiteral("rcpt_tos")).toVariant().toStringList(), settings.message.to);
}

void TestSessionAiosmtpd::bigMessageFileArrivesIntact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // CRLF lines, many starting with a dot, some of them across the reader's 64 KiB piece borders: what the server
    // stores after undoing the dot-stuffing must be the file, byte for byte.
    QByteArray message = "From: sender@example.org\r\nTo: one@example.org\r\nSubject: big\r\n\r\n";
    for (int i = 0; message.size() < 6 * 1024 * 1024; ++i)
        message += (i % 3 == 0 ? "." : "") + QByteArray::number(i) + QByteArray(i % 97, 'x') + "\r\n";
    const QString path = dir.filePath(QStringLiteral("big.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(message), message.size());
    file.close();
    QString error;
    const std::optional<MessageFile> described = describeMessageFile(path, &error);
    QVERIFY2(described, qPrintable(error));

    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.storeMessages = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    ConnectionSettings settings = settingsFor(server, SecurityMode::StartTls);
    settings.message.from = QStringLiteral("sender@example.org");
    settings.message.to = {QStringLiteral("one@example.org")};
    settings.message.file = described;
    const SessionOutcome outcome = runSession(settings, 60000);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QTRY_COMPARE_WITH_TIMEOUT(server.storedMessages().size(), 1, 10000);
    QVERIFY(server.storedMessages().first().content == message);
    // The transcript sums the text up in one line instead of holding it.
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Info,
                             QStringLiteral("(message data: %1 line").arg(described->facts.lines)));
    QVERIFY(!outcome.hasEvent(TranscriptEvent::Kind::Client, QStringLiteral("xxxxxxxx")));
}

QTEST_GUILESS_MAIN(TestSessionAiosmtpd)
#include "tst_sessionaiosmtpd.moc"
