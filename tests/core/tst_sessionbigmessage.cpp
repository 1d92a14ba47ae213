// Large messages over a real socket: the text is written piece by piece with progress reports, a message file is
// streamed, a file that changed since it was described is not sent, and a server that stops reading cannot hold the
// session beyond its timeout.

#include "core/message/messagebuilder.h"
#include "core/message/messagetext.h"
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

constexpr int waitMs = 30000;

/// Text of about the given size with a dot at the start of many lines, some of them just at the reader's piece borders.
QByteArray bigText(qsizetype size)
{
    QByteArray text = "Subject: big\r\n\r\n";
    const QByteArray line = ".a line that starts with a dot, then some text to make it longer\r\n";
    while (text.size() < size)
        text += line;
    return text;
}

Script receivingScript()
{
    return {Send{"220 mx.test ESMTP\r\n"},
            Expect{"EHLO"},
            Send{"250 mx.test\r\n"},
            Expect{"MAIL FROM:<a@example.org>"},
            Send{"250 ok\r\n"},
            Expect{"RCPT TO:<b@example.org>"},
            Send{"250 ok\r\n"},
            Expect{"DATA"},
            Send{"354 go\r\n"},
            ReceiveData{},
            Send{"250 queued\r\n"},
            Expect{"QUIT"},
            Send{"221 bye\r\n"},
            Close{}};
}

ConnectionSettings messageSettings(quint16 port)
{
    ConnectionSettings settings = testSettings(port, SecurityMode::None);
    // Generous: the machine running the suite may be busy, and the server records every line it reads.
    settings.timeoutSeconds = 20;
    settings.message.from = QStringLiteral("a@example.org");
    settings.message.to = {QStringLiteral("b@example.org")};
    return settings;
}

/// A server that answers the envelope, says 354 and then reads nothing more, so the client's writes fill every
/// buffer on the way and stall.
class NonReadingServer final : public QObject
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    NonReadingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket.reset(m_server.nextPendingConnection());
            m_socket->write("220 mx.test ESMTP\r\n");
            connect(m_socket.get(), &QTcpSocket::readyRead, this, [this] { answer(); });
        });
    }

private:
    void answer()
    {
        while (!m_stalled && m_socket->canReadLine()) {
            const QByteArray line = m_socket->readLine();
            if (line.startsWith("DATA")) {
                m_socket->write("354 go\r\n");
                // Qt stops reading from the kernel once this buffer is full: the server takes nothing more.
                m_socket->setReadBufferSize(1);
                m_stalled = true;
                return;
            }
            m_socket->write("250 ok\r\n");
        }
    }

    QTcpServer m_server;
    std::unique_ptr<QTcpSocket> m_socket;
    bool m_stalled = false;
};

struct Run
{
    SessionResult result;
    QList<QPair<qint64, qint64>> progress;
    bool finished = false;
};

Run run(const ConnectionSettings &settings)
{
    SessionHost host(1);
    const std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy progress(handle.get(), &SessionHandle::messageProgress);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    Run outcome;
    outcome.finished = finished.wait(waitMs);
    if (outcome.finished)
        outcome.result = *handle->result();
    for (const QList<QVariant> &report : std::as_const(progress))
        outcome.progress.append({report.at(0).toLongLong(), report.at(1).toLongLong()});
    return outcome;
}

} // namespace

class TestSessionBigMessage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void textFromMemoryWithProgress();
    void textFromFile();
    void changedFileIsNotSent();
    void serverThatStopsReadingTimesOut();
};

void TestSessionBigMessage::textFromMemoryWithProgress()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(receivingScript());
    ConnectionSettings settings = messageSettings(server.port());
    settings.message.data = bigText(1536 * 1024);
    const Run outcome = run(settings);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.message));
    const QByteArray payload = prepareDataPayload(settings.message.data);
    QVERIFY(server.receivedBytes(Phase::Plain).endsWith(QByteArray("DATA\r\n" + payload + "QUIT\r\n")));

    QVERIFY(!outcome.progress.isEmpty());
    qint64 last = -1;
    for (const auto &[sent, total] : outcome.progress) {
        QCOMPARE(total, payload.size());
        QVERIFY(sent >= last);
        last = sent;
    }
    QCOMPARE(last, payload.size());
}

void TestSessionBigMessage::textFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Bare LFs and CRs too: the file is normalised on the way, as a message in memory is.
    const QByteArray text = bigText(1536 * 1024) + "bare\nline ends\r.dot after CR\n";
    const QString path = dir.filePath(QStringLiteral("big.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
    file.close();
    QString error;
    const std::optional<MessageFile> described = describeMessageFile(path, &error);
    QVERIFY2(described, qPrintable(error));

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(receivingScript());
    ConnectionSettings settings = messageSettings(server.port());
    settings.message.file = described;
    const Run outcome = run(settings);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.message));
    QVERIFY(
        server.receivedBytes(Phase::Plain).endsWith(QByteArray("DATA\r\n" + prepareDataPayload(text) + "QUIT\r\n")));
}

void TestSessionBigMessage::changedFileIsNotSent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("changing.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bigText(200 * 1024));
    file.flush();
    QString error;
    const std::optional<MessageFile> described = describeMessageFile(path, &error);
    QVERIFY2(described, qPrintable(error));
    file.write("one more line\r\n"); // after it was described: a BDAT size would now be wrong
    file.close();

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(receivingScript());
    ConnectionSettings settings = messageSettings(server.port());
    settings.message.file = described;
    const Run outcome = run(settings);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error.code, ErrorCode::InvalidSettings);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("changed")),
             qPrintable(outcome.result.error.message));
    // The text was not ended: the server never got the final dot, so nothing was delivered.
    QVERIFY(!server.receivedBytes(Phase::Plain).contains("\r\n.\r\n"));
}

void TestSessionBigMessage::serverThatStopsReadingTimesOut()
{
    NonReadingServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = messageSettings(server.port());
    settings.timeoutSeconds = 1;
    // More than the kernel's socket buffers on both ends can hold, so the writes stall.
    settings.message.data = bigText(48 * 1024 * 1024);
    QElapsedTimer clock;
    clock.start();
    const Run outcome = run(settings);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error.code, ErrorCode::TimedOut);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("stopped reading")),
             qPrintable(outcome.result.error.message));
    QVERIFY2(clock.elapsed() < 15000, "the stalled write was bounded by the per-reply timeout");
    QVERIFY(!outcome.progress.isEmpty());
    QVERIFY(outcome.progress.constLast().first < outcome.progress.constLast().second);
}

QTEST_GUILESS_MAIN(TestSessionBigMessage)
#include "tst_sessionbigmessage.moc"
