#include "core/batch/checktarget.h"

#include <QTest>

using namespace Smtp;

class TestCheckPlan : public QObject
{
    Q_OBJECT

private slots:
    void everyAddressInPreferenceOrder();
    void matrixPerAddress();
    void implicitMxHasNoPreference();
    void nothingToCheck();
    void matrixForHost();
    void checksSendNoSecretsNorMessages();
    void labels();

private:
    static MailRoute twoExchangers();
};

MailRoute TestCheckPlan::twoExchangers()
{
    MailRoute route;
    route.kind = MailRoute::Kind::Exchangers;
    route.domain = QStringLiteral("example.test");
    route.exchangers = {
        MailExchanger{QStringLiteral("mx1.example.test"),
                      10,
                      {QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QStringLiteral("::1"))},
                      {}},
        MailExchanger{QStringLiteral("ghost.example.test"), 15, {}, QStringLiteral("no address")},
        MailExchanger{QStringLiteral("mx2.example.test"), 20, {QHostAddress(QStringLiteral("127.0.0.3"))}, {}},
    };
    return route;
}

void TestCheckPlan::everyAddressInPreferenceOrder()
{
    ConnectionSettings base;
    base.port = 25;
    base.security = SecurityMode::StartTls;
    base.timeoutSeconds = 7;
    const QList<CheckTarget> targets = CheckPlan::forRoute(twoExchangers(), base, false);
    QCOMPARE(targets.size(), 3);
    const QStringList hosts = {targets.at(0).settings.host, targets.at(1).settings.host, targets.at(2).settings.host};
    QCOMPARE(hosts, (QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("::1"), QStringLiteral("127.0.0.3")}));
    QCOMPARE(targets.at(0).exchanger, QStringLiteral("mx1.example.test"));
    QCOMPARE(targets.at(0).preference, 10);
    QCOMPARE(targets.at(2).preference, 20);
    for (const CheckTarget &target : targets) {
        // Verified for the exchanger's name, dialled at its address.
        QCOMPARE(target.settings.serverName, target.exchanger);
        QCOMPARE(target.settings.port, quint16(25));
        QCOMPARE(target.settings.security, SecurityMode::StartTls);
        QCOMPARE(target.settings.timeoutSeconds, 7);
        QVERIFY(target.profile.isEmpty());
    }
}

void TestCheckPlan::matrixPerAddress()
{
    const QList<CheckTarget> targets = CheckPlan::forRoute(twoExchangers(), ConnectionSettings{}, true);
    QCOMPARE(targets.size(), 3 * 4);
    QStringList modes;
    for (int index = 0; index < 4; ++index) {
        const ConnectionSettings &settings = targets.at(index).settings;
        QCOMPARE(settings.host, QStringLiteral("127.0.0.2"));
        modes << QStringLiteral("%1 %2 %3")
                     .arg(settings.effectivePort())
                     .arg(securityModeName(settings.security))
                     .arg(settings.submission);
    }
    QCOMPARE(modes, (QStringList{QStringLiteral("25 none 0"), QStringLiteral("25 starttls 0"),
                                 QStringLiteral("587 starttls 1"), QStringLiteral("465 implicit 0")}));
    QCOMPARE(targets.at(4).settings.host, QStringLiteral("::1"));
    QCOMPARE(targets.at(8).settings.host, QStringLiteral("127.0.0.3"));
}

void TestCheckPlan::implicitMxHasNoPreference()
{
    MailRoute route;
    route.kind = MailRoute::Kind::ImplicitMx;
    route.exchangers = {
        MailExchanger{QStringLiteral("plain.test"), 0, {QHostAddress(QStringLiteral("127.0.0.4"))}, {}}};
    const QList<CheckTarget> targets = CheckPlan::forRoute(route, ConnectionSettings{}, false);
    QCOMPARE(targets.size(), 1);
    QVERIFY(!targets.first().preference.has_value());
    QCOMPARE(targets.first().settings.serverName, QStringLiteral("plain.test"));
}

void TestCheckPlan::nothingToCheck()
{
    MailRoute nullMx;
    nullMx.kind = MailRoute::Kind::NullMx;
    QVERIFY(CheckPlan::forRoute(nullMx, ConnectionSettings{}, true).isEmpty());
    MailRoute failed;
    QVERIFY(CheckPlan::forRoute(failed, ConnectionSettings{}, false).isEmpty());
}

void TestCheckPlan::matrixForHost()
{
    ConnectionSettings base;
    base.host = QStringLiteral("mail.example.test");
    base.caFile = QStringLiteral("/tmp/ca.pem");
    const QList<CheckTarget> targets = CheckPlan::matrixForHost(base);
    QCOMPARE(targets.size(), 4);
    for (const CheckTarget &target : targets) {
        QCOMPARE(target.settings.host, QStringLiteral("mail.example.test"));
        QCOMPARE(target.settings.caFile, QStringLiteral("/tmp/ca.pem"));
        QVERIFY(target.settings.serverName.isEmpty());
    }
    QCOMPARE(targets.last().settings.security, SecurityMode::Implicit);
}

void TestCheckPlan::checksSendNoSecretsNorMessages()
{
    ConnectionSettings base;
    base.auth.mechanism = QStringLiteral("PLAIN");
    base.auth.user = QStringLiteral("alice");
    base.auth.password = QStringLiteral("canary-secret");
    base.message.to = QStringList{QStringLiteral("bob@example.test")};
    base.interactive = true;
    for (const CheckTarget &target : CheckPlan::forRoute(twoExchangers(), base, true)) {
        QVERIFY(target.settings.auth.mechanism.isEmpty());
        QVERIFY(target.settings.auth.password.isEmpty());
        QVERIFY(!target.settings.message.isRequested());
        QVERIFY(!target.settings.interactive);
    }
}

void TestCheckPlan::labels()
{
    const QList<CheckTarget> targets = CheckPlan::forRoute(twoExchangers(), ConnectionSettings{}, false);
    QCOMPARE(targets.at(0).label(), QStringLiteral("mx1.example.test 127.0.0.2:25 starttls"));
    QCOMPARE(targets.at(1).label(), QStringLiteral("mx1.example.test [::1]:25 starttls"));
    CheckTarget profile;
    profile.profile = QStringLiteral("Office relay");
    QCOMPARE(profile.label(), QStringLiteral("Office relay"));
}

QTEST_APPLESS_MAIN(TestCheckPlan)
#include "tst_checkplan.moc"
