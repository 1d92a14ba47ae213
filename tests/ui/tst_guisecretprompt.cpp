// End to end: the GUI program started as a user would (`smtp-workbench --connect NAME`) on a real X display, with no
// keychain, against a real submission server (aiosmtpd: STARTTLS required, AUTH). The password prompt is typed into
// with xdotool as a person would type, then the session is closed and the program quit with the keyboard. The server
// must have seen exactly one successful AUTH and a QUIT.
//
// Xvfb is started here with -displayfd (what xvfb-run -a does, but the test learns the display number, which
// xdotool needs too). Every wait is bounded: xdotool's own waiting (--sync) runs in a process that is killed after
// waitMs.

#include "core/profiles/profilestore.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/sessionrunner.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 20000;
const QString password = QStringLiteral("typed-pw-7c2e");

QString guiBinary()
{
    return qEnvironmentVariable("SMTP_GUI_BINARY");
}

} // namespace

class TestGuiSecretPrompt final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typedPasswordAuthenticatesWithoutKeychain();

private:
    /// Runs xdotool with @p arguments on the test display; its standard output, or nothing when it failed.
    std::optional<QString> xdotool(const QStringList &arguments);

    QProcess m_xvfb;
    QString m_display;
};

void TestGuiSecretPrompt::initTestCase()
{
    if (guiBinary().isEmpty())
        QSKIP("SMTP_GUI_BINARY is not set (ctest sets it)");
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (Debian package python3-aiosmtpd; .ci/install-deps installs it).");
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QSKIP("Xvfb and xdotool are needed (Debian packages xvfb and xdotool; .ci/install-deps installs them).");
    CertificateFactory::shared();

    // -displayfd 1: Xvfb picks a free display and writes its number once it accepts clients.
    m_xvfb.start(xvfb,
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                  QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x1024x24")});
    QVERIFY(m_xvfb.waitForStarted(waitMs));
    QByteArray number;
    QTRY_VERIFY_WITH_TIMEOUT((number += m_xvfb.readAllStandardOutput()).contains('\n'), waitMs);
    m_display = QStringLiteral(":%1").arg(QString::fromLatin1(number.trimmed()));
}

void TestGuiSecretPrompt::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(waitMs))
            m_xvfb.kill();
    }
}

std::optional<QString> TestGuiSecretPrompt::xdotool(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(waitMs)) {
        qWarning() << "xdotool did not finish:" << arguments;
        process.kill();
        process.waitForFinished(waitMs);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "xdotool failed:" << arguments << process.readAllStandardError();
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void TestGuiSecretPrompt::typedPasswordAuthenticatesWithoutKeychain()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString log = work.filePath(QStringLiteral("commands.log"));
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.requireStartTls = true;
    options.users = {QStringLiteral("alice:%1").arg(password)};
    options.extraArguments = {QStringLiteral("--log-commands"), log};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    // The program's profile file, where its QStandardPaths::AppConfigLocation will be. No password is saved.
    const QString config = work.filePath(QStringLiteral("config"));
    Smtp::ProfileStore store(config + QStringLiteral("/smtp-workbench/smtp-workbench/profiles.json"));
    QVERIFY(!store.load().isError());
    Smtp::ConnectionSettings settings = testSettings(server.port(), Smtp::SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = QStringLiteral("alice");
    Smtp::Profile profile;
    profile.name = QStringLiteral("Submission");
    profile.settings = Smtp::ProfileSettings::fromConnectionSettings(settings);
    QVERIFY(!store.add(profile).isError());
    QVERIFY(!store.save().isError());

    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    // No keychain: no session bus. An address that leads nowhere rather than none at all, so that neither GLib nor
    // libdbus starts a bus of its own for the X display (autolaunch) behind the test's back.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=%1").arg(work.filePath(QStringLiteral("no-bus"))));
    if (const QString sanitizer = environment.value(QStringLiteral("ASAN_OPTIONS")); !sanitizer.isEmpty()) {
        // libxkbcommon-x11 (Debian 12) calls strndup() on a name that is not NUL-terminated within its length; the
        // strict string checks read all of it and stop the program at start, before any of ours runs.
        environment.insert(QStringLiteral("ASAN_OPTIONS"), sanitizer + QStringLiteral(":strict_string_checks=0"));
    }
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::ForwardedChannels);
    gui.start(guiBinary(), {QStringLiteral("--connect"), profile.name});
    QVERIFY(gui.waitForStarted(waitMs));

    // The prompt, typed into as a person would: focus, the password, Return.
    const std::optional<QString> prompt =
        xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                 QStringLiteral("--name"), QStringLiteral("^Password for Submission")});
    QVERIFY(prompt && !prompt->isEmpty());
    const QString promptWindow = prompt->split(u'\n').constFirst();
    QVERIFY(xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), promptWindow}));
    QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"), password}));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
    QTRY_COMPARE_WITH_TIMEOUT(AiosmtpdProcess::commandLog(log), QStringList{QStringLiteral("AUTH PLAIN alice OK")},
                              waitMs);

    // Close the session (it says QUIT), then quit the program, from the keyboard of the main window.
    const std::optional<QString> main =
        xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                 QStringLiteral("--name"), QStringLiteral("^Submission")});
    QVERIFY(main && !main->isEmpty());
    const QString mainWindow = main->split(u'\n').constFirst();
    QVERIFY(xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), mainWindow}));
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+w")}));
    QTRY_COMPARE_WITH_TIMEOUT(AiosmtpdProcess::commandLog(log),
                              (QStringList{QStringLiteral("AUTH PLAIN alice OK"), QStringLiteral("QUIT")}), waitMs);
    QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+q")}));
    if (!gui.waitForFinished(waitMs)) {
        gui.kill();
        gui.waitForFinished(waitMs);
        QFAIL("the program did not quit on Ctrl+Q");
    }
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    // Exactly one AUTH, and it succeeded; nothing after the QUIT.
    QCOMPARE(AiosmtpdProcess::commandLog(log),
             (QStringList{QStringLiteral("AUTH PLAIN alice OK"), QStringLiteral("QUIT")}));
    // Nothing typed reached a file the program writes (profiles, window settings).
    int files = 0;
    for (QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestGuiSecretPrompt)
#include "tst_guisecretprompt.moc"
