// The GUI program itself, started as a user would: `smtp-workbench --connect NAME` under the offscreen platform
// connects the saved profile (the server sees EHLO), and --help lists the option.

#include "core/profiles/profilestore.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 15000;

QString guiBinary()
{
    return qEnvironmentVariable("SMTP_GUI_BINARY");
}
} // namespace

class TestGuiConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsConnect();
    void connectsTheNamedProfile_data();
    void connectsTheNamedProfile();
};

void TestGuiConnect::initTestCase()
{
    if (guiBinary().isEmpty())
        QSKIP("SMTP_GUI_BINARY is not set (ctest sets it)");
}

void TestGuiConnect::helpListsConnect()
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(environment);
    gui.start(guiBinary(), {QStringLiteral("--help")});
    QVERIFY(gui.waitForFinished(waitMs));
    const QString help = QString::fromUtf8(gui.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("--connect <name>")), qPrintable(help));
}

void TestGuiConnect::connectsTheNamedProfile_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("exact") << QStringLiteral("Relay");
    QTest::addRow("any case") << QStringLiteral("relay");
    QTest::addRow("folder and name") << QStringLiteral("Lab/Relay");
}

void TestGuiConnect::connectsTheNamedProfile()
{
    QFETCH(QString, typed);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(
        {Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"}, Send{"250-test.example\r\n250 8BITMIME\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");

    // The program's profile file, where its QStandardPaths::AppConfigLocation will be.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    Smtp::ProfileStore store(config.filePath(QStringLiteral("smtp-workbench/smtp-workbench/profiles.json")));
    QVERIFY(!store.load().isError());
    Smtp::Profile profile;
    profile.name = QStringLiteral("Relay");
    profile.folder = QStringLiteral("Lab");
    profile.settings =
        Smtp::ProfileSettings::fromConnectionSettings(testSettings(server.port(), Smtp::SecurityMode::None));
    QVERIFY(!store.add(profile).isError());
    QVERIFY(!store.save().isError());

    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gui.start(guiBinary(), {QStringLiteral("--connect"), typed});
    QVERIFY(gui.waitForStarted(waitMs));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Plain).contains("EHLO client.test"), waitMs);
    gui.kill();
    QVERIFY(gui.waitForFinished(waitMs));
}

QTEST_GUILESS_MAIN(TestGuiConnect)
#include "tst_guiconnect.moc"
