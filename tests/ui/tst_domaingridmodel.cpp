#include "ui/batch/domaingridmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpUi;

// The grid of a domain check: rows by exchanger and address, columns by mode, cells filled as checks end.
class TestDomainGridModel final : public QObject
{
    Q_OBJECT

private slots:
    void matrixLaysOutRowsAndModes();
    void cellsFillAsChecksEnd();
    void oneModeIsOneColumn();
    void cancelledRunSaysWhatWasNotChecked();

private:
    static Smtp::MailRoute route();
    static Smtp::CheckOutcome outcome(const Smtp::CheckTarget &target, Smtp::ErrorCode code, const QString &message);
};

Smtp::MailRoute TestDomainGridModel::route()
{
    Smtp::MailRoute route;
    route.kind = Smtp::MailRoute::Kind::Exchangers;
    route.domain = QStringLiteral("example.test");
    route.exchangers = {
        Smtp::MailExchanger{QStringLiteral("mx1.example.test"),
                            10,
                            {QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QStringLiteral("::1"))},
                            {}},
        Smtp::MailExchanger{QStringLiteral("mx2.example.test"), 20, {QHostAddress(QStringLiteral("127.0.0.3"))}, {}},
    };
    return route;
}

Smtp::CheckOutcome TestDomainGridModel::outcome(const Smtp::CheckTarget &target, Smtp::ErrorCode code,
                                                const QString &message)
{
    Smtp::CheckOutcome outcome;
    outcome.target = target;
    outcome.result.error.code = code;
    outcome.result.error.message = message;
    return outcome;
}

void TestDomainGridModel::matrixLaysOutRowsAndModes()
{
    DomainGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(DomainGridModel::FirstModeColumn));

    model.setTargets(Smtp::CheckPlan::forRoute(route(), {}, true));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), DomainGridModel::FirstModeColumn + 4);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Exchanger"), QStringLiteral("Preference"), QStringLiteral("Address"),
                                   QStringLiteral("25 plain"), QStringLiteral("25 STARTTLS"),
                                   QStringLiteral("587 STARTTLS"), QStringLiteral("465 implicit TLS")}));
    // In preference order, each exchanger's addresses as the lookup gave them.
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, DomainGridModel::ExchangerColumn), QStringLiteral("mx1.example.test"));
    QCOMPARE(text(0, DomainGridModel::PreferenceColumn), QStringLiteral("10"));
    QCOMPARE(text(0, DomainGridModel::AddressColumn), QStringLiteral("127.0.0.2"));
    QCOMPARE(text(1, DomainGridModel::AddressColumn), QStringLiteral("::1"));
    QCOMPARE(text(2, DomainGridModel::ExchangerColumn), QStringLiteral("mx2.example.test"));
    QCOMPARE(text(2, DomainGridModel::PreferenceColumn), QStringLiteral("20"));
    for (int row = 0; row < 3; ++row) {
        for (int column = DomainGridModel::FirstModeColumn; column < model.columnCount(); ++column)
            QCOMPARE(text(row, column), QStringLiteral("Pending…"));
    }
    // Every check has its own cell: row by address, column by mode, in the order the plan lists them.
    QCOMPARE(model.checkAt(model.index(0, DomainGridModel::FirstModeColumn)), 0);
    QCOMPARE(model.checkAt(model.index(0, DomainGridModel::FirstModeColumn + 3)), 3);
    QCOMPARE(model.checkAt(model.index(2, DomainGridModel::FirstModeColumn + 1)), 9);
    QCOMPARE(model.checkAt(model.index(2, DomainGridModel::AddressColumn)), -1);
    QCOMPARE(model.checkCount(), 12);
}

void TestDomainGridModel::cellsFillAsChecksEnd()
{
    DomainGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Smtp::CheckTarget> targets = Smtp::CheckPlan::forRoute(route(), {}, true);
    model.setTargets(targets);
    QSignalSpy changed(&model, &DomainGridModel::dataChanged);

    model.setOutcome(1, outcome(targets.at(1), Smtp::ErrorCode::None, {}));
    QCOMPARE(changed.size(), 1);
    const QModelIndex ok = model.index(0, DomainGridModel::FirstModeColumn + 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), ok);
    QCOMPARE(ok.data().toString(), QStringLiteral("OK"));
    QVERIFY(ok.data(Qt::ForegroundRole).isValid());
    QVERIFY(model.outcomeAt(ok));
    QCOMPARE(model.outcomeAt(ok)->target.settings.port, quint16(25));

    const QString refused =
        QStringLiteral("Could not connect to 127.0.0.3 port 465: Connection refused. Check the host, the port and any "
                       "firewall.");
    model.setOutcome(11, outcome(targets.at(11), Smtp::ErrorCode::ConnectFailed, refused));
    const QModelIndex failed = model.index(2, DomainGridModel::FirstModeColumn + 3);
    QCOMPARE(failed.data().toString(), QStringLiteral("Connection failed"));
    QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Connection refused")));
    QVERIFY(failed.data(Qt::ForegroundRole) != ok.data(Qt::ForegroundRole));
    QCOMPARE(model.finishedCount(), 2);
    QCOMPARE(model.failedCount(), 1);
    // A check reports once: a second report of the same check changes nothing.
    model.setOutcome(11, outcome(targets.at(11), Smtp::ErrorCode::None, {}));
    QCOMPARE(failed.data().toString(), QStringLiteral("Connection failed"));
    QCOMPARE(model.finishedCount(), 2);
    // The rest still pending, and without an outcome to open.
    QCOMPARE(model.index(0, DomainGridModel::FirstModeColumn).data().toString(), QStringLiteral("Pending…"));
    QVERIFY(!model.outcomeAt(model.index(0, DomainGridModel::FirstModeColumn)));
}

void TestDomainGridModel::oneModeIsOneColumn()
{
    DomainGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Smtp::ConnectionSettings base;
    base.port = 2525;
    base.security = Smtp::SecurityMode::StartTls;
    model.setTargets(Smtp::CheckPlan::forRoute(route(), base, false));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), DomainGridModel::FirstModeColumn + 1);
    QCOMPARE(model.headerData(DomainGridModel::FirstModeColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("2525 STARTTLS"));

    // One host: its name is the exchanger and the address, without a preference.
    base.host = QStringLiteral("mail.example.test");
    model.setTargets(Smtp::CheckPlan::matrixForHost(base));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), DomainGridModel::FirstModeColumn + 4);
    QCOMPARE(model.index(0, DomainGridModel::ExchangerColumn).data().toString(), QStringLiteral("mail.example.test"));
    QCOMPARE(model.index(0, DomainGridModel::PreferenceColumn).data().toString(), QString());
}

void TestDomainGridModel::cancelledRunSaysWhatWasNotChecked()
{
    DomainGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Smtp::CheckTarget> targets = Smtp::CheckPlan::forRoute(route(), {}, false);
    model.setTargets(targets);
    model.setOutcome(0, outcome(targets.at(0), Smtp::ErrorCode::Cancelled, QStringLiteral("Cancelled.")));
    model.markRemainingNotChecked();
    QCOMPARE(model.index(0, DomainGridModel::FirstModeColumn).data().toString(), QStringLiteral("Cancelled"));
    // Cancelled says nothing about the server: not in the failure colour.
    QVERIFY(!model.index(0, DomainGridModel::FirstModeColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, DomainGridModel::FirstModeColumn).data().toString(), QStringLiteral("Not checked"));
    // A new plan starts pending again.
    model.setTargets(targets);
    QCOMPARE(model.index(1, DomainGridModel::FirstModeColumn).data().toString(), QStringLiteral("Pending…"));
}

QTEST_MAIN(TestDomainGridModel)
#include "tst_domaingridmodel.moc"
