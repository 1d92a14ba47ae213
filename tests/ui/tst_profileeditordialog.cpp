// The profile editor as admins use it all day (issue #12): the authentication fields follow the mechanism; passwords
// can be shown; edits are not dropped without asking.

#include "profiles/profileeditordialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace
{

constexpr int waitMs = 10000;

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

} // namespace

class TestProfileEditorDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void authenticationFieldsFollowTheMechanism();
    void showPasswordToggle_data();
    void showPasswordToggle();
    void closingAnEditedProfileAsks_data();
    void closingAnEditedProfileAsks();
};

void TestProfileEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
