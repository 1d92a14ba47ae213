#include "tests/support/aiosmtpdprocess.h"

#include <QJsonArray>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int Timeout = 10000;

// aiosmtpd runs in its own process, so blocking waits are fine here.
QByteArray readReply(QSslSocket &socket)
{
    QByteArray reply;
    for (int lines = 0; lines < 100; ++lines) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(Timeout))
                return reply;
        }
        const QByteArray line = socket.readLine();
        reply += line;
        // RFC 5321 §4.2.1: "xyz-" continues a multiline reply, "xyz " ends it.
        if (line.size() < 4 || line.at(3) != '-')
            return reply;
    }
    return reply;
}

QByteArray command(QSslSocket &socket, const QByteArray &line)
{
    socket.write(line + "\r\n");
    return readReply(socket);
}

} // namespace

class TestAiosmtpd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsAndAuth_data();
    void startTlsAndAuth();
    void implicitTls();
    void clientCertificateRequired_data();
    void clientCertificateRequired();
    void plainServerStopsWithTheObject();
};

void TestAiosmtpd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed for /usr/bin/python3 (Debian: apt install python3-aiosmtpd)");
    CertificateFactory::shared();
}

void TestAiosmtpd::startTlsAndAuth_data()
{
    QTest::addColumn<QByteArray>("authPlain");
    QTest::addColumn<QByteArray>("expectedCode");

    QTest::addRow("right password") << QByteArray("\0alice\0secret", 13).toBase64() << QByteArray("235");
    QTest::addRow("wrong password") << QByteArray("\0alice\0wrong", 12).toBase64() << QByteArray("535");
    QTest::addRow("unknown user") << QByteArray("\0mallory\0secret", 15).toBase64() << QByteArray("535");
}

void TestAiosmtpd::startTlsAndAuth()
{
    QFETCH(QByteArray, authPlain);
    QFETCH(QByteArray, expectedCode);

    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.users = {QStringLiteral("alice:secret")};
    options.storeMessages = true;
    options.hostname = QStringLiteral("mx.test");
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);

    QSslSocket socket;
    socket.setSslConfiguration(CertificateFactory::clientConfiguration());
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(Timeout));
    QVERIFY(readReply(socket).startsWith("220 mx.test"));

    const QByteArray plainEhlo = command(socket, "EHLO client.test");
    QVERIFY(plainEhlo.startsWith("250-mx.test"));
    QVERIFY(plainEhlo.contains("STARTTLS"));
    QVERIFY2(!plainEhlo.contains("AUTH"), "AUTH must not be offered before TLS");

    QVERIFY(command(socket, "STARTTLS").startsWith("220"));
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(Timeout), qPrintable(socket.errorString()));
    QVERIFY(socket.sslHandshakeErrors().isEmpty());

    const QByteArray tlsEhlo = command(socket, "EHLO client.test");
    QVERIFY(tlsEhlo.contains("AUTH LOGIN PLAIN"));
    QVERIFY(!tlsEhlo.contains("STARTTLS"));

    const QByteArray auth = command(socket, "AUTH PLAIN " + authPlain);
    QVERIFY2(auth.startsWith(expectedCode), auth.constData());
    if (expectedCode != "235")
        return;

    QVERIFY(command(socket, "MAIL FROM:<alice@example.test>").startsWith("250"));
    QVERIFY(command(socket, "RCPT TO:<bob@example.test>").startsWith("250"));
    QVERIFY(command(socket, "DATA").startsWith("354"));
    QVERIFY(command(socket, "Subject: test\r\n\r\n..leading dot\r\nbody\r\n.").startsWith("250"));
    QVERIFY(command(socket, "QUIT").startsWith("221"));

    QTRY_COMPARE_WITH_TIMEOUT(server.storedMessages().size(), 1, Timeout);
    const StoredMessage message = server.storedMessages().constFirst();
    QCOMPARE(message.content, QByteArray("Subject: test\r\n\r\n.leading dot\r\nbody\r\n"));
    QCOMPARE(message.envelope.value(QStringLiteral("mail_from")).toString(), QStringLiteral("alice@example.test"));
    QCOMPARE(message.envelope.value(QStringLiteral("tls")).toBool(), true);
    QCOMPARE(message.envelope.value(QStringLiteral("helo")).toString(), QStringLiteral("client.test"));
    QCOMPARE(message.envelope.value(QStringLiteral("rcpt_tos")).toArray().size(), 1);
    QCOMPARE(message.envelope.value(QStringLiteral("auth_login")).toString(), QStringLiteral("alice"));
}

void TestAiosmtpd::implicitTls()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::ImplicitTls;
    options.users = {QStringLiteral("alice:secret")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    QSslSocket socket;
    socket.setSslConfiguration(CertificateFactory::clientConfiguration());
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QVERIFY2(socket.waitForEncrypted(Timeout), qPrintable(socket.errorString()));
    QVERIFY(readReply(socket).startsWith("220 "));
    QVERIFY(command(socket, "EHLO client.test").contains("AUTH LOGIN PLAIN"));
    const QByteArray auth = command(socket, "AUTH PLAIN " + QByteArray("\0alice\0secret", 13).toBase64());
    QVERIFY2(auth.startsWith("235"), auth.constData());
}

void TestAiosmtpd::clientCertificateRequired_data()
{
    QTest::addColumn<bool>("presentCertificate");
    QTest::addRow("presented") << true;
    QTest::addRow("missing") << false;
}

void TestAiosmtpd::clientCertificateRequired()
{
    QFETCH(bool, presentCertificate);

    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::ImplicitTls;
    options.requireClientCertificate = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    QSslSocket socket;
    QSslConfiguration configuration = CertificateFactory::clientConfiguration();
    if (presentCertificate) {
        configuration.setLocalCertificate(CertificateFactory::clientCertificate());
        configuration.setPrivateKey(CertificateFactory::clientKey());
    }
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    // With TLS 1.3 the server's verdict on the client certificate arrives after the client's handshake ends, so
    // the greeting is what tells the cases apart.
    const QByteArray greeting = readReply(socket);
    QCOMPARE(greeting.startsWith("220 "), presentCertificate);
}

void TestAiosmtpd::plainServerStopsWithTheObject()
{
    quint16 port = 0;
    {
        AiosmtpdProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.isRunning());
        QSslSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(Timeout));
        QVERIFY(readReply(socket).startsWith("220 aiosmtpd.test"));
        const QByteArray ehlo = command(socket, "EHLO client.test");
        QVERIFY(ehlo.startsWith("250-aiosmtpd.test"));
        QVERIFY2(!ehlo.contains("AUTH"), "no users, no AUTH");
        QVERIFY(!ehlo.contains("STARTTLS"));
        port = server.port();
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));
}

QTEST_GUILESS_MAIN(TestAiosmtpd)
#include "tst_aiosmtpd.moc"
