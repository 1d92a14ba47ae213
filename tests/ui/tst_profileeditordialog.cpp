// The profile editor as admins use it all day (issue #12): Test runs inside the editor, named or not, and shows its
// verdict there, in one test tab; the authentication fields follow the mechanism; passwords can be shown; edits are
// not dropped without asking.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/profiles/profilespanel.h"
#include "ui/session/sessiontab.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace SmtpTest;

namespace
{

constexpr int waitMs = 10000;
const QByteArray storedPassword = "stored-Pa55-canary";

template <typename T>
T *child(const QWidget *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("No child named %s", qPrintable(name));
    return found;
}

/// Answers the next modal message box by clicking @p buttonName and hands back its text. Polls from the event loop
/// without blocking it, so it works inside the box's own exec(); gives up after waitMs.
class MessageBoxAnswerer final : public QObject
{
public:
    explicit MessageBoxAnswerer(const QString &buttonName) : m_buttonName(buttonName)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (++m_tries > waitMs / 10) {
                m_timer.stop();
                return;
            }
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            text = box->text();
            boxName = box->objectName();
            if (auto *button = box->findChild<QPushButton *>(m_buttonName))
                button->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }

    QString text;
    QString boxName;

private:
    QString m_buttonName;
    QTimer m_timer;
    int m_tries = 0;
};

/// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestProfileEditorDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testOfAnUnnamedProfileShowsItsVerdictInTheEditor();
    void testVerifiesStartTlsAndSignsIn();
    void testFailureShowsTheReason();
    void testUsesEveryStoredSecret();
    void testKeepsStoredSecretsFromAnotherDestination();
    void authenticationFieldsFollowTheMechanism();
    void showPasswordToggle_data();
    void showPasswordToggle();
    void closingAnEditedProfileAsks_data();
    void closingAnEditedProfileAsks();

private:
    SmtpUi::ProfileEditorDialog *openNewEditor(SmtpUi::MainWindow &window, quint16 port, Smtp::SecurityMode security);
    /// A saved profile that signs in as alice with a client certificate whose key is encrypted; its password and key
    /// passphrase are in the keychain.
    Smtp::Profile savedProfileWithSecrets(quint16 port);

    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
};

void TestProfileEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileEditorDialog::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
}

void TestProfileEditorDialog::cleanup()
{
    m_profiles.reset();
}

SmtpUi::ProfileEditorDialog *TestProfileEditorDialog::openNewEditor(SmtpUi::MainWindow &window, quint16 port,
                                                                    Smtp::SecurityMode security)
{
    SmtpUi::ProfileEditorDialog *editor = window.profilesPanel()->openEditor(Smtp::Profile{});
    if (!editor)
        return nullptr;
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("hostLineEdit")), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(editor, QStringLiteral("portSpinBox"))->setValue(port);
    auto *securityComboBox = child<QComboBox>(editor, QStringLiteral("securityComboBox"));
    securityComboBox->setCurrentIndex(securityComboBox->findData(static_cast<int>(security)));
    return editor;
}

void TestProfileEditorDialog::testOfAnUnnamedProfileShowsItsVerdictInTheEditor()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 test.example\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QPointer<SmtpUi::ProfileEditorDialog> editor = openNewEditor(window, server.port(), Smtp::SecurityMode::None);
    QVERIFY(editor);
    auto *test = child<QPushButton>(editor, QStringLiteral("testPushButton"));
    auto *verdict = child<QLabel>(editor, QStringLiteral("testResultLabel"));
    auto *transcriptLink = child<QLabel>(editor, QStringLiteral("showTranscriptLabel"));
    QVERIFY(test && verdict && transcriptLink);
    QVERIFY(!verdict->isVisible());

    // No name yet: the test runs all the same, titled by where it connects, and the editor says it is running.
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!child<QLabel>(editor, QStringLiteral("nameErrorLabel"))->isVisible());
    QCOMPARE(window.sessionTabWidget()->count(), 1);
    QPointer<SmtpUi::SessionTab> first = window.currentSessionTab();
    QCOMPARE(first->title(), QStringLiteral("Test: 127.0.0.1:%1").arg(server.port()));
    QVERIFY(verdict->isVisible());
    QCOMPARE(verdict->text(), QStringLiteral("Testing the connection…"));
    QCOMPARE(verdict->textFormat(), Qt::PlainText);
    QTRY_COMPARE_WITH_TIMEOUT(verdict->text(),
                              QStringLiteral("Plaintext session: the server answered; nothing was encrypted."), waitMs);
    QVERIFY(transcriptLink->isVisible());
    QVERIFY(editor->isVisible());
    QCOMPARE(m_profiles->store()->profiles().size(), 0);

    // A second test replaces the first one's tab instead of adding one.
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(window.sessionTabWidget()->count(), 1);
    SmtpUi::SessionTab *second = window.currentSessionTab();
    QVERIFY(second != first);
    QCOMPARE(verdict->text(), QStringLiteral("Testing the connection…"));
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), waitMs);
    QVERIFY2(second->result()->ok(), qPrintable(second->result()->error.message));
    QTRY_COMPARE_WITH_TIMEOUT(verdict->text(),
                              QStringLiteral("Plaintext session: the server answered; nothing was encrypted."), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!first, waitMs); // closed, and gone once its session ended

    // Another session comes to the front; "Show transcript" brings the test's tab back.
    ScriptableSmtpServer other;
    QVERIFY(other.listen());
    other.setScript({Send{"220 other.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 other.example\r\n"}});
    other.setDefaultReply("250 2.0.0 OK\r\n");
    Smtp::ConnectionSettings otherSettings;
    otherSettings.host = QStringLiteral("127.0.0.1");
    otherSettings.port = other.port();
    otherSettings.security = Smtp::SecurityMode::None;
    window.openSession(QStringLiteral("Other"), otherSettings);
    QCOMPARE(window.sessionTabWidget()->count(), 2);
    QVERIFY(window.currentSessionTab() != second);
    QTest::mouseClick(transcriptLink, Qt::LeftButton, {}, transcriptLink->rect().center());
    QTRY_COMPARE(window.currentSessionTab(), second);
    // The editor does not block the window: the transcript can be read and scrolled while it stays open.
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(editor->isVisible());

    editor->done(QDialog::Rejected);
}

void TestProfileEditorDialog::testVerifiesStartTlsAndSignsIn()
{
    const QByteArray password = "typed-Pa55-canary";
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-test.example\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 2.0.0 Go ahead\r\n"},
                      StartTls{ServerCertificate::Valid, ClientCertificateMode::None, QSsl::TlsV1_3}, Expect{"EHLO"},
                      Send{"250-test.example\r\n250 AUTH PLAIN\r\n"}, Expect{"AUTH PLAIN"},
                      Send{"235 2.7.0 Authentication successful\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QPointer<SmtpUi::ProfileEditorDialog> editor = openNewEditor(window, server.port(), Smtp::SecurityMode::StartTls);
    QVERIFY(editor);
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("caFileLineEdit")),
                     CertificateFactory::shared().ca.certificate);
    auto *mechanism = child<QComboBox>(editor, QStringLiteral("authMechanismComboBox"));
    mechanism->setCurrentIndex(mechanism->findData(QStringLiteral("PLAIN")));
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("authUserLineEdit")), QStringLiteral("alice"));
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("passwordLineEdit")), QString::fromLatin1(password));

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("testPushButton")), Qt::LeftButton);
    auto *verdict = child<QLabel>(editor, QStringLiteral("testResultLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().startsWith(QStringLiteral("Testing")), waitMs);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Verified STARTTLS session, TLS 1.3, TLS_")),
             qPrintable(verdict->text()));
    QVERIFY2(verdict->text().endsWith(QStringLiteral(". Signed in as alice.")), qPrintable(verdict->text()));
    QVERIFY(server.receivedLines(Phase::Tls)
                .contains("AUTH PLAIN " + QByteArray("\0alice\0", 7).append(password).toBase64()));

    // The typed password went to the session only: nothing was saved, not in the profile file, not in the keychain.
    QCOMPARE(m_profiles->store()->profiles().size(), 0);
    QCOMPARE(m_profiles->secrets()->size(), 0);
    QFile file(m_profiles->store()->filePath());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(password));
    editor->done(QDialog::Rejected);
}

Smtp::Profile TestProfileEditorDialog::savedProfileWithSecrets(quint16 port)
{
    const CertificateSet &files = CertificateFactory::shared();
    Smtp::Profile profile;
    profile.name = QStringLiteral("Signed relay");
    profile.settings.host = QStringLiteral("127.0.0.1");
    profile.settings.port = port;
    profile.settings.security = Smtp::SecurityMode::StartTls;
    profile.settings.caFile = files.ca.certificate;
    profile.settings.clientCertificateFile = files.client.certificate;
    profile.settings.clientKeyFile = files.clientEncryptedKey;
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    profile.settings.authUser = QStringLiteral("alice");
    if (m_profiles->store()->add(profile).isError())
        return {};
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, storedPassword, nullptr, {});
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::KeyPassphrase, files.clientKeyPassword.toUtf8(), nullptr,
                                 {});
    return profile;
}

void TestProfileEditorDialog::testUsesEveryStoredSecret()
{
    // Issue #18: Test got the stored password but not the stored key passphrase; now the editor's Test resolves
    // secrets where every session does.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-test.example\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 2.0.0 Go ahead\r\n"},
                      StartTls{ServerCertificate::Valid, ClientCertificateMode::Require, QSsl::TlsV1_3}, Expect{"EHLO"},
                      Send{"250-test.example\r\n250 AUTH PLAIN\r\n"}, Expect{"AUTH PLAIN"},
                      Send{"235 2.7.0 Authentication successful\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");
    const Smtp::Profile profile = savedProfileWithSecrets(server.port());
    QVERIFY(!profile.id.isEmpty());

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QPointer<SmtpUi::ProfileEditorDialog> editor = window.profilesPanel()->openEditor(profile);
    QVERIFY(editor);
    auto *password = child<QLineEdit>(editor, QStringLiteral("passwordLineEdit"));
    auto *passphrase = child<QLineEdit>(editor, QStringLiteral("keyPassphraseLineEdit"));
    // The person sees that both are stored, and neither is shown in a field.
    QTRY_COMPARE(password->placeholderText(), QStringLiteral("Stored in the keychain; type to replace"));
    QTRY_COMPARE(passphrase->placeholderText(), QStringLiteral("Stored in the keychain; type to replace"));
    QVERIFY(password->text().isEmpty() && passphrase->text().isEmpty());

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("testPushButton")), Qt::LeftButton);
    auto *verdict = child<QLabel>(editor, QStringLiteral("testResultLabel"));
    // The keychain answers first, then the test starts: wait for its verdict, not for the empty label before it.
    QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().isEmpty() && !verdict->text().startsWith(QStringLiteral("Testing")),
                             waitMs);
    QVERIFY2(verdict->text().endsWith(QStringLiteral(". Signed in as alice.")), qPrintable(verdict->text()));
    QVERIFY(server.clientCertificatePresented());
    QVERIFY(server.receivedLines(Phase::Tls)
                .contains("AUTH PLAIN " + QByteArray("\0alice\0", 7).append(storedPassword).toBase64()));
    editor->done(QDialog::Rejected);
}

void TestProfileEditorDialog::testKeepsStoredSecretsFromAnotherDestination()
{
    // The saved password is bound to where the profile connects; a Test of an edited destination does not take it
    // along unconfirmed, as a session from the window or the command line would not.
    ScriptableSmtpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setScript({Send{"220 elsewhere.example ESMTP\r\n"}, Expect{"EHLO"},
                         Send{"250-elsewhere.example\r\n250 STARTTLS\r\n"}, Expect{"STARTTLS"},
                         Send{"220 2.0.0 Go ahead\r\n"},
                         StartTls{ServerCertificate::Valid, ClientCertificateMode::Require, QSsl::TlsV1_3},
                         Expect{"EHLO"}, Send{"250-elsewhere.example\r\n250 AUTH PLAIN\r\n"}});
    elsewhere.setDefaultReply("535 5.7.8 No\r\n");
    const quint16 savedPort = closedPort();
    QVERIFY(savedPort != 0);
    const Smtp::Profile profile = savedProfileWithSecrets(savedPort);
    QVERIFY(!profile.id.isEmpty());

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QPointer<SmtpUi::ProfileEditorDialog> editor = window.profilesPanel()->openEditor(profile);
    QVERIFY(editor);
    child<QSpinBox>(editor, QStringLiteral("portSpinBox"))->setValue(elsewhere.port());
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("testPushButton")), Qt::LeftButton);
    auto *verdict = child<QLabel>(editor, QStringLiteral("testResultLabel"));
    // The keychain answers first, then the test starts: wait for its verdict, not for the empty label before it.
    QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().isEmpty() && !verdict->text().startsWith(QStringLiteral("Testing")),
                             waitMs);
    // The key passphrase only unlocks a local file, so it is used: the TLS session with a client certificate stands.
    QVERIFY(elsewhere.clientCertificatePresented());
    const QByteArray received = elsewhere.receivedBytes(Phase::Tls);
    QVERIFY(received.startsWith("EHLO"));
    QVERIFY2(!received.contains(QByteArray(storedPassword).toBase64()) &&
                 !received.contains(QByteArray("\0alice\0", 7).append(storedPassword).toBase64()),
             received.constData());
    editor->done(QDialog::Rejected);
}

void TestProfileEditorDialog::testFailureShowsTheReason()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QPointer<SmtpUi::ProfileEditorDialog> editor = openNewEditor(window, port, Smtp::SecurityMode::None);
    QVERIFY(editor);
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("nameLineEdit")), QStringLiteral("Lab relay"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("testPushButton")), Qt::LeftButton);
    SmtpUi::SessionTab *tab = window.currentSessionTab();
    QCOMPARE(tab->title(), QStringLiteral("Test: Lab relay"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    QVERIFY(!tab->result()->ok());
    auto *verdict = child<QLabel>(editor, QStringLiteral("testResultLabel"));
    QTRY_COMPARE(verdict->text(), QStringLiteral("Failed: %1").arg(tab->result()->error.message));
    // In the error colour, not the text's.
    QVERIFY(verdict->palette().color(QPalette::WindowText) != editor->palette().color(QPalette::WindowText));
    editor->done(QDialog::Rejected);
}

void TestProfileEditorDialog::authenticationFieldsFollowTheMechanism()
{
    SmtpUi::ProfileEditorDialog editor(Smtp::Profile{}, Smtp::ProfileSettings{});
    editor.show();
    auto *mechanism = child<QComboBox>(&editor, QStringLiteral("authMechanismComboBox"));
    auto *user = child<QLineEdit>(&editor, QStringLiteral("authUserLineEdit"));
    auto *password = child<QLineEdit>(&editor, QStringLiteral("passwordLineEdit"));
    auto *plaintext = child<QCheckBox>(&editor, QStringLiteral("allowPlaintextAuthCheckBox"));
    QVERIFY(mechanism && user && password && plaintext);
    QCOMPARE(mechanism->currentText(), QStringLiteral("No authentication"));
    QVERIFY(mechanism->isEnabled());
    QVERIFY(!user->isEnabled());
    QVERIFY(!password->isEnabled());
    QVERIFY(!plaintext->isEnabled());

    mechanism->setCurrentIndex(mechanism->findData(QStringLiteral("PLAIN")));
    QVERIFY(user->isEnabled());
    QVERIFY(password->isEnabled());
    QVERIFY(plaintext->isEnabled());
    QTest::keyClicks(user, QStringLiteral("alice"));

    // Back to none: greyed out again, the typed user kept for later.
    mechanism->setCurrentIndex(0);
    QVERIFY(!user->isEnabled());
    QVERIFY(!password->isEnabled());
    QCOMPARE(user->text(), QStringLiteral("alice"));
}

void TestProfileEditorDialog::showPasswordToggle_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("showText");
    QTest::addColumn<QString>("hideText");
    QTest::addRow("password") << QStringLiteral("passwordLineEdit") << QStringLiteral("showPasswordAction")
                              << QStringLiteral("Show password") << QStringLiteral("Hide password");
    QTest::addRow("key passphrase") << QStringLiteral("keyPassphraseLineEdit")
                                    << QStringLiteral("showKeyPassphraseAction") << QStringLiteral("Show passphrase")
                                    << QStringLiteral("Hide passphrase");
}

void TestProfileEditorDialog::showPasswordToggle()
{
    QFETCH(QString, field);
    QFETCH(QString, action);
    QFETCH(QString, showText);
    QFETCH(QString, hideText);

    Smtp::Profile profile;
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
    editor.show();
    auto *edit = child<QLineEdit>(&editor, field);
    QVERIFY(edit);
    // The field's own tab is shown, so its button can be clicked.
    auto *tabWidget = child<QTabWidget>(&editor, QStringLiteral("editorTabWidget"));
    tabWidget->setCurrentWidget(edit->parentWidget());
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(edit, QStringLiteral("s3cret"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QToolButton *toggle = nullptr;
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() && button->defaultAction()->objectName() == action)
            toggle = button;
    }
    QVERIFY(toggle);
    QVERIFY(toggle->isVisible());
    QCOMPARE(toggle->defaultAction()->toolTip(), showText);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(edit->displayText(), QStringLiteral("s3cret"));
    QCOMPARE(toggle->defaultAction()->toolTip(), hideText);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(edit->displayText() != QStringLiteral("s3cret"));
    QCOMPARE(toggle->defaultAction()->toolTip(), showText);
}

void TestProfileEditorDialog::closingAnEditedProfileAsks_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("Cancel") << QStringLiteral("cancel");
    QTest::addRow("Esc") << QStringLiteral("escape");
    QTest::addRow("window closed") << QStringLiteral("close");
}

void TestProfileEditorDialog::closingAnEditedProfileAsks()
{
    QFETCH(QString, how);
    Smtp::Profile profile;
    profile.name = QStringLiteral("Work");
    profile.settings.host = QStringLiteral("mail.example.org");
    profile.notes = QStringLiteral("first line");
    const auto close = [&how](SmtpUi::ProfileEditorDialog *editor) {
        if (how == QStringLiteral("cancel"))
            QTest::mouseClick(
                child<QDialogButtonBox>(editor, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        else if (how == QStringLiteral("escape"))
            QTest::keyClick(editor, Qt::Key_Escape);
        else
            editor->close();
    };

    {
        // Unchanged: closes at once, no question.
        SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
        editor.open();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        MessageBoxAnswerer answerer(QStringLiteral("keepEditingPushButton"));
        close(&editor);
        QVERIFY(!editor.isVisible());
        QCOMPARE(answerer.text, QString());
    }

    SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
    editor.open();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *host = child<QLineEdit>(&editor, QStringLiteral("hostLineEdit"));
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral(".test"));
    {
        MessageBoxAnswerer answerer(QStringLiteral("keepEditingPushButton"));
        close(&editor);
        QCOMPARE(answerer.boxName, QStringLiteral("discardChangesMessageBox"));
        QCOMPARE(answerer.text, QStringLiteral("Discard changes to this profile?"));
        QVERIFY2(editor.isVisible(), "Keep editing leaves the editor open");
        QCOMPARE(host->text(), QStringLiteral("mail.example.org.test"));
    }
    {
        MessageBoxAnswerer answerer(QStringLiteral("discardPushButton"));
        close(&editor);
        QCOMPARE(answerer.boxName, QStringLiteral("discardChangesMessageBox"));
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), static_cast<int>(QDialog::Rejected));
    }

    // An edit taken back is no change; a typed password is one.
    SmtpUi::ProfileEditorDialog again(profile, Smtp::ProfileSettings{});
    again.open();
    auto *notes = child<QWidget>(&again, QStringLiteral("notesPlainTextEdit"));
    QTest::keyClicks(notes, QStringLiteral("x"));
    QVERIFY(again.isModified());
    QTest::keyClick(notes, Qt::Key_Backspace);
    QVERIFY(!again.isModified());
    QTest::keyClicks(child<QLineEdit>(&again, QStringLiteral("keyPassphraseLineEdit")), QStringLiteral("pw"));
    QVERIFY(again.isModified());
    again.done(QDialog::Rejected);
}

QTEST_MAIN(TestProfileEditorDialog)
#include "tst_profileeditordialog.moc"
