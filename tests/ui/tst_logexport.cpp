// Exporting a session log from the window (issue #12): the file dialog proposes a name without spaces that carries
// the session's date; a session exported while still open keeps its TLS report and timings and says it was still
// running (neither success nor failure).

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "ui/mainwindow.h"
#include "ui/session/logexportfile.h"
#include "ui/session/sessiontab.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 10000;
} // namespace

class TestLogExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultFileName_data();
    void defaultFileName();
    void openSessionExportsWhatItKnows();

private:
    QByteArray exportThroughTheDialog(SmtpUi::MainWindow &window, const QString &path, QString *proposed);
};

void TestLogExport::defaultFileName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::addRow("spaces and separators") << QStringLiteral("Customers/ACME mail (submission)")
                                           << QStringLiteral("Customers-ACME-mail-submission_2026-11-27_1405.txt");
    QTest::addRow("host and port") << QStringLiteral("mail.example.org:587")
                                   << QStringLiteral("mail.example.org-587_2026-11-27_1405.txt");
    QTest::addRow("no leading dot or dash")
        << QStringLiteral("..-hidden") << QStringLiteral("hidden_2026-11-27_1405.txt");
    QTest::addRow("nothing usable") << QStringLiteral("«»") << QStringLiteral("session_2026-11-27_1405.txt");
}

void TestLogExport::defaultFileName()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    const QDateTime started(QDate(2026, 11, 27), QTime(14, 5, 30));
    QCOMPARE(SmtpUi::LogExportFile::defaultFileName(title, started), expected);
}

QByteArray TestLogExport::exportThroughTheDialog(SmtpUi::MainWindow &window, const QString &path, QString *proposed)
{
    QSignalSpy exported(&window, &SmtpUi::MainWindow::sessionLogExported);
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        // A failed check below must not leave the dialog waiting for a click that never comes.
        const auto closeDialog = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        *proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        // The path is set rather than typed: typing opens the name field's completer, which takes the next click.
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        const QList<QAbstractButton *> all = buttons->buttons();
        const auto save = std::find_if(all.cbegin(), all.cend(), [buttons](QAbstractButton *button) {
            return buttons->buttonRole(button) == QDialogButtonBox::AcceptRole;
        });
        QVERIFY(save != all.cend());
        QTest::mouseClick(*save, Qt::LeftButton);
        driven = true;
    });
    window.findChild<QAction *>(QStringLiteral("exportLogAction"))->trigger();
    if (!driven || !exported.wait(waitMs) || !exported.first().at(1).toString().isEmpty())
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLogExport::openSessionExportsWhatItKnows()
{
    QTemporaryDir dir;
    Smtp::ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(!store.load().isError());
    Smtp::MemorySecretStore secrets;
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-test.example\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 go\r\n"}, StartTls{ServerCertificate::Valid}, Expect{"EHLO"},
                      Send{"250-test.example\r\n250 SIZE 1000\r\n"}});
    SmtpUi::MainWindow window(&store, &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("Open STARTTLS session"),
                                                 testSettings(server.port(), Smtp::SecurityMode::StartTls));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(!tab->isFinished());

    QString proposed;
    const QByteArray json = exportThroughTheDialog(window, dir.filePath(QStringLiteral("open.json")), &proposed);
    QVERIFY2(QRegularExpression(QStringLiteral("^Open-STARTTLS-session_\\d{4}-\\d{2}-\\d{2}_\\d{4}\\.txt$"))
                 .match(proposed)
                 .hasMatch(),
             qPrintable(proposed));
    const QJsonObject result = QJsonDocument::fromJson(json).object().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("finished")), QJsonValue(false));
    QVERIFY(result.value(QStringLiteral("ok")).isNull());
    QCOMPARE(result.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")), QJsonValue(true));
    QVERIFY(!result.value(QStringLiteral("timings")).toObject().isEmpty());

    const QString text =
        QString::fromUtf8(exportThroughTheDialog(window, dir.filePath(QStringLiteral("open.txt")), &proposed));
    QVERIFY2(text.contains(QStringLiteral("Still running when exported")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Verification: OK for localhost")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Succeeded")), qPrintable(text));
}

QTEST_MAIN(TestLogExport)
#include "tst_logexport.moc"
