// SessionController::close() as its comment says: QUIT when the session stands ready, otherwise closed at once.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessiontab.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace SmtpTest;

class TestSessionController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void close_data();
    void close();
};

void TestSessionController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionController::close_data()
{
    QTest::addColumn<bool>("serverAnswersEhlo");
    QTest::addColumn<QList<QByteArray>>("received");
    QTest::addColumn<bool>("cancelled");

    QTest::addRow("ready for a command: QUIT") << true << QList<QByteArray>{"EHLO client.test", "QUIT"} << false;
    QTest::addRow("waiting for a reply: closed at once") << false << QList<QByteArray>{"EHLO client.test"} << true;
}

void TestSessionController::close()
{
    QFETCH(bool, serverAnswersEhlo);
    QFETCH(QList<QByteArray>, received);
    QFETCH(bool, cancelled);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    if (serverAnswersEhlo)
        server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"},
                          Send{"221 2.0.0 bye\r\n"}, Close{}});
    else
        server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}});
    Smtp::ConnectionSettings settings = testSettings(server.port(), Smtp::SecurityMode::None);
    settings.interactive = true;

    Smtp::SessionHost host(1);
    std::unique_ptr<Smtp::SessionHandle> handle = host.createSession(settings);
    SmtpUi::SessionTab tab(QStringLiteral("close"), *handle);
    auto *controller = new SmtpUi::SessionController(std::move(handle), &tab);
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Plain).contains("EHLO client.test"), 5000);
    if (serverAnswersEhlo)
        QTRY_COMPARE_WITH_TIMEOUT(tab.state(), Smtp::SessionState::Ready, 5000);

    controller->close();
    QTRY_VERIFY_WITH_TIMEOUT(controller->handle()->isFinished(), 5000);
    QCOMPARE(controller->handle()->result()->error.code == Smtp::ErrorCode::Cancelled, cancelled);
    QCOMPARE(server.receivedLines(Phase::Plain), received);
    QVERIFY(server.errors().isEmpty());
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
