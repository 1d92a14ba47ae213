// What SessionHost promises when it goes: every session still running is cancelled, its connection closed and its
// handle told, before the threads end.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Smtp;
using namespace SmtpTest;

class TestSessionHost : public QObject
{
    Q_OBJECT

private slots:
    void destroyingTheHostCancelsEverySession();
};

void TestSessionHost::destroyingTheHostCancelsEverySession()
{
    // One session stands ready for commands, one waits for a reply to EHLO that never comes, one was never started.
    ScriptableSmtpServer ready;
    QVERIFY(ready.listen());
    ready.setScript({Send{"220 ready.test\r\n"}, Expect{"EHLO"}, Send{"250 ready.test\r\n"}});
    ScriptableSmtpServer silent;
    QVERIFY(silent.listen());
    silent.setScript({Send{"220 silent.test\r\n"}, Expect{"EHLO"}});
    QSignalSpy readyClosed(&ready, &ScriptableSmtpServer::clientDisconnected);
    QSignalSpy silentClosed(&silent, &ScriptableSmtpServer::clientDisconnected);

    auto host = std::make_unique<SessionHost>(2);
    ConnectionSettings readySettings = testSettings(ready.port(), SecurityMode::None);
    readySettings.interactive = true;
    std::unique_ptr<SessionHandle> readyHandle = host->createSession(readySettings);
    std::unique_ptr<SessionHandle> silentHandle = host->createSession(testSettings(silent.port(), SecurityMode::None));
    std::unique_ptr<SessionHandle> idleHandle = host->createSession(testSettings(silent.port(), SecurityMode::None));
    QSignalSpy readyFinished(readyHandle.get(), &SessionHandle::finished);
    QSignalSpy silentFinished(silentHandle.get(), &SessionHandle::finished);
    QSignalSpy idleFinished(idleHandle.get(), &SessionHandle::finished);
    readyHandle->start();
    silentHandle->start();
    QTRY_COMPARE_WITH_TIMEOUT(readyHandle->state(), SessionState::Ready, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(silent.receivedLines(Phase::Plain).contains("EHLO client.test"), 5000);

    host.reset();

    for (SessionHandle *handle : {readyHandle.get(), silentHandle.get(), idleHandle.get()}) {
        QTRY_VERIFY_WITH_TIMEOUT(handle->isFinished(), 5000);
        QCOMPARE(handle->result()->error.code, ErrorCode::Cancelled);
    }
    QCOMPARE(readyFinished.size(), 1);
    QCOMPARE(silentFinished.size(), 1);
    QCOMPARE(idleFinished.size(), 1);
    // Cancelled, not quit: nothing more was said, and both connections were closed.
    QTRY_COMPARE_WITH_TIMEOUT(readyClosed.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(silentClosed.size(), 1, 5000);
    QCOMPARE(ready.receivedLines(Phase::Plain), QList<QByteArray>{"EHLO client.test"});
    QCOMPARE(silent.receivedLines(Phase::Plain), QList<QByteArray>{"EHLO client.test"});
    // A handle outliving its host stays safe to use.
    readyHandle->quit();
    readyHandle->cancel();
}

QTEST_GUILESS_MAIN(TestSessionHost)
#include "tst_sessionhost.moc"
