// A window session's secrets against a real server with AUTH (aiosmtpd): asked for when not saved, remembered in the
// keychain only when asked to, bound to the destination as the profile editor binds them; no keychain said once
// per run; after the server refuses the password, typed again and reconnected.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/common/infobar.h"
#include "ui/mainwindow.h"
#include "ui/session/secretpromptdialog.h"
#include "ui/session/sessiontab.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 15000;

/// What the prompts that were answered showed.
struct PromptLog
{
    int count = 0;
    bool rememberOffered = false;
    QString title;
    QString reason;
};

/// Answers every secret prompt that shows up (they are modal: this runs in their event loop) by typing @p secret,
/// ticking "Remember" when @p remember says so for the prompt's title, and pressing OK.
void answerPromptsWith(QTimer &timer, PromptLog &log, const QString &secret,
                       const std::function<bool(const QString &title)> &remember)
{
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&log, secret, remember] {
        auto *dialog = qobject_cast<SmtpUi::SecretPromptDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        ++log.count;
        auto *rememberBox = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"));
        log.rememberOffered = rememberBox->isVisible();
        log.title = dialog->windowTitle();
        log.reason = dialog->findChild<QLabel *>(QStringLiteral("reasonLabel"))->text();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit")), secret);
        if (remember(log.title) && rememberBox->isVisible())
            QTest::mouseClick(rememberBox, Qt::LeftButton, {}, QPoint(4, rememberBox->height() / 2));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
    });
    timer.start();
}

void answerPrompts(QTimer &timer, PromptLog &log, const QString &secret, bool remember)
{
    answerPromptsWith(timer, log, secret, [remember](const QString &) { return remember; });
}

} // namespace

class TestSessionSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedPasswordIsRememberedOnlyWhenAsked_data();
    void typedPasswordIsRememberedOnlyWhenAsked();
    void withheldPasswordTypedForTheNewDestination();
    void proxyPasswordForTheOldDestinationGoes();
    void noKeychainIsSaidOncePerRun();
    void refusedPasswordIsTypedAgain();

private:
    Smtp::Profile addProfile();
    bool startServer();

    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    std::unique_ptr<AiosmtpdProcess> m_server;
    QString m_commandLog;
};

void TestSessionSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (Debian package python3-aiosmtpd; .ci/install-deps installs it).");
}

void TestSessionSecrets::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
    m_commandLog = m_profiles->filePath(QStringLiteral("commands.log"));
    QVERIFY(startServer());
}

void TestSessionSecrets::cleanup()
{
    m_server.reset();
    m_profiles.reset();
}

bool TestSessionSecrets::startServer()
{
    m_server = std::make_unique<AiosmtpdProcess>();
    AiosmtpdOptions options;
    options.users = {QStringLiteral("alice:right-pw")};
    options.authAllowPlaintext = true;
    options.extraArguments = {QStringLiteral("--log-commands"), m_commandLog};
    if (!m_server->start(options)) {
        qWarning() << m_server->errorString();
        return false;
    }
    return true;
}

Smtp::Profile TestSessionSecrets::addProfile()
{
    Smtp::Profile profile;
    profile.name = QStringLiteral("Submission");
    profile.settings.host = QStringLiteral("127.0.0.1");
    profile.settings.port = m_server->port();
    profile.settings.security = Smtp::SecurityMode::None;
    profile.settings.timeoutSeconds = 10;
    profile.settings.localName = QStringLiteral("client.test");
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    profile.settings.authUser = QStringLiteral("alice");
    profile.settings.allowPlaintextAuth = true;
    [&] { QVERIFY(!m_profiles->store()->add(profile).isError()); }();
    return profile;
}

void TestSessionSecrets::typedPasswordIsRememberedOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("remember");
    QTest::addRow("remembered in the keychain") << true;
    QTest::addRow("for this session only") << false;
}

void TestSessionSecrets::typedPasswordIsRememberedOnlyWhenAsked()
{
    QFETCH(bool, remember);
    const Smtp::Profile profile = addProfile();
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTimer answer;
    PromptLog prompts;
    answerPrompts(answer, prompts, QStringLiteral("right-pw"), remember);
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 1, waitMs);
    SmtpUi::SessionTab *tab = window.currentSessionTab();
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, 1);
    QCOMPARE(prompts.title, QStringLiteral("Password for Submission"));
    QVERIFY(prompts.rememberOffered);
    QVERIFY2(!prompts.reason.isEmpty(), "the prompt says why it asks");
    QVERIFY(!window.findChild<SmtpUi::InfoBar *>(QStringLiteral("keychainInfoBar"))->isVisible());
    QCOMPARE(AiosmtpdProcess::commandLog(m_commandLog), QStringList{QStringLiteral("AUTH PLAIN alice OK")});

    // Remembered: in the keychain, and the profile's secrets are bound to this destination as the editor binds them.
    const Smtp::ConnectionSettings resolved =
        m_profiles->store()->resolvedSettings(*m_profiles->store()->find(profile.id));
    QByteArray stored;
    bool answered = false;
    m_profiles->secrets()->read(profile.id, Smtp::SecretKind::Password, this, [&](const Smtp::SecretResult &result) {
        stored = result.secret;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(stored, remember ? QByteArray("right-pw") : QByteArray());
    QCOMPARE(m_profiles->store()->find(profile.id)->secretBinding,
             remember ? Smtp::SecretBinding::of(resolved) : Smtp::SecretBinding());

    // Reconnect reuses the session's settings, the typed password included: no second prompt.
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("quitPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    SmtpUi::SessionTab *again = window.reconnectSessionTab(0);
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, 1);

    // A new session of the profile asks again unless the password was remembered.
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentSessionTab()->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, remember ? 1 : 2);
}

void TestSessionSecrets::withheldPasswordTypedForTheNewDestination()
{
    // Saved for another host: not sent here, asked for instead. Typed and remembered now, it is for this destination,
    // and the profile's secrets are bound to it.
    Smtp::Profile profile = addProfile();
    Smtp::ConnectionSettings elsewhere = m_profiles->store()->resolvedSettings(profile);
    elsewhere.host = QStringLiteral("old.example");
    profile.secretBinding = Smtp::SecretBinding::of(elsewhere);
    QVERIFY(!m_profiles->store()->update(profile).isError());
    bool written = false;
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, "old-pw", this,
                                 [&written](const Smtp::SecretResult &result) { written = result.ok(); });
    QTRY_VERIFY(written);

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer answer;
    PromptLog prompts;
    answerPrompts(answer, prompts, QStringLiteral("right-pw"), true);
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentSessionTab()->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, 1);
    QVERIFY2(prompts.reason.contains(QStringLiteral("old.example")), qPrintable(prompts.reason));
    QCOMPARE(window.currentSessionTab()->settings().auth.password, QStringLiteral("right-pw"));

    const Smtp::Profile saved = *m_profiles->store()->find(profile.id);
    QCOMPARE(saved.secretBinding, Smtp::SecretBinding::of(m_profiles->store()->resolvedSettings(saved)));
    QByteArray password;
    m_profiles->secrets()->read(profile.id, Smtp::SecretKind::Password, this,
                                [&password](const Smtp::SecretResult &result) { password = result.secret; });
    QTRY_COMPARE(password, QByteArray("right-pw"));
}

void TestSessionSecrets::proxyPasswordForTheOldDestinationGoes()
{
    // Both saved for another host. The password is typed and remembered for this destination, the proxy password
    // only typed: the saved proxy password, confirmed for the old destination, must not follow the new binding.
    Smtp::Profile profile = addProfile();
    profile.settings.proxy = QStringLiteral("socks5://bob@127.0.0.1:9");
    Smtp::ConnectionSettings elsewhere = m_profiles->store()->resolvedSettings(profile);
    elsewhere.host = QStringLiteral("old.example");
    profile.secretBinding = Smtp::SecretBinding::of(elsewhere);
    QVERIFY(!m_profiles->store()->update(profile).isError());
    int written = 0;
    const auto count = [&written](const Smtp::SecretResult &result) { written += result.ok() ? 1 : 0; };
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, "old-pw", this, count);
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::ProxyPassword, "old-proxy-pw", this, count);
    QTRY_COMPARE(written, 2);

    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer answer;
    PromptLog prompts;
    answerPromptsWith(answer, prompts, QStringLiteral("typed-pw"),
                      [](const QString &title) { return title.startsWith(QStringLiteral("Password")); });
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 1, waitMs);
    QCOMPARE(prompts.count, 2);
    QCOMPARE(window.currentSessionTab()->settings().proxyPassword, QStringLiteral("typed-pw"));

    const Smtp::Profile saved = *m_profiles->store()->find(profile.id);
    QCOMPARE(saved.secretBinding, Smtp::SecretBinding::of(m_profiles->store()->resolvedSettings(saved)));
    QTRY_COMPARE(m_profiles->secrets()->size(), 1);
    QByteArray password;
    m_profiles->secrets()->read(profile.id, Smtp::SecretKind::Password, this,
                                [&password](const Smtp::SecretResult &result) { password = result.secret; });
    QTRY_COMPARE(password, QByteArray("typed-pw"));
}

void TestSessionSecrets::noKeychainIsSaidOncePerRun()
{
    m_profiles->secrets()->setFailure(Smtp::SecretResult::Code::NoKeychain);
    const Smtp::Profile profile = addProfile();
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<SmtpUi::InfoBar *>(QStringLiteral("keychainInfoBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    QTimer answer;
    PromptLog prompts;
    answerPrompts(answer, prompts, QStringLiteral("right-pw"), true);
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentSessionTab()->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, 1);
    QVERIFY2(!prompts.rememberOffered, "nowhere to remember it");
    QVERIFY(bar->isVisible());
    const QString message = bar->findChild<QLabel *>(QStringLiteral("infoBarMessageLabel"))->text();
    QCOMPARE(message, Smtp::SecretStore::noKeychainMessage());
    QVERIFY2(!message.contains(QStringLiteral("org.freedesktop")) && !message.contains(QStringLiteral("DBus")),
             qPrintable(message));

    // Dismissed, it stays away for the rest of the run; each session still asks.
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("infoBarCloseToolButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentSessionTab()->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, 2);
    QVERIFY(!bar->isVisible());
}

void TestSessionSecrets::refusedPasswordIsTypedAgain()
{
    const Smtp::Profile profile = addProfile();
    bool stored = false;
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, "old-pw", this,
                                 [&stored](const Smtp::SecretResult &result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
    SmtpUi::MainWindow window(m_profiles->store(), m_profiles->secrets());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.connectProfile(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(window.sessionTabWidget()->count(), 1, waitMs);
    const QPointer<SmtpUi::SessionTab> refused = window.currentSessionTab();
    QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), waitMs);
    QCOMPARE(refused->result()->error.code, Smtp::ErrorCode::AuthenticationFailed);
    auto *bar = refused->findChild<SmtpUi::InfoBar *>(QStringLiteral("authFailedInfoBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());

    QTimer answer;
    PromptLog prompts;
    answerPrompts(answer, prompts, QStringLiteral("right-pw"), false);
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("infoBarActionPushButton")), Qt::LeftButton);
    // The refused session's tab makes way for the new one, in the same place.
    QTRY_VERIFY_WITH_TIMEOUT(refused.isNull(), waitMs);
    QCOMPARE(window.sessionTabWidget()->count(), 1);
    SmtpUi::SessionTab *retried = window.currentSessionTab();
    QTRY_COMPARE_WITH_TIMEOUT(retried->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(prompts.count, 1);
    QCOMPARE(retried->settings().auth.password, QStringLiteral("right-pw"));
    QVERIFY(!retried->findChild<SmtpUi::InfoBar *>(QStringLiteral("authFailedInfoBar"))->isVisible());
    QCOMPARE(AiosmtpdProcess::commandLog(m_commandLog),
             (QStringList{QStringLiteral("AUTH PLAIN alice FAILED"), QStringLiteral("QUIT"),
                          QStringLiteral("AUTH PLAIN alice OK")}));
}

QTEST_MAIN(TestSessionSecrets)
#include "tst_sessionsecrets.moc"
