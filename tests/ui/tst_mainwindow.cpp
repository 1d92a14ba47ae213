#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilefilterproxymodel.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/profiletreemodel.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/app/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/profiles/profilespanel.h"
#include "ui/session/secretpromptdialog.h"
#include "ui/session/sessiontab.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 10000;

int countProfileRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(Smtp::ProfileTreeModel::IsFolderRole).toBool())
            count += countProfileRows(model, index);
        else
            ++count;
    }
    return count;
}

Smtp::Profile makeProfile(const QString &name, const QString &folder, const QString &host, const QStringList &tags,
                          bool favourite = false)
{
    Smtp::Profile profile;
    profile.name = name;
    profile.folder = folder;
    profile.tags = tags;
    profile.favourite = favourite;
    profile.settings.host = host;
    return profile;
}

void saveEditor(SmtpUi::ProfileEditorDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createProfileThroughTheEditorAndConnect();
    void portShowsTheDefaultOfTheSecurityMode_data();
    void portShowsTheDefaultOfTheSecurityMode();
    void invalidInputIsMarkedAtTheField_data();
    void invalidInputIsMarkedAtTheField();
    void filterTheTreeByTyping_data();
    void filterTheTreeByTyping();
    void deleteUndoDuplicateRename();
    void exportAndImport();
    void dragAProfileIntoAFolder();
    void aboutDialogNamesTheVersions();
    void remembersLastProfileAndLayout();
    void testConnectsWithoutSaving();
    void unreadableProfileFileIsReadOnly();
    void connectUsesThePasswordFromTheKeychain_data();
    void connectUsesThePasswordFromTheKeychain();

private:
    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
}

void TestMainWindow::cleanup()
{
    m_profiles.reset();
}

void TestMainWindow::createProfileThroughTheEditorAndConnect()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"},
                      Send{"250-test.example\r\n250-SIZE 1000\r\n250 8BITMIME\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SmtpUi::ProfilesPanel *panel = window.profilesPanel();
    QAbstractItemModelTester tester(panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // New profile through the editor.
    panel->newAction()->trigger();
    auto *editor = panel->findChild<SmtpUi::ProfileEditorDialog *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    auto *host = editor->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"));
    auto *port = editor->findChild<QSpinBox *>(QStringLiteral("portSpinBox"));
    auto *security = editor->findChild<QComboBox *>(QStringLiteral("securityComboBox"));
    auto *password = editor->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    auto *tags = editor->findChild<QLineEdit *>(QStringLiteral("tagsLineEdit"));
    QVERIFY(name && host && port && security && password && tags);
    QTest::keyClicks(name, QStringLiteral("Local test"));
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    port->setValue(server.port());
    security->setCurrentIndex(security->findData(static_cast<int>(Smtp::SecurityMode::None)));
    QTest::keyClicks(tags, QStringLiteral("lab, loopback"));
    // The password can be typed once a mechanism is chosen; going back to none keeps it.
    auto *mechanism = editor->findChild<QComboBox *>(QStringLiteral("authMechanismComboBox"));
    mechanism->setCurrentIndex(mechanism->findData(QStringLiteral("PLAIN")));
    QTest::keyClicks(password, QStringLiteral("pw-123"));
    mechanism->setCurrentIndex(0);
    saveEditor(editor);
    QTRY_COMPARE(m_profiles->store()->profiles().size(), 1);
    const Smtp::Profile saved = m_profiles->store()->profiles().first();
    QCOMPARE(saved.name, QStringLiteral("Local test"));
    QCOMPARE(saved.settings.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(saved.settings.port, server.port());
    QCOMPARE(saved.settings.security, Smtp::SecurityMode::None);
    QCOMPARE(saved.tags, (QStringList{QStringLiteral("lab"), QStringLiteral("loopback")}));
    // The password went to the secret store, never into the profile file.
    QTRY_COMPARE(m_profiles->secrets()->size(), 1);
    QFile file(m_profiles->store()->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pw-123"));
    QCOMPARE(countProfileRows(panel->proxyModel()), 1);
    QCOMPARE(panel->currentProfileId(), saved.id);

    // Connect it: the transcript fills in a new tab.
    panel->connectAction()->trigger();
    QTRY_COMPARE(window.sessionTabWidget()->count(), 1);
    SmtpUi::SessionTab *tab = window.currentSessionTab();
    // The window title names the profile of the active session.
    QCOMPARE(window.windowTitle(), tab->title());
    QVERIFY(!tab->title().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QTRY_VERIFY(tab->transcriptView()->model()->rowCount() > 0);
    auto *quit = tab->findChild<QPushButton *>(QStringLiteral("quitPushButton"));
    QVERIFY(quit);
    QTest::mouseClick(quit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    // The profile remembers when it was used and how it ended.
    QVERIFY2(tab->result()->ok(), qPrintable(tab->result()->error.message));
    QTRY_COMPARE(m_profiles->store()->find(saved.id)->lastResult, QStringLiteral("OK"));
    QVERIFY(m_profiles->store()->find(saved.id)->lastUsed.isValid());
    QVERIFY(server.receivedLines(Phase::Plain).contains("QUIT"));
}

void TestMainWindow::portShowsTheDefaultOfTheSecurityMode_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("submission");
    QTest::addColumn<QString>("expected");

    QTest::addRow("starttls") << int(Smtp::SecurityMode::StartTls) << false << QStringLiteral("Default (25)");
    QTest::addRow("implicit") << int(Smtp::SecurityMode::Implicit) << false << QStringLiteral("Default (465)");
    QTest::addRow("none") << int(Smtp::SecurityMode::None) << false << QStringLiteral("Default (25)");
    QTest::addRow("starttls submission") << int(Smtp::SecurityMode::StartTls) << true
                                         << QStringLiteral("Default (587)");
}

void TestMainWindow::portShowsTheDefaultOfTheSecurityMode()
{
    QFETCH(int, security);
    QFETCH(bool, submission);
    QFETCH(QString, expected);

    SmtpUi::ProfileEditorDialog editor(Smtp::Profile{}, Smtp::ProfileSettings{});
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("securityComboBox"));
    auto *check = editor.findChild<QCheckBox *>(QStringLiteral("submissionCheckBox"));
    auto *port = editor.findChild<QSpinBox *>(QStringLiteral("portSpinBox"));
    QVERIFY(combo && check && port);
    combo->setCurrentIndex(combo->findData(security));
    check->setChecked(submission);
    QCOMPARE(port->value(), 0);
    QCOMPARE(port->specialValueText(), expected);
    QCOMPARE(port->text(), expected);
    // Every mechanism the engine speaks can be chosen, SCRAM-SHA-1 too.
    auto *mechanism = editor.findChild<QComboBox *>(QStringLiteral("authMechanismComboBox"));
    QVERIFY(mechanism);
    for (const char *name : {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"})
        QVERIFY2(mechanism->findData(QString::fromLatin1(name)) >= 0, name);
}

void TestMainWindow::invalidInputIsMarkedAtTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");

    QTest::addRow("empty host") << QStringLiteral("hostLineEdit") << QString() << QStringLiteral("hostErrorLabel");
    QTest::addRow("host with a space") << QStringLiteral("hostLineEdit") << QStringLiteral("mail example")
                                       << QStringLiteral("hostErrorLabel");
    QTest::addRow("bad proxy") << QStringLiteral("proxyLineEdit") << QStringLiteral("ftp://proxy")
                               << QStringLiteral("proxyErrorLabel");
    QTest::addRow("missing CA file") << QStringLiteral("caFileLineEdit") << QStringLiteral("/nonexistent/ca.pem")
                                     << QStringLiteral("caFileErrorLabel");
    QTest::addRow("recipient with brackets")
        << QStringLiteral("toLineEdit") << QStringLiteral("<a@example.org>") << QStringLiteral("toErrorLabel");
}

void TestMainWindow::invalidInputIsMarkedAtTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);

    Smtp::Profile profile = makeProfile(QStringLiteral("p"), QString(), QStringLiteral("mail.example.org"), {});
    SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
    editor.show();
    auto *edit = editor.findChild<QLineEdit *>(field);
    auto *label = editor.findChild<QLabel *>(errorLabel);
    QVERIFY(edit && label);
    QVERIFY(editor.validate().isEmpty());
    QVERIFY(!label->isVisible());
    edit->setText(text);
    saveEditor(&editor);
    QVERIFY2(editor.isVisible(), "an invalid profile is not saved");
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(edit->isVisible());
    QCOMPARE(editor.focusWidget(), edit);
}

void TestMainWindow::filterTheTreeByTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expectedRows");

    QTest::addRow("nothing typed") << QString() << 4;
    QTest::addRow("by name") << QStringLiteral("relay") << 2;
    QTest::addRow("by host") << QStringLiteral("smtp.acme") << 1;
    QTest::addRow("by tag") << QStringLiteral("production") << 2;
    QTest::addRow("case-insensitive") << QStringLiteral("OFFICE") << 1;
    QTest::addRow("no match") << QStringLiteral("zzz-nothing") << 0;
}

void TestMainWindow::filterTheTreeByTyping()
{
    QFETCH(QString, typed);
    QFETCH(int, expectedRows);

    for (Smtp::Profile profile : {makeProfile(QStringLiteral("Office relay"), QString(),
                                              QStringLiteral("relay.office.test"), {QStringLiteral("internal")}, true),
                                  makeProfile(QStringLiteral("ACME submission"), QStringLiteral("Customers/ACME"),
                                              QStringLiteral("smtp.acme.test"), {QStringLiteral("production")}),
                                  makeProfile(QStringLiteral("Backup relay"), QStringLiteral("Customers"),
                                              QStringLiteral("mx2.example.test"), {QStringLiteral("production")}),
                                  makeProfile(QStringLiteral("Lab"), QString(), QStringLiteral("127.0.0.1"), {})})
        QVERIFY(!m_profiles->store()->add(profile).isError());

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    SmtpUi::ProfilesPanel *panel = window.profilesPanel();
    QAbstractItemModelTester tester(panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit *search = panel->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, typed);
    QCOMPARE(countProfileRows(panel->proxyModel()), expectedRows);
    search->clear();
    QCOMPARE(countProfileRows(panel->proxyModel()), 4);
}

void TestMainWindow::deleteUndoDuplicateRename()
{
    Smtp::Profile profile = makeProfile(QStringLiteral("Relay"), QString(), QStringLiteral("relay.test"), {});
    QVERIFY(!m_profiles->store()->add(profile).isError());
    bool stored = false;
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, "pw", this,
                                 [&stored](const Smtp::SecretResult &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SmtpUi::ProfilesPanel *panel = window.profilesPanel();
    QVERIFY(panel->selectProfile(profile.id));

    // Delete with the Delete key in the tree, undo with Ctrl+Z.
    panel->treeView()->setFocus();
    QTest::keyClick(panel->treeView(), Qt::Key_Delete);
    QCOMPARE(m_profiles->store()->profiles().size(), 0);
    QCOMPARE(countProfileRows(panel->proxyModel()), 0);
    // Undo waits until the secrets have left the keychain (they are held for undo).
    QTRY_VERIFY(panel->canUndoDelete());
    QCOMPARE(m_profiles->secrets()->size(), 0);
    QTest::keyClick(panel->treeView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_profiles->store()->profiles().size(), 1);
    QCOMPARE(m_profiles->store()->profiles().first().id, profile.id);
    QTRY_COMPARE(m_profiles->secrets()->size(), 1);

    // Duplicate: a second profile with its own copy of the password.
    QVERIFY(panel->selectProfile(profile.id));
    const QList<QAction *> actions = panel->profileActions();
    const auto duplicate = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *action) {
        return action->objectName() == QStringLiteral("duplicateProfileAction");
    });
    QVERIFY(duplicate != actions.cend());
    (*duplicate)->trigger();
    QCOMPARE(m_profiles->store()->profiles().size(), 2);
    QTRY_COMPARE(m_profiles->secrets()->size(), 2);
    QVERIFY(m_profiles->store()->findByName(QStringLiteral("Relay (copy)")).has_value());

    // Rename.
    QCOMPARE(panel->renameProfile(profile.id, QStringLiteral("Main relay")), QString());
    QCOMPARE(m_profiles->store()->find(profile.id)->name, QStringLiteral("Main relay"));
    QVERIFY(!panel->renameProfile(profile.id, QStringLiteral("bad\nname")).isEmpty());
    QVERIFY(!panel->renameProfile(profile.id, QString()).isEmpty());

    // The file on disk holds the changes.
    Smtp::ProfileStore reread(m_profiles->store()->filePath());
    QVERIFY(!reread.load().isError());
    QCOMPARE(reread.profiles().size(), 2);
}

void TestMainWindow::exportAndImport()
{
    Smtp::Profile profile = makeProfile(QStringLiteral("Relay"), QStringLiteral("Ops"), QStringLiteral("relay.test"),
                                        {QStringLiteral("ops")});
    QVERIFY(!m_profiles->store()->add(profile).isError());
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    SmtpUi::ProfilesPanel *panel = window.profilesPanel();
    QVERIFY(panel->selectProfile(profile.id));
    const QString path = m_profiles->filePath(QStringLiteral("export.json"));
    QCOMPARE(panel->exportSelected(path), QString());
    QVERIFY(QFileInfo::exists(path));

    // Importing the same profile again with "keep both" adds a copy.
    const QString message = panel->importFile(path, Smtp::ImportAction::KeepBoth);
    QVERIFY2(!message.isEmpty(), qPrintable(message));
    QCOMPARE(m_profiles->store()->profiles().size(), 1); // identical: skipped
    Smtp::Profile changed = profile;
    changed.settings.host = QStringLiteral("relay2.test");
    QVERIFY(!m_profiles->store()->update(changed).isError());
    panel->importFile(path, Smtp::ImportAction::KeepBoth);
    QCOMPARE(m_profiles->store()->profiles().size(), 2);
}

void TestMainWindow::dragAProfileIntoAFolder()
{
    Smtp::Profile moving = makeProfile(QStringLiteral("Moving"), QString(), QStringLiteral("a.test"), {});
    Smtp::Profile anchor =
        makeProfile(QStringLiteral("Anchor"), QStringLiteral("Target"), QStringLiteral("b.test"), {});
    QVERIFY(!m_profiles->store()->add(moving).isError());
    QVERIFY(!m_profiles->store()->add(anchor).isError());
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    SmtpUi::ProfilesPanel *panel = window.profilesPanel();
    QAbstractItemModel *model = panel->treeView()->model();
    QVERIFY(panel->selectProfile(moving.id));
    const QModelIndex source = panel->treeView()->currentIndex();
    const QModelIndex folder =
        panel->proxyModel()->mapFromSource(panel->model()->indexOfFolder(QStringLiteral("Target")));
    QVERIFY(folder.isValid());
    std::unique_ptr<QMimeData> mime(model->mimeData({source}));
    QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, folder));
    QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, folder));
    QCOMPARE(m_profiles->store()->find(moving.id)->folder, QStringLiteral("Target"));
    // The move is saved like every other change.
    QTRY_VERIFY(!m_profiles->store()->hasUnsavedChanges());
    Smtp::ProfileStore reread(m_profiles->store()->filePath());
    QVERIFY(!reread.load().isError());
    QCOMPARE(reread.find(moving.id)->folder, QStringLiteral("Target"));
}

void TestMainWindow::aboutDialogNamesTheVersions()
{
    const QString text = SmtpUi::AboutDialog::versionText();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY2(text.contains(QStringLiteral("OpenSSL")), qPrintable(text));
    SmtpUi::AboutDialog dialog;
    auto *versions = dialog.findChild<QLabel *>(QStringLiteral("versionsLabel"));
    QVERIFY(versions);
    QCOMPARE(versions->text(), text);
    auto *licence = dialog.findChild<QLabel *>(QStringLiteral("licenceLabel"));
    QVERIFY(licence);
    QVERIFY(licence->text().contains(QStringLiteral("GNU General Public License, version 3 or later")));
}

void TestMainWindow::remembersLastProfileAndLayout()
{
    Smtp::Profile first = makeProfile(QStringLiteral("First"), QString(), QStringLiteral("a.test"), {});
    Smtp::Profile second = makeProfile(QStringLiteral("Second"), QString(), QStringLiteral("b.test"), {});
    QVERIFY(!m_profiles->store()->add(first).isError());
    QVERIFY(!m_profiles->store()->add(second).isError());
    QList<int> sizes;
    {
        SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.profilesPanel()->selectProfile(second.id));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({333, 667});
        sizes = splitter->sizes();
        window.close();
    }
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.profilesPanel()->currentProfileId(), second.id);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::testConnectsWithoutSaving()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 test.example\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    SmtpUi::ProfileEditorDialog *editor = window.profilesPanel()->openEditor(Smtp::Profile{});
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Trial"));
    editor->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("127.0.0.1"));
    editor->findChild<QSpinBox *>(QStringLiteral("portSpinBox"))->setValue(server.port());
    auto *security = editor->findChild<QComboBox *>(QStringLiteral("securityComboBox"));
    security->setCurrentIndex(security->findData(static_cast<int>(Smtp::SecurityMode::None)));
    auto *test = editor->findChild<QPushButton *>(QStringLiteral("testPushButton"));
    QVERIFY(test);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(window.sessionTabWidget()->count(), 1);
    SmtpUi::SessionTab *tab = window.currentSessionTab();
    QCOMPARE(tab->title(), QStringLiteral("Test: Trial"));
    QVERIFY(!tab->settings().interactive);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Plain).contains("QUIT"), waitMs);
    QVERIFY2(tab->result()->ok(), qPrintable(tab->result()->error.message));
    QVERIFY(editor->isVisible());
    QCOMPARE(m_profiles->store()->profiles().size(), 0);
    // The edited editor asks before it drops the changes (its box runs in reject()'s own event loop).
    QTimer::singleShot(0, editor, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->findChild<QPushButton *>(QStringLiteral("discardPushButton"))->click();
    });
    editor->reject();
    QVERIFY(!editor->isVisible());
    QCOMPARE(m_profiles->store()->profiles().size(), 0);
}

void TestMainWindow::connectUsesThePasswordFromTheKeychain_data()
{
    QTest::addColumn<bool>("keychainAvailable");
    QTest::addRow("keychain") << true;
    QTest::addRow("no keychain: asked for the session") << false;
}

void TestMainWindow::connectUsesThePasswordFromTheKeychain()
{
    QFETCH(bool, keychainAvailable);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"},
                      Send{"250-test.example\r\n250 AUTH PLAIN\r\n"}, Expect{"AUTH PLAIN"},
                      Send{"235 2.7.0 Authentication successful\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    Smtp::Profile profile = makeProfile(QStringLiteral("Auth"), QString(), QStringLiteral("127.0.0.1"), {});
    profile.settings.port = server.port();
    profile.settings.security = Smtp::SecurityMode::None;
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    profile.settings.authUser = QStringLiteral("alice");
    profile.settings.allowPlaintextAuth = true;
    QVERIFY(!m_profiles->store()->add(profile).isError());
    bool stored = false;
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, "kc-secret-1", this,
                                 [&stored](const Smtp::SecretResult &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
    if (!keychainAvailable)
        m_profiles->secrets()->setFailure(Smtp::SecretResult::Code::NoKeychain);

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Without a keychain the window asks for the password in a modal dialog: answer it when it shows up.
    QTimer answer;
    int polls = 0;
    bool asked = false;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<SmtpUi::SecretPromptDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit")),
                             QStringLiteral("typed-secret-2"));
            dialog->accept();
        }
        if (asked || ++polls > 500)
            answer.stop();
    });
    if (!keychainAvailable)
        answer.start();
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 1, waitMs);
    SmtpUi::SessionTab *tab = window.currentSessionTab();
    const QString expected = keychainAvailable ? QStringLiteral("kc-secret-1") : QStringLiteral("typed-secret-2");
    QCOMPARE(tab->settings().auth.password, expected);
    QCOMPARE(asked, !keychainAvailable);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    // The AUTH line reached the server but the transcript only holds it redacted.
    const QByteArray plain = QByteArray("\0alice\0", 7) + expected.toUtf8();
    QVERIFY(server.receivedBytes(Phase::Plain).contains(plain.toBase64()));
    bool sawRedacted = false;
    for (const Smtp::TranscriptEvent &event : tab->transcript().events()) {
        QVERIFY(!event.text.contains(QString::fromLatin1(plain.toBase64())));
        QVERIFY(!event.text.contains(expected));
        sawRedacted = sawRedacted || event.redacted;
    }
    QVERIFY(sawRedacted);
}

void TestMainWindow::unreadableProfileFileIsReadOnly()
{
    QFile file(m_profiles->filePath(QStringLiteral("broken.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"profiles\": [ {\"name\": ");
    file.close();
    Smtp::ProfileStore store(file.fileName());
    QVERIFY(store.load().isError());
    SmtpUi::MainWindow window(&store, m_profiles->secrets());
    window.show();
    auto *note = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(!window.profilesPanel()->newAction()->isEnabled());
    QVERIFY(!window.profilesPanel()->importAction()->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
