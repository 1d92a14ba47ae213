// --mx and --matrix as scripts see them, against a real Postfix: one private instance listening on several loopback
// addresses, its exchangers published by a private dnsmasq, checked by the built command line. Every probe line's
// verdict is compared, in the plan's order (preference order, then address, then mode).

#include "tests/support/certificatefactory.h"
#include "tests/support/cliprocess.h"
#include "tests/support/dnsmasqprocess.h"
#include "tests/support/postfixinstance.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 60000;

const QString domain = QStringLiteral("matrix.test");
const QString mx1 = QStringLiteral("mx1.matrix.test");
const QString mx2 = QStringLiteral("mx2.matrix.test");
// An exchanger the certificate does not name, at an address that offers STARTTLS.
const QString strayDomain = QStringLiteral("stray.test");
const QString strayMx = QStringLiteral("mx.stray.test");

const QString mx1Ipv4 = QStringLiteral("127.0.0.2");
const QString mx1Ipv6 = QStringLiteral("::1");
const QString mx2Ipv4 = QStringLiteral("127.0.0.3");

/// One check as the command line reports it, or as it should.
struct Verdict
{
    QString mx;
    int preference = 0;
    QString address;
    int port = 0;
    QString security;
    int exitStatus = 0;

    QString toString() const
    {
        return QStringLiteral("%1 (%2) %3 port %4 %5 -> exit %6")
            .arg(mx)
            .arg(preference)
            .arg(address)
            .arg(port)
            .arg(security)
            .arg(exitStatus);
    }
};

// The probe lines of a batch, in order. An "ok" that disagrees with its exit status shows as exit -1.
QStringList reportedVerdicts(const CliRun &run)
{
    QStringList verdicts;
    for (const QJsonObject &probe : run.ofKind(QStringLiteral("probe"))) {
        const QJsonObject target = probe.value(QStringLiteral("target")).toObject();
        const int status = probe.value(QStringLiteral("exit_status")).toInt();
        const bool consistent = probe.value(QStringLiteral("ok")).toBool() == (status == 0);
        verdicts << Verdict{target.value(QStringLiteral("mx")).toString(),
                            target.value(QStringLiteral("preference")).toInt(),
                            target.value(QStringLiteral("address")).toString(),
                            target.value(QStringLiteral("port")).toInt(),
                            target.value(QStringLiteral("security")).toString(),
                            consistent ? status : -1}
                        .toString();
    }
    return verdicts;
}

QStringList asStrings(const QList<Verdict> &verdicts)
{
    QStringList strings;
    for (const Verdict &verdict : verdicts)
        strings << verdict.toString();
    return strings;
}

bool ipv6LoopbackAvailable()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class TestPostfixMx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrixGivesEveryAddressAndModeItsVerdict();
    void mxChecksOneModeAtEveryAddress_data();
    void mxChecksOneModeAtEveryAddress();
    void certificateForAnotherNameIsRejected();

private:
    CliRun runMx(const QString &mailDomain, const QStringList &arguments);
    QStringList mx1Addresses() const;

    PostfixInstance m_postfix;
    std::unique_ptr<DnsmasqProcess> m_dns;
    QTemporaryDir m_config;
    QTemporaryDir m_certificate;
    bool m_ipv6 = false;
};

void TestPostfixMx::initTestCase()
{
    if (const QString reason = PostfixInstance::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    if (DnsmasqProcess::binaryPath().isEmpty())
        QSKIP("dnsmasq is not installed (package dnsmasq-base)");
    m_ipv6 = ipv6LoopbackAvailable();
    if (!m_ipv6)
        qInfo("This machine has no ::1: the exchangers are checked over IPv4 only.");

    // The matrix's ports are fixed, so the addresses differ instead: mx1 offers every mode, mx2 no STARTTLS on 25
    // and nothing on 465, so that a verdict that ignored the address or the mode would show.
    QList<PostfixInstance::Listener> listeners;
    for (const QString &address : mx1Addresses()) {
        listeners << PostfixInstance::Listener{address, 25, PostfixInstance::Mode::StartTls}
                  << PostfixInstance::Listener{address, 587, PostfixInstance::Mode::Submission}
                  << PostfixInstance::Listener{address, 465, PostfixInstance::Mode::Implicit};
    }
    listeners << PostfixInstance::Listener{mx2Ipv4, 25, PostfixInstance::Mode::Plain}
              << PostfixInstance::Listener{mx2Ipv4, 587, PostfixInstance::Mode::Submission};
    // Also free: mx2's 465 must refuse, not reach some other server.
    if (const QString taken = PostfixInstance::unusableListener(
            listeners + QList<PostfixInstance::Listener>{{mx2Ipv4, 465, PostfixInstance::Mode::Implicit}});
        !taken.isEmpty()) {
        QSKIP(qPrintable(taken));
    }

    QString error;
    const CertificateFiles certificate =
        CertificateFactory::issueServerCertificate({mx1, mx2}, m_certificate.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_postfix.start(listeners, certificate), qPrintable(m_postfix.errorString()));

    const QString mx1Records =
        m_ipv6 ? QStringLiteral("%1,%2,%3").arg(mx1, mx1Ipv4, mx1Ipv6) : QStringLiteral("%1,%2").arg(mx1, mx1Ipv4);
    m_dns = std::make_unique<DnsmasqProcess>();
    QVERIFY2(m_dns->start({QStringLiteral("--local=/test/"),
                           // The less preferred first: the order must come from the preferences.
                           QStringLiteral("--mx-host=%1,%2,20").arg(domain, mx2),
                           QStringLiteral("--mx-host=%1,%2,10").arg(domain, mx1),
                           QStringLiteral("--host-record=") + mx1Records,
                           QStringLiteral("--host-record=%1,%2").arg(mx2, mx2Ipv4),
                           QStringLiteral("--mx-host=%1,%2,10").arg(strayDomain, strayMx),
                           QStringLiteral("--host-record=%1,%2").arg(strayMx, mx1Ipv4)}),
             qPrintable(m_dns->errorString()));
}

void TestPostfixMx::cleanupTestCase()
{
    m_postfix.stop();
    m_dns.reset();
}

QStringList TestPostfixMx::mx1Addresses() const
{
    return m_ipv6 ? QStringList{mx1Ipv4, mx1Ipv6} : QStringList{mx1Ipv4};
}

CliRun TestPostfixMx::runMx(const QString &mailDomain, const QStringList &arguments)
{
    // One check at a time: the probe lines then come in the plan's order, which is what is asserted.
    const QStringList common = {QStringLiteral("--mx"),         mailDomain,
                                QStringLiteral("--dns-server"), m_dns->serverAddress(),
                                QStringLiteral("--ca-file"),    CertificateFactory::shared().ca.certificate,
                                QStringLiteral("--local-name"), QStringLiteral("client.test"),
                                QStringLiteral("--timeout"),    QStringLiteral("10"),
                                QStringLiteral("--parallel"),   QStringLiteral("1"),
                                QStringLiteral("--json")};
    return SmtpTest::runCli(QStringLiteral(SMTP_CLI_BINARY), common + arguments, m_config.path(), {}, processWaitMs);
}

void TestPostfixMx::matrixGivesEveryAddressAndModeItsVerdict()
{
    const CliRun run = runMx(domain, {QStringLiteral("--matrix")});
    QVERIFY2(run.finished, qPrintable(run.describe()));

    QList<Verdict> expected;
    for (const QString &address : mx1Addresses()) {
        expected << Verdict{mx1, 10, address, 25, QStringLiteral("none"), 0}
                 << Verdict{mx1, 10, address, 25, QStringLiteral("starttls"), 0}
                 << Verdict{mx1, 10, address, 587, QStringLiteral("starttls"), 0}
                 << Verdict{mx1, 10, address, 465, QStringLiteral("implicit"), 0};
    }
    // 4: STARTTLS is not offered there; 2: nothing listens on 465.
    expected << Verdict{mx2, 20, mx2Ipv4, 25, QStringLiteral("none"), 0}
             << Verdict{mx2, 20, mx2Ipv4, 25, QStringLiteral("starttls"), 4}
             << Verdict{mx2, 20, mx2Ipv4, 587, QStringLiteral("starttls"), 0}
             << Verdict{mx2, 20, mx2Ipv4, 465, QStringLiteral("implicit"), 2};
    const QStringList reported = reportedVerdicts(run);
    if (reported != asStrings(expected))
        qInfo().noquote() << run.describe() << "\n--- Postfix's log\n" << m_postfix.log();
    QCOMPARE(reported, asStrings(expected));

    // Every TLS session that succeeded was verified for its exchanger's name, not for the address dialled.
    for (const QJsonObject &probe : run.ofKind(QStringLiteral("probe"))) {
        const QJsonObject target = probe.value(QStringLiteral("target")).toObject();
        if (!probe.value(QStringLiteral("ok")).toBool() ||
            target.value(QStringLiteral("security")).toString() == QStringLiteral("none")) {
            continue;
        }
        const QJsonObject tls = probe.value(QStringLiteral("tls")).toObject();
        QCOMPARE(tls.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(tls.value(QStringLiteral("verification_name")).toString(),
                 target.value(QStringLiteral("mx")).toString());
    }
    QCOMPARE(run.exitStatus, 11);
    const QJsonObject result = run.result();
    QCOMPARE(result.value(QStringLiteral("exit_status")).toInt(), 11);
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("checks")).toInt(), expected.size());
    QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 2);
}

void TestPostfixMx::mxChecksOneModeAtEveryAddress_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("mx2Status");
    QTest::addColumn<int>("batchStatus");

    // Port 25 of mx2 offers no STARTTLS: that check alone fails, with 4.
    QTest::addRow("STARTTLS on 25") << 25 << 4 << 11;
    QTest::addRow("STARTTLS on 587") << 587 << 0 << 0;
}

void TestPostfixMx::mxChecksOneModeAtEveryAddress()
{
    QFETCH(int, port);
    QFETCH(int, mx2Status);
    QFETCH(int, batchStatus);

    const CliRun run = runMx(domain, {QStringLiteral("--security"), QStringLiteral("starttls"),
                                      QStringLiteral("--port"), QString::number(port)});
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QList<Verdict> expected;
    for (const QString &address : mx1Addresses())
        expected << Verdict{mx1, 10, address, port, QStringLiteral("starttls"), 0};
    expected << Verdict{mx2, 20, mx2Ipv4, port, QStringLiteral("starttls"), mx2Status};
    QCOMPARE(reportedVerdicts(run), asStrings(expected));
    QVERIFY2(run.exitStatus == batchStatus, qPrintable(run.describe()));
    QCOMPARE(run.result().value(QStringLiteral("exit_status")).toInt(), batchStatus);
    QCOMPARE(run.result().value(QStringLiteral("failed")).toInt(), mx2Status == 0 ? 0 : 1);
}

void TestPostfixMx::certificateForAnotherNameIsRejected()
{
    // The server answers and offers STARTTLS, but its certificate names mx1 and mx2, not this exchanger: 5.
    const CliRun run = runMx(strayDomain, {QStringLiteral("--security"), QStringLiteral("starttls"),
                                           QStringLiteral("--port"), QStringLiteral("25")});
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(reportedVerdicts(run), asStrings({Verdict{strayMx, 10, mx1Ipv4, 25, QStringLiteral("starttls"), 5}}));
    QCOMPARE(run.exitStatus, 11);
}

QTEST_GUILESS_MAIN(TestPostfixMx)
#include "tst_postfixmx.moc"
