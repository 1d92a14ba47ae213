#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenariorecorder.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "ui/mainwindow.h"
#include "ui/scenario/scenariofile.h"
#include "ui/session/sessiontab.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace SmtpTest;
using namespace Qt::StringLiterals;

namespace
{

constexpr int waitMs = 10000;

} // namespace

// Session ▸ Save as Scenario: a real session's transcript written as a scenario that parses and replays.
class TestSaveScenario final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultFileName();
    void sessionSavedThroughTheDialog();
    void unwritablePathSaysWhy();

private:
    /// Triggers @p save, chooses @p path in the file dialog and accepts it; a message box that follows is noted in
    /// m_messageShown ("title: text") and closed. Returns the file name the dialog proposed.
    QString saveThroughTheDialog(QAction *save, const QString &path);

    QString m_messageShown;
};

void TestSaveScenario::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSaveScenario::defaultFileName()
{
    const QDateTime started(QDate(2026, 11, 27), QTime(14, 5, 30));
    QCOMPARE(SmtpUi::ScenarioFile::defaultFileName(u"Submission mail.example.org"_s, started),
             u"Submission-mail.example.org_2026-11-27_1405.scenario"_s);
}

QString TestSaveScenario::saveThroughTheDialog(QAction *save, const QString &path)
{
    m_messageShown.clear();
    QString proposed;
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        // A failed check below must not leave the dialog waiting for a click that never comes.
        const auto closeDialog = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        // The path is set rather than typed: typing opens the name field's completer, which takes the next click.
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        const QList<QAbstractButton *> all = buttons->buttons();
        const auto accept = std::find_if(all.cbegin(), all.cend(), [buttons](QAbstractButton *button) {
            return buttons->buttonRole(button) == QDialogButtonBox::AcceptRole;
        });
        QVERIFY(accept != all.cend());
        QTest::mouseClick(*accept, Qt::LeftButton);
        driven = true;
    });
    // Polled, not waited for inside the file dialog's handler: the box opens only after that dialog's loop ended.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [this] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_messageShown = box->windowTitle() + u": "_s + box->text();
            box->close();
        }
    });
    poll.start();
    save->trigger();
    return driven ? proposed : QString();
}

void TestSaveScenario::sessionSavedThroughTheDialog()
{
    QTemporaryDir dir;
    Smtp::ProfileStore store(dir.filePath(u"profiles.json"_s));
    QVERIFY(!store.load().isError());
    Smtp::MemorySecretStore secrets;
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        {Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-test.example\r\n250 SIZE 1000\r\n"}, Stall{}});
    SmtpUi::MainWindow window(&store, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *save = window.findChild<QAction *>(u"saveScenarioAction"_s);
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // no session tab yet

    SmtpUi::SessionTab *tab =
        window.openSession(u"Plain session"_s, testSettings(server.port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(save->isEnabled());

    const QString path = dir.filePath(u"recorded"_s);
    const QString proposed = saveThroughTheDialog(save, path);
    QVERIFY2(proposed.startsWith(u"Plain-session_"_s) && proposed.endsWith(u".scenario"_s), qPrintable(proposed));
    QVERIFY(m_messageShown.isEmpty());

    // The default suffix is added to a name without one.
    QFile file(path + u".scenario"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text, Smtp::ScenarioRecorder::record(tab->transcript().events()));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    const Smtp::Scenario::ParseResult parsed = Smtp::Scenario::parse(text, file.fileName());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).toString()));
    QVERIFY(parsed.scenario.bannerExpectation.has_value());
    QCOMPARE(parsed.scenario.steps.size(), 1);
    QCOMPARE(parsed.scenario.steps.first().kind, Smtp::ScenarioStep::Kind::Ehlo);
}

void TestSaveScenario::unwritablePathSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(!SmtpUi::ScenarioFile::write(dir.filePath(u"missing/folder/x.scenario"_s), {}).isEmpty());

    // Through the window: a place nobody can create files in, and the box that says so.
    Smtp::ProfileStore store(dir.filePath(u"profiles.json"_s));
    QVERIFY(!store.load().isError());
    Smtp::MemorySecretStore secrets;
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    SmtpUi::MainWindow window(&store, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SmtpUi::SessionTab *tab = window.openSession(u"Refused"_s, testSettings(port, Smtp::SecurityMode::None));
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    auto *save = window.findChild<QAction *>(u"saveScenarioAction"_s);
    QVERIFY(save->isEnabled());
    // Inside a plain file, where nothing can be created (even by root).
    QFile plain(dir.filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(!saveThroughTheDialog(save, dir.filePath(u"plain/refused.scenario"_s)).isEmpty());
    QVERIFY2(m_messageShown.startsWith(u"Scenario Not Saved: "_s), qPrintable(m_messageShown));
    QVERIFY(m_messageShown.size() > 25);
}

QTEST_MAIN(TestSaveScenario)
#include "tst_savescenario.moc"
