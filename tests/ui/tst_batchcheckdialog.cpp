#include "core/profiles/profilestore.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/batch/batchcheckdialog.h"
#include "ui/batch/batchresultsmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace SmtpTest;

// Checking many profiles at once from the window, against a real aiosmtpd and a port nobody listens on.
class TestBatchCheckDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checksShowVerdictsAndKeepHistory();
    void folderSelectionChecksItsProfiles();

private:
    QString addProfile(const QString &name, const QString &folder, quint16 port);
    static QString cell(const QTableView *view, int row, int column);

    std::unique_ptr<AiosmtpdProcess> m_server;
    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    quint16 m_closedPort = 0;
};

void TestBatchCheckDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    m_server = std::make_unique<AiosmtpdProcess>();
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_closedPort = probe.serverPort();
}

void TestBatchCheckDialog::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
}

void TestBatchCheckDialog::cleanup()
{
    m_profiles.reset();
}

QString TestBatchCheckDialog::addProfile(const QString &name, const QString &folder, quint16 port)
{
    Smtp::ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.serverName = QStringLiteral("localhost");
    settings.port = port;
    settings.security = Smtp::SecurityMode::StartTls;
    settings.timeoutSeconds = 10;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;
    Smtp::Profile profile = Smtp::Profile::fromConnectionSettings(settings, name);
    profile.folder = folder;
    if (m_profiles->store()->add(profile).isError() || m_profiles->store()->save().isError())
        return {};
    return profile.id;
}

QString TestBatchCheckDialog::cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

void TestBatchCheckDialog::checksShowVerdictsAndKeepHistory()
{
    const QString relay = addProfile(QStringLiteral("Relay"), {}, m_server->port());
    const QString submission = addProfile(QStringLiteral("Submission"), {}, m_server->port());
    const QString gone = addProfile(QStringLiteral("Gone"), {}, m_closedPort);

    for (int pass = 0; pass < 2; ++pass) {
        SmtpUi::BatchCheckDialog dialog(m_profiles->store(), {relay, submission, gone});
        QAbstractItemModelTester tester(dialog.model());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);

        auto *view = dialog.findChild<QTableView *>(QStringLiteral("resultsTableView"));
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("checkProgressBar"))->value(), 3);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("3 of 3 checked, 1 failed. Done."));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelChecksPushButton"))->isEnabled());

        // Sorted by verdict, the failure comes first.
        view->sortByColumn(SmtpUi::BatchResultsModel::VerdictColumn, Qt::AscendingOrder);
        QCOMPARE(cell(view, 0, SmtpUi::BatchResultsModel::TargetColumn), QStringLiteral("Gone"));
        QVERIFY(cell(view, 0, SmtpUi::BatchResultsModel::VerdictColumn) != QStringLiteral("OK"));
        for (int row = 1; row < 3; ++row) {
            QCOMPARE(cell(view, row, SmtpUi::BatchResultsModel::VerdictColumn), QStringLiteral("OK"));
            QVERIFY(cell(view, row, SmtpUi::BatchResultsModel::TlsColumn).startsWith(QStringLiteral("TLS 1.")));
            QVERIFY(cell(view, row, SmtpUi::BatchResultsModel::CertificateColumn).contains(QStringLiteral("left")));
            QCOMPARE(cell(view, row, SmtpUi::BatchResultsModel::ChangesColumn),
                     pass == 0 ? QStringLiteral("first run") : QStringLiteral("nothing"));
        }

        const QByteArray csv = dialog.model()->toCsv();
        QCOMPARE(csv.count("\r\n"), 4);
        QVERIFY(csv.startsWith("Checked,Verdict,TLS,Certificate,Time,What changed\r\n"));
        QCOMPARE(dialog.model()->toJson().size(), 3);
    }

    // Each run is kept in its profile, on disk.
    Smtp::ProfileStore reread(m_profiles->store()->filePath());
    QVERIFY(!reread.load().isError());
    QCOMPARE(reread.find(relay)->history.size(), 2);
    QVERIFY(reread.find(relay)->history.first().ok);
    QCOMPARE(reread.find(gone)->history.first().outcome, QStringLiteral("ConnectFailed"));
}

void TestBatchCheckDialog::folderSelectionChecksItsProfiles()
{
    addProfile(QStringLiteral("Inside"), QStringLiteral("Customers"), m_server->port());
    addProfile(QStringLiteral("Deeper"), QStringLiteral("Customers/ACME"), m_server->port());
    addProfile(QStringLiteral("Outside"), {}, m_server->port());
    Smtp::MemorySecretStore secrets;
    SmtpUi::MainWindow window(m_profiles->store(), &secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("profileTreeView"));
    QVERIFY(tree);
    QModelIndex folder;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex index = tree->model()->index(row, 0);
        if (index.data().toString() == QStringLiteral("Customers"))
            folder = index;
    }
    QVERIFY(folder.isValid());
    tree->selectionModel()->select(folder, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *check = window.findChild<QAction *>(QStringLiteral("checkProfilesAction"));
    QVERIFY(check && check->isEnabled());
    check->trigger();
    auto *dialog = window.findChild<SmtpUi::BatchCheckDialog *>(QStringLiteral("batchCheckDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("resultsTableView"));
    QStringList checked;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        checked << cell(view, row, SmtpUi::BatchResultsModel::TargetColumn);
    checked.sort();
    QCOMPARE(checked, (QStringList{QStringLiteral("Customers/ACME/Deeper"), QStringLiteral("Customers/Inside")}));
    dialog->close();
}

QTEST_MAIN(TestBatchCheckDialog)
#include "tst_batchcheckdialog.moc"
