// The window's domain check as a person drives it: the form typed into, Check clicked, the grid read, a cell's
// transcript opened. A private dnsmasq serves the domains, a real aiosmtpd answers on a loopback port.

#include "core/dns/dnsresolver.h"
#include "core/dns/mxlookup.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/dnsmasqprocess.h"
#include "ui/batch/domaincheckdialog.h"
#include "ui/batch/domaingridmodel.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace SmtpTest;
using SmtpUi::DomainCheckDialog;
using SmtpUi::DomainGridModel;

namespace
{

constexpr int checkWaitMs = 60000;

struct FormInput
{
    QString name;
    bool domain = true;
    bool matrix = true;
    int port = 25;
    Smtp::SecurityMode security = Smtp::SecurityMode::StartTls;
    QString dnsServer;
    QString caFile;
};

template <typename Widget>
Widget *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<Widget *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void fill(const DomainCheckDialog &dialog, const FormInput &input)
{
    child<QRadioButton>(dialog, input.domain ? "domainRadioButton" : "hostRadioButton")->setChecked(true);
    for (const char *field : {"nameLineEdit", "dnsServerLineEdit", "caFileLineEdit"})
        child<QLineEdit>(dialog, field)->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), input.name);
    child<QCheckBox>(dialog, "matrixCheckBox")->setChecked(input.matrix);
    child<QSpinBox>(dialog, "portSpinBox")->setValue(input.port);
    auto *security = child<QComboBox>(dialog, "securityComboBox");
    security->setCurrentIndex(security->findData(int(input.security)));
    QTest::keyClicks(child<QLineEdit>(dialog, "dnsServerLineEdit"), input.dnsServer);
    QTest::keyClicks(child<QLineEdit>(dialog, "caFileLineEdit"), input.caFile);
}

void clickCheck(const DomainCheckDialog &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "checkPushButton"), Qt::LeftButton);
}

QString cell(const DomainCheckDialog &dialog, int row, int column)
{
    const QAbstractItemModel *model = child<QTableView>(dialog, "gridTableView")->model();
    return model->index(row, column).data().toString();
}

QString header(const DomainCheckDialog &dialog, int column)
{
    return child<QTableView>(dialog, "gridTableView")->model()->headerData(column, Qt::Horizontal).toString();
}

} // namespace

class TestDomainCheckDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badInputIsShownAtItsField();
    void oneModeOnTheServersPort();
    void matrixFillsTheGridLive();
    void nullMxIsReported();
    void unknownDomainIsAnErrorLine();
    void closingCancels();
    void cancellingTheLookupSaysCancelled();

private:
    std::unique_ptr<AiosmtpdProcess> m_server;
    std::unique_ptr<AiosmtpdProcess> m_server6;
    std::unique_ptr<DnsmasqProcess> m_dns;
};

void TestDomainCheckDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (python3-aiosmtpd)");
    if (DnsmasqProcess::binaryPath().isEmpty())
        QSKIP("dnsmasq is not installed (package dnsmasq-base)");
    m_server = std::make_unique<AiosmtpdProcess>();
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY2(m_server->start(options), qPrintable(m_server->errorString()));
    // The resolver answers localhost itself with 127.0.0.1 and ::1: the same server listens on both.
    m_server6 = std::make_unique<AiosmtpdProcess>();
    options.extraArguments = {QStringLiteral("--host"), QStringLiteral("::1"), QStringLiteral("--port"),
                              QString::number(m_server->port())};
    QVERIFY2(m_server6->start(options), qPrintable(m_server6->errorString()));
    // The exchanger is "localhost", which the test certificate names; a null MX; nothing else under .test.
    m_dns = std::make_unique<DnsmasqProcess>();
    QVERIFY2(m_dns->start({QStringLiteral("--local=/test/"), QStringLiteral("--mx-host=example.test,localhost,10"),
                           QStringLiteral("--host-record=localhost,127.0.0.1"),
                           QStringLiteral("--dns-rr=null.test,15,000000")}),
             qPrintable(m_dns->errorString()));
}

void TestDomainCheckDialog::badInputIsShownAtItsField()
{
    DomainCheckDialog dialog;
    dialog.show();
    const QString longLabel = QString(64, u'a') + QStringLiteral(".test");
    fill(dialog, {longLabel, true, true, 25, Smtp::SecurityMode::StartTls, QStringLiteral("not an address"),
                  QStringLiteral("/nonexistent/ca.pem")});
    clickCheck(dialog);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.model()->rowCount(), 0);
    // Each problem next to its field, in the words of the rules the command line applies.
    auto *nameError = child<QLabel>(dialog, "nameErrorLabel");
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), QStringLiteral("\u26a0 %1").arg(Smtp::MxLookup::domainProblem(longLabel)));
    auto *dnsError = child<QLabel>(dialog, "dnsServerErrorLabel");
    QVERIFY(dnsError->isVisible());
    QCOMPARE(dnsError->text(),
             QStringLiteral("\u26a0 %1").arg(Smtp::DnsResolver::serverProblem(QStringLiteral("not an address"))));
    QVERIFY(child<QLabel>(dialog, "caFileErrorLabel")->isVisible());
    QCOMPARE(child<QLabel>(dialog, "caFileErrorLabel")->text(), QStringLiteral("\u26a0 This file does not exist."));

    // Mended, the marks go; an empty name is asked for.
    fill(dialog, {QString(), true, true, 25, Smtp::SecurityMode::StartTls, m_dns->serverAddress(), QString()});
    clickCheck(dialog);
    QVERIFY(!dialog.isRunning());
    QCOMPARE(nameError->text(), QStringLiteral("\u26a0 Give the domain to check."));
    QVERIFY(!dnsError->isVisible());
    QVERIFY(!child<QLabel>(dialog, "caFileErrorLabel")->isVisible());
}

void TestDomainCheckDialog::oneModeOnTheServersPort()
{
    DomainCheckDialog dialog;
    dialog.show();
    fill(dialog, {QStringLiteral("example.test"), true, false, m_server->port(), Smtp::SecurityMode::StartTls,
                  m_dns->serverAddress(), CertificateFactory::shared().ca.certificate});
    clickCheck(dialog);
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), checkWaitMs);
    // One row per address of the exchanger, A before AAAA; one column, the mode chosen.
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->columnCount(), DomainGridModel::FirstModeColumn + 1);
    QCOMPARE(header(dialog, DomainGridModel::FirstModeColumn), QStringLiteral("%1 STARTTLS").arg(m_server->port()));
    const QStringList addresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(cell(dialog, row, DomainGridModel::ExchangerColumn), QStringLiteral("localhost"));
        QCOMPARE(cell(dialog, row, DomainGridModel::PreferenceColumn), QStringLiteral("10"));
        QCOMPARE(cell(dialog, row, DomainGridModel::AddressColumn), addresses.at(row));
        QCOMPARE(cell(dialog, row, DomainGridModel::FirstModeColumn), QStringLiteral("OK"));
    }
    QVERIFY(!child<QLabel>(dialog, "routeNotesLabel")->isVisible());
    QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(), QStringLiteral("2 of 2 checked, 0 failed. Done."));

    // The cell's transcript, one double-click away: the server's banner, as the session saw it.
    auto *view = child<QTableView>(dialog, "gridTableView");
    const QModelIndex verdict = view->model()->index(0, DomainGridModel::FirstModeColumn);
    view->scrollTo(verdict);
    const QPoint centre = view->visualRect(verdict).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(child<QPushButton>(dialog, "showTranscriptPushButton")->isEnabled());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QList<QDialog *> windows = dialog.findChildren<QDialog *>(QStringLiteral("checkTranscriptDialog"));
    QCOMPARE(windows.size(), 1);
    QVERIFY(windows.first()->isVisible());
    const SmtpUi::TranscriptModel *transcript =
        child<SmtpUi::TranscriptView>(*windows.first(), "transcriptView")->model();
    QStringList serverLines;
    for (int row = 0; row < transcript->rowCount(); ++row) {
        if (transcript->eventAt(row).kind == Smtp::TranscriptEvent::Kind::Server)
            serverLines << transcript->eventAt(row).text;
    }
    QVERIFY2(!serverLines.isEmpty(), "no server line");
    QVERIFY2(serverLines.first().startsWith(QStringLiteral("220 aiosmtpd.test")), qPrintable(serverLines.first()));
    QVERIFY2(serverLines.last().startsWith(QStringLiteral("221")), qPrintable(serverLines.last()));
    QVERIFY(child<QLabel>(*windows.first(), "verdictLabel")->text().endsWith(QStringLiteral(": OK")));

    // And the button opens it too.
    QTest::mouseClick(child<QPushButton>(dialog, "showTranscriptPushButton"), Qt::LeftButton);
    QCOMPARE(dialog.findChildren<QDialog *>(QStringLiteral("checkTranscriptDialog")).size(), 2);
}

void TestDomainCheckDialog::matrixFillsTheGridLive()
{
    DomainCheckDialog dialog;
    dialog.show();
    // When the lookup is over every cell is pending; then each check fills its own cell as it ends.
    QStringList cellsAtLayout;
    int filled = 0;
    connect(dialog.model(), &DomainGridModel::modelReset, this, [&] {
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            for (int column = DomainGridModel::FirstModeColumn; column < dialog.model()->columnCount(); ++column)
                cellsAtLayout << cell(dialog, row, column);
        }
    });
    connect(dialog.model(), &DomainGridModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) { filled += from == to ? 1 : 0; });
    fill(dialog, {QStringLiteral("example.test"), true, true, 25, Smtp::SecurityMode::StartTls, m_dns->serverAddress(),
                  CertificateFactory::shared().ca.certificate});
    clickCheck(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), checkWaitMs);
    QCOMPARE(cellsAtLayout, QStringList(8, QStringLiteral("Pending…")));
    QCOMPARE(filled, 8);
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->columnCount(), DomainGridModel::FirstModeColumn + 4);
    const QList<quint16> ports{25, 25, 587, 465};
    const QStringList modes{QStringLiteral("25 plain"), QStringLiteral("25 STARTTLS"), QStringLiteral("587 STARTTLS"),
                            QStringLiteral("465 implicit TLS")};
    const QList<QHostAddress> loopback{QHostAddress::LocalHost, QHostAddress::LocalHostIPv6};
    for (int mode = 0; mode < 4; ++mode) {
        const int column = DomainGridModel::FirstModeColumn + mode;
        QCOMPARE(header(dialog, column), modes.at(mode));
        for (int row = 0; row < 2; ++row) {
            // Nothing is expected to listen on the standard ports here; if something does, its cell is no refusal.
            QTcpSocket probe;
            probe.connectToHost(loopback.at(row), ports.at(mode));
            const bool listening = probe.waitForConnected(3000);
            const QString text = cell(dialog, row, column);
            QVERIFY2(listening ? text != QStringLiteral("Connection failed")
                               : text == QStringLiteral("Connection failed"),
                     qPrintable(text));
            const QString tip = child<QTableView>(dialog, "gridTableView")
                                    ->model()
                                    ->index(row, column)
                                    .data(Qt::ToolTipRole)
                                    .toString();
            if (!listening)
                QVERIFY2(tip.contains(QStringLiteral("refused")), qPrintable(tip));
        }
    }
    QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(),
             QStringLiteral("8 of 8 checked, %1 failed. Done.").arg(dialog.model()->failedCount()));
}

void TestDomainCheckDialog::nullMxIsReported()
{
    DomainCheckDialog dialog;
    dialog.show();
    fill(dialog, {QStringLiteral("null.test"), true, true, 25, Smtp::SecurityMode::StartTls, m_dns->serverAddress(),
                  QString()});
    clickCheck(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), checkWaitMs);
    auto *notes = child<QLabel>(dialog, "routeNotesLabel");
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->text(), QStringLiteral("null.test has a null MX (RFC 7505): it accepts no mail."));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(), QStringLiteral("Nothing to check."));
}

void TestDomainCheckDialog::unknownDomainIsAnErrorLine()
{
    DomainCheckDialog dialog;
    dialog.show();
    fill(dialog, {QStringLiteral("nowhere.test"), true, false, 25, Smtp::SecurityMode::StartTls, m_dns->serverAddress(),
                  QString()});
    clickCheck(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), checkWaitMs);
    auto *notes = child<QLabel>(dialog, "routeNotesLabel");
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->text(), QStringLiteral("The domain nowhere.test does not exist (NXDOMAIN)."));
    QCOMPARE(dialog.model()->rowCount(), 0);
    // Ready for the next one.
    QVERIFY(child<QPushButton>(dialog, "checkPushButton")->isEnabled());
}

void TestDomainCheckDialog::closingCancels()
{
    // Accepts the connection and never greets: the check would wait for its timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    DomainCheckDialog dialog;
    dialog.show();
    fill(dialog, {QStringLiteral("127.0.0.1"), false, false, silent.serverPort(), Smtp::SecurityMode::None, QString(),
                  QString()});
    clickCheck(dialog);
    QVERIFY(dialog.isRunning());
    QCOMPARE(cell(dialog, 0, DomainGridModel::FirstModeColumn), QStringLiteral("Pending…"));
    QVERIFY(child<QPushButton>(dialog, "cancelChecksPushButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    dialog.close();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 5000);
    QCOMPARE(cell(dialog, 0, DomainGridModel::FirstModeColumn), QStringLiteral("Cancelled"));
}

void TestDomainCheckDialog::cancellingTheLookupSaysCancelled()
{
    // A resolver that takes the query and never answers: the run is cancelled during the MX lookup.
    QUdpSocket resolver;
    QVERIFY(resolver.bind(QHostAddress::LocalHost, 0));
    DomainCheckDialog dialog;
    dialog.show();
    fill(dialog, {QStringLiteral("example.test"), true, false, 25, Smtp::SecurityMode::StartTls,
                  QStringLiteral("127.0.0.1@%1").arg(resolver.localPort()), QString()});
    clickCheck(dialog);
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(resolver.hasPendingDatagrams(), 5000);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelChecksPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 5000);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(dialog, "summaryLabel")->text(), QStringLiteral("Cancelled."));
    QVERIFY(child<QPushButton>(dialog, "checkPushButton")->isEnabled());
}

QTEST_MAIN(TestDomainCheckDialog)
#include "tst_domaincheckdialog.moc"
