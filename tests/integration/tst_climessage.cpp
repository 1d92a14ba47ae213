// The envelope and message flags of smtp-workbench-cli (--dsn, --dsn-ret, --envid, --no-pipelining, --no-chunking,
// --header, --subject, --body, --attach): the exact bytes against the scriptable server, and what a real server
// (aiosmtpd) received.

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/cliprocess.h"
#include "tests/support/scriptablesmtpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 30000;

QStringList plainArguments(quint16 port)
{
    return {QStringLiteral("--host"),       QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"),       QString::number(port),
            QStringLiteral("--security"),   QStringLiteral("none"),
            QStringLiteral("--timeout"),    QStringLiteral("5"),
            QStringLiteral("--local-name"), QStringLiteral("client.test"),
            QStringLiteral("--from"),       QStringLiteral("a@example.org"),
            QStringLiteral("--to"),         QStringLiteral("b@example.org")};
}

/// Greeting and EHLO with the given keywords, then what the test adds.
Script greeting(const QByteArray &keywords, const Script &rest)
{
    Script script{Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n" + keywords}};
    script.append(rest);
    return script;
}

/// MAIL, RCPT, DATA and QUIT, each answered.
Script transaction()
{
    return {Expect{"MAIL FROM"},
            Send{"250 2.1.0 sender ok\r\n"},
            Expect{"RCPT TO"},
            Send{"250 2.1.5 rcpt ok\r\n"},
            Expect{"DATA"},
            Send{"354 go on\r\n"},
            ReceiveData{},
            Send{"250 2.0.0 queued\r\n"},
            Expect{"QUIT"},
            Send{"221 bye\r\n"},
            Close{}};
}

/// The index in the traffic of the first event of @p direction whose bytes contain @p text; -1 when none.
qsizetype trafficIndex(const QList<TrafficEvent> &traffic, Direction direction, const QByteArray &text)
{
    for (qsizetype i = 0; i < traffic.size(); ++i) {
        if (traffic.at(i).direction == direction && traffic.at(i).bytes.contains(text))
            return i;
    }
    return -1;
}

} // namespace

class TestCliMessage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dsnParametersExactly();
    void dsnNotAdvertisedStopsBeforeMail();
    void usageErrors_data();
    void usageErrors();
    void noPipelining();
    void noChunking();
    void builtInMessageToAiosmtpd();

private:
    CliRun run(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(SMTP_CLI_BINARY), arguments, m_dir.filePath(QStringLiteral("config")), {},
                      processWaitMs);
    }
    QString writeFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
};

void TestCliMessage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestCliMessage::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestCliMessage::dsnParametersExactly()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(greeting("250 DSN\r\n", transaction()));
    const CliRun result =
        run(plainArguments(server.port())
            << QStringLiteral("--dsn") << QStringLiteral("success,failure") << QStringLiteral("--dsn-ret")
            << QStringLiteral("hdrs") << QStringLiteral("--envid") << QStringLiteral("id+1=x y"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    const QList<QByteArray> lines = server.receivedLines(Phase::Plain);
    QVERIFY(lines.size() >= 3);
    // RFC 3461 §4.3, §4.4 on MAIL FROM (ENVID as xtext), §4.1 NOTIFY on RCPT TO.
    QCOMPARE(lines.at(1), QByteArray("MAIL FROM:<a@example.org> RET=HDRS ENVID=id+2B1+3Dx+20y"));
    QCOMPARE(lines.at(2), QByteArray("RCPT TO:<b@example.org> NOTIFY=SUCCESS,FAILURE"));
}

void TestCliMessage::dsnNotAdvertisedStopsBeforeMail()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(greeting("250 8BITMIME\r\n", {Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
    const CliRun result = run(plainArguments(server.port())
                              << QStringLiteral("--dsn") << QStringLiteral("NEVER") << QStringLiteral("--json"));
    QCOMPARE(result.exitStatus, 7);
    QCOMPARE(result.result().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ServerRejected"));
    QVERIFY2(result.result()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("DSN")),
             qPrintable(result.describe()));
    QCOMPARE(server.receivedLines(Phase::Plain).constLast(), QByteArray("QUIT"));
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("MAIL"));
}

void TestCliMessage::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    QTest::addRow("NOTIFY NEVER with SUCCESS")
        << QStringList{QStringLiteral("--dsn"), QStringLiteral("NEVER,SUCCESS")} << QStringLiteral("--dsn");
    QTest::addRow("RET neither full nor hdrs")
        << QStringList{QStringLiteral("--dsn-ret"), QStringLiteral("body")} << QStringLiteral("--dsn-ret");
    QTest::addRow("ENVID not ASCII") << QStringList{QStringLiteral("--envid"), QStringLiteral("\u00E9")}
                                     << QStringLiteral("--envid");
    QTest::addRow("header with CRLF (C10)")
        << QStringList{QStringLiteral("--header"), QStringLiteral("X-A: 1\r\nBcc: c@example.org")}
        << QStringLiteral("--header");
    QTest::addRow("header with a bad name")
        << QStringList{QStringLiteral("--header"), QStringLiteral("X A: 1")} << QStringLiteral("--header");
    QTest::addRow("--data with --subject")
        << QStringList{QStringLiteral("--data"), QStringLiteral("-"), QStringLiteral("--subject"), QStringLiteral("s")}
        << QStringLiteral("--subject");
    QTest::addRow("missing attachment") << QStringList{QStringLiteral("--attach"), QStringLiteral("/nonexistent/f")}
                                        << QStringLiteral("--attach");
}

void TestCliMessage::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    // No server: a usage error is found before any connection.
    const CliRun result = run(plainArguments(1) + arguments);
    QCOMPARE(result.exitStatus, 1);
    QVERIFY2(result.output().contains(named.toUtf8()), qPrintable(result.describe()));
}

void TestCliMessage::noPipelining()
{
    // The same server with and without the flag, so that the test can tell the difference.
    for (const bool pipelining : {true, false}) {
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(greeting("250 PIPELINING\r\n", transaction()));
        QStringList arguments = plainArguments(server.port());
        if (!pipelining)
            arguments << QStringLiteral("--no-pipelining");
        const CliRun result = run(arguments);
        QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
        const QList<TrafficEvent> traffic = server.traffic();
        const qsizetype rcpt = trafficIndex(traffic, Direction::ClientToServer, "RCPT TO:<b@example.org>\r\n");
        const qsizetype mailReply = trafficIndex(traffic, Direction::ServerToClient, "250 2.1.0 sender ok\r\n");
        QVERIFY(rcpt >= 0 && mailReply >= 0);
        // RFC 2920: pipelined, RCPT arrives before the server answered MAIL; without it, only after.
        if (pipelining)
            QVERIFY2(rcpt < mailReply, "RCPT waited for the reply to MAIL");
        else
            QVERIFY2(mailReply < rcpt, "RCPT was sent before the reply to MAIL");
    }
}

void TestCliMessage::noChunking()
{
    // A server that offers CHUNKING gets DATA, dot-stuffed, when the flag says so.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(greeting("250-CHUNKING\r\n250 BINARYMIME\r\n", transaction()));
    const CliRun result =
        run(plainArguments(server.port())
            << QStringLiteral("--no-chunking") << QStringLiteral("--body") << QStringLiteral(".starts with a dot"));
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));
    const QByteArray bytes = server.receivedBytes(Phase::Plain);
    QVERIFY(!bytes.contains("BDAT"));
    QVERIFY2(bytes.contains("\r\n\r\n..starts with a dot\r\n.\r\nQUIT\r\n"), bytes.constData());
}

void TestCliMessage::builtInMessageToAiosmtpd()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.storeMessages = true;
    options.extraArguments = {QStringLiteral("--dsn")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    QByteArray attachment;
    for (int i = 0; i < 300; ++i)
        attachment += char(i % 256);
    const QString attachmentPath = writeFile(QStringLiteral("report.bin"), attachment);
    const QString bodyPath = writeFile(QStringLiteral("body.txt"), "Body from a file.\n.\nStill the body.\n");
    QVERIFY(!attachmentPath.isEmpty() && !bodyPath.isEmpty());

    const CliRun result =
        run(plainArguments(server.port())
            << QStringLiteral("--dsn") << QStringLiteral("FAILURE,DELAY") << QStringLiteral("--dsn-ret")
            << QStringLiteral("full") << QStringLiteral("--envid") << QStringLiteral("run-7")
            << QStringLiteral("--subject") << QStringLiteral("Quarterly check") << QStringLiteral("--header")
            << QStringLiteral("X-Campaign: 42") << QStringLiteral("--header")
            << QStringLiteral("Reply-To: c@example.org") << QStringLiteral("--body") << QLatin1Char('@') + bodyPath
            << QStringLiteral("--attach") << attachmentPath);
    QVERIFY2(result.exitStatus == 0, qPrintable(result.describe()));

    const QList<StoredMessage> messages = server.storedMessages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject envelope = messages.constFirst().envelope;
    QCOMPARE(envelope.value(QStringLiteral("dsn_mail")).toArray(),
             QJsonArray({QStringLiteral("RET=FULL"), QStringLiteral("ENVID=run-7")}));
    QCOMPARE(envelope.value(QStringLiteral("dsn_rcpt")).toArray(),
             QJsonArray({QJsonArray({QStringLiteral("NOTIFY=FAILURE,DELAY")})}));

    // aiosmtpd hands over the message after dot-unstuffing: the body's lone dot is back as it was.
    const QByteArray content = messages.constFirst().content;
    QVERIFY2(content.contains("\r\nSubject: Quarterly check\r\n"), content.constData());
    QVERIFY(content.contains("\r\nX-Campaign: 42\r\n"));
    QVERIFY(content.contains("\r\nReply-To: c@example.org\r\n"));
    QVERIFY(content.contains("\r\n\r\nBody from a file.\r\n.\r\nStill the body.\r\n"));
    QVERIFY(content.contains("Content-Type: multipart/mixed; boundary="));
    QVERIFY(content.contains("Content-Disposition: attachment; filename=\"report.bin\"\r\n"));
    static const QRegularExpression base64Part(
        QStringLiteral("Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)\r\n--"));
    const QRegularExpressionMatch match = base64Part.match(QString::fromLatin1(content));
    QVERIFY(match.hasMatch());
    QCOMPARE(QByteArray::fromBase64(match.captured(1).toLatin1().replace("\r\n", "")), attachment);
}

QTEST_GUILESS_MAIN(TestCliMessage)
#include "tst_climessage.moc"
