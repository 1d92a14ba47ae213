#include "core/scenario/recordedexchange.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenariorecorder.h"
#include "core/text/untrustedtext.h"

#include <QTest>

using namespace Smtp;
using namespace Qt::StringLiterals;

namespace
{

// A transcript written compactly: "S:" server line, "C:" client line, "C*:" client line recorded redacted,
// "T:" TLS event, "I:" info, "E:" error.
QList<TranscriptEvent> transcript(const QStringList &script)
{
    QList<TranscriptEvent> events;
    for (const QString &entry : script) {
        const qsizetype colon = entry.indexOf(u':');
        const QString tag = entry.left(colon);
        TranscriptEvent event;
        event.raw = entry.mid(colon + 1).toUtf8();
        event.text = escapeUntrustedBytes(event.raw);
        if (tag == u"S")
            event.kind = TranscriptEvent::Kind::Server;
        else if (tag == u"C" || tag == u"C*")
            event.kind = TranscriptEvent::Kind::Client;
        else if (tag == u"T")
            event.kind = TranscriptEvent::Kind::Tls;
        else if (tag == u"E")
            event.kind = TranscriptEvent::Kind::Error;
        else
            event.kind = TranscriptEvent::Kind::Info;
        event.redacted = tag == u"C*";
        events.append(event);
    }
    return events;
}

QString summary(const Scenario &scenario)
{
    QStringList lines;
    if (scenario.bannerExpectation)
        lines.append(u"banner => "_s + scenario.bannerExpectation->toString());
    for (const ScenarioStep &step : scenario.steps) {
        QString line = step.toText();
        if (step.expectation)
            line += u" => "_s + step.expectation->toString();
        lines.append(line);
    }
    return lines.join(u" / "_s);
}

const QStringList greeted{u"S:220 mx.example ESMTP"_s, u"C:EHLO client.example"_s, u"S:250-mx.example"_s,
                          u"S:250-PIPELINING"_s, u"S:250 STARTTLS"_s};

} // namespace

class TestScenarioRecorder final : public QObject
{
    Q_OBJECT

private slots:
    void record_data();
    void record();
    void pairsPipelinedRepliesInOrder();
    void startsWithAComment();
    void nothingToReplayWithoutABanner();
};

void TestScenarioRecorder::record_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::addRow("greeting and quit") << greeted + QStringList{u"C:QUIT"_s, u"S:221 bye"_s}
                                       << u"banner => 220 / ehlo => 250 / quit => 221"_s << QStringList()
                                       << QStringList();
    QTest::addRow("implicit TLS: banner after the handshake")
        << QStringList{u"T:TLS 1.3 established"_s, u"S:220 mx"_s, u"I:timing"_s, u"C:QUIT"_s, u"S:221 bye"_s}
        << u"banner => 220 / quit => 221"_s << QStringList() << QStringList();
    QTest::addRow("STARTTLS takes the EHLO after it")
        << greeted + QStringList{u"C:STARTTLS"_s,       u"S:220 go ahead"_s,
                                 u"T:handshake done"_s, u"C:EHLO client.example"_s,
                                 u"S:250-mx.example"_s, u"S:250 AUTH PLAIN"_s}
        << u"banner => 220 / ehlo => 250 / starttls => 250"_s << QStringList() << QStringList();
    QTest::addRow("STARTTLS refused") << greeted + QStringList{u"C:STARTTLS"_s, u"S:454 4.7.0 TLS not available"_s,
                                                               u"C:QUIT"_s, u"S:221 bye"_s}
                                      << u"banner => 220 / ehlo => 250 / starttls => 454 / quit => 221"_s
                                      << QStringList() << QStringList();
    QTest::addRow("STARTTLS whose handshake failed")
        << greeted + QStringList{u"C:STARTTLS"_s, u"S:220 go ahead"_s, u"E:handshake failed"_s}
        << u"banner => 220 / ehlo => 250 / starttls => 220"_s << QStringList() << QStringList();
    QTest::addRow("EHLO refused, then HELO")
        << QStringList{u"S:220 mx"_s, u"C:EHLO me"_s, u"S:502 no"_s, u"C:HELO me"_s, u"S:250 mx"_s}
        << u"banner => 220 / ehlo => 250"_s << QStringList() << QStringList();
    QTest::addRow("HELO only") << QStringList{u"S:220 mx"_s, u"C:HELO me"_s, u"S:250 mx"_s}
                               << u"banner => 220 / ehlo => 250"_s << QStringList() << QStringList();
    QTest::addRow("AUTH PLAIN with its initial response redacted")
        << greeted + QStringList{u"C*:AUTH PLAIN <redacted>"_s, u"S:235 2.7.0 ok"_s}
        << u"banner => 220 / ehlo => 250 / auth => 235"_s << QStringList() << QStringList{u"redacted"_s, u"PLAIN"_s};
    QTest::addRow("AUTH LOGIN with its continuation lines")
        << greeted + QStringList{u"C:AUTH LOGIN"_s,       u"S:334 VXNlcm5hbWU6"_s, u"C*:<redacted user name>"_s,
                                 u"S:334 UGFzc3dvcmQ6"_s, u"C*:<redacted>"_s,      u"S:235 ok"_s}
        << u"banner => 220 / ehlo => 250 / auth => 235"_s << QStringList()
        << QStringList{u"redacted"_s, u"VXNl"_s, u"LOGIN"_s};
    QTest::addRow("AUTH refused after a continuation")
        << greeted + QStringList{u"C:AUTH LOGIN"_s,
                                 u"S:334 VXNlcm5hbWU6"_s,
                                 u"C*:<redacted user name>"_s,
                                 u"S:535 5.7.8 bad"_s,
                                 u"C:NOOP"_s,
                                 u"S:250 ok"_s}
        << u"banner => 220 / ehlo => 250 / auth => 535 / send NOOP => 250"_s << QStringList()
        << QStringList{u"redacted"_s};
    QTest::addRow("AUTH cancelled with *")
        << greeted + QStringList{u"C:AUTH LOGIN"_s, u"S:334 VXNlcm5hbWU6"_s, u"C:*"_s, u"S:501 cancelled"_s}
        << u"banner => 220 / ehlo => 250 / auth => 501"_s << QStringList() << QStringList();
    QTest::addRow("message, one command at a time")
        << greeted + QStringList{u"C:MAIL FROM:<a@example.org>"_s,
                                 u"S:250 ok"_s,
                                 u"C:RCPT TO:<b@example.net>"_s,
                                 u"S:250 ok"_s,
                                 u"C:DATA"_s,
                                 u"S:354 go"_s,
                                 u"I:(message data)"_s,
                                 u"S:250 2.0.0 queued"_s}
        << u"banner => 220 / ehlo => 250 / message => 250"_s << QStringList() << QStringList{u"example.net"_s};
    QTest::addRow("message pipelined") << greeted + QStringList{u"C:MAIL FROM:<a@example.org>"_s,
                                                                u"C:RCPT TO:<b@example.net>"_s,
                                                                u"C:RCPT TO:<c@example.net>"_s,
                                                                u"C:DATA"_s,
                                                                u"S:250 ok"_s,
                                                                u"S:250 ok"_s,
                                                                u"S:550 no such user"_s,
                                                                u"S:354 go"_s,
                                                                u"S:250 queued"_s}
                                       << u"banner => 220 / ehlo => 250 / message => 250"_s << QStringList()
                                       << QStringList();
    QTest::addRow("message pipelined, MAIL refused")
        << greeted + QStringList{u"C:MAIL FROM:<a@example.org>"_s,
                                 u"C:RCPT TO:<b@example.net>"_s,
                                 u"C:DATA"_s,
                                 u"S:550 5.7.1 no"_s,
                                 u"S:503 need MAIL"_s,
                                 u"S:554 no valid recipients"_s,
                                 u"C:QUIT"_s,
                                 u"S:221 bye"_s}
        << u"banner => 220 / ehlo => 250 / message => 554 / quit => 221"_s << QStringList() << QStringList();
    QTest::addRow("message with BDAT") << greeted + QStringList{u"C:MAIL FROM:<a@example.org>"_s,
                                                                u"C:RCPT TO:<b@example.net>"_s,
                                                                u"C:BDAT 120 LAST"_s,
                                                                u"I:(120 bytes)"_s,
                                                                u"S:250 ok"_s,
                                                                u"S:250 ok"_s,
                                                                u"S:250 queued"_s}
                                       << u"banner => 220 / ehlo => 250 / message => 250"_s << QStringList()
                                       << QStringList{u"BDAT"_s};
    QTest::addRow("typed message text is not replayed")
        << greeted + QStringList{u"C:MAIL FROM:<a@example.org>"_s,
                                 u"S:250 ok"_s,
                                 u"C:RCPT TO:<b@example.net>"_s,
                                 u"S:250 ok"_s,
                                 u"C:DATA"_s,
                                 u"S:354 go"_s,
                                 u"C:Subject: private"_s,
                                 u"C:"_s,
                                 u"C:..dot"_s,
                                 u"C:."_s,
                                 u"S:250 queued"_s,
                                 u"C:QUIT"_s,
                                 u"S:221 bye"_s}
        << u"banner => 220 / ehlo => 250 / message => 250 / quit => 221"_s << QStringList()
        << QStringList{u"private"_s, u"dot"_s};
    QTest::addRow("MAIL that never reached DATA is sent as typed")
        << greeted + QStringList{u"C:MAIL FROM:<a@example.org>"_s, u"S:250 ok"_s, u"C:RCPT TO:<b@example.net>"_s,
                                 u"S:550 5.7.1 relaying denied"_s, u"C:RSET"_s,   u"S:250 ok"_s}
        << u"banner => 220 / ehlo => 250 / send MAIL FROM:<a@example.org> => 250 / send RCPT TO:<b@example.net> => "
           u"550 / send RSET => 250"_s
        << QStringList() << QStringList();
    QTest::addRow("typed commands, multi-line reply")
        << greeted + QStringList{u"C:NOOP"_s, u"S:250 ok"_s,       u"C:VRFY\tpostmaster"_s, u"S:252 maybe"_s,
                                 u"C:HELP"_s, u"S:214-commands"_s, u"S:214 end"_s}
        << u"banner => 220 / ehlo => 250 / send NOOP => 250 / send VRFY\tpostmaster => 252 / send HELP => 214"_s
        << QStringList() << QStringList();
    QTest::addRow("DATA outside a message is left out")
        << greeted + QStringList{u"C:DATA"_s, u"S:503 need MAIL"_s, u"C:NOOP"_s, u"S:250 ok"_s}
        << u"banner => 220 / ehlo => 250 / send NOOP => 250"_s << QStringList{u"# Left out \"DATA\""_s}
        << QStringList();
    QTest::addRow("DATA outside a message takes its text with it")
        << greeted + QStringList{u"C:DATA"_s, u"S:354 go"_s, u"C:hello secret text"_s, u"C:."_s, u"S:250 ok"_s,
                                 u"C:NOOP"_s, u"S:250 ok"_s}
        << u"banner => 220 / ehlo => 250 / send NOOP => 250"_s << QStringList{u"# Left out \"DATA\""_s}
        << QStringList{u"secret"_s};
    QTest::addRow("redacted line outside AUTH")
        << greeted + QStringList{u"C*:<redacted>"_s, u"S:501 what"_s, u"C:QUIT"_s, u"S:221 bye"_s}
        << u"banner => 220 / ehlo => 250 / quit => 221"_s << QStringList{u"# A line that held a secret"_s}
        << QStringList{u"<redacted>"_s};
    QTest::addRow("a line send refuses") << greeted + QStringList{u"C:  NOOP"_s, u"S:250 ok"_s}
                                         << u"banner => 220 / ehlo => 250"_s << QStringList{u"# Left out \"  NOOP\""_s}
                                         << QStringList();
    QTest::addRow("QUIT without a reply") << greeted + QStringList{u"C:QUIT"_s, u"E:timed out"_s}
                                          << u"banner => 220 / ehlo => 250 / quit"_s << QStringList() << QStringList();
    QTest::addRow("unsolicited reply is a comment, escaped")
        << greeted + QStringList{u"S:421 closing \x1b[2J now"_s} << u"banner => 220 / ehlo => 250"_s
        << QStringList{u"# The server sent 421 closing \\x1B[2J now"_s} << QStringList{u"\x1b"_s};
    QTest::addRow("malformed reply stops the recording")
        << QStringList{u"S:220 mx"_s, u"C:EHLO me"_s, u"S:2x0 what"_s, u"C:NOOP"_s, u"S:250 ok"_s}
        << u"banner => 220 / ehlo"_s << QStringList{u"malformed"_s} << QStringList{u"NOOP"_s};
    QTest::addRow("nothing but a banner")
        << QStringList{u"S:554 go away"_s} << u"banner => 554"_s << QStringList() << QStringList();
}

void TestScenarioRecorder::record()
{
    QFETCH(QStringList, script);
    QFETCH(QString, summary);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString text = ScenarioRecorder::record(transcript(script));
    // The round trip: what was recorded parses, and to the steps the session took.
    const Scenario::ParseResult parsed = Scenario::parse(text, u"recorded.scenario"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.isEmpty() ? text : parsed.errors.first().toString()));
    QCOMPARE(::summary(parsed.scenario), summary);
    for (const QString &part : contains)
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : lacks)
        QVERIFY2(!text.contains(part), qPrintable(text));
}

void TestScenarioRecorder::pairsPipelinedRepliesInOrder()
{
    using Role = RecordedExchange::Role;
    const QList<RecordedExchange> exchanges = RecordedExchange::fromTranscript(
        transcript({u"S:220 mx"_s, u"C:MAIL FROM:<a@b>"_s, u"C:RCPT TO:<c@d>"_s, u"C:DATA"_s, u"S:250 sender"_s,
                    u"S:251 forward"_s, u"S:354 go"_s, u"C:text"_s, u"C:."_s, u"S:250-queued"_s, u"S:250 as 1"_s}));
    QCOMPARE(exchanges.size(), 5);
    const QList<Role> roles{Role::Banner, Role::Command, Role::Command, Role::Command, Role::EndOfData};
    const QList<int> codes{220, 250, 251, 354, 250};
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        QCOMPARE(exchanges.at(i).role, roles.at(i));
        QVERIFY(exchanges.at(i).reply);
        QCOMPARE(exchanges.at(i).reply->code, codes.at(i));
    }
    QCOMPARE(exchanges.at(2).verb(), QByteArray("RCPT"));
    QCOMPARE(exchanges.at(4).reply->lines.size(), 2);
}

void TestScenarioRecorder::startsWithAComment()
{
    const QString text = ScenarioRecorder::record(transcript({u"S:220 mx"_s}));
    QVERIFY(text.startsWith(u"# "_s));
    QVERIFY(text.endsWith(u"expect 220\n"_s));
}

void TestScenarioRecorder::nothingToReplayWithoutABanner()
{
    const QString text = ScenarioRecorder::record(transcript({u"E:Connection refused"_s}));
    QVERIFY2(text.contains(u"nothing to replay"_s), qPrintable(text));
    QVERIFY(!Scenario::parse(text, u"x"_s).ok());
}

QTEST_APPLESS_MAIN(TestScenarioRecorder)
#include "tst_scenariorecorder.moc"
