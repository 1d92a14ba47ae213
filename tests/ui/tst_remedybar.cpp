// Failures in the window's own words (issue #12): a wrong-host certificate names what it covers and is fixed in
// one click ("Set the server name to …" saves the name and connects again); other failures point to the settings
// tab that holds the fix; no command-line flag or error code name appears in the window.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/session/remedybar.h"
#include "ui/session/sessiontab.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int waitMs = 10000;

Script implicitTlsScript(ServerCertificate certificate)
{
    return {StartTls{certificate}, Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"},
            Send{"250-test.example\r\n250 8BITMIME\r\n"}};
}

SmtpUi::SessionTab *currentTab(const SmtpUi::MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sessionTabWidget"));
    return tabs ? qobject_cast<SmtpUi::SessionTab *>(tabs->currentWidget()) : nullptr;
}

} // namespace

class TestRemedyBar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void wrongHostIsFixedInOneClick();
    void untrustedIssuerOpensTheSecurityTab();
    void testSessionsShowTheMessageWithoutFixes();
    void refusalsSayWhatTheReplyMeans();

private:
    QString addProfile(const QString &name);
    std::unique_ptr<SmtpUi::MainWindow> makeWindow();

    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    std::unique_ptr<ScriptableSmtpServer> m_server;
};

void TestRemedyBar::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
    m_server = std::make_unique<ScriptableSmtpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultReply("250 2.0.0 OK\r\n");
}

void TestRemedyBar::cleanup()
{
    m_server.reset();
    m_profiles.reset();
}

QString TestRemedyBar::addProfile(const QString &name)
{
    Smtp::Profile profile =
        Smtp::Profile::fromConnectionSettings(testSettings(m_server->port(), Smtp::SecurityMode::Implicit), name);
    if (m_profiles->store()->add(profile).isError() || m_profiles->store()->save().isError())
        return {};
    return profile.id;
}

std::unique_ptr<SmtpUi::MainWindow> TestRemedyBar::makeWindow()
{
    auto window = std::make_unique<SmtpUi::MainWindow>(m_profiles->store(), m_profiles->secrets());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestRemedyBar::wrongHostIsFixedInOneClick()
{
    m_server->setScript(implicitTlsScript(ServerCertificate::WrongHost));
    const QString id = addProfile(QStringLiteral("Wrong host"));
    auto window = makeWindow();
    window->connectProfile(id);
    SmtpUi::SessionTab *failed = currentTab(*window);
    QVERIFY(failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed->isFinished(), waitMs);
    QCOMPARE(failed->result()->error.code, Smtp::ErrorCode::CertificateUntrusted);

    // What a person reads: the names the certificate covers, no flags, no code names.
    auto *bar = failed->findChild<SmtpUi::RemedyBar *>(QStringLiteral("remedyBar"));
    QVERIFY(bar && bar->isVisible());
    const QString message = bar->findChild<QLabel *>(QStringLiteral("remedyMessageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("other.example.org")), qPrintable(message));
    for (const QString &shown : {message, window->statusBar()->currentMessage()}) {
        QVERIFY2(!shown.contains(QStringLiteral("--")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("CertificateUntrusted")), qPrintable(shown));
    }
    auto *fix = bar->findChild<QPushButton *>(QStringLiteral("setServerNamePushButton"));
    QVERIFY(fix && fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Set the server name to other.example.org"));

    // One click: saved in the profile, connected again in the failed session's place, verified.
    const QPointer<SmtpUi::SessionTab> failedTab(failed);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(m_profiles->store()->find(id)->settings.serverName, QStringLiteral("other.example.org"));
    Smtp::ProfileStore reread(m_profiles->store()->filePath());
    QVERIFY(!reread.load().isError());
    QCOMPARE(reread.find(id)->settings.serverName, QStringLiteral("other.example.org"));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("sessionTabWidget"));
    QTRY_COMPARE(tabs->count(), 1);
    QTRY_VERIFY(!failedTab);
    SmtpUi::SessionTab *again = currentTab(*window);
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(again->tlsReport() && again->tlsReport()->verified);
    QCOMPARE(again->findChild<QLabel *>(QStringLiteral("verificationValueLabel"))->text(),
             QStringLiteral("\u2714 Verified for other.example.org"));
}

void TestRemedyBar::untrustedIssuerOpensTheSecurityTab()
{
    m_server->setScript(implicitTlsScript(ServerCertificate::SelfSigned));
    const QString id = addProfile(QStringLiteral("Self-signed"));
    auto window = makeWindow();
    window->connectProfile(id);
    SmtpUi::SessionTab *failed = currentTab(*window);
    QTRY_VERIFY_WITH_TIMEOUT(failed->isFinished(), waitMs);
    QVERIFY(!failed->findChild<QPushButton *>(QStringLiteral("setServerNamePushButton")));
    auto *open = failed->findChild<QPushButton *>(QStringLiteral("openSecuritySettingsPushButton"));
    QVERIFY(open && open->isVisible());
    QCOMPARE(open->text(), QStringLiteral("Open the Security tab"));
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(window->findChild<SmtpUi::ProfileEditorDialog *>(QStringLiteral("profileEditorDialog")));
    auto *editor = window->findChild<SmtpUi::ProfileEditorDialog *>(QStringLiteral("profileEditorDialog"));
    QTRY_VERIFY(editor->isVisible());
    auto *pages = editor->findChild<QTabWidget *>(QStringLiteral("editorTabWidget"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("securityTab"));
    // Nothing was changed: closing asks nothing.
    editor->reject();
    QTRY_VERIFY(!editor->isVisible());
}

void TestRemedyBar::testSessionsShowTheMessageWithoutFixes()
{
    m_server->setScript(implicitTlsScript(ServerCertificate::WrongHost));
    auto window = makeWindow();
    SmtpUi::SessionTab *tab = window->openSession(
        QStringLiteral("Test: ad hoc"), testSettings(m_server->port(), Smtp::SecurityMode::Implicit), QString(), false);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    auto *bar = tab->findChild<SmtpUi::RemedyBar *>(QStringLiteral("remedyBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findChildren<QPushButton *>().isEmpty());
}

void TestRemedyBar::refusalsSayWhatTheReplyMeans()
{
    // A refusal's enhanced status code, explained for whoever reads it (RFC 3463, the IANA registry).
    m_server->setScript({Send{"554 5.7.1 Client host rejected: blocked\r\n"}});
    Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(
        testSettings(m_server->port(), Smtp::SecurityMode::None), QStringLiteral("Blocked"));
    QVERIFY(!m_profiles->store()->add(profile).isError());
    auto window = makeWindow();
    window->connectProfile(profile.id);
    SmtpUi::SessionTab *failed = currentTab(*window);
    QVERIFY(failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed->isFinished(), waitMs);
    auto *bar = failed->findChild<SmtpUi::RemedyBar *>(QStringLiteral("remedyBar"));
    QVERIFY(bar && bar->isVisible());
    const QString message = bar->findChild<QLabel *>(QStringLiteral("remedyMessageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("What the reply means: 5.7.1 Delivery not authorized, message refused")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Permanent")), qPrintable(message));
}

QTEST_MAIN(TestRemedyBar)
#include "tst_remedybar.moc"
