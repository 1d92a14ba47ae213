// smtp-workbench-cli sending a message file of several MB over STARTTLS to aiosmtpd: the file arrives byte for byte,
// and no progress line reaches a standard error that is not a terminal (a pipe here, as in scripts and logs).

#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 60000;

CliRun runCli(const QStringList &arguments, const QString &configHome)
{
    return SmtpTest::runCli(QStringLiteral(SMTP_CLI_BINARY), arguments, configHome, {}, processWaitMs);
}

} // namespace

class TestCliBigMessage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bigFileArrivesWithoutProgressOnAPipe_data();
    void bigFileArrivesWithoutProgressOnAPipe();

private:
    QTemporaryDir m_dir;
    QString m_messagePath;
    QByteArray m_message;
};

void TestCliBigMessage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (Debian package python3-aiosmtpd; .ci/install-deps installs it).");
    QVERIFY(m_dir.isValid());
    m_message = "From: a@example.org\r\nTo: b@example.org\r\nSubject: big\r\n\r\n";
    for (int i = 0; m_message.size() < 8 * 1024 * 1024; ++i)
        m_message += (i % 5 == 0 ? ".line " : "line ") + QByteArray::number(i) + QByteArray(i % 113, 'y') + "\r\n";
    m_messagePath = m_dir.filePath(QStringLiteral("big.eml"));
    QFile file(m_messagePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_message), m_message.size());
}

void TestCliBigMessage::bigFileArrivesWithoutProgressOnAPipe_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("text") << false;
    QTest::addRow("json") << true;
}

void TestCliBigMessage::bigFileArrivesWithoutProgressOnAPipe()
{
    QFETCH(bool, json);
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.storeMessages = true;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    QStringList arguments{QStringLiteral("--host"),       QStringLiteral("localhost"),
                          QStringLiteral("--port"),       QString::number(server.port()),
                          QStringLiteral("--security"),   QStringLiteral("starttls"),
                          QStringLiteral("--timeout"),    QStringLiteral("10"),
                          QStringLiteral("--local-name"), QStringLiteral("client.test"),
                          QStringLiteral("--ca-file"),    CertificateFactory::shared().ca.certificate,
                          QStringLiteral("--from"),       QStringLiteral("a@example.org"),
                          QStringLiteral("--to"),         QStringLiteral("b@example.org"),
                          QStringLiteral("--data"),       m_messagePath};
    if (json)
        arguments << QStringLiteral("--json");
    const CliRun run = runCli(arguments, m_dir.filePath(QStringLiteral("config")));
    QVERIFY(run.finished);
    QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(server.storedMessages().size(), 1, 10000);
    QVERIFY(server.storedMessages().first().content == m_message);

    QVERIFY2(!run.err.contains("Sending the message"), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains('\r'), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains("Sending the message"), qPrintable(run.describe()));
    // The transcript sums the text up in one line; the message's own lines are not in it.
    QVERIFY2(run.out.contains("(message data: "), qPrintable(run.describe()));
    QVERIFY(!run.out.contains("yyyyyyyyyy"));
    if (json) {
        const QJsonObject result = QJsonDocument::fromJson(run.out.trimmed().split('\n').constLast()).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    }
}

QTEST_GUILESS_MAIN(TestCliBigMessage)
#include "tst_clibigmessage.moc"
