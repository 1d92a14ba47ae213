// The transport flags of smtp-workbench-cli (-4, -6, --bind, --protocol, --xclient, --proxy-header, --proxy-source):
// their exit statuses, and what real servers saw: the client a PROXY header claims and LMTP's replies (aiosmtpd),
// the client XCLIENT names (a private Postfix).

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"
#include "tests/support/postfixinstance.h"
#include "tests/support/scriptablesmtpserver.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 30000;

QStringList plainArguments(quint16 port)
{
    return {QStringLiteral("--host"),     QStringLiteral("127.0.0.1"),  QStringLiteral("--port"),
            QString::number(port),        QStringLiteral("--security"), QStringLiteral("none"),
            QStringLiteral("--timeout"),  QStringLiteral("5"),          QStringLiteral("--local-name"),
            QStringLiteral("client.test")};
}

QStringList withMessage(QStringList arguments, const QStringList &recipients)
{
    arguments << QStringLiteral("--from") << QStringLiteral("a@example.org");
    for (const QString &recipient : recipients)
        arguments << QStringLiteral("--to") << recipient;
    return arguments;
}

} // namespace

class TestCliTransport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void nameWithoutTheFamilyIsExit2();
    void xclientNotOfferedIsExit7();
    void proxyHeaderSeenByAiosmtpd_data();
    void proxyHeaderSeenByAiosmtpd();
    void lmtpRepliesPerRecipientFromAiosmtpd();
    void xclientWithPostfix();

private:
    CliRun run(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(SMTP_CLI_BINARY), arguments, m_dir.filePath(QStringLiteral("config")), {},
                      processWaitMs);
    }

    QTemporaryDir m_dir;
};

void TestCliTransport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCliTransport::usageErrors_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");
    QTest::addRow("-4 with -6") << QStringList{QStringLiteral("-4"), QStringLiteral("-6")}
                                << QStringLiteral("-4 or -6");
    QTest::addRow("unknown protocol") << QStringList{QStringLiteral("--protocol"), QStringLiteral("esmtp")}
                                      << QStringLiteral("smtp or lmtp");
    QTest::addRow("xclient without =") << QStringList{QStringLiteral("--xclient"), QStringLiteral("ADDR")}
                                       << QStringLiteral("NAME=VALUE");
    QTest::addRow("bad proxy source") << QStringList{QStringLiteral("--proxy-header"), QStringLiteral("v1"),
                                                     QStringLiteral("--proxy-source"), QStringLiteral("nowhere")}
                                      << QStringLiteral("--proxy-source");
    QTest::addRow("bind not local") << QStringList{QStringLiteral("--bind"), QStringLiteral("192.0.2.55")}
                                    << QStringLiteral("192.0.2.55 cannot be used");
}

void TestCliTransport::usageErrors()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    // Nothing listens on the port: a usage error is found before any connection, a --bind failure before connecting.
    const CliRun result = run(plainArguments(9) + flags);
    QVERIFY2(result.finished, qPrintable(result.describe()));
    QCOMPARE(result.exitStatus, 1);
    QVERIFY2(result.output().contains(message.toUtf8()), qPrintable(result.describe()));
}

void TestCliTransport::nameWithoutTheFamilyIsExit2()
{
    for (const QHostAddress &address : QHostInfo::fromName(QStringLiteral("localhost")).addresses()) {
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            QSKIP("localhost has an IPv6 address here");
    }
    ScriptableSmtpServer server;
    server.setScript(greetAndQuit("250 mx.test\r\n"));
    QVERIFY(server.listen());
    QStringList arguments = plainArguments(server.port());
    arguments[1] = QStringLiteral("localhost");
    const CliRun six = run(arguments << QStringLiteral("-6"));
    QCOMPARE(six.exitStatus, 2);
    QVERIFY2(six.output().contains("has no IPv6 address"), qPrintable(six.describe()));
    QCOMPARE(server.connectionCount(), 0);
    arguments.removeLast();
    const CliRun four = run(arguments << QStringLiteral("-4"));
    QVERIFY2(four.exitStatus == 0, qPrintable(four.describe()));
}

void TestCliTransport::xclientNotOfferedIsExit7()
{
    ScriptableSmtpServer server;
    server.setScript(greetAndQuit("250-mx.test\r\n250 PIPELINING\r\n"));
    QVERIFY(server.listen());
    const CliRun result =
        run(plainArguments(server.port()) << QStringLiteral("--xclient") << QStringLiteral("ADDR=192.0.2.1"));
    QCOMPARE(result.exitStatus, 7);
    QVERIFY2(result.output().contains("does not offer XCLIENT"), qPrintable(result.describe()));
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("XCLIENT"));
}

void TestCliTransport::proxyHeaderSeenByAiosmtpd_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addRow("v1 IPv4") << QStringLiteral("v1") << QStringLiteral("203.0.113.9:5555")
                             << QStringLiteral("203.0.113.9") << 5555;
    QTest::addRow("v2 IPv4") << QStringLiteral("v2") << QStringLiteral("198.51.100.4:40000")
                             << QStringLiteral("198.51.100.4") << 40000;
    QTest::addRow("v2 IPv6") << QStringLiteral("v2") << QStringLiteral("[2001:db8::9]:25000")
                             << QStringLiteral("2001:db8::9") << 25000;
}

void TestCliTransport::proxyHeaderSeenByAiosmtpd()
{
    QFETCH(QString, version);
    QFETCH(QString, source);
    QFETCH(QString, address);
    QFETCH(int, port);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.storeMessages = true;
    options.extraArguments = {QStringLiteral("--proxy-protocol")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const CliRun result =
        run(withMessage(plainArguments(server.port()), {QStringLiteral("b@example.org")})
            << QStringLiteral("--proxy-header") << version << QStringLiteral("--proxy-source") << source);
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    const QList<StoredMessage> messages = server.storedMessages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject proxy = messages.constFirst().envelope.value(QStringLiteral("proxy")).toObject();
    QCOMPARE(proxy.value(QStringLiteral("version")).toInt(), version == u"v1" ? 1 : 2);
    QCOMPARE(proxy.value(QStringLiteral("src_addr")).toString(), address);
    QCOMPARE(proxy.value(QStringLiteral("src_port")).toInt(), port);
    QCOMPARE(proxy.value(QStringLiteral("dst_port")).toInt(), int(server.port()));
    // The real peer is still this machine.
    QCOMPARE(messages.constFirst().envelope.value(QStringLiteral("peer")).toArray().first().toString(),
             QStringLiteral("127.0.0.1"));
}

void TestCliTransport::lmtpRepliesPerRecipientFromAiosmtpd()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.storeMessages = true;
    options.extraArguments = {QStringLiteral("--lmtp"), QStringLiteral("--lmtp-refuse"),
                              QStringLiteral("c@example.org")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const CliRun result = run(
        withMessage(plainArguments(server.port()), {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")})
        << QStringLiteral("--protocol") << QStringLiteral("lmtp") << QStringLiteral("--json"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    const QJsonArray deliveries = result.result().value(QStringLiteral("deliveries")).toArray();
    QCOMPARE(deliveries.size(), 2);
    QCOMPARE(deliveries.at(0).toObject().value(QStringLiteral("recipient")).toString(),
             QStringLiteral("b@example.org"));
    QCOMPARE(deliveries.at(0).toObject().value(QStringLiteral("code")).toInt(), 250);
    QCOMPARE(deliveries.at(1).toObject().value(QStringLiteral("recipient")).toString(),
             QStringLiteral("c@example.org"));
    QCOMPARE(deliveries.at(1).toObject().value(QStringLiteral("code")).toInt(), 550);
    QCOMPARE(server.storedMessages().size(), 1);

    // Every recipient refused after the data: the message reached nobody, exit 7.
    const CliRun refused = run(withMessage(plainArguments(server.port()), {QStringLiteral("c@example.org")})
                               << QStringLiteral("--protocol") << QStringLiteral("lmtp"));
    QCOMPARE(refused.exitStatus, 7);
}

void TestCliTransport::xclientWithPostfix()
{
    if (const QString reason = PostfixInstance::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    quint16 port = 0;
    {
        QTcpServer probe; // a free port, given back at once for Postfix
        QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        port = probe.serverPort();
    }
    const QList<PostfixInstance::Listener> listeners{
        {QStringLiteral("127.0.0.1"), port, PostfixInstance::Mode::Xclient}};
    if (const QString taken = PostfixInstance::unusableListener(listeners); !taken.isEmpty())
        QSKIP(qPrintable(taken));
    QTemporaryDir certificateDir;
    QString error;
    const CertificateFiles certificate =
        CertificateFactory::issueServerCertificate({QStringLiteral("postfix.test")}, certificateDir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PostfixInstance postfix;
    QVERIFY2(postfix.start(listeners, certificate), qPrintable(postfix.errorString()));

    const CliRun result =
        run(plainArguments(port) << QStringLiteral("--xclient") << QStringLiteral("ADDR=192.0.2.77")
                                 << QStringLiteral("--xclient") << QStringLiteral("NAME=client.example"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    QVERIFY2(result.output().contains("XCLIENT accepted"), qPrintable(result.describe()));
    // Postfix took the claimed client for the rest of the session, the second EHLO included. Only that is checked:
    // Postfix 3.7 logs the command itself as "xclient=0/1" even so (it answered 220 and took the new identity).
    QTRY_VERIFY2_WITH_TIMEOUT(postfix.log().contains("disconnect from client.example[192.0.2.77] ehlo=2 "),
                              postfix.log().right(2000).constData(), 10000);
}

QTEST_GUILESS_MAIN(TestCliTransport)
#include "tst_clitransport.moc"
