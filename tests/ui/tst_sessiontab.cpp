#include "core/message/messagebuilder.h"
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "ui/certificates/certificatedetailsdialog.h"
#include "ui/mainwindow.h"
#include "ui/session/capabilitiesmodel.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessiontab.h"
#include "ui/session/smtpcommandedit.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

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

// QTest::keyClicks() knows only ASCII keys; other characters arrive as a key event carrying the text, as from an
// input method.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

class TestSessionTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTlsSessionInTheWindow();
    void commandHistory();
    void ehloButtonGreetsWithTheSessionsName_data();
    void ehloButtonGreetsWithTheSessionsName();
    void closingTheTabEndsTheSession();
    void severalSessionsAtOnce();
    void composeAndSend_data();
    void composeAndSend();
    void poisonedAddressIsNotSent_data();
    void poisonedAddressIsNotSent();
    void authenticateButton();
    void typingAgainOfferedAfter535Only_data();
    void typingAgainOfferedAfter535Only();

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
    Smtp::ConnectionSettings settings = testSettings(server.port(), Smtp::SecurityMode::StartTls);
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
    auto *commandEdit = tab->findChild<SmtpUi::SmtpCommandEdit *>(QStringLiteral("smtpCommandEdit"));
    QVERIFY(commandEdit);
    commandEdit->setFocus();
    QTest::keyClicks(commandEdit, QStringLiteral("NOOP"));
    QTest::keyClick(commandEdit, Qt::Key_Return);
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
        QSignalSpy exported(&window, &SmtpUi::MainWindow::sessionLogExported);
        QVERIFY(window.exportCurrentSessionLog(logPath));
        QVERIFY(exported.wait(waitMs));
        QCOMPARE(exported.first().at(0).toString(), logPath);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Session log saved to %1").arg(logPath));
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

    // A file that cannot be written: the user is told why, in a message box.
    {
        QSignalSpy exported(&window, &SmtpUi::MainWindow::sessionLogExported);
        QString shownError;
        // The box runs its own event loop; a repeating timer fires inside it and closes it.
        QTimer closer;
        connect(&closer, &QTimer::timeout, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shownError = box->text();
                box->accept();
            }
        });
        closer.start(10);
        QVERIFY(window.exportCurrentSessionLog(dir.filePath(QStringLiteral("missing-folder/session.txt"))));
        QVERIFY(exported.wait(waitMs));
        QVERIFY(!exported.first().at(1).toString().isEmpty());
        QTRY_COMPARE(shownError, exported.first().at(1).toString());
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
    SmtpUi::SmtpCommandEdit edit;
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

void TestSessionTab::ehloButtonGreetsWithTheSessionsName_data()
{
    QTest::addColumn<QString>("localName");

    QTest::addRow("configured") << QStringLiteral("client.test");
    // Not configured: the machine's name, or the connection's address literal where it has none.
    QTest::addRow("chosen by the session") << QString();
}

void TestSessionTab::ehloButtonGreetsWithTheSessionsName()
{
    QFETCH(QString, localName);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 test.example ESMTP\r\n"}, Expect{"EHLO "},
                      Send{"250-test.example\r\n250 SIZE 1000\r\n"}, Expect{"EHLO "},
                      Send{"250-test.example\r\n250 SIZE 2000\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Smtp::ConnectionSettings settings = testSettings(server.port(), Smtp::SecurityMode::None);
    settings.localName = localName;
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("ehlo"), settings);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    auto *ehlo = tab->findChild<QPushButton *>(QStringLiteral("ehloPushButton"));
    QVERIFY(ehlo);
    QTRY_VERIFY(ehlo->isEnabled());
    QTest::mouseClick(ehlo, Qt::LeftButton);

    const auto ehloLines = [&server] {
        QList<QByteArray> lines;
        for (const QByteArray &line : server.receivedLines(Phase::Plain)) {
            if (line.startsWith("EHLO "))
                lines.append(line);
        }
        return lines;
    };
    QTRY_COMPARE_WITH_TIMEOUT(ehloLines().size(), 2, waitMs);
    QCOMPARE(ehloLines().at(1), ehloLines().at(0));
    if (!localName.isEmpty())
        QCOMPARE(ehloLines().at(0), QByteArray("EHLO client.test"));
    // The answer is read as a greeting: the capabilities the tab shows are the new ones.
    QTRY_COMPARE_WITH_TIMEOUT(tab->session().capabilities(false).value_or(Smtp::Capabilities()).sizeLimit().value_or(0),
                              qint64(2000), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QVERIFY(server.errors().isEmpty());
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

void TestSessionTab::composeAndSend_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("expectedInData");

    QTest::addColumn<QByteArrayList>("expectedHeaders");

    const QByteArrayList headers{"\r\nFrom: sender@example.com\r\n", "\r\nTo: one@example.com,\r\n two@example.com\r\n",
                                 "\r\nMIME-Version: 1.0\r\n", "@example.com>\r\n"};
    QTest::newRow("typed message") << QStringLiteral("Hello there") << QStringLiteral("First line\n.dot line")
                                   << QByteArray("\r\n\r\nFirst line\r\n..dot line\r\n")
                                   << (headers + QByteArrayList{"\r\nSubject: Hello there\r\n",
                                                                "Content-Transfer-Encoding: 7bit\r\n"});
    // RFC 2047 subject and a quoted-printable body: the message stays 7-bit.
    QTest::newRow("non-ASCII subject and body")
        << QStringLiteral("Gr\u00FC\u00DFe") << QStringLiteral("Sch\u00F6ne Gr\u00FC\u00DFe")
        << QByteArray("\r\n\r\nSch=C3=B6ne Gr=C3=BC=C3=9Fe\r\n")
        << (headers + QByteArrayList{"\r\nSubject: =?UTF-8?B?R3LDvMOfZQ==?=\r\n",
                                     "Content-Transfer-Encoding: quoted-printable\r\n"});
    QTest::newRow("built-in test message") << QString() << QString() << QByteArray("From:")
                                           << QByteArrayList{"\r\nSubject: SMTP Workbench test message\r\n"};
}

void TestSessionTab::composeAndSend()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QByteArray, expectedInData);
    QFETCH(QByteArrayList, expectedHeaders);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script = startTlsScript();
    script.append({Expect{"MAIL FROM:<sender@example.com>"}, Send{"250 2.1.0 OK\r\n"},
                   Expect{"RCPT TO:<one@example.com>"}, Send{"250 2.1.5 OK\r\n"}, Expect{"RCPT TO:<two@example.com>"},
                   Send{"250 2.1.5 OK\r\n"}, Expect{"DATA"}, Send{"354 go ahead\r\n"}, ReceiveData{},
                   // The reply takes a moment, as a server's does, so the progress can be seen while it is due.
                   Pause{1000}, Send{"250 2.0.0 queued as 42\r\n"}});
    server.setScript(script);
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Smtp::ConnectionSettings settings = settingsFor(server);
    settings.message.from = QStringLiteral("prefilled@example.com");
    settings.message.to = {QStringLiteral("first@example.com"), QStringLiteral("second@example.com")};
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("compose"), settings);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);

    auto *toggle = tab->findChild<QToolButton *>(QStringLiteral("composeToolButton"));
    auto *from = tab->findChild<QLineEdit *>(QStringLiteral("fromLineEdit"));
    auto *to = tab->findChild<QLineEdit *>(QStringLiteral("toLineEdit"));
    auto *subjectEdit = tab->findChild<QLineEdit *>(QStringLiteral("subjectLineEdit"));
    auto *bodyEdit = tab->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    auto *send = tab->findChild<QPushButton *>(QStringLiteral("sendMessagePushButton"));
    QVERIFY(toggle && from && to && subjectEdit && bodyEdit && send);
    // Pre-filled from the profile.
    QCOMPARE(from->text(), QStringLiteral("prefilled@example.com"));
    QCOMPARE(to->text(), QStringLiteral("first@example.com, second@example.com"));

    QVERIFY(!send->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(send->isVisible());
    QVERIFY(send->isEnabled());
    from->clear();
    QTest::keyClicks(from, QStringLiteral("sender@example.com"));
    to->clear();
    QTest::keyClicks(to, QStringLiteral("one@example.com,  two@example.com"));
    typeText(subjectEdit, subject);
    bodyEdit->setFocus();
    const QStringList bodyLines = body.split(u'\n');
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(bodyEdit, Qt::Key_Return);
        typeText(bodyEdit, bodyLines.at(i));
    }
    auto *progress = tab->findChild<QProgressBar *>(QStringLiteral("messageProgressBar"));
    QVERIFY(progress);
    QVERIFY(!progress->isVisible());
    QTest::mouseClick(send, Qt::LeftButton);

    // While the message goes and its reply is due, the bar shows it all sent.
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), progress->maximum(), waitMs);
    QVERIFY(progress->text().contains(QStringLiteral(" of ")));
    QTRY_VERIFY_WITH_TIMEOUT(viewContains(tab, QStringLiteral("queued as 42")), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QVERIFY(!progress->isVisible());
    QVERIFY(server.errors().isEmpty());
    const QByteArray received = server.receivedBytes(Phase::Tls);
    QVERIFY2(received.contains(expectedInData), received.constData());
    for (const QByteArray &header : std::as_const(expectedHeaders))
        QVERIFY2(received.contains(header), QByteArray(header + " missing in:\n" + received).constData());
    QVERIFY2(!Smtp::needs8BitMime(received), "a composed message is 7-bit");
    QVERIFY(received.contains("\r\n.\r\n"));
    QVERIFY(!tab->findChild<QLabel *>(QStringLiteral("toErrorLabel"))->isVisible());
}

void TestSessionTab::poisonedAddressIsNotSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    const QString poisoned = QStringLiteral("a@b>\r\nRCPT TO:<x@evil>");
    QTest::newRow("sender") << QStringLiteral("from") << poisoned << QStringLiteral("one@example.com");
    QTest::newRow("recipient") << QStringLiteral("to") << QStringLiteral("sender@example.com") << poisoned;
    QTest::newRow("no recipient") << QStringLiteral("to") << QStringLiteral("sender@example.com") << QString();
}

void TestSessionTab::poisonedAddressIsNotSent()
{
    QFETCH(QString, field);
    QFETCH(QString, from);
    QFETCH(QString, to);

    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(startTlsScript());
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window;
    window.show();
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("poison"), settingsFor(server));
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QSignalSpy requested(tab, &SmtpUi::SessionTab::sendMessageRequested);
    tab->findChild<QToolButton *>(QStringLiteral("composeToolButton"))->setChecked(true);
    tab->findChild<QLineEdit *>(QStringLiteral("fromLineEdit"))->setText(from);
    tab->findChild<QLineEdit *>(QStringLiteral("toLineEdit"))->setText(to);
    tab->findChild<QLineEdit *>(QStringLiteral("subjectLineEdit"))->setText(QStringLiteral("x"));
    auto *send = tab->findChild<QPushButton *>(QStringLiteral("sendMessagePushButton"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    QCOMPARE(requested.count(), 0);
    auto *error = tab->findChild<QLabel *>(QStringLiteral("%1ErrorLabel").arg(field));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(error->textFormat(), Qt::PlainText);

    // Nothing reached the server: a NOOP round trip shows the connection idle and the NOOP the next line.
    const int before = server.receivedLines(Phase::Tls).size();
    emit tab->commandRequested(QStringLiteral("NOOP"));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Tls).size() > before, waitMs);
    const QList<QByteArray> lines = server.receivedLines(Phase::Tls);
    QCOMPARE(lines.mid(before), QList<QByteArray>{"NOOP"});
    for (const QByteArray &line : lines) {
        QVERIFY2(!line.startsWith("MAIL") && !line.startsWith("RCPT"), line.constData());
    }
}

void TestSessionTab::authenticateButton()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script = startTlsScript();
    script.removeLast();
    script.append({Send{"250-test.example\r\n250 AUTH PLAIN\r\n"}, Expect{"AUTH PLAIN"}, Send{"235 2.7.0 ok\r\n"}});
    server.setScript(script);
    server.setDefaultReply("250 2.0.0 OK\r\n");

    SmtpUi::MainWindow window;
    window.show();
    // No mechanism: the session does not authenticate by itself, the button does, with the strongest offered.
    Smtp::ConnectionSettings settings = settingsFor(server);
    SmtpUi::SessionTab *tab = window.openSession(QStringLiteral("auth"), settings);
    auto *button = tab->findChild<QPushButton *>(QStringLiteral("authenticatePushButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QVERIFY(button->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("auto")), qPrintable(button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Tls).size() >= 2 &&
                                 server.receivedLines(Phase::Tls).at(1).startsWith("AUTH PLAIN "),
                             waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(viewContains(tab, QStringLiteral("235 2.7.0 ok")), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    QVERIFY(transcriptContains(tab, QStringLiteral("AUTH PLAIN <redacted>")));
    QVERIFY(!transcriptContains(tab, QStringLiteral("s3cret-Passw0rd")));
    QVERIFY(server.errors().isEmpty());

    // Without a user name there is nothing to authenticate with, even when the session is ready.
    ScriptableSmtpServer anonymousServer;
    QVERIFY(anonymousServer.listen());
    anonymousServer.setScript(startTlsScript());
    Smtp::ConnectionSettings anonymous = settingsFor(anonymousServer);
    anonymous.auth.user.clear();
    SmtpUi::SessionTab *noUser = window.openSession(QStringLiteral("anonymous"), anonymous);
    QTRY_VERIFY_WITH_TIMEOUT(noUser->state() == Smtp::SessionState::Ready, waitMs);
    QVERIFY(noUser->findChild<QPushButton *>(QStringLiteral("noopPushButton"))->isEnabled());
    QVERIFY(!noUser->findChild<QPushButton *>(QStringLiteral("authenticatePushButton"))->isEnabled());

    // A named mechanism is named in the tooltip, literally.
    Smtp::ConnectionSettings named = settings;
    named.auth.mechanism = QStringLiteral("cram-md5<b>");
    Smtp::SessionHost host(1);
    std::unique_ptr<Smtp::SessionHandle> handle = host.createSession(named);
    SmtpUi::SessionTab namedTab(QStringLiteral("named"), *handle);
    const QString toolTip = namedTab.findChild<QPushButton *>(QStringLiteral("authenticatePushButton"))->toolTip();
    QVERIFY2(toolTip.contains(QStringLiteral("CRAM-MD5&lt;B&gt;")), qPrintable(toolTip));
}

void TestSessionTab::typingAgainOfferedAfter535Only_data()
{
    // What the server answers after TLS: its capabilities, and its replies to AUTH and to MAIL.
    QTest::addColumn<QByteArray>("capabilities");
    QTest::addColumn<QByteArray>("authReply");
    QTest::addColumn<QByteArray>("mailReply");
    QTest::addColumn<bool>("offered");
    const QByteArray withAuth = "250-test.example\r\n250 AUTH PLAIN\r\n";
    QTest::addRow("535 credentials invalid")
        << withAuth << QByteArray("535 5.7.8 Authentication credentials invalid\r\n") << QByteArray() << true;
    QTest::addRow("454 temporary failure")
        << withAuth << QByteArray("454 4.7.0 Temporary authentication failure\r\n") << QByteArray() << false;
    QTest::addRow("534 mechanism too weak")
        << withAuth << QByteArray("534 5.7.9 Authentication mechanism is too weak\r\n") << QByteArray() << false;
    QTest::addRow("no AUTH offered, nothing sent")
        << QByteArray("250 test.example\r\n") << QByteArray() << QByteArray() << false;
    QTest::addRow("535 to MAIL, not to AUTH")
        << withAuth << QByteArray("235 2.7.0 ok\r\n") << QByteArray("535 5.7.8 not you\r\n") << false;
}

void TestSessionTab::typingAgainOfferedAfter535Only()
{
    QFETCH(QByteArray, capabilities);
    QFETCH(QByteArray, authReply);
    QFETCH(QByteArray, mailReply);
    QFETCH(bool, offered);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    Script script = startTlsScript();
    script.removeLast();
    script.append(Send{capabilities});
    if (!authReply.isEmpty())
        script.append({Expect{"AUTH PLAIN"}, Send{authReply}});
    if (!mailReply.isEmpty())
        script.append({Expect{"MAIL FROM"}, Send{mailReply}});
    server.setScript(script);
    server.setDefaultReply("221 2.0.0 bye\r\n");

    // A session that sends a message unattended, so that every failure ends it.
    Smtp::ConnectionSettings settings = settingsFor(server);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.message.from = QStringLiteral("sender@example.com");
    settings.message.to = {QStringLiteral("rcpt@example.com")};
    Smtp::SessionHost host(1);
    std::unique_ptr<Smtp::SessionHandle> handle = host.createSession(settings);
    SmtpUi::SessionTab tab(QStringLiteral("Relay"), *handle);
    auto *controller = new SmtpUi::SessionController(std::move(handle), &tab);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto *bar = tab.findChild<QWidget *>(QStringLiteral("authFailedInfoBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    QSignalSpy retype(&tab, &SmtpUi::SessionTab::retypePasswordRequested);
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(tab.isFinished(), waitMs);
    QVERIFY(tab.result()->error.isError());
    QCOMPARE(bar->isVisible(), offered);
    // The other failures show their message above the transcript instead.
    QCOMPARE(tab.findChild<QWidget *>(QStringLiteral("remedyBar"))->isVisible(), !offered);
    if (offered) {
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("infoBarActionPushButton")), Qt::LeftButton);
        QCOMPARE(retype.count(), 1);
    }
}

QTEST_MAIN(TestSessionTab)
#include "tst_sessiontab.moc"
