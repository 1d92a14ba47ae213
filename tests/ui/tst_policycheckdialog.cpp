#include "core/profiles/profilestore.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/app/theme.h"
#include "ui/mainwindow.h"
#include "ui/scenario/policycheckdialog.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace SmtpTest;
using namespace Qt::StringLiterals;

// Check Policy from the window: the findings a person reads, against a real aiosmtpd, a port nobody listens on and a
// server that never answers.
class TestPolicyCheckDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void profileMenuListsFindingsAsTheyCome();
    void unreachableServerIsSaidOnce();
    void stopEndsTheRun();

private:
    static Smtp::ConnectionSettings settingsFor(quint16 port);
    static QTreeWidget *findings(const QDialog *dialog);
    static QString status(const QDialog *dialog);

    std::unique_ptr<AiosmtpdProcess> m_server;
    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    quint16 m_closedPort = 0;
};

void TestPolicyCheckDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_closedPort = probe.serverPort();
    if (!AiosmtpdProcess::isAvailable())
        return;
    m_server = std::make_unique<AiosmtpdProcess>();
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
}

void TestPolicyCheckDialog::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
}

void TestPolicyCheckDialog::cleanup()
{
    m_profiles.reset();
}

Smtp::ConnectionSettings TestPolicyCheckDialog::settingsFor(quint16 port)
{
    Smtp::ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.serverName = u"localhost"_s;
    settings.port = port;
    settings.security = Smtp::SecurityMode::StartTls;
    settings.timeoutSeconds = 10;
    settings.localName = u"client.test"_s;
    settings.caFile = CertificateFactory::shared().ca.certificate;
    return settings;
}

QTreeWidget *TestPolicyCheckDialog::findings(const QDialog *dialog)
{
    return dialog->findChild<QTreeWidget *>(u"findingsTreeWidget"_s);
}

QString TestPolicyCheckDialog::status(const QDialog *dialog)
{
    return dialog->findChild<QLabel *>(u"statusLabel"_s)->text();
}

void TestPolicyCheckDialog::profileMenuListsFindingsAsTheyCome()
{
    if (!m_server)
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(settingsFor(m_server->port()), u"Relay"_s);
    QVERIFY(!m_profiles->store()->add(profile).isError() && !m_profiles->store()->save().isError());
    Smtp::MemorySecretStore secrets;
    SmtpUi::MainWindow window(m_profiles->store(), &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *check = window.findChild<QAction *>(u"checkPolicyAction"_s);
    QVERIFY(check);
    auto *tree = window.findChild<QTreeView *>(u"profileTreeView"_s);
    tree->clearSelection();
    tree->setCurrentIndex({});
    QVERIFY(!check->isEnabled());
    QVERIFY(tree->model()->rowCount() == 1);
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QVERIFY(check->isEnabled());
    QCOMPARE(check->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
    check->trigger();

    auto *dialog = window.findChild<SmtpUi::PolicyCheckDialog *>(u"policyCheckDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Check Policy: Relay"_s);
    QTreeWidget *list = findings(dialog);
    // Live: rows appear while the run goes on, not all at once at its end.
    bool rowWhileRunning = false;
    connect(list->model(), &QAbstractItemModel::rowsInserted, this,
            [&rowWhileRunning, dialog] { rowWhileRunning = rowWhileRunning || dialog->isRunning(); });
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    QVERIFY(rowWhileRunning);

    QStringList probes;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QVERIFY2((QStringList{u"PASS"_s, u"WARN"_s, u"FAIL"_s, u"N/A"_s}.contains(item->text(0))),
                 qPrintable(item->text(0)));
        QVERIFY(!item->text(2).isEmpty());
        if (!probes.contains(item->text(1)))
            probes << item->text(1);
    }
    QCOMPARE(probes, (QStringList{u"starttls-required"_s, u"auth-before-tls"_s, u"open-relay"_s, u"vrfy"_s, u"expn"_s,
                                  u"tls-versions"_s}));
    // aiosmtpd takes any recipient from anyone: an open relay, the one failure a person must not miss.
    const QList<QTreeWidgetItem *> relay = list->findItems(u"open-relay"_s, Qt::MatchExactly, 1);
    QCOMPARE(relay.size(), 1);
    QCOMPARE(relay.first()->text(0), u"FAIL"_s);
    QVERIFY(relay.first()->text(2).contains(u"accepted RCPT TO"_s));
    QCOMPARE(relay.first()->foreground(0).color(), SmtpUi::errorTextColour(list->palette()));
    QVERIFY2(status(dialog).startsWith(u"Done: "_s), qPrintable(status(dialog)));
    QVERIFY(!dialog->findChild<QPushButton *>(u"stopPushButton"_s)->isEnabled());

    dialog->resize(900, 380);
    QVERIFY(dialog->grab().save(u"/tmp/window-policy-check.png"_s));
    dialog->close();
}

void TestPolicyCheckDialog::unreachableServerIsSaidOnce()
{
    SmtpUi::PolicyCheckDialog dialog(u"Gone"_s, settingsFor(m_closedPort));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
    QVERIFY2(status(&dialog).startsWith(u"No probe reached the server, so nothing was checked: "_s),
             qPrintable(status(&dialog)));
    QTreeWidget *list = findings(&dialog);
    QVERIFY(list->topLevelItemCount() >= 6);
    // Nothing was checked, so nothing passes or fails.
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QString verdict = list->topLevelItem(row)->text(0);
        QVERIFY2(verdict == u"N/A"_s || verdict == u"WARN"_s, qPrintable(verdict));
    }
    QVERIFY(dialog.grab().save(u"/tmp/window-policy-unreachable.png"_s));
}

void TestPolicyCheckDialog::stopEndsTheRun()
{
    // A server that accepts and then says nothing: the first probe waits for its banner until stopped.
    ScriptableSmtpServer server;
    server.setScript({Stall{}});
    QVERIFY(server.listen());
    SmtpUi::PolicyCheckDialog dialog(u"Silent"_s, settingsFor(server.port()));
    dialog.show();
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 10000);
    auto *stop = dialog.findChild<QPushButton *>(u"stopPushButton"_s);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 5000);
    QCOMPARE(status(&dialog), u"Stopped: the findings listed are those made before."_s);
    QCOMPARE(findings(&dialog)->topLevelItemCount(), 0);
    QVERIFY(!stop->isEnabled());
}

QTEST_MAIN(TestPolicyCheckDialog)
#include "tst_policycheckdialog.moc"
