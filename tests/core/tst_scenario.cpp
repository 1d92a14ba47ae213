#include "core/scenario/scenario.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;
using namespace Qt::StringLiterals;

namespace
{

// One line per step, "step => expect" when it has one; the banner's expectation first as "banner => expect".
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

QString lineNumbers(const Scenario &scenario)
{
    QStringList numbers;
    for (const ScenarioStep &step : scenario.steps) {
        QString number = QString::number(step.where.number);
        if (step.expectation)
            number += u':' + QString::number(step.expectation->where.number);
        numbers.append(number);
    }
    return numbers.join(u' ');
}

} // namespace

class TestScenario final : public QObject
{
    Q_OBJECT

private slots:
    void readFile();
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void reportsEveryProblem();
    void stopsAfterTooManyProblems();
    void keepsSourceTextAndFile();
    void sendKeepsTrailingWhiteSpace();
    void toTextParsesToTheSameScenario_data();
    void toTextParsesToTheSameScenario();
    void uses();
};

void TestScenario::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("lines");

    QTest::addRow("every step") << u"ehlo\nstarttls\nauth\nsend NOOP\nmessage\nquit\n"_s
                                << u"ehlo / starttls / auth / send NOOP / message / quit"_s << u"1 2 3 4 5 6"_s;
    QTest::addRow("expect after each step")
        << u"expect 220\nehlo\nexpect 250 ~ STARTTLS\nstarttls\nexpect 250\nquit\nexpect 221\n"_s
        << u"banner => 220 / ehlo => 250 ~ STARTTLS / starttls => 250 / quit => 221"_s << u"2:3 4:5 6:7"_s;
    QTest::addRow("only a banner expectation") << u"expect 554|421"_s << u"banner => 554|421"_s << QString();
    QTest::addRow("comments and blank lines")
        << u"# a check\n\n  # indented comment\nehlo\n\n# why\nexpect 250\n\t\nquit"_s << u"ehlo => 250 / quit"_s
        << u"4:7 9"_s;
    QTest::addRow("CRLF line ends") << u"ehlo\r\nexpect 250\r\nsend NOOP\r\n"_s << u"ehlo => 250 / send NOOP"_s
                                    << u"1:2 3"_s;
    QTest::addRow("byte order mark") << u"\uFEFFehlo\n"_s << u"ehlo"_s << u"1"_s;
    QTest::addRow("words in any case") << u"EHLO\nExpect 250\nSEND noop\nQuit"_s << u"ehlo => 250 / send noop / quit"_s
                                       << u"1:2 3 4"_s;
    QTest::addRow("white space around words")
        << u"  ehlo  \n\texpect\t250\t\n  send   RSET"_s << u"ehlo => 250 / send RSET"_s << u"1:2 3"_s;
    QTest::addRow("# inside a send and a regular expression")
        << u"send MAIL FROM:<a#b@example.org>\nexpect 250 ~ #1"_s << u"send MAIL FROM:<a#b@example.org> => 250 ~ #1"_s
        << u"1:2"_s;
    QTest::addRow("send with arguments and TAB") << u"send VRFY\tpostmaster"_s << u"send VRFY\tpostmaster"_s << u"1"_s;
    QTest::addRow("send of other verbs") << u"send HELO x\nsend RCPT TO:<a@b>\nsend XCLIENT ADDR=1.2.3.4"_s
                                         << u"send HELO x / send RCPT TO:<a@b> / send XCLIENT ADDR=1.2.3.4"_s
                                         << u"1 2 3"_s;
    QTest::addRow("send of a verb that only starts like a refused one")
        << u"send DATAX\nsend AUTHX\nsend QUITE"_s << u"send DATAX / send AUTHX / send QUITE"_s << u"1 2 3"_s;
    QTest::addRow("expect after quit") << u"quit\nexpect 221"_s << u"quit => 221"_s << u"1:2"_s;
    QTest::addRow("comment after quit") << u"quit\n# done\n"_s << u"quit"_s << u"1"_s;
    QTest::addRow("steps repeat") << u"ehlo\nehlo\nauth\nauth\nexpect 503"_s << u"ehlo / ehlo / auth / auth => 503"_s
                                  << u"1 2 3 4:5"_s;
}

void TestScenario::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, summary);
    QFETCH(QString, lines);
    const Scenario::ParseResult result = Scenario::parse(text, u"t.scenario"_s);
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.first().toString()));
    QCOMPARE(::summary(result.scenario), summary);
    QCOMPARE(lineNumbers(result.scenario), lines);
}

void TestScenario::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");

    QTest::addRow("empty file") << QString() << 1 << u"no step and no expect"_s;
    QTest::addRow("only comments") << u"# nothing\n\n"_s << 3 << u"no step and no expect"_s;
    QTest::addRow("unknown step") << u"ehlo\nhelo\n"_s << 2 << u"Unknown step \"helo\""_s;
    QTest::addRow("SMTP command without send") << u"NOOP"_s << 1 << u"Unknown step \"NOOP\""_s;
    QTest::addRow("argument to ehlo") << u"ehlo client.example"_s << 1 << u"ehlo takes nothing after it"_s;
    QTest::addRow("argument to auth") << u"auth PLAIN secret"_s << 1 << u"auth takes nothing after it"_s;
    QTest::addRow("comment after a step") << u"quit # bye"_s << 1 << u"comment must be on a line of its own"_s;
    QTest::addRow("send with nothing") << u"send"_s << 1 << u"send needs the command"_s;
    QTest::addRow("send with only white space") << u"send   \t"_s << 1 << u"send needs the command"_s;
    QTest::addRow("send STARTTLS") << u"send starttls"_s << 1 << u"Use the step starttls"_s;
    QTest::addRow("send AUTH") << u"send AUTH PLAIN AGFsaWNlAHNlY3JldA=="_s << 1 << u"Use the step auth"_s;
    QTest::addRow("send DATA") << u"send DATA"_s << 1 << u"Use the step message instead of sending DATA"_s;
    QTest::addRow("send BDAT") << u"send bdat 10 LAST"_s << 1 << u"Use the step message instead of sending BDAT"_s;
    QTest::addRow("send QUIT") << u"send QUIT"_s << 1 << u"Use the step quit"_s;
    QTest::addRow("lone CR inside send") << u"send NOOP\rRSET"_s << 1 << u"line break"_s;
    QTest::addRow("NUL") << u"send NOOP\0x"_s << 1 << u"The line"_s;
    QTest::addRow("escape character") << u"ehlo\nexpect 250 ~ \x1b[31m"_s << 2 << u"The line"_s;
    QTest::addRow("bad code") << u"ehlo\nexpect 2500"_s << 2 << u"\"2500\" is not a reply code"_s;
    QTest::addRow("bad regular expression") << u"expect 220 ~ ([a-"_s << 1 << u"not a valid regular expression"_s;
    QTest::addRow("expect without codes") << u"ehlo\nexpect"_s << 2 << u"expect needs a reply code"_s;
    QTest::addRow("second expect for a step")
        << u"ehlo\nexpect 250\n# comment\nexpect 2xx"_s << 4 << u"second expect for ehlo on line 1"_s;
    QTest::addRow("second expect for the banner")
        << u"expect 220\nexpect 2xx"_s << 2 << u"second expect for the banner"_s;
    QTest::addRow("step after quit") << u"quit\nehlo"_s << 2 << u"Nothing can follow quit"_s;
    QTest::addRow("second quit") << u"quit\nexpect 221\nquit"_s << 3 << u"Nothing can follow quit"_s;
}

void TestScenario::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const Scenario::ParseResult result = Scenario::parse(text, u"check.scenario"_s);
    QCOMPARE(result.errors.size(), 1);
    const ScenarioError &error = result.errors.first();
    QCOMPARE(error.where.number, line);
    QCOMPARE(error.where.fileName, u"check.scenario"_s);
    QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
    QVERIFY2(error.toString().startsWith(u"check.scenario:%1: "_s.arg(line)), qPrintable(error.toString()));
}

void TestScenario::reportsEveryProblem()
{
    // A wrong step does not hand its expect to the step before it, and the expect is still checked.
    const Scenario::ParseResult result =
        Scenario::parse(u"ehlo\nexpect 250\nbogus\nexpect 250\nsend\nexpect 9xx\nquit\n"_s, u"f"_s);
    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors.at(0).where.number, 3);
    QCOMPARE(result.errors.at(1).where.number, 5);
    QCOMPARE(result.errors.at(2).where.number, 6);
    QVERIFY(result.errors.at(2).problem.contains(u"\"9xx\""_s));
}

void TestScenario::stopsAfterTooManyProblems()
{
    QString text;
    for (int i = 0; i < 1000; ++i)
        text += u"nonsense\n"_s;
    const Scenario::ParseResult result = Scenario::parse(text, u"binary.bin"_s);
    QCOMPARE(result.errors.size(), 21);
    QVERIFY(result.errors.last().problem.contains(u"Too many problems"_s));
}

void TestScenario::keepsSourceTextAndFile()
{
    const Scenario::ParseResult result = Scenario::parse(u"expect 220\r\n  send  NOOP\nexpect 250 ~ ok\n"_s, u"x"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.scenario.bannerExpectation->where, (SourceLine{u"x"_s, 1, u"expect 220"_s}));
    const ScenarioStep &step = result.scenario.steps.first();
    QCOMPARE(step.where, (SourceLine{u"x"_s, 2, u"  send  NOOP"_s}));
    QCOMPARE(step.expectation->where, (SourceLine{u"x"_s, 3, u"expect 250 ~ ok"_s}));
    QCOMPARE(step.where.location(), u"x:2"_s);
}

void TestScenario::sendKeepsTrailingWhiteSpace()
{
    // A raw command is sent as written: a test of how a server treats trailing blanks needs them.
    const Scenario::ParseResult result = Scenario::parse(u"send NOOP  \r\n"_s, u"x"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.scenario.steps.first().argument, u"NOOP  "_s);
}

void TestScenario::toTextParsesToTheSameScenario_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("all kinds") << u"# c\nexpect 220 ~ (?i)esmtp\nEHLO\nexpect 250\nstarttls\nauth\nexpect "
                                  u"235|5.7.8\nsend  VRFY postmaster\nmessage\nexpect 2XX\nquit\n"_s;
    QTest::addRow("no banner expectation") << u"ehlo\nsend NOOP\nexpect 250 ~ a~b\n"_s;
}

void TestScenario::toTextParsesToTheSameScenario()
{
    QFETCH(QString, text);
    const Scenario::ParseResult first = Scenario::parse(text, u"a"_s);
    QVERIFY(first.ok());
    const Scenario::ParseResult second = Scenario::parse(first.scenario.toText(), u"b"_s);
    QVERIFY(second.ok());
    QCOMPARE(second.scenario, first.scenario);
    QCOMPARE(second.scenario.toText(), first.scenario.toText());
}

void TestScenario::uses()
{
    const Scenario scenario = Scenario::parse(u"ehlo\nsend NOOP\nquit"_s, u"x"_s).scenario;
    QVERIFY(scenario.uses(ScenarioStep::Kind::Send));
    QVERIFY(!scenario.uses(ScenarioStep::Kind::Message));
    QVERIFY(!scenario.uses(ScenarioStep::Kind::Auth));
}

void TestScenario::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("check.scenario"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ehlo\nexpect 250\nfrobnicate\n");
    file.close();
    const Scenario::ParseResult bad = Scenario::readFile(path, QStringLiteral("check.scenario"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorText().startsWith(QStringLiteral("check.scenario:3: ")), qPrintable(bad.errorText()));

    const Scenario::ParseResult missing =
        Scenario::readFile(dir.filePath(QStringLiteral("gone")), QStringLiteral("gone"));
    QVERIFY2(missing.errorText().startsWith(QStringLiteral("gone: cannot be read: ")), qPrintable(missing.errorText()));

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(Scenario::maxFileBytes + 1, '#'));
    file.close();
    const Scenario::ParseResult big = Scenario::readFile(path, QStringLiteral("big"));
    QVERIFY2(big.errorText().startsWith(QStringLiteral("big: larger than ")), qPrintable(big.errorText()));
}

QTEST_APPLESS_MAIN(TestScenario)
#include "tst_scenario.moc"
