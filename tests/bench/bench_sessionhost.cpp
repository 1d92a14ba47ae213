// Many sessions at once on a SessionHost's few worker threads: how long 200 complete sessions take against a local
// server that answers each connection, and how much memory they cost. Prints the figures; asserts that all succeed.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Smtp;

namespace
{

/// Answers every connection at once: greeting, EHLO, QUIT. Enough to measure the client side.
class MinimalSmtpServer final : public QTcpServer
{
public:
    MinimalSmtpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    while (socket->canReadLine()) {
                        const QByteArray line = socket->readLine().toUpper();
                        if (line.startsWith("EHLO"))
                            socket->write("250-bench.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n");
                        else if (line.startsWith("QUIT")) {
                            socket->write("221 bye\r\n");
                            socket->disconnectFromHost();
                        }
                    }
                });
                socket->write("220 bench.test ESMTP\r\n");
            }
        });
    }
};

} // namespace

class BenchSessionHost final : public QObject
{
    Q_OBJECT

private slots:
    void manyConcurrentSessions_data();
    void manyConcurrentSessions();
};

void BenchSessionHost::manyConcurrentSessions_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addRow("20 sessions") << 20;
    QTest::addRow("200 sessions") << 200;
}

void BenchSessionHost::manyConcurrentSessions()
{
    QFETCH(int, sessions);
    MinimalSmtpServer server;
    server.setMaxPendingConnections(sessions);
    // All sessions connect at once; the default backlog of 50 would leave some half-open until SYN-ACK retries.
    server.setListenBacklogSize(sessions);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.serverPort();
    settings.security = SecurityMode::None;
    settings.localName = QStringLiteral("bench.client");
    settings.timeoutSeconds = 30;

    const qint64 memoryBefore = SmtpTest::residentMemoryKiB();
    SessionHost host(2);
    std::vector<std::unique_ptr<SessionHandle>> handles;
    int finished = 0;
    int succeeded = 0;
    QStringList failures;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < sessions; ++i) {
        handles.push_back(host.createSession(settings));
        connect(handles.back().get(), &SessionHandle::finished, this, [&](const SessionResult &result) {
            ++finished;
            succeeded += result.ok() ? 1 : 0;
            if (!result.ok())
                failures << result.error.message;
        });
        handles.back()->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, sessions, 60000);
    const qint64 elapsed = clock.elapsed();
    const qint64 memoryAfter = SmtpTest::residentMemoryKiB();
    failures.removeDuplicates();
    QVERIFY2(succeeded == sessions, qPrintable(failures.join(QLatin1Char('\n'))));
    qInfo("%d sessions on 2 worker threads: %lld ms in all, %.2f ms per session; resident memory +%lld KiB "
          "(%.1f KiB per session, transcripts kept)",
          sessions, elapsed, double(elapsed) / sessions, memoryAfter - memoryBefore,
          double(memoryAfter - memoryBefore) / sessions);
}

QTEST_GUILESS_MAIN(BenchSessionHost)
#include "bench_sessionhost.moc"
