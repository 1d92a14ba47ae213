#include "core/batch/batchcheck.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Smtp;
using namespace SmtpTest;

// Many checks at once against a real aiosmtpd: every check reported once, never more running than asked for,
// failures counted, and Cancel ends a batch stuck on silent servers.
class TestBatchCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void boundedAndComplete();
    void cancelEndsTheBatch();
    void emptyBatch();

private:
    static CheckTarget target(const QString &host, quint16 port, SecurityMode security);
};

void TestBatchCheck::initTestCase()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
}

CheckTarget TestBatchCheck::target(const QString &host, quint16 port, SecurityMode security)
{
    CheckTarget target;
    target.exchanger = QStringLiteral("localhost");
    target.settings.host = host;
    target.settings.serverName = QStringLiteral("localhost");
    target.settings.port = port;
    target.settings.security = security;
    target.settings.timeoutSeconds = 10;
    target.settings.localName = QStringLiteral("client.test");
    target.settings.caFile = CertificateFactory::shared().ca.certificate;
    return target;
}

void TestBatchCheck::boundedAndComplete()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    // A port nobody listens on: bound, read, closed again.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }

    QList<CheckTarget> targets;
    for (int index = 0; index < 10; ++index)
        targets << target(QStringLiteral("127.0.0.1"), server.port(), SecurityMode::StartTls);
    targets.insert(3, target(QStringLiteral("127.0.0.1"), closedPort, SecurityMode::StartTls));
    targets << target(QStringLiteral("127.0.0.1"), closedPort, SecurityMode::None);

    constexpr int parallel = 3;
    BatchCheck batch(targets, parallel);
    QSignalSpy finished(&batch, &BatchCheck::finished);
    QList<int> reported;
    int mostRunning = 0;
    connect(&batch, &BatchCheck::checkFinished, this, [&](int index, const CheckOutcome &outcome) {
        reported << index;
        mostRunning = std::max(mostRunning, batch.running());
        QCOMPARE(outcome.target.settings.port, targets.at(index).settings.port);
        const bool refused = outcome.target.settings.port == closedPort;
        QCOMPARE(outcome.result.ok(), !refused);
        if (!refused) {
            QVERIFY(outcome.result.tls.has_value());
        }
    });
    batch.start();
    QCOMPARE(batch.running(), parallel);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 2);
    std::sort(reported.begin(), reported.end());
    QList<int> all(targets.size());
    std::iota(all.begin(), all.end(), 0);
    QCOMPARE(reported, all);
    QVERIFY2(mostRunning <= parallel, qPrintable(QString::number(mostRunning)));
    QCOMPARE(batch.running(), 0);
}

void TestBatchCheck::cancelEndsTheBatch()
{
    // Accepts connections and never greets: every check would wait for its timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<CheckTarget> targets;
    for (int index = 0; index < 6; ++index)
        targets << target(QStringLiteral("127.0.0.1"), silent.serverPort(), SecurityMode::None);

    BatchCheck batch(targets, 2);
    QSignalSpy finished(&batch, &BatchCheck::finished);
    QSignalSpy checks(&batch, &BatchCheck::checkFinished);
    batch.start();
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    batch.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(checks.size(), 2);
    QCOMPARE(finished.first().first().toInt(), 2);
}

void TestBatchCheck::emptyBatch()
{
    BatchCheck batch({}, 4);
    QSignalSpy finished(&batch, &BatchCheck::finished);
    batch.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestBatchCheck)
#include "tst_batchcheck.moc"
