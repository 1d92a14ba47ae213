#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "core/scenario/scenario.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilerunlauncher.h"
#include "ui/scenario/scenariorundialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace SmtpTest;
using namespace Qt::StringLiterals;

namespace
{

constexpr int waitMs = 10000;

} // namespace

// Profile ▸ Run Scenario: a scenario file read, refused with every reason, or run over the profile's server with
// each expectation listed as a person reads it.
class TestScenarioRunDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyParseErrorWithItsLine();
    void authScenarioNeedsCredentials();
    void authScenarioUsesTheKeychainPassword();
    void authScenarioWithoutPasswordIsRefused();
    void profileMenuRunsTheScenario();

private:
    QString writeFile(const QString &name, const QByteArray &text) const;
    static QStringList row(const QTreeWidget *list, int index);
    static Smtp::ConnectionSettings authSettings(quint16 port);
    /// Runs the scenario file over the profile as Profile ▸ Run Scenario does; the text of the box that refused it,
    /// or empty when the run's dialog opened (a child of @p window).
    QString runWithSecrets(Smtp::ProfileStore &store, Smtp::SecretStore &secrets, const QString &profileId,
                           const QString &path, QWidget &window);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScenarioRunDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScenarioRunDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestScenarioRunDialog::writeFile(const QString &name, const QByteArray &text) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return file.fileName();
}

QStringList TestScenarioRunDialog::row(const QTreeWidget *list, int index)
{
    QStringList cells;
    const QTreeWidgetItem *item = list->topLevelItem(index);
    for (int column = 0; item && column < list->columnCount(); ++column)
        cells << item->text(column);
    return cells;
}

void TestScenarioRunDialog::everyParseErrorWithItsLine()
{
    const QString path = writeFile(u"broken.scenario"_s, "ehlo\nfly away\nexpect 250\nexpect 999\n");
    Smtp::Scenario scenario;
    const QString problem =
        SmtpUi::ProfileRunLauncher::loadScenario(path, testSettings(25, Smtp::SecurityMode::None), &scenario);
    const QStringList lines = problem.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"broken.scenario:2: "_s), qPrintable(problem));
    QVERIFY2(lines.at(1).startsWith(u"broken.scenario:4: "_s), qPrintable(problem));

    QVERIFY(SmtpUi::ProfileRunLauncher::loadScenario(m_dir->filePath(u"absent.scenario"_s),
                                                     testSettings(25, Smtp::SecurityMode::None), &scenario)
                .contains(u"cannot be read"_s));
}

void TestScenarioRunDialog::authScenarioNeedsCredentials()
{
    const QString path = writeFile(u"login.scenario"_s, "ehlo\nauth\nexpect 235\nquit\n");
    Smtp::Scenario scenario;
    const QString problem =
        SmtpUi::ProfileRunLauncher::loadScenario(path, testSettings(25, Smtp::SecurityMode::None), &scenario);
    QVERIFY2(problem.contains(u"login.scenario:2"_s) && problem.contains(u"auth"_s), qPrintable(problem));
    QVERIFY(SmtpUi::ProfileRunLauncher::loadScenario(path, authSettings(25), &scenario).isEmpty());
}

Smtp::ConnectionSettings TestScenarioRunDialog::authSettings(quint16 port)
{
    Smtp::ConnectionSettings settings = testSettings(port, Smtp::SecurityMode::None);
    settings.auth.mechanism = u"PLAIN"_s;
    settings.auth.user = u"alice"_s;
    settings.auth.allowPlaintext = true; // the test server has no TLS
    return settings;
}

QString TestScenarioRunDialog::runWithSecrets(Smtp::ProfileStore &store, Smtp::SecretStore &secrets,
                                              const QString &profileId, const QString &path, QWidget &window)
{
    QString refusal;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&refusal] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->close();
        }
    });
    poll.start();
    SmtpUi::ProfileRunLauncher launcher(&store, &secrets, &window);
    launcher.runScenarioFile(profileId, path);
    // The keychain answers asynchronously: then either the run's dialog opens or a box says why not.
    // Bounded; a run that neither opens nor is refused shows as an empty refusal without a dialog.
    (void)QTest::qWaitFor([&] { return !refusal.isEmpty() || window.findChild<SmtpUi::ScenarioRunDialog *>(); },
                          waitMs);
    return refusal;
}

void TestScenarioRunDialog::authScenarioUsesTheKeychainPassword()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"},
                      Send{"250-test.example\r\n250 AUTH PLAIN\r\n"}, Expect{"AUTH PLAIN"},
                      Send{"235 2.7.0 welcome\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    const QString path = writeFile(u"login.scenario"_s, "ehlo\nauth\nexpect 235\nquit\n");
    Smtp::ProfileStore store(m_dir->filePath(u"profiles.json"_s));
    QVERIFY(!store.load().isError());
    Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(authSettings(server.port()), u"Login"_s);
    QVERIFY(!store.add(profile).isError());
    Smtp::MemorySecretStore secrets;
    bool written = false;
    secrets.write(profile.id, Smtp::SecretKind::Password, "pw-in-keychain", this,
                  [&written](const Smtp::SecretResult &) { written = true; });
    QTRY_VERIFY(written);

    QWidget window;
    const QString refusal = runWithSecrets(store, secrets, profile.id, path, window);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    auto *dialog = window.findChild<SmtpUi::ScenarioRunDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), waitMs);
    auto *list = dialog->findChild<QTreeWidget *>(u"checksTreeWidget"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(row(list, 0).value(0), u"passed"_s);
    QCOMPARE(row(list, 0).value(3), u"235 2.7.0 welcome"_s);
    // AUTH PLAIN carries "\0alice\0pw-in-keychain".
    const QByteArray expected = QByteArray("\0alice\0pw-in-keychain", 21).toBase64();
    QVERIFY2(server.receivedBytes(Phase::Plain).contains(QByteArray(QByteArray("AUTH PLAIN ") + expected)),
             server.receivedBytes(Phase::Plain).constData());
}

void TestScenarioRunDialog::authScenarioWithoutPasswordIsRefused()
{
    const QString path = writeFile(u"login.scenario"_s, "ehlo\nauth\nexpect 235\nquit\n");
    Smtp::ProfileStore store(m_dir->filePath(u"profiles.json"_s));
    QVERIFY(!store.load().isError());
    Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(authSettings(25), u"Login"_s);
    QVERIFY(!store.add(profile).isError());
    Smtp::MemorySecretStore secrets;
    QWidget window;
    const QString refusal = runWithSecrets(store, secrets, profile.id, path, window);
    QVERIFY2(refusal.contains(u"no password in the keychain"_s), qPrintable(refusal));
    QVERIFY(!window.findChild<SmtpUi::ScenarioRunDialog *>());
}

void TestScenarioRunDialog::profileMenuRunsTheScenario()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-test.example\r\n250 SIZE 1000\r\n"},
                      Expect{"NOOP"}, Send{"502 5.5.1 <b>not</b> here\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"},
                      Close{}});
    const QString path = writeFile(u"check.scenario"_s, "expect 220\nehlo\nexpect 250 ~ ^SIZE\nsend NOOP\n"
                                                        "expect 250\nquit\nexpect 221\n");
    QVERIFY(!path.isEmpty());

    Smtp::ProfileStore store(m_dir->filePath(u"profiles.json"_s));
    QVERIFY(!store.load().isError());
    Smtp::Profile profile =
        Smtp::Profile::fromConnectionSettings(testSettings(server.port(), Smtp::SecurityMode::None), u"Plain"_s);
    QVERIFY(!store.add(profile).isError());
    Smtp::MemorySecretStore secrets;
    SmtpUi::MainWindow window(&store, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(u"profileTreeView"_s);
    tree->setCurrentIndex(tree->model()->index(0, 0));
    auto *run = window.findChild<QAction *>(u"runScenarioAction"_s);
    QVERIFY(run && run->isEnabled());

    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        const auto closeDialog = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
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
    // A refusal would come as a modal box: noted and closed, so that the test fails instead of waiting.
    QString refusal;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&refusal] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->close();
        }
    });
    poll.start();
    run->trigger();
    QVERIFY(driven);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    auto *dialog = window.findChild<SmtpUi::ScenarioRunDialog *>(u"scenarioRunDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Run Scenario: Plain"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), waitMs);
    auto *list = dialog->findChild<QTreeWidget *>(u"checksTreeWidget"_s);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(row(list, 0),
             (QStringList{u"passed"_s, u"check.scenario:1"_s, u"expect 220"_s, u"220 test.example ESMTP"_s}));
    QCOMPARE(row(list, 1),
             (QStringList{u"passed"_s, u"check.scenario:3"_s, u"expect 250 ~ ^SIZE"_s, u"250 test.example"_s}));
    // The server's markup is shown as the characters it sent.
    QCOMPARE(row(list, 2),
             (QStringList{u"failed"_s, u"check.scenario:5"_s, u"expect 250"_s, u"502 5.5.1 <b>not</b> here"_s}));
    const QString status = dialog->findChild<QLabel *>(u"statusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Failed: check.scenario:5"_s) && status.contains(u"502 5.5.1"_s), qPrintable(status));
    QVERIFY(!dialog->findChild<QPushButton *>(u"stopPushButton"_s)->isEnabled());
    QVERIFY(dialog->grab().save(u"/tmp/window-scenario-run.png"_s));
    dialog->close();

    // The scenario is now attached to the profile: the next Run Scenario starts with it chosen.
    QCOMPARE(store.find(profile.id)->scenarioFile, path);
    QStringList offered;
    QTimer::singleShot(0, this, [&offered] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *again = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        offered = again->selectedFiles();
        again->reject();
    });
    run->trigger();
    QCOMPARE(offered, QStringList{path});
}

QTEST_MAIN(TestScenarioRunDialog)
#include "tst_scenariorundialog.moc"
