#include "core/scenario/finding.h"
#include "core/scenario/probe.h"
#include "core/scenario/probeplan.h"

#include <QJsonDocument>
#include <QTest>

using namespace Smtp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Smtp::SecurityMode)
Q_DECLARE_METATYPE(Smtp::Probe)
Q_DECLARE_METATYPE(Smtp::Finding::Verdict)

namespace
{

QString roleName(ProbeStepRole role)
{
    switch (role) {
    case ProbeStepRole::None:
        return {};
    case ProbeStepRole::PlaintextEhlo:
        return u"{ehlo}"_s;
    case ProbeStepRole::MailBeforeTls:
        return u"{mail-before-tls}"_s;
    case ProbeStepRole::RelayMail:
        return u"{relay-mail}"_s;
    case ProbeStepRole::RelayRcpt:
        return u"{relay-rcpt}"_s;
    case ProbeStepRole::KnownMailbox:
        return u"{known}"_s;
    case ProbeStepRole::MadeUpMailbox:
        return u"{made-up}"_s;
    case ProbeStepRole::TlsHandshake:
        return u"{tls}"_s;
    }
    return {};
}

// "plaintext: ehlo{ehlo} / quit || as settings: …": each connection, how it connects, its steps and their roles.
QString summary(const ProbePlan &plan)
{
    QStringList connections;
    for (const ProbeConnection &connection : plan.connections) {
        QString how = connection.plaintext ? u"plaintext"_s : u"as settings"_s;
        if (connection.onlyTlsVersion)
            how = u"TLS %1 only"_s.arg(tlsVersionName(*connection.onlyTlsVersion));
        QStringList steps;
        for (const ProbeStep &step : connection.steps)
            steps.append(step.step.toText() + roleName(step.role));
        connections.append(how + u": "_s + steps.join(u" / "_s));
    }
    return connections.join(u" || "_s);
}

QStringList names(const QList<Probe> &probes)
{
    QStringList out;
    for (Probe probe : probes)
        out.append(probeName(probe));
    return out;
}

} // namespace

class TestScenarioProbe final : public QObject
{
    Q_OBJECT

private slots:
    void selection_data();
    void selection();
    void textLine_data();
    void textLine();
    void json();
    void outputIsNeutralised();
    void anyFailed();
    void plan_data();
    void plan();
    void noPlanSendsAMessageOrCredentials();
};

void TestScenarioProbe::selection_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("probes");
    QTest::addColumn<QString>("error");

    const QStringList all{u"starttls-required"_s, u"auth-before-tls"_s, u"open-relay"_s, u"vrfy"_s, u"expn"_s,
                          u"tls-versions"_s};
    QTest::addRow("one") << u"open-relay"_s << QStringList{u"open-relay"_s} << QString();
    QTest::addRow("two, in the order given") << u"expn,vrfy"_s << QStringList{u"expn"_s, u"vrfy"_s} << QString();
    QTest::addRow("any case, white space")
        << u" VRFY , Tls-Versions "_s << QStringList{u"vrfy"_s, u"tls-versions"_s} << QString();
    QTest::addRow("all") << u"all"_s << all << QString();
    QTest::addRow("all after a name keeps that name first")
        << u"vrfy,all"_s << QStringList{u"vrfy"_s, u"starttls-required"_s, u"auth-before-tls"_s, u"open-relay"_s,
                                        u"expn"_s, u"tls-versions"_s}
        << QString();
    QTest::addRow("duplicates once") << u"vrfy,VRFY,vrfy"_s << QStringList{u"vrfy"_s} << QString();
    QTest::addRow("nothing") << QString() << QStringList() << u"needs probe names"_s;
    QTest::addRow("trailing comma") << u"vrfy,"_s << QStringList() << u"needs probe names"_s;
    QTest::addRow("unknown name") << u"vrfy,open-relays"_s << QStringList()
                                  << u"Unknown probe \"open-relays\"; the probes are starttls-required, "
                                     u"auth-before-tls, open-relay, vrfy, expn, tls-versions, and all."_s;
    QTest::addRow("a name that is only a prefix") << u"tls"_s << QStringList() << u"Unknown probe \"tls\""_s;
    QTest::addRow("control character is shown escaped")
        << u"vrfy\x1b[2J"_s << QStringList() << u"Unknown probe \"vrfy\\x1B[2J\""_s;
}

void TestScenarioProbe::selection()
{
    QFETCH(QString, list);
    QFETCH(QStringList, probes);
    QFETCH(QString, error);
    const ProbeSelection selection = ProbeSelection::parse(list);
    if (error.isEmpty()) {
        QVERIFY2(selection.ok(), qPrintable(selection.error));
        QCOMPARE(names(selection.probes), probes);
    } else {
        QVERIFY(!selection.ok());
        QVERIFY2(selection.error.contains(error), qPrintable(selection.error));
    }
}

void TestScenarioProbe::textLine_data()
{
    QTest::addColumn<Finding::Verdict>("verdict");
    QTest::addColumn<QString>("line");

    QTest::addRow("pass") << Finding::Verdict::Pass << u"[PASS] open-relay: Checked."_s;
    QTest::addRow("warn") << Finding::Verdict::Warn << u"[WARN] open-relay: Checked."_s;
    QTest::addRow("fail") << Finding::Verdict::Fail << u"[FAIL] open-relay: Checked."_s;
    QTest::addRow("n/a") << Finding::Verdict::NotApplicable << u"[N/A] open-relay: Checked."_s;
}

void TestScenarioProbe::textLine()
{
    QFETCH(Finding::Verdict, verdict);
    QFETCH(QString, line);
    QCOMPARE((Finding{Probe::OpenRelay, verdict, u"Checked."_s}.toTextLine()), line);
}

void TestScenarioProbe::json()
{
    const Finding finding{Probe::StartTlsRequired, Finding::Verdict::NotApplicable, u"Implicit \"TLS\"."_s};
    QCOMPARE(QJsonDocument(finding.toJson()).toJson(QJsonDocument::Compact),
             QByteArray("{\"kind\":\"finding\",\"probe\":\"starttls-required\",\"text\":\"Implicit "
                        "\\\"TLS\\\".\",\"verdict\":\"n/a\"}"));
    const QStringList verdicts{Finding::verdictName(Finding::Verdict::Pass),
                               Finding::verdictName(Finding::Verdict::Warn),
                               Finding::verdictName(Finding::Verdict::Fail)};
    QCOMPARE(verdicts, (QStringList{u"pass"_s, u"warn"_s, u"fail"_s}));
}

void TestScenarioProbe::outputIsNeutralised()
{
    // Server text in a finding is escaped already; this is the defence in depth of the output.
    const Finding finding{Probe::Vrfy, Finding::Verdict::Fail, u"a\x1b[2Jb\u202Ec\nd"_s};
    const QString line = finding.toTextLine();
    const QString json = finding.toJson().value(u"text"_s).toString();
    for (const QString &text : {line, json}) {
        QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202E)) && !text.contains(u'\n'),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\\x1B[2J"_s), qPrintable(text));
    }
}

void TestScenarioProbe::anyFailed()
{
    const Finding pass{Probe::Vrfy, Finding::Verdict::Pass, {}};
    const Finding warn{Probe::Expn, Finding::Verdict::Warn, {}};
    const Finding na{Probe::TlsVersions, Finding::Verdict::NotApplicable, {}};
    const Finding fail{Probe::OpenRelay, Finding::Verdict::Fail, {}};
    QVERIFY(!Finding::anyFailed({}));
    QVERIFY(!Finding::anyFailed({pass, warn, na}));
    QVERIFY(Finding::anyFailed({pass, fail, warn}));
}

void TestScenarioProbe::plan_data()
{
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("plan");

    const QString tls = u"ehlo / starttls{tls} / quit"_s;
    QTest::addRow("starttls-required in plaintext")
        << Probe::StartTlsRequired << SecurityMode::None << QString()
        << u"plaintext: ehlo{ehlo} / send MAIL FROM:<probe@example.org>{mail-before-tls} / send RSET / quit"_s;
    QTest::addRow("starttls-required stays plaintext when the settings ask STARTTLS")
        << Probe::StartTlsRequired << SecurityMode::StartTls << u"me@example.net"_s
        << u"plaintext: ehlo{ehlo} / send MAIL FROM:<me@example.net>{mail-before-tls} / send RSET / quit"_s;
    QTest::addRow("starttls-required has nothing to do over implicit TLS")
        << Probe::StartTlsRequired << SecurityMode::Implicit << QString() << QString();
    QTest::addRow("auth-before-tls") << Probe::AuthBeforeTls << SecurityMode::StartTls << QString()
                                     << u"plaintext: ehlo{ehlo} / quit"_s;
    QTest::addRow("auth-before-tls over implicit TLS")
        << Probe::AuthBeforeTls << SecurityMode::Implicit << QString() << QString();
    QTest::addRow("open-relay with STARTTLS")
        << Probe::OpenRelay << SecurityMode::StartTls << QString()
        << u"as settings: ehlo / starttls / send MAIL FROM:<probe@example.org>{relay-mail} / send RCPT "
           u"TO:<probe@example.com>{relay-rcpt} / send RSET / quit"_s;
    QTest::addRow("open-relay over implicit TLS")
        << Probe::OpenRelay << SecurityMode::Implicit << u"a@b.example"_s
        << u"as settings: ehlo / send MAIL FROM:<a@b.example>{relay-mail} / send RCPT "
           u"TO:<probe@example.com>{relay-rcpt} / send RSET / quit"_s;
    QTest::addRow("vrfy") << Probe::Vrfy << SecurityMode::None << QString()
                          << u"as settings: ehlo / send VRFY postmaster{known} / send VRFY "
                             u"no-such-mailbox-7q2xk9{made-up} / quit"_s;
    QTest::addRow("expn with STARTTLS") << Probe::Expn << SecurityMode::StartTls << QString()
                                        << u"as settings: ehlo / starttls / send EXPN postmaster{known} / send EXPN "
                                           u"no-such-mailbox-7q2xk9{made-up} / quit"_s;
    QTest::addRow("tls-versions, one connection each")
        << Probe::TlsVersions << SecurityMode::None << QString()
        << u"TLS 1.0 only: %1 || TLS 1.1 only: %1 || TLS 1.2 only: %1 || TLS 1.3 only: %1"_s.arg(tls);
    QTest::addRow("tls-versions over implicit TLS")
        << Probe::TlsVersions << SecurityMode::Implicit << QString()
        << u"TLS 1.0 only: quit || TLS 1.1 only: quit || TLS 1.2 only: quit || TLS 1.3 only: quit"_s;
}

void TestScenarioProbe::plan()
{
    QFETCH(Probe, probe);
    QFETCH(SecurityMode, security);
    QFETCH(QString, sender);
    QFETCH(QString, plan);
    ProbeContext context;
    context.security = security;
    context.port = 587;
    context.sender = sender;
    const ProbePlan built = ProbePlan::forProbe(probe, context);
    QCOMPARE(built.probe, probe);
    QCOMPARE(summary(built), plan);
}

void TestScenarioProbe::noPlanSendsAMessageOrCredentials()
{
    for (Probe probe : allProbes()) {
        for (SecurityMode security : {SecurityMode::None, SecurityMode::StartTls, SecurityMode::Implicit}) {
            ProbeContext context;
            context.security = security;
            const ProbePlan plan = ProbePlan::forProbe(probe, context);
            for (const ProbeConnection &connection : plan.connections) {
                bool transactionOpen = false;
                for (const ProbeStep &step : connection.steps) {
                    const ScenarioStep::Kind kind = step.step.kind;
                    QVERIFY(kind != ScenarioStep::Kind::Message && kind != ScenarioStep::Kind::Auth);
                    QVERIFY(!step.step.expectation);
                    if (kind != ScenarioStep::Kind::Send)
                        continue;
                    // Every raw line is one the scenario language accepts, so the engine runs it as it runs them.
                    QVERIFY2(ScenarioStep::sendProblem(step.step.argument).isEmpty(), qPrintable(step.step.argument));
                    if (step.step.argument.startsWith(u"MAIL"_s))
                        transactionOpen = true;
                    if (step.step.argument == u"RSET"_s)
                        transactionOpen = false;
                }
                // A transaction is always reset before QUIT.
                QVERIFY2(!transactionOpen, qPrintable(probeName(probe)));
                QCOMPARE(connection.steps.last().step.kind, ScenarioStep::Kind::Quit);
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestScenarioProbe)
#include "tst_scenarioprobe.moc"
