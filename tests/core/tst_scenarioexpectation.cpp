#include "core/protocol/replyparser.h"
#include "core/scenario/expectation.h"

#include <QTest>

using namespace Smtp;
using namespace Qt::StringLiterals;

namespace
{

Reply parse(const QByteArray &bytes)
{
    ReplyParser parser;
    if (!parser.feed(bytes) || !parser.hasReply())
        return {};
    return parser.takeReply();
}

Expectation expectation(const QString &text)
{
    QString problem;
    const std::optional<Expectation> parsed = Expectation::parse(text, &problem);
    if (!parsed)
        qFatal("test expectation \"%s\" does not parse: %s", qPrintable(text), qPrintable(problem));
    return *parsed;
}

} // namespace

class TestScenarioExpectation final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void refused_data();
    void refused();
    void canonicalText_data();
    void canonicalText();
    void forCode();
    void failureMessageNamesLineExpectationAndReply();
    void failureMessageEscapesServerText();
    void failureMessageSaysWhenOnlyTheTextFailed();
};

void TestScenarioExpectation::matches_data()
{
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("codeMatches");
    QTest::addColumn<bool>("textMatches");

    const QByteArray ehlo("250-mx.example greets you\r\n250-PIPELINING\r\n250-SIZE 1000\r\n250 STARTTLS\r\n");

    QTest::addRow("exact code") << u"250"_s << QByteArray("250 ok\r\n") << true << true;
    QTest::addRow("exact code differs") << u"250"_s << QByteArray("251 ok\r\n") << false << true;
    QTest::addRow("2xx takes 221") << u"2xx"_s << QByteArray("221 bye\r\n") << true << true;
    QTest::addRow("2xx refuses 354") << u"2xx"_s << QByteArray("354 go on\r\n") << false << true;
    QTest::addRow("upper-case X") << u"5XX"_s << QByteArray("554 no\r\n") << true << true;
    QTest::addRow("25x takes 252") << u"25x"_s << QByteArray("252 cannot verify\r\n") << true << true;
    QTest::addRow("25x refuses 221") << u"25x"_s << QByteArray("221 bye\r\n") << false << true;
    QTest::addRow("2x0 takes 220") << u"2x0"_s << QByteArray("220 ready\r\n") << true << true;
    QTest::addRow("enhanced equal") << u"5.7.0"_s << QByteArray("530 5.7.0 Must issue STARTTLS first\r\n") << true
                                    << true;
    QTest::addRow("enhanced differs in detail")
        << u"5.7.0"_s << QByteArray("550 5.7.1 Relaying denied\r\n") << false << true;
    QTest::addRow("enhanced absent from reply")
        << u"5.7.0"_s << QByteArray("530 Must issue STARTTLS first\r\n") << false << true;
    QTest::addRow("enhanced with three-digit parts")
        << u"4.123.456"_s << QByteArray("450 4.123.456 odd\r\n") << true << true;
    QTest::addRow("alternatives: first") << u"250|251"_s << QByteArray("250 ok\r\n") << true << true;
    QTest::addRow("alternatives: second") << u"250|251"_s << QByteArray("251 forwarding\r\n") << true << true;
    QTest::addRow("alternatives: none") << u"250|251"_s << QByteArray("550 no\r\n") << false << true;
    QTest::addRow("alternatives: code or enhanced")
        << u"535|5.7.8"_s << QByteArray("554 5.7.8 credentials refused\r\n") << true << true;
    QTest::addRow("text found") << u"250 ~ PIPELINING"_s << ehlo << true << true;
    QTest::addRow("text anchored at a continuation line") << u"250 ~ ^SIZE 1000$"_s << ehlo << true << true;
    QTest::addRow("text anchored, not a whole line") << u"250 ~ ^SIZE$"_s << ehlo << true << false;
    QTest::addRow("text is case-sensitive") << u"250 ~ pipelining"_s << ehlo << true << false;
    QTest::addRow("(?i) ignores case") << u"250 ~ (?i)pipelining"_s << ehlo << true << true;
    QTest::addRow("text excludes the code") << u"250 ~ ^250"_s << ehlo << true << false;
    QTest::addRow("code fails, text matches") << u"220 ~ STARTTLS"_s << ehlo << false << true;
    QTest::addRow("control characters are matched escaped")
        << u"550 ~ evil\\\\x1B\\[31m"_s << QByteArray("550 evil\x1b[31m\r\n") << true << true;
    QTest::addRow("raw control character never matches")
        << u"550 ~ evil\\x1B"_s << QByteArray("550 evil\x1b[31m\r\n") << true << false;
    QTest::addRow("UTF-8 text") << u"250 ~ grüßt"_s << QByteArray("250 mx grüßt\r\n") << true << true;
}

void TestScenarioExpectation::matches()
{
    QFETCH(QString, expect);
    QFETCH(QByteArray, reply);
    QFETCH(bool, codeMatches);
    QFETCH(bool, textMatches);
    const Reply parsed = parse(reply);
    QVERIFY(parsed.isValid());
    const Expectation e = expectation(expect);
    QCOMPARE(e.codeMatches(parsed), codeMatches);
    QCOMPARE(e.textMatches(parsed), textMatches);
    QCOMPARE(e.matches(parsed), codeMatches && textMatches);
}

void TestScenarioExpectation::refused_data()
{
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("problem");

    QTest::addRow("nothing") << u""_s << u"needs a reply code"_s;
    QTest::addRow("only a regular expression") << u"~ ready"_s << u"needs a reply code"_s;
    QTest::addRow("first digit 1") << u"1xx"_s << u"\"1xx\" is not a reply code"_s;
    QTest::addRow("first digit 6") << u"600"_s << u"\"600\" is not a reply code"_s;
    QTest::addRow("wildcard first digit") << u"x50"_s << u"\"x50\" is not a reply code"_s;
    QTest::addRow("four digits") << u"2500"_s << u"\"2500\" is not a reply code"_s;
    QTest::addRow("two digits") << u"25"_s << u"\"25\" is not a reply code"_s;
    QTest::addRow("letters") << u"ok"_s << u"\"ok\" is not a reply code"_s;
    QTest::addRow("non-ASCII digit") << QStringLiteral("25\u0663") << u"is not a reply code"_s;
    QTest::addRow("alternatives without |") << u"250 251"_s << u"\"250 251\" is not a reply code"_s;
    QTest::addRow("empty alternative") << u"250||251"_s << u"empty alternative"_s;
    QTest::addRow("trailing |") << u"250|"_s << u"empty alternative"_s;
    QTest::addRow("enhanced, two parts") << u"5.7"_s << u"\"5.7\" is not an enhanced status code"_s;
    QTest::addRow("enhanced, class 3") << u"3.7.0"_s << u"\"3.7.0\" is not an enhanced status code"_s;
    QTest::addRow("enhanced, four-digit subject") << u"5.1000.0"_s << u"is not an enhanced status code"_s;
    QTest::addRow("enhanced, wildcard") << u"5.7.x"_s << u"is not an enhanced status code"_s;
    QTest::addRow("nothing after ~") << u"250 ~  "_s << u"Nothing follows \"~\""_s;
    QTest::addRow("invalid regular expression") << u"250 ~ (ready"_s << u"is not a valid regular expression"_s;
    QTest::addRow("one bad alternative among good ones") << u"250|2y0|5.7.0"_s << u"\"2y0\" is not a reply code"_s;
}

void TestScenarioExpectation::refused()
{
    QFETCH(QString, expect);
    QFETCH(QString, problem);
    QString actual;
    QVERIFY(!Expectation::parse(expect, &actual));
    QVERIFY2(actual.contains(problem), qPrintable(actual));
}

void TestScenarioExpectation::canonicalText_data()
{
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("canonical");

    QTest::addRow("plain") << u"250"_s << u"250"_s;
    QTest::addRow("wildcards lower-cased") << u"2XX"_s << u"2xx"_s;
    QTest::addRow("spaces around |") << u"250 | 5.7.0"_s << u"250|5.7.0"_s;
    QTest::addRow("regular expression trimmed") << u"2xx   ~   ready now  "_s << u"2xx ~ ready now"_s;
    QTest::addRow("no space before ~") << u"2xx~ready"_s << u"2xx ~ ready"_s;
    QTest::addRow("~ inside the regular expression") << u"250 ~ a~b"_s << u"250 ~ a~b"_s;
    QTest::addRow("| inside the regular expression") << u"250|251 ~ a|b"_s << u"250|251 ~ a|b"_s;
}

void TestScenarioExpectation::canonicalText()
{
    QFETCH(QString, expect);
    QFETCH(QString, canonical);
    const Expectation e = expectation(expect);
    QCOMPARE(e.toString(), canonical);
    // The canonical text means the same.
    QCOMPARE(expectation(canonical), e);
}

void TestScenarioExpectation::forCode()
{
    const Expectation e = Expectation::forCode(354);
    QCOMPARE(e.toString(), QStringLiteral("354"));
    QVERIFY(e.matches(parse("354 go ahead\r\n")));
    QVERIFY(!e.matches(parse("250 ok\r\n")));
}

void TestScenarioExpectation::failureMessageNamesLineExpectationAndReply()
{
    Expectation e = expectation(QStringLiteral("250|251"));
    e.where = {QStringLiteral("check.scenario"), 7, QStringLiteral("expect 250|251")};
    const QString message = e.failureMessage(parse("550 5.7.1 Relaying denied\r\n"));
    QVERIFY2(message.startsWith(QStringLiteral("check.scenario:7: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("expect 250|251")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("550 5.7.1 Relaying denied")), qPrintable(message));
}

void TestScenarioExpectation::failureMessageEscapesServerText()
{
    Expectation e = expectation(QStringLiteral("250"));
    e.where = {QStringLiteral("a.scenario"), 2, {}};
    const QString message = e.failureMessage(parse("550 evil\x1b]0;owned\x07 \xe2\x80\xae text\r\n"));
    QVERIFY2(message.contains(QStringLiteral("\\x1B]0;owned\\x07")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("\\u202E")), qPrintable(message));
    for (const QChar ch : message)
        QVERIFY2(ch.unicode() >= 0x20 && ch.unicode() != 0x7f && ch != QChar(0x202E), qPrintable(message));
}

void TestScenarioExpectation::failureMessageSaysWhenOnlyTheTextFailed()
{
    Expectation e = expectation(QStringLiteral("250 ~ CHUNKING"));
    e.where = {QStringLiteral("a.scenario"), 3, {}};
    const QString message = e.failureMessage(parse("250-mx\r\n250 PIPELINING\r\n"));
    QVERIFY2(message.contains(QStringLiteral("regular expression")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("expect 250 ~ CHUNKING")), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestScenarioExpectation)
#include "tst_scenarioexpectation.moc"
