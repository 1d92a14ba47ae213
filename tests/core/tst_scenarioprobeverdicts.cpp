#include "core/protocol/replyparser.h"
#include "core/scenario/addressdisclosure.h"
#include "core/scenario/probeverdicts.h"

#include <QTest>

using namespace Smtp;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Smtp::SecurityMode)
Q_DECLARE_METATYPE(Smtp::Probe)
Q_DECLARE_METATYPE(Smtp::Finding::Verdict)
Q_DECLARE_METATYPE(Smtp::AddressDisclosure::Answer)

namespace
{

using Verdict = Finding::Verdict;

Reply parse(const QByteArray &bytes)
{
    ReplyParser parser;
    if (!parser.feed(bytes) || !parser.hasReply())
        qFatal("test reply does not parse: %s", bytes.constData());
    return parser.takeReply();
}

// Empty bytes: the step got no reply.
void addReply(ProbeObservation &observation, ProbeStepRole role, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        observation.replies[role] = parse(bytes);
}

void check(const Finding &finding, Probe probe, Verdict verdict, const QString &text)
{
    QCOMPARE(finding.probe, probe);
    QVERIFY2(finding.text.contains(text), qPrintable(finding.text));
    QVERIFY2(finding.verdict == verdict, qPrintable(finding.toTextLine()));
}

const QByteArray ehloWithStartTls("250-mx.example\r\n250-PIPELINING\r\n250 STARTTLS\r\n");
const QByteArray ehloWithoutStartTls("250-mx.example\r\n250 PIPELINING\r\n");

} // namespace

class TestScenarioProbeVerdicts final : public QObject
{
    Q_OBJECT

private slots:
    void startTlsRequired_data();
    void startTlsRequired();
    void authBeforeTls_data();
    void authBeforeTls();
    void openRelay_data();
    void openRelay();
    void classify_data();
    void classify();
    void addressDisclosure_data();
    void addressDisclosure();
    void tlsVersions_data();
    void tlsVersions();
    void judgeDispatches();
};

void TestScenarioProbeVerdicts::startTlsRequired_data()
{
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("text");

    const SecurityMode none = SecurityMode::None;
    QTest::addRow("530 5.7.0 refuses") << none << 587 << ehloWithStartTls
                                       << QByteArray("530 5.7.0 Must issue a STARTTLS command first\r\n")
                                       << Verdict::Pass << u"refuses MAIL FROM before STARTTLS (530 5.7.0"_s;
    QTest::addRow("5.7.1 refuses") << none << 587 << ehloWithStartTls << QByteArray("550 5.7.1 TLS required\r\n")
                                   << Verdict::Pass << u"refuses MAIL FROM before STARTTLS"_s;
    QTest::addRow("refused, but STARTTLS not offered")
        << none << 587 << ehloWithoutStartTls << QByteArray("530 5.7.0 Must issue a STARTTLS command first\r\n")
        << Verdict::Warn << u"does not offer STARTTLS"_s;
    QTest::addRow("accepted on a submission port")
        << none << 587 << ehloWithStartTls << QByteArray("250 2.1.0 Ok\r\n") << Verdict::Fail
        << u"accepts MAIL FROM before STARTTLS (250 2.1.0 Ok): messages can travel in clear text. Refuse mail on "
           u"port 587"_s;
    QTest::addRow("accepted without STARTTLS offered")
        << none << 2525 << ehloWithoutStartTls << QByteArray("250 Ok\r\n") << Verdict::Fail
        << u"does not even offer STARTTLS"_s;
    QTest::addRow("accepted on port 25, a public MX")
        << none << 25 << ehloWithStartTls << QByteArray("250 Ok\r\n") << Verdict::Warn << u"RFC 3207 §4"_s;
    QTest::addRow("sender refused for another reason")
        << none << 587 << ehloWithStartTls << QByteArray("553 5.1.8 Sender domain does not exist\r\n") << Verdict::Warn
        << u"not for want of TLS (553 5.1.8"_s;
    QTest::addRow("temporary refusal") << none << 587 << ehloWithStartTls << QByteArray("451 4.3.0 Try later\r\n")
                                       << Verdict::Warn << u"Not conclusive"_s;
    QTest::addRow("no reply to MAIL") << none << 587 << ehloWithStartTls << QByteArray() << Verdict::Warn
                                      << u"Not checked: the connection was lost"_s;
    QTest::addRow("implicit TLS") << SecurityMode::Implicit << 465 << QByteArray() << QByteArray()
                                  << Verdict::NotApplicable << u"implicit TLS"_s;
    QTest::addRow("STARTTLS in the settings changes nothing")
        << SecurityMode::StartTls << 587 << ehloWithStartTls << QByteArray("250 Ok\r\n") << Verdict::Fail
        << u"accepts MAIL FROM before STARTTLS"_s;
}

void TestScenarioProbeVerdicts::startTlsRequired()
{
    QFETCH(SecurityMode, security);
    QFETCH(int, port);
    QFETCH(QByteArray, ehlo);
    QFETCH(QByteArray, mail);
    QFETCH(Verdict, verdict);
    QFETCH(QString, text);
    ProbeObservation observation;
    addReply(observation, ProbeStepRole::PlaintextEhlo, ehlo);
    addReply(observation, ProbeStepRole::MailBeforeTls, mail);
    observation.stoppedBecause = mail.isEmpty() ? u"the connection was lost"_s : QString();
    ProbeContext context;
    context.security = security;
    context.port = port;
    check(ProbeVerdicts::startTlsRequired(observation, context), Probe::StartTlsRequired, verdict, text);
}

void TestScenarioProbeVerdicts::authBeforeTls_data()
{
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("text");

    const SecurityMode none = SecurityMode::None;
    QTest::addRow("no AUTH") << none << ehloWithStartTls << Verdict::Pass << u"offers no AUTH before TLS"_s;
    QTest::addRow("PLAIN and LOGIN") << none << QByteArray("250-mx\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n")
                                     << Verdict::Fail << u"offers AUTH before TLS (PLAIN, LOGIN)"_s;
    QTest::addRow("old AUTH= form") << none << QByteArray("250-mx\r\n250 AUTH=LOGIN\r\n") << Verdict::Fail
                                    << u"(LOGIN)"_s;
    QTest::addRow("a bearer token") << none << QByteArray("250-mx\r\n250 AUTH XOAUTH2\r\n") << Verdict::Fail
                                    << u"password or token in clear text"_s;
    QTest::addRow("an unknown mechanism counts as clear text")
        << none << QByteArray("250-mx\r\n250 AUTH X-NEW\r\n") << Verdict::Fail << u"(X-NEW)"_s;
    QTest::addRow("challenge-response only")
        << none << QByteArray("250-mx\r\n250 AUTH CRAM-MD5 SCRAM-SHA-256 SCRAM-SHA-256-PLUS\r\n") << Verdict::Warn
        << u"challenge-response mechanisms only (CRAM-MD5, SCRAM-SHA-256, SCRAM-SHA-256-PLUS)"_s;
    QTest::addRow("challenge-response beside PLAIN")
        << none << QByteArray("250-mx\r\n250 AUTH CRAM-MD5 PLAIN\r\n") << Verdict::Fail << u"(CRAM-MD5, PLAIN)"_s;
    QTest::addRow("AUTH without mechanisms")
        << none << QByteArray("250-mx\r\n250 AUTH\r\n") << Verdict::Warn << u"without naming a mechanism"_s;
    QTest::addRow("EHLO refused") << none << QByteArray("502 5.5.1 no\r\n") << Verdict::Warn
                                  << u"refused EHLO before TLS (502 5.5.1 no)"_s;
    QTest::addRow("no EHLO reply") << none << QByteArray() << Verdict::Warn << u"Not checked"_s;
    QTest::addRow("implicit TLS") << SecurityMode::Implicit << QByteArray() << Verdict::NotApplicable
                                  << u"nothing is offered before TLS"_s;
}

void TestScenarioProbeVerdicts::authBeforeTls()
{
    QFETCH(SecurityMode, security);
    QFETCH(QByteArray, ehlo);
    QFETCH(Verdict, verdict);
    QFETCH(QString, text);
    ProbeObservation observation;
    addReply(observation, ProbeStepRole::PlaintextEhlo, ehlo);
    ProbeContext context;
    context.security = security;
    check(ProbeVerdicts::authBeforeTls(observation, context), Probe::AuthBeforeTls, verdict, text);
}

void TestScenarioProbeVerdicts::openRelay_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QByteArray>("rcpt");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("text");

    const QByteArray ok("250 2.1.0 Ok\r\n");
    QTest::addRow("250 relays") << QString() << ok << QByteArray("250 2.1.5 Ok\r\n") << Verdict::Fail
                                << u"accepted RCPT TO:<probe@example.com> (250 2.1.5 Ok): it relays"_s;
    QTest::addRow("251 relays") << QString() << ok << QByteArray("251 will forward\r\n") << Verdict::Fail
                                << u"No message was sent: RSET followed."_s;
    QTest::addRow("relay access denied") << QString() << ok
                                         << QByteArray("554 5.7.1 <probe@example.com>: Relay access denied\r\n")
                                         << Verdict::Pass << u"it does not relay"_s;
    QTest::addRow("550 without an enhanced code") << QString() << ok << QByteArray("550 relaying denied\r\n")
                                                  << Verdict::Pass << u"refused RCPT TO:<probe@example.com>"_s;
    QTest::addRow("bad destination domain") << QString() << ok << QByteArray("550 5.1.2 Domain not found\r\n")
                                            << Verdict::Warn << u"for its domain (550 5.1.2"_s;
    QTest::addRow("null MX") << QString() << ok << QByteArray("556 5.1.10 Domain does not accept mail\r\n")
                             << Verdict::Warn << u"not as relaying"_s;
    QTest::addRow("greylisted") << QString() << ok << QByteArray("450 4.7.1 Greylisted, try later\r\n") << Verdict::Warn
                                << u"Not conclusive"_s;
    QTest::addRow("sender refused first")
        << QString() << QByteArray("553 5.7.1 Sender rejected\r\n") << QByteArray("503 5.5.1 need MAIL\r\n")
        << Verdict::Warn << u"refused MAIL FROM:<probe@example.org> (553 5.7.1"_s;
    QTest::addRow("no reply to RCPT") << QString() << ok << QByteArray() << Verdict::Warn << u"Not checked"_s;
    QTest::addRow("the outside address given") << u"x@elsewhere.example"_s << ok << QByteArray("250 2.1.5 Ok\r\n")
                                               << Verdict::Fail << u"RCPT TO:<x@elsewhere.example>"_s;
}

void TestScenarioProbeVerdicts::openRelay()
{
    QFETCH(QString, recipient);
    QFETCH(QByteArray, mail);
    QFETCH(QByteArray, rcpt);
    QFETCH(Verdict, verdict);
    QFETCH(QString, text);
    ProbeObservation observation;
    addReply(observation, ProbeStepRole::RelayMail, mail);
    addReply(observation, ProbeStepRole::RelayRcpt, rcpt);
    ProbeContext context;
    context.outsideRecipient = recipient;
    check(ProbeVerdicts::openRelay(observation, context), Probe::OpenRelay, verdict, text);
}

void TestScenarioProbeVerdicts::classify_data()
{
    using Answer = AddressDisclosure::Answer;
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Answer>("answer");

    QTest::addRow("250") << QByteArray("250 Postmaster <postmaster@mx.example>\r\n") << Answer::Confirmed;
    QTest::addRow("251") << QByteArray("251 User not local; will forward to <a@b>\r\n") << Answer::Confirmed;
    QTest::addRow("252") << QByteArray("252 2.0.0 Cannot VRFY user\r\n") << Answer::Unconfirmed;
    QTest::addRow("550 user unknown") << QByteArray("550 5.1.1 User unknown\r\n") << Answer::NoSuchMailbox;
    QTest::addRow("550 without enhanced code") << QByteArray("550 No such user\r\n") << Answer::NoSuchMailbox;
    QTest::addRow("551 not local") << QByteArray("551 User not local; please try <a@b>\r\n") << Answer::NoSuchMailbox;
    QTest::addRow("553 mailbox name") << QByteArray("553 5.1.3 Bad address\r\n") << Answer::NoSuchMailbox;
    QTest::addRow("550 5.7.1 policy") << QByteArray("550 5.7.1 Not allowed\r\n") << Answer::Refused;
    QTest::addRow("502 disabled") << QByteArray("502 5.5.1 VRFY command is disabled\r\n") << Answer::Refused;
    QTest::addRow("500 unknown command") << QByteArray("500 5.5.2 what\r\n") << Answer::Refused;
    QTest::addRow("530 authenticate first") << QByteArray("530 5.7.0 Authentication required\r\n") << Answer::Refused;
    QTest::addRow("501 syntax") << QByteArray("501 5.5.4 Syntax\r\n") << Answer::Inconclusive;
    QTest::addRow("450 later") << QByteArray("450 4.7.1 later\r\n") << Answer::Inconclusive;
    QTest::addRow("354 nonsense") << QByteArray("354 what\r\n") << Answer::Inconclusive;
}

void TestScenarioProbeVerdicts::classify()
{
    QFETCH(QByteArray, reply);
    QFETCH(AddressDisclosure::Answer, answer);
    QCOMPARE(AddressDisclosure::classify(parse(reply)), answer);
}

void TestScenarioProbeVerdicts::addressDisclosure_data()
{
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<QByteArray>("known");
    QTest::addColumn<QByteArray>("madeUp");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("text");

    const QByteArray disabled("502 5.5.1 VRFY command is disabled\r\n");
    const QByteArray cannot("252 2.0.0 Cannot VRFY user\r\n");
    const QByteArray exists("250 2.0.0 postmaster <postmaster@mx.example>\r\n");
    const QByteArray unknown("550 5.1.1 User unknown\r\n");
    const QByteArray policy("550 5.7.1 Not for you\r\n");
    const Probe vrfy = Probe::Vrfy;
    const Probe expn = Probe::Expn;

    QTest::addRow("vrfy disabled") << vrfy << disabled << disabled << Verdict::Pass << u"VRFY is refused"_s;
    QTest::addRow("vrfy 252 to both") << vrfy << cannot << cannot << Verdict::Pass
                                      << u"VRFY answers without confirming anything"_s;
    QTest::addRow("vrfy 250 and 550: harvesting")
        << vrfy << exists << unknown << Verdict::Fail
        << u"VRFY tells an existing address from a made-up one (postmaster: 250 2.0.0 postmaster "
           u"<postmaster@mx.example>; no-such-mailbox-7q2xk9: 550 5.1.1 User unknown)"_s;
    QTest::addRow("vrfy 252 and 550: still harvesting")
        << vrfy << cannot << unknown << Verdict::Fail << u"tells an existing address"_s;
    QTest::addRow("vrfy policy and unknown differ")
        << vrfy << policy << unknown << Verdict::Fail << u"tells an existing address"_s;
    QTest::addRow("vrfy confirms anything")
        << vrfy << exists << exists << Verdict::Warn << u"confirms even a made-up address"_s;
    QTest::addRow("vrfy denies postmaster")
        << vrfy << unknown << unknown << Verdict::Warn << u"even postmaster does not exist"_s;
    QTest::addRow("vrfy needs authentication")
        << vrfy << QByteArray("530 5.7.0 Authentication required\r\n")
        << QByteArray("530 5.7.0 Authentication required\r\n") << Verdict::Pass << u"refused"_s;
    QTest::addRow("vrfy policy refusal to both") << vrfy << policy << policy << Verdict::Pass << u"refused"_s;
    QTest::addRow("vrfy temporary") << vrfy << QByteArray("450 4.3.2 later\r\n") << cannot << Verdict::Warn
                                    << u"Not conclusive"_s;
    QTest::addRow("vrfy syntax") << vrfy << QByteArray("501 5.5.4 syntax\r\n") << QByteArray("501 5.5.4 syntax\r\n")
                                 << Verdict::Warn << u"Not conclusive"_s;
    QTest::addRow("vrfy unanswered") << vrfy << exists << QByteArray() << Verdict::Warn << u"Not checked"_s;
    QTest::addRow("expn expands postmaster")
        << expn << QByteArray("250-Admin <admin@mx.example>\r\n250 Root <root@mx.example>\r\n") << unknown
        << Verdict::Fail << u"EXPN is answered"_s;
    QTest::addRow("expn confirms both") << expn << exists << exists << Verdict::Fail << u"EXPN is answered"_s;
    QTest::addRow("expn disabled") << expn << disabled << disabled << Verdict::Pass << u"EXPN is refused"_s;
    QTest::addRow("expn expands neither") << expn << unknown << unknown << Verdict::Pass << u"expands neither"_s;
    QTest::addRow("expn 252 to both") << expn << cannot << cannot << Verdict::Pass
                                      << u"EXPN answers without confirming"_s;
    QTest::addRow("expn differs") << expn << cannot << unknown << Verdict::Fail << u"EXPN tells an existing"_s;
}

void TestScenarioProbeVerdicts::addressDisclosure()
{
    QFETCH(Probe, probe);
    QFETCH(QByteArray, known);
    QFETCH(QByteArray, madeUp);
    QFETCH(Verdict, verdict);
    QFETCH(QString, text);
    ProbeObservation observation;
    addReply(observation, ProbeStepRole::KnownMailbox, known);
    addReply(observation, ProbeStepRole::MadeUpMailbox, madeUp);
    check(AddressDisclosure::judge(probe, observation), probe, verdict, text);
}

void TestScenarioProbeVerdicts::tlsVersions_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("attempts");
    QTest::addColumn<QString>("verdicts");

    QTest::addRow("only current versions")
        << 587 << u"1.0=refused 1.1=refused 1.2=accepted 1.3=accepted"_s << u"pass pass pass pass"_s;
    QTest::addRow("TLS 1.0 on a submission port")
        << 587 << u"1.0=accepted 1.1=accepted 1.2=accepted"_s << u"fail fail pass"_s;
    QTest::addRow("TLS 1.0 on a public MX") << 25 << u"1.0=accepted 1.1=refused"_s << u"warn pass"_s;
    QTest::addRow("not tryable here") << 587 << u"1.0=not-tryable 1.1=not-tryable 1.3=accepted"_s << u"n/a n/a pass"_s;
    QTest::addRow("TLS 1.3 only") << 587 << u"1.2=refused 1.3=accepted"_s << u"warn pass"_s;
    QTest::addRow("neither 1.2 nor 1.3") << 587 << u"1.2=refused 1.3=refused"_s << u"fail warn"_s;
    QTest::addRow("TLS 1.2 refused, 1.3 not reached") << 587 << u"1.2=refused 1.3=not-reached"_s << u"warn warn"_s;
    QTest::addRow("TLS 1.3 refused") << 587 << u"1.2=accepted 1.3=refused"_s << u"pass warn"_s;
}

void TestScenarioProbeVerdicts::tlsVersions()
{
    QFETCH(int, port);
    QFETCH(QString, attempts);
    QFETCH(QString, verdicts);
    const QHash<QString, TlsVersion> versions{{u"1.0"_s, TlsVersion::Tls1_0},
                                              {u"1.1"_s, TlsVersion::Tls1_1},
                                              {u"1.2"_s, TlsVersion::Tls1_2},
                                              {u"1.3"_s, TlsVersion::Tls1_3}};
    const QHash<QString, TlsVersionAttempt::Outcome> outcomes{
        {u"accepted"_s, TlsVersionAttempt::Outcome::Accepted},
        {u"refused"_s, TlsVersionAttempt::Outcome::Refused},
        {u"not-tryable"_s, TlsVersionAttempt::Outcome::NotTryable},
        {u"not-reached"_s, TlsVersionAttempt::Outcome::NotReached}};
    QList<TlsVersionAttempt> list;
    for (const QString &attempt : attempts.split(u' ')) {
        const QString version = attempt.section(u'=', 0, 0);
        const QString outcome = attempt.section(u'=', 1);
        list.append({versions.value(version), outcomes.value(outcome), u"detail of %1"_s.arg(version)});
    }
    ProbeContext context;
    context.port = port;
    const QList<Finding> findings = ProbeVerdicts::tlsVersions(list, context);
    QStringList actual;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings.at(i);
        QCOMPARE(finding.probe, Probe::TlsVersions);
        // Each finding names its version, so an administrator knows which to change.
        const QString version = tlsVersionName(list.at(i).version);
        QVERIFY2(finding.text.contains(u"TLS "_s + version), qPrintable(finding.text));
        if (list.at(i).outcome == TlsVersionAttempt::Outcome::NotTryable ||
            list.at(i).outcome == TlsVersionAttempt::Outcome::NotReached)
            QVERIFY2(finding.text.contains(list.at(i).detail), qPrintable(finding.text));
        actual.append(Finding::verdictName(finding.verdict));
    }
    QCOMPARE(actual.join(u' '), verdicts);
}

void TestScenarioProbeVerdicts::judgeDispatches()
{
    ProbeObservation observation;
    addReply(observation, ProbeStepRole::KnownMailbox, "502 disabled\r\n");
    addReply(observation, ProbeStepRole::MadeUpMailbox, "502 disabled\r\n");
    addReply(observation, ProbeStepRole::PlaintextEhlo, "250-mx\r\n250 AUTH PLAIN\r\n");
    const ProbeContext context;
    QCOMPARE(ProbeVerdicts::judge(Probe::Expn, observation, context).probe, Probe::Expn);
    QCOMPARE(ProbeVerdicts::judge(Probe::Vrfy, observation, context).verdict, Verdict::Pass);
    QCOMPARE(ProbeVerdicts::judge(Probe::AuthBeforeTls, observation, context).verdict, Verdict::Fail);
    QCOMPARE(ProbeVerdicts::judge(Probe::OpenRelay, observation, context).verdict, Verdict::Warn);
    QCOMPARE(ProbeVerdicts::judge(Probe::TlsVersions, observation, context).verdict, Verdict::NotApplicable);
}

QTEST_APPLESS_MAIN(TestScenarioProbeVerdicts)
#include "tst_scenarioprobeverdicts.moc"
