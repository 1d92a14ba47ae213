#include "core/dns/mxlookup.h"
#include "tests/support/dnsmasqprocess.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Smtp;
using SmtpTest::DnsmasqProcess;

// MX lookups against a private dnsmasq on loopback that knows only the records each test gives it.
class TestMxLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exchangersInPreferenceOrder();
    void implicitMxWithoutMxRecords();
    void nullMx();
    void noSuchDomain();
    void exchangerWithoutAddress();
    void silentServerTimesOut();
    void badServerAddress();
    void notADomain();

private:
    MailRoute lookUp(const QString &server, const QString &domain, int timeoutMs = 5000);
    MailRoute lookUpWith(const QStringList &records, const QString &domain);
};

void TestMxLookup::initTestCase()
{
    if (DnsmasqProcess::binaryPath().isEmpty())
        QSKIP("dnsmasq is not installed (package dnsmasq-base)");
}

MailRoute TestMxLookup::lookUp(const QString &server, const QString &domain, int timeoutMs)
{
    MxLookup lookup(server, timeoutMs);
    QSignalSpy finished(&lookup, &MxLookup::finished);
    lookup.start(domain);
    if (!finished.wait(timeoutMs + 5000)) {
        qWarning("the lookup did not finish");
        return {};
    }
    if (finished.size() != 1)
        qWarning("finished() came %lld times", qlonglong(finished.size()));
    return finished.first().first().value<MailRoute>();
}

MailRoute TestMxLookup::lookUpWith(const QStringList &records, const QString &domain)
{
    DnsmasqProcess dnsmasq;
    // Authoritative for .test: names it does not know are NXDOMAIN, not "no upstream".
    if (!dnsmasq.start(QStringList{QStringLiteral("--local=/test/")} + records)) {
        qWarning("%s", qPrintable(dnsmasq.errorString()));
        return {};
    }
    return lookUp(dnsmasq.serverAddress(), domain);
}

void TestMxLookup::exchangersInPreferenceOrder()
{
    const MailRoute route = lookUpWith({QStringLiteral("--mx-host=example.test,mx2.example.test,20"),
                                        QStringLiteral("--mx-host=example.test,mx1.example.test,10"),
                                        QStringLiteral("--mx-host=example.test,mx0.example.test,20"),
                                        QStringLiteral("--host-record=mx1.example.test,127.0.0.2,::1"),
                                        QStringLiteral("--host-record=mx2.example.test,127.0.0.3"),
                                        QStringLiteral("--host-record=mx0.example.test,::1")},
                                       QStringLiteral("Example.Test."));
    QCOMPARE(route.kind, MailRoute::Kind::Exchangers);
    // Asked as it goes to the resolver: the ASCII form, lower case, no final dot.
    QCOMPARE(route.domain, QStringLiteral("example.test"));
    QCOMPARE(route.exchangers.size(), 3);
    QCOMPARE(route.exchangers.at(0).host, QStringLiteral("mx1.example.test"));
    QCOMPARE(route.exchangers.at(0).preference, 10);
    QCOMPARE(route.exchangers.at(0).addresses,
             (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QStringLiteral("::1"))}));
    QCOMPARE(route.exchangers.at(1).host, QStringLiteral("mx0.example.test"));
    QCOMPARE(route.exchangers.at(1).addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("::1"))});
    QCOMPARE(route.exchangers.at(2).host, QStringLiteral("mx2.example.test"));
    QCOMPARE(route.exchangers.at(2).addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.3"))});
    for (const MailExchanger &exchanger : route.exchangers)
        QVERIFY2(exchanger.problem.isEmpty(), qPrintable(exchanger.problem));
}

void TestMxLookup::implicitMxWithoutMxRecords()
{
    const MailRoute route =
        lookUpWith({QStringLiteral("--host-record=plain.test,127.0.0.4")}, QStringLiteral("plain.test"));
    QCOMPARE(route.kind, MailRoute::Kind::ImplicitMx);
    QCOMPARE(route.exchangers.size(), 1);
    QCOMPARE(route.exchangers.first().host, QStringLiteral("plain.test"));
    QCOMPARE(route.exchangers.first().preference, 0);
    QCOMPARE(route.exchangers.first().addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.4"))});
}

void TestMxLookup::nullMx()
{
    // RFC 7505: one MX with preference 0 and the root as exchange.
    const MailRoute route =
        lookUpWith({QStringLiteral("--dns-rr=nomail.test,15,000000")}, QStringLiteral("nomail.test"));
    QCOMPARE(route.kind, MailRoute::Kind::NullMx);
    QVERIFY(route.exchangers.isEmpty());
}

void TestMxLookup::noSuchDomain()
{
    const MailRoute route =
        lookUpWith({QStringLiteral("--host-record=plain.test,127.0.0.4")}, QStringLiteral("nowhere.test"));
    QCOMPARE(route.kind, MailRoute::Kind::Failed);
    QVERIFY2(route.error.contains(QStringLiteral("NXDOMAIN")), qPrintable(route.error));
    QVERIFY(!route.timedOut);
}

void TestMxLookup::exchangerWithoutAddress()
{
    const MailRoute route = lookUpWith({QStringLiteral("--mx-host=example.test,ghost.example.test,5"),
                                        QStringLiteral("--mx-host=example.test,mx1.example.test,10"),
                                        QStringLiteral("--host-record=mx1.example.test,127.0.0.2")},
                                       QStringLiteral("example.test"));
    QCOMPARE(route.kind, MailRoute::Kind::Exchangers);
    QCOMPARE(route.exchangers.size(), 2);
    QCOMPARE(route.exchangers.at(0).host, QStringLiteral("ghost.example.test"));
    QVERIFY(route.exchangers.at(0).addresses.isEmpty());
    QVERIFY2(route.exchangers.at(0).problem.contains(QStringLiteral("no A or AAAA")),
             qPrintable(route.exchangers.at(0).problem));
    QCOMPARE(route.exchangers.at(1).addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2"))});
}

void TestMxLookup::silentServerTimesOut()
{
    // A resolver that takes the question and never answers: the one timeout bounds the whole lookup.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const MailRoute route =
        lookUp(QStringLiteral("127.0.0.1@%1").arg(silent.localPort()), QStringLiteral("example.test"), 500);
    QCOMPARE(route.kind, MailRoute::Kind::Failed);
    QVERIFY(route.timedOut);
    QVERIFY2(route.error.contains(QStringLiteral("timed out")), qPrintable(route.error));
    QVERIFY(silent.hasPendingDatagrams() || silent.waitForReadyRead(1000));
}

void TestMxLookup::badServerAddress()
{
    for (const QString &server : {QStringLiteral("dns.example.test"), QStringLiteral("127.0.0.1@0"),
                                  QStringLiteral("127.0.0.1@70000"), QStringLiteral("127.0.0.1@")}) {
        const MailRoute route = lookUp(server, QStringLiteral("example.test"));
        QCOMPARE(route.kind, MailRoute::Kind::Failed);
        QVERIFY2(route.error.contains(server), qPrintable(route.error));
    }
}

void TestMxLookup::notADomain()
{
    const MailRoute route = lookUp(QStringLiteral("127.0.0.1@9"), QStringLiteral("a..b"));
    QCOMPARE(route.kind, MailRoute::Kind::Failed);
    QVERIFY2(route.error.contains(QStringLiteral("not a domain name")), qPrintable(route.error));
}

QTEST_GUILESS_MAIN(TestMxLookup)
#include "tst_mxlookup.moc"
