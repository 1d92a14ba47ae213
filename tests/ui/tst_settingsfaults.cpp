// The hostile-server catalogue's F2: preferences that cannot be written are reported, never lost silently. The
// settings folder is made unwritable by putting a plain file where the folder should be, which stops root too (CI
// runs as root, for whom permission bits do not).

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "ui/app/uisettings.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestSettingsFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unwritableSettingsFileIsReported();
    void writableSettingsFileHasNoProblem();
    void windowReportsUnwritableSettings();

private:
    QTemporaryDir m_home;
};

namespace
{

bool blockFolderWithFile(const QString &folder)
{
    QDir().mkpath(QFileInfo(folder).absolutePath());
    QFile blocker(folder);
    return blocker.open(QIODevice::WriteOnly) && blocker.write("not a folder\n") > 0;
}

} // namespace

void TestSettingsFaults::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The window's settings live in the test-mode configuration folder under $HOME: a home of our own, whose
    // organisation folder is a plain file. Set before the first QSettings, which fixes the path for the process.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("smtp-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-workbench"));
    const QString configFolder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(configFolder.startsWith(m_home.path()), qPrintable(configFolder));
    QVERIFY(blockFolderWithFile(configFolder + QStringLiteral("/smtp-workbench")));
}

void TestSettingsFaults::unwritableSettingsFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(blockFolderWithFile(blocked));
    const QString iniPath = blocked + QStringLiteral("/ui.ini");

    SmtpUi::UiSettings settings(iniPath);
    QVERIFY(settings.writeProblem().contains(QDir::toNativeSeparators(iniPath)));
    settings.setTheme(QStringLiteral("dark"));
    QVERIFY(!settings.sync());
    QVERIFY2(settings.writeProblem().contains(QStringLiteral("cannot be written")),
             qPrintable(settings.writeProblem()));
    // Still in effect for this run.
    QCOMPARE(settings.theme(), QStringLiteral("dark"));
}

void TestSettingsFaults::writableSettingsFileHasNoProblem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(QStringLiteral("ui.ini"));
    {
        SmtpUi::UiSettings settings(iniPath);
        QCOMPARE(settings.writeProblem(), QString());
        settings.setTheme(QStringLiteral("dark"));
        QVERIFY(settings.sync());
    }
    QCOMPARE(SmtpUi::UiSettings(iniPath).theme(), QStringLiteral("dark"));
}

void TestSettingsFaults::windowReportsUnwritableSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Smtp::ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(!store.load().isError());
    Smtp::MemorySecretStore secrets;
    SmtpUi::MainWindow window(&store, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Said as soon as the window is up, before anything is lost.
    const QString shown = window.statusBar()->currentMessage();
    QVERIFY2(shown.contains(QStringLiteral("cannot be saved")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("smtp-workbench")), qPrintable(shown));

    // Choosing a preference then says it was not saved, and the choice still applies.
    QString warning;
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QCOMPARE(dialog->objectName(), QStringLiteral("preferencesDialog"));
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeComboBox"));
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QTimer::singleShot(0, &window, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            warning = box->windowTitle() + u'\n' + box->text();
            box->accept();
            driven = true;
        });
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QVERIFY(driven);
    QVERIFY2(warning.startsWith(QStringLiteral("Preferences Not Saved\n")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("cannot be written")), qPrintable(warning));
    QCOMPARE(window.palette().color(QPalette::Window).lightness() < 128, true);
}

QTEST_MAIN(TestSettingsFaults)
#include "tst_settingsfaults.moc"
