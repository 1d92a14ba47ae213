#include "certificatefactory.h"
#include "certificates/certificatedetailsdialog.h"
#include "mainwindow.h"
#include "scriptablesmtpserver.h"
#include "session/capabilitiesmodel.h"
#include "session/commandlineedit.h"
#include "session/sessiontab.h"
#include "transcript/transcriptmodel.h"
#include "transcript/transcriptview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 10000;

const QByteArray hostileBanner =
    QByteArrayLiteral("220 test.example ESMTP <a href=\"https://evil.test/\">click</a>\r\n");

Script startTlsScript()
{
    return {Send{hostileBanner},
            Expect{"EHLO"},
            Send{"250-test.example\r\n250-SIZE 1000\r\n250-8BITMIME\r\n250 STARTTLS\r\n"},
            Expect{"STARTTLS"},
            Send{"220 2.0.0 go ahead\r\n"},
            StartTls{ServerCertificate::Valid},
            Expect{"EHLO"},
            Send{"250-test.example\r\n250-SIZE 2000\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"}};
}

bool transcriptContains(const SmtpUi::SessionTab *tab, const QString &text)
{
    for (const Smtp::TranscriptEvent &event : tab->transcript().events()) {
        if (event.text.contains(text))
            return true;
    }
    return false;
}

bool viewContains(const SmtpUi::SessionTab *tab, const QString &text)
{
    const SmtpUi::TranscriptModel *model = tab->transcriptView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SmtpUi::TranscriptModel::TextColumn).data().toString().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestSessionTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsSessionInTheWindow();
    void commandHistory();
    void closingTheTabEndsTheSession();
    void severalSessionsAtOnce();

private:
    Smtp::ConnectionSettings settingsFor(const ScriptableSmtpServer &server) const;
};

void TestSessionTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CertificateFactory::shared();
}

Smtp::ConnectionSettings TestSessionTab::settingsFor(const ScriptableSmtpServer &server) const
{
    Smtp::ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = Smtp::SecurityMode::StartTls;
    settings.timeoutSeconds = 5;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;
    settings.auth.user = QStringLiteral("user");
    settings.auth.password = QStringLiteral("s3cret-Passw0rd");
    return settings;
}

void TestSessionTab::startTlsSessionInTheWindow()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript());
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("test server"), settingsFor(server));
    QVERIFY(tab);
    QCOMPARE(window.sessionTabWidget()->count(), 1);

    // The lines reach the view, the hostile banner as literal text.
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(viewContains(tab, QStringLiteral("<a href=\"https://evil.test/\">click</a>")), waitMs);
    QAbstractItemModelTester tester(tab->transcriptView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Security and capabilities before/after STARTTLS, with the differences marked.
    QVERIFY(tab->tlsReport().has_value());
    QVERIFY(tab->tlsReport()->tlsEstablished);
    auto *verification = tab->findChild<QLabel *>(QStringLiteral("verificationValueLabel"));
    QVERIFY(verification);
    QCOMPARE(verification->textFormat(), Qt::PlainText);
    QVERIFY2(verification->text().contains(QStringLiteral("Verified")), qPrintable(verification->text()));
    auto *capabilities = tab->findChild<QTableView *>(QStringLiteral("capabilitiesTableView"));
    QVERIFY(capabilities);
    QAbstractItemModelTester capabilitiesTester(capabilities->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QHash<QString, int> differences;
    for (int row = 0; row < capabilities->model()->rowCount(); ++row)
        differences.insert(
            capabilities->model()->index(row, 0).data().toString(),
            capabilities->model()->index(row, 0).data(SmtpUi::CapabilitiesModel::DifferenceRole).toInt());
    QCOMPARE(differences.value(QStringLiteral("STARTTLS")), int(SmtpUi::CapabilitiesModel::Difference::Removed));
    QCOMPARE(differences.value(QStringLiteral("AUTH")), int(SmtpUi::CapabilitiesModel::Difference::Added));
    QCOMPARE(differences.value(QStringLiteral("SIZE")), int(SmtpUi::CapabilitiesModel::Difference::Changed));
    QCOMPARE(differences.value(QStringLiteral("8BITMIME")), int(SmtpUi::CapabilitiesModel::Difference::Same));

    // After the upgrade STARTTLS is no longer offered as a button; the other commands are.
    QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("startTlsPushButton"))->isEnabled());
    QVERIFY(tab->findChild<QPushButton *>(QStringLiteral("noopPushButton"))->isEnabled());

    // A typed command goes out and its reply comes back.
    auto *commandLine = tab->findChild<SmtpUi::CommandLineEdit *>(QStringLiteral("commandLineEdit"));
    QVERIFY(commandLine);
    commandLine->setFocus();
    QTest::keyClicks(commandLine, QStringLiteral("NOOP"));
    QTest::keyClick(commandLine, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Tls).contains("NOOP"), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(viewContains(tab, QStringLiteral("250 2.0.0 OK")), waitMs);
    QVERIFY(transcriptContains(tab, QStringLiteral("NOOP")));

    // The certificate view shows the chain.
    auto *certificateButton = tab->findChild<QPushButton *>(QStringLiteral("certificatePushButton"));
    QVERIFY(certificateButton);
    QTRY_VERIFY(certificateButton->isEnabled());
    QTest::mouseClick(certificateButton, Qt::LeftButton);
    auto *dialog = tab->findChild<SmtpUi::CertificateDetailsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPosition(), 0);
    auto *subject = dialog->findChild<QLabel *>(QStringLiteral("subjectValueLabel"));
    QVERIFY(subject);
    QVERIFY2(!subject->text().isEmpty(), "the server certificate's subject is shown");
    QCOMPARE(subject->textFormat(), Qt::PlainText);
    QVERIFY(dialog->currentPem().startsWith("-----BEGIN CERTIFICATE-----"));
    QTemporaryDir dir;
    const QString pemPath = dir.filePath(QStringLiteral("leaf.pem"));
    QCOMPARE(dialog->exportPem(pemPath, false), QString());
    QFile pemFile(pemPath);
    QVERIFY(pemFile.open(QIODevice::ReadOnly));
    QCOMPARE(pemFile.readAll(), dialog->currentPem());
    dialog->close();

    // Export the log in each format and read it back: everything is there, the password is not.
    for (const QString &extension : {QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("json")}) {
        const QString logPath = dir.filePath(QStringLiteral("session.%1").arg(extension));
        QCOMPARE(window.exportCurrentSessionLog(logPath), QString());
        QFile logFile(logPath);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray log = logFile.readAll();
        QVERIFY2(log.contains("NOOP"), qPrintable(extension));
        QVERIFY2(log.contains("250 2.0.0 OK"), qPrintable(extension));
        QVERIFY2(!log.contains("s3cret-Passw0rd"), qPrintable(extension));
        if (extension == QStringLiteral("html"))
            QVERIFY2(!log.contains("<a href=\"https://evil.test/\">"), "server text is escaped in HTML");
        if (extension == QStringLiteral("json"))
            QVERIFY(QJsonDocument::fromJson(log).isObject());
    }

    // Every label of the window that can carry server text is plain text.
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QStringLiteral("ValueLabel")) ||
            label->objectName() == QStringLiteral("sessionStatusLabel"))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

void TestSessionTab::commandHistory()
{
    SmtpUi::CommandLineEdit edit;
    edit.addToHistory(QStringLiteral("NOOP"));
    edit.addToHistory(QStringLiteral("VRFY postmaster"));
    edit.addToHistory(QStringLiteral("VRFY postmaster"));
    QCOMPARE(edit.history().size(), 2);
    QTest::keyClicks(&edit, QStringLiteral("RS"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("VRFY postmaster"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("NOOP"));
    QTest::keyClick(&edit, Qt::Key_Up);
    QCOMPARE(edit.text(), QStringLiteral("NOOP"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("VRFY postmaster"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("RS"));
}

void TestSessionTab::closingTheTabEndsTheSession()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript());
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window;
    window.show();
    SmtpUi::SessionTab *first = window.openSession(QStringLiteral("one"), settingsFor(server));
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == Smtp::SessionState::Ready, waitMs);
    QSignalSpy disconnected(&server, &ScriptableSmtpServer::clientDisconnected);
    window.closeSessionTab(0);
    QCOMPARE(window.sessionTabWidget()->count(), 0);
    QVERIFY(disconnected.wait(waitMs));
}

void TestSessionTab::severalSessionsAtOnce()
{
    constexpr int count = 3;
    std::vector<std::unique_ptr<ScriptableSmtpServer>> servers;
    SmtpUi::MainWindow window;
    window.show();
    QList<SmtpUi::SessionTab *> tabs;
    for (int i = 0; i < count; ++i) {
        servers.push_back(std::make_unique<ScriptableSmtpServer>());
        QVERIFY(servers.back()->listen());
        servers.back()->setScript(startTlsScript());
        servers.back()->setDefaultReply("250 2.0.0 OK\r\n");
        tabs.append(window.openSession(QStringLiteral("server %1").arg(i), settingsFor(*servers.back())));
    }
    QCOMPARE(window.sessionTabWidget()->count(), count);
    for (SmtpUi::SessionTab *tab : std::as_const(tabs))
        QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);

    // A command typed in one tab goes to that tab's server only.
    emit tabs.at(1)->commandRequested(QStringLiteral("NOOP"));
    QTRY_VERIFY_WITH_TIMEOUT(servers.at(1)->receivedLines(Phase::Tls).contains("NOOP"), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(viewContains(tabs.at(1), QStringLiteral("250 2.0.0 OK")), waitMs);
    QVERIFY(!servers.at(0)->receivedLines(Phase::Tls).contains("NOOP"));
    QVERIFY(!servers.at(2)->receivedLines(Phase::Tls).contains("NOOP"));

    // Closing the middle tab ends its session only.
    QSignalSpy disconnected(servers.at(1).get(), &ScriptableSmtpServer::clientDisconnected);
    window.closeSessionTab(window.sessionTabWidget()->indexOf(tabs.at(1)));
    QVERIFY(disconnected.wait(waitMs));
    QCOMPARE(window.sessionTabWidget()->count(), count - 1);
    QVERIFY(servers.at(0)->isConnected());
    QVERIFY(servers.at(2)->isConnected());
    QCOMPARE(tabs.at(0)->state(), Smtp::SessionState::Ready);
    QCOMPARE(tabs.at(2)->state(), Smtp::SessionState::Ready);
}

QTEST_MAIN(TestSessionTab)
#include "tst_sessiontab.moc"
