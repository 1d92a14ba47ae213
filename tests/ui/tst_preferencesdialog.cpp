// The preferences as a person sets them: File ▸ Preferences… opened from the window's menu, the language and the time
// stamps chosen with the keyboard, kept or cancelled.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/app/uisettings.h"
#include "ui/mainwindow.h"
#include "ui/session/sessiontab.h"
#include "ui/transcript/transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace SmtpTest;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void preferencesChooseLanguageAndTimeStamps();
    void preferencesCancelledChangeNothing();

private:
    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferencesDialog::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
}

void TestPreferencesDialog::cleanup()
{
    m_profiles.reset();
}

namespace
{

// Opens File ▸ Preferences… from the menu bar with the keyboard and hands the modal dialog to \a drive.
void withPreferencesDialog(SmtpUi::MainWindow &window, const std::function<void(QDialog *)> &drive)
{
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QCOMPARE(dialog->objectName(), QStringLiteral("preferencesDialog"));
        drive(dialog);
        driven = true;
        // Whatever drive() did, the dialog must not stay open and block the test.
        if (dialog->isVisible())
            dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QVERIFY(driven);
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int index = 0; index < combo->count(); ++index)
        texts.append(combo->itemText(index));
    return texts;
}

} // namespace

void TestPreferencesDialog::preferencesChooseLanguageAndTimeStamps()
{
    SmtpUi::UiSettings().setLanguage(QString());
    SmtpUi::UiSettings().setWallClockTimeStamps(false);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}});
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Smtp::ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("Open"), settings);
    QVERIFY(!tab->transcriptView()->isWallClock());

    withPreferencesDialog(window, [](QDialog *dialog) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        auto *timeStamps = dialog->findChild<QComboBox *>(QStringLiteral("timeStampComboBox"));
        auto *notice = dialog->findChild<QLabel *>(QStringLiteral("restartNoticeLabel"));
        QVERIFY(language && timeStamps && notice);
        // The tests run in the C locale, so the system's language is English. Languages carry their own names.
        QCOMPARE(comboTexts(language),
                 (QStringList{QStringLiteral("System default (English)"), QStringLiteral("English"),
                              QStringLiteral("Deutsch"), QStringLiteral("Français")}));
        QCOMPARE(language->currentText(), QStringLiteral("System default (English)"));
        QVERIFY(notice->isHidden());

        language->setFocus();
        QTest::keyClicks(language, QStringLiteral("Deu"));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        QVERIFY2(!notice->isHidden(), "choosing another language says when it takes effect");
        QTest::keyClick(timeStamps, Qt::Key_Down);
        QCOMPARE(timeStamps->currentText(), QStringLiteral("Wall-clock time"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });

    QCOMPARE(SmtpUi::UiSettings().language(), QStringLiteral("de"));
    QVERIFY(SmtpUi::UiSettings().wallClockTimeStamps());
    QVERIFY2(tab->transcriptView()->isWallClock(), "the open session follows the new time stamp choice");
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The new language is used the next time SMTP Workbench starts."));

    // Reopened, the dialog shows what was chosen; going back to the system's language removes the choice.
    withPreferencesDialog(window, [](QDialog *dialog) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("timeStampComboBox"))->currentIndex(), 1);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Home);
        QCOMPARE(language->currentIndex(), 0);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QCOMPARE(SmtpUi::UiSettings().language(), QString());
    SmtpUi::UiSettings().setWallClockTimeStamps(false);
}

void TestPreferencesDialog::preferencesCancelledChangeNothing()
{
    SmtpUi::UiSettings().setLanguage(QStringLiteral("fr"));
    SmtpUi::UiSettings().setWallClockTimeStamps(false);
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    withPreferencesDialog(window, [](QDialog *dialog) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QCOMPARE(language->currentText(), QStringLiteral("Français"));
        language->setFocus();
        QTest::keyClicks(language, QStringLiteral("Eng"));
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        QTest::keyClick(dialog->findChild<QComboBox *>(QStringLiteral("timeStampComboBox")), Qt::Key_Down);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });

    QCOMPARE(SmtpUi::UiSettings().language(), QStringLiteral("fr"));
    QVERIFY(!SmtpUi::UiSettings().wallClockTimeStamps());
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    SmtpUi::UiSettings().setLanguage(QString());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
