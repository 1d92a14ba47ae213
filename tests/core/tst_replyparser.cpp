#include "core/protocol/replyparser.h"

#include <QTest>

using Smtp::Reply;
using Smtp::ReplyParser;
using Error = Smtp::ReplyParser::Error;

namespace
{

struct Outcome
{
    QList<Reply> replies;
    Error error = Error::None;
    QString errorString;
    qsizetype pendingBytes = 0;
    bool insideReply = false;
};

// Feeds the input in pieces of chunkSize bytes (0: all at once) and takes every reply.
Outcome feedAll(const QByteArray &input, qsizetype chunkSize, ReplyParser::Limits limits = {})
{
    ReplyParser parser(limits);
    Outcome outcome;
    const qsizetype step = chunkSize > 0 ? chunkSize : qMax<qsizetype>(input.size(), 1);
    for (qsizetype pos = 0; pos < input.size(); pos += step) {
        if (!parser.feed(QByteArrayView(input).sliced(pos, qMin(step, input.size() - pos))))
            break;
    }
    outcome.pendingBytes = parser.pendingBytes();
    while (parser.hasReply())
        outcome.replies.append(parser.takeReply());
    outcome.error = parser.error();
    outcome.errorString = parser.errorString();
    outcome.insideReply = parser.isInsideReply();
    return outcome;
}

bool sameReplies(const QList<Reply> &a, const QList<Reply> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).code != b.at(i).code || a.at(i).lines != b.at(i).lines || a.at(i).raw != b.at(i).raw ||
            a.at(i).enhanced != b.at(i).enhanced)
            return false;
    }
    return true;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void enhancedCode_data();
    void enhancedCode();
    void pendingBytesAfterStartTls_data();
    void pendingBytesAfterStartTls();
    void lineLength_data();
    void lineLength();
    void unterminatedStreamStopsAtCap();
    void replyLength_data();
    void replyLength();
    void endlessContinuation();
    void lineCount_data();
    void lineCount();
    void stopsAfterError();
    void resetClearsError();
    void textAndSummary();
};

void TestReplyParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QByteArrayList>("firstLines");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("errorContains");

    const QList<int> none;
    QTest::addRow("single line") << QByteArray("220 mx.example.org ESMTP\r\n") << QList<int>{220}
                                 << QByteArrayList{"mx.example.org ESMTP"} << Error::None << QString();
    QTest::addRow("multi-line 250 with continuation")
        << QByteArray("250-mx.example.org\r\n250-PIPELINING\r\n250 SIZE 1000\r\n") << QList<int>{250}
        << QByteArrayList{"mx.example.org", "PIPELINING", "SIZE 1000"} << Error::None << QString();
    QTest::addRow("bare code") << QByteArray("250\r\n") << QList<int>{250} << QByteArrayList{""} << Error::None
                               << QString();
    QTest::addRow("code and space") << QByteArray("250 \r\n") << QList<int>{250} << QByteArrayList{""} << Error::None
                                    << QString();
    QTest::addRow("bare code continuation")
        << QByteArray("250-\r\n250\r\n") << QList<int>{250} << QByteArrayList{"", ""} << Error::None << QString();
    QTest::addRow("unknown well-formed 254")
        << QByteArray("254 x\r\n") << QList<int>{254} << QByteArrayList{"x"} << Error::None << QString();
    QTest::addRow("unknown code 299, read by its first digit")
        << QByteArray("299 x\r\n") << QList<int>{299} << QByteArrayList{"x"} << Error::None << QString();
    QTest::addRow("unknown code 260") << QByteArray("260 x\r\n") << QList<int>{260} << QByteArrayList{"x"}
                                      << Error::None << QString();
    QTest::addRow("highest code 559") << QByteArray("559 x\r\n") << QList<int>{559} << QByteArrayList{"x"}
                                      << Error::None << QString();
    QTest::addRow("continuation text starting with digits")
        << QByteArray("250-234 Text beginning with numbers\r\n250 ok\r\n") << QList<int>{250}
        << QByteArrayList{"234 Text beginning with numbers", "ok"} << Error::None << QString();
    QTest::addRow("two replies in one segment")
        << QByteArray("220 Ready to start TLS\r\n250-example.org\r\n250 AUTH LOGIN\r\n") << QList<int>{220, 250}
        << QByteArrayList{"Ready to start TLS"} << Error::None << QString();
    QTest::addRow("tab and UTF-8 inside text") << QByteArray("250 a\tb \xC3\xA9\r\n") << QList<int>{250}
                                               << QByteArrayList{"a\tb \xC3\xA9"} << Error::None << QString();
    QTest::addRow("incomplete multi-line at end")
        << QByteArray("250-a\r\n") << none << QByteArrayList{} << Error::None << QString();
    QTest::addRow("incomplete line at end")
        << QByteArray("250 a") << none << QByteArrayList{} << Error::None << QString();

    // RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39.
    const auto malformed = [&](const char *name, const QByteArray &input, const QString &shown) {
        QTest::addRow("%s", name) << input << none << QByteArrayList{} << Error::MalformedLine << shown;
    };
    malformed("two digits", "25\r\n", QStringLiteral("25\\r"));
    malformed("four digits", "2500 OK\r\n", QStringLiteral("2500"));
    malformed("letter in code", "25O OK\r\n", QStringLiteral("25O"));
    malformed("no separator", "250OK\r\n", QStringLiteral("250O"));
    malformed("leading space", " 250 OK\r\n", QStringLiteral(" "));
    malformed("tab separator", "250\tOK\r\n", QStringLiteral("250\\t"));
    malformed("leading dash", "-250 x\r\n", QStringLiteral("-"));
    malformed("first digit 1", "150 x\r\n", QStringLiteral("1"));
    malformed("first digit 6", "650 x\r\n", QStringLiteral("6"));
    malformed("first digit 0", "099 x\r\n", QStringLiteral("0"));
    malformed("NUL bytes", QByteArray("\0\0\0\r\n", 5), QStringLiteral("\\0"));
    malformed("NUL inside text", QByteArray("250 a\0b\r\n", 9), QStringLiteral("250 a\\0"));
    malformed("bare LF", "250 ok\n", QStringLiteral("250 ok\\n"));
    malformed("bare CR", "250 ok\rmore\r\n", QStringLiteral("250 ok\\rm"));
    malformed("empty line", "\r\n", QStringLiteral("\\r"));
    malformed("HTTP answer", "HTTP/1.0 400\r\n", QStringLiteral("H"));

    QTest::addRow("error after a good reply") << QByteArray("220 ok\r\n25O\r\n") << QList<int>{220}
                                              << QByteArrayList{"ok"} << Error::MalformedLine << QStringLiteral("25O");
    // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
    QTest::addRow("code changes in multi-line") << QByteArray("250-first\r\n251 last\r\n") << none << QByteArrayList{}
                                                << Error::InconsistentCode << QStringLiteral("251");
}

void TestReplyParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, codes);
    QFETCH(QByteArrayList, firstLines);
    QFETCH(Error, error);
    QFETCH(QString, errorContains);

    const Outcome whole = feedAll(input, 0);
    QList<int> gotCodes;
    for (const Reply &reply : whole.replies)
        gotCodes.append(reply.code);
    QCOMPARE(gotCodes, codes);
    if (!codes.isEmpty())
        QCOMPARE(whole.replies.first().lines, firstLines);
    QCOMPARE(whole.error, error);
    if (error == Error::None) {
        QVERIFY(whole.errorString.isEmpty());
        // Before any reply is taken, every byte received is pending.
        QCOMPARE(whole.pendingBytes, input.size());
        QByteArray raw;
        for (const Reply &reply : whole.replies)
            raw += reply.raw;
        QVERIFY(input.startsWith(raw));
    } else {
        QVERIFY2(whole.errorString.contains(errorContains), qPrintable(whole.errorString));
    }

    // Any split of the stream gives the same result, down to one byte at a time.
    for (const qsizetype chunk : {1, 2, 3, 5, 7}) {
        const Outcome split = feedAll(input, chunk);
        QVERIFY2(sameReplies(split.replies, whole.replies), qPrintable(QStringLiteral("chunk %1").arg(chunk)));
        QCOMPARE(split.error, whole.error);
        QCOMPARE(split.errorString, whole.errorString);
        QCOMPARE(split.pendingBytes, whole.pendingBytes);
        QCOMPARE(split.insideReply, whole.insideReply);
    }
}

void TestReplyParser::enhancedCode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("enhanced");

    QTest::addRow("5.7.1") << QByteArray("550 5.7.1 Relaying denied\r\n") << QStringLiteral("5.7.1");
    QTest::addRow("2.0.0") << QByteArray("250 2.0.0 OK\r\n") << QStringLiteral("2.0.0");
    QTest::addRow("code alone") << QByteArray("250 2.1.5\r\n") << QStringLiteral("2.1.5");
    QTest::addRow("three-digit parts") << QByteArray("451 4.123.999 x\r\n") << QStringLiteral("4.123.999");
    QTest::addRow("from first line of multi-line")
        << QByteArray("550-5.7.1 first\r\n550 5.7.2 second\r\n") << QStringLiteral("5.7.1");
    QTest::addRow("class differs from reply") << QByteArray("550 4.7.1 x\r\n") << QString();
    QTest::addRow("class 3") << QByteArray("354 3.0.0 go\r\n") << QString();
    QTest::addRow("two parts") << QByteArray("250 2.0 x\r\n") << QString();
    QTest::addRow("four-digit subject") << QByteArray("250 2.1000.1 x\r\n") << QString();
    QTest::addRow("glued to text") << QByteArray("250 2.0.0x\r\n") << QString();
    QTest::addRow("not at start") << QByteArray("250 ok 2.0.0\r\n") << QString();
    QTest::addRow("no text") << QByteArray("250\r\n") << QString();
}

void TestReplyParser::enhancedCode()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, enhanced);

    for (const qsizetype chunk : {0, 1}) {
        const Outcome outcome = feedAll(input, chunk);
        QCOMPARE(outcome.error, Error::None);
        QCOMPARE(outcome.replies.size(), 1);
        QCOMPARE(outcome.replies.first().enhanced.toString(), enhanced);
        QCOMPARE(outcome.replies.first().enhanced.isValid(), !enhanced.isEmpty());
    }
}

void TestReplyParser::pendingBytesAfterStartTls_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("pendingAfterTake");

    // RFC 3207 §4.2: anything still queued when the 220 to STARTTLS is taken was injected.
    QTest::addRow("clean 220") << QByteArray("220 Ready to start TLS\r\n") << qsizetype(0);
    QTest::addRow("injected complete reply")
        << QByteArray("220 Ready to start TLS\r\n250-example.org\r\n250 AUTH LOGIN\r\n") << qsizetype(33);
    QTest::addRow("injected partial reply") << QByteArray("220 Go ahead\r\n250-mx.evil\r\n") << qsizetype(13);
    QTest::addRow("injected partial line") << QByteArray("220 Go ahead\r\n250") << qsizetype(3);
    QTest::addRow("injected lone CR") << QByteArray("220 Go ahead\r\n2") << qsizetype(1);
}

void TestReplyParser::pendingBytesAfterStartTls()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, pendingAfterTake);

    for (const qsizetype chunk : {0, 1}) {
        ReplyParser parser;
        const qsizetype step = chunk > 0 ? chunk : input.size();
        for (qsizetype pos = 0; pos < input.size(); pos += step)
            QVERIFY(parser.feed(QByteArrayView(input).sliced(pos, qMin(step, input.size() - pos))));
        QCOMPARE(parser.pendingBytes(), input.size());
        QVERIFY(parser.hasReply());
        const Reply reply = parser.takeReply();
        QCOMPARE(reply.code, 220);
        QCOMPARE(parser.pendingBytes(), pendingAfterTake);
    }
}

void TestReplyParser::lineLength_data()
{
    QTest::addColumn<qsizetype>("lineLength");
    QTest::addColumn<bool>("accepted");

    // RFC 5321 §4.5.3.1.5 says 512 including the code and CRLF; the default cap is 8192 (hostile-servers C1).
    QTest::addRow("512") << qsizetype(512) << true;
    QTest::addRow("513") << qsizetype(513) << true;
    QTest::addRow("4096") << qsizetype(4096) << true;
    QTest::addRow("exactly the cap 8192") << qsizetype(8192) << true;
    QTest::addRow("cap + 1 8193") << qsizetype(8193) << false;
    QTest::addRow("100000") << qsizetype(100000 + 6) << false;
}

void TestReplyParser::lineLength()
{
    QFETCH(qsizetype, lineLength);
    QFETCH(bool, accepted);

    const QByteArray line = "250 " + QByteArray(lineLength - 6, 'A') + "\r\n";
    QCOMPARE(line.size(), lineLength);
    for (const qsizetype chunk : {0, 1, 1000}) {
        const Outcome outcome = feedAll(line, chunk);
        QCOMPARE(outcome.error, accepted ? Error::None : Error::LineTooLong);
        QCOMPARE(outcome.replies.size(), accepted ? 1 : 0);
        if (!accepted) {
            // The message names the problem and shows a bounded sample of the bytes.
            QVERIFY(outcome.errorString.contains(QStringLiteral("250 AAA")));
            QVERIFY2(outcome.errorString.size() < 300, qPrintable(outcome.errorString));
        }
    }
}

void TestReplyParser::unterminatedStreamStopsAtCap()
{
    // hostile-servers C2: "250-" and then 64 MiB without CRLF. The parser must refuse once the cap is passed,
    // holding no more than the cap.
    ReplyParser parser;
    QVERIFY(parser.feed("250-"));
    const QByteArray block(1024, 'x');
    constexpr qsizetype total = 64 * 1024 * 1024;
    qsizetype fed = 4;
    while (fed < total && parser.feed(block))
        fed += block.size();
    QCOMPARE(parser.error(), Error::LineTooLong);
    QVERIFY2(fed <= ReplyParser::Limits().maxLineLength, qPrintable(QString::number(fed)));
    QVERIFY(parser.pendingBytes() <= ReplyParser::Limits().maxLineLength + 1);
}

void TestReplyParser::replyLength_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Error>("error");

    // 9 × 7 bytes + 7 = 70 = the cap below.
    const QByteArray continuation = QByteArray("250-x\r\n").repeated(9);
    QTest::addRow("exactly the cap") << QByteArray(continuation + "250 x\r\n") << Error::None;
    QTest::addRow("cap + 1") << QByteArray(continuation + "250 xx\r\n") << Error::ReplyTooLong;
    QTest::addRow("cap + 1 before the line ends") << QByteArray(continuation + "250 xxxxx") << Error::ReplyTooLong;
}

void TestReplyParser::replyLength()
{
    QFETCH(QByteArray, input);
    QFETCH(Error, error);

    ReplyParser::Limits limits;
    limits.maxReplyLength = 70;
    for (const qsizetype chunk : {0, 1, 4}) {
        const Outcome outcome = feedAll(input, chunk, limits);
        QCOMPARE(outcome.error, error);
        QCOMPARE(outcome.replies.size(), error == Error::None ? 1 : 0);
    }
}

void TestReplyParser::endlessContinuation()
{
    // hostile-servers C2: "220-x\r\n" forever stops at a bound, not when memory runs out.
    ReplyParser parser;
    const QByteArray block = QByteArray("220-x\r\n").repeated(1000);
    int rounds = 0;
    while (rounds < 10000 && parser.feed(block))
        ++rounds;
    QVERIFY(rounds < 10000);
    QCOMPARE(parser.error(), Error::TooManyLines);
    QVERIFY(!parser.hasReply());

    // Longer lines hit the total size first.
    ReplyParser second;
    const QByteArray longLines = QByteArray("220-" + QByteArray(1000, 'x') + "\r\n").repeated(100);
    rounds = 0;
    while (rounds < 10000 && second.feed(longLines))
        ++rounds;
    QVERIFY(rounds < 10000);
    QCOMPARE(second.error(), Error::ReplyTooLong);
    QVERIFY(second.pendingBytes() <= ReplyParser::Limits().maxReplyLength + 1);
}

void TestReplyParser::lineCount_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("exactly the cap") << 3 << true;
    QTest::addRow("cap + 1") << 4 << false;
}

void TestReplyParser::lineCount()
{
    QFETCH(int, lines);
    QFETCH(bool, accepted);

    const QByteArray input = QByteArray("250-a\r\n").repeated(lines - 1) + "250 b\r\n";
    ReplyParser::Limits limits;
    limits.maxLines = 3;
    for (const qsizetype chunk : {0, 1}) {
        const Outcome outcome = feedAll(input, chunk, limits);
        QCOMPARE(outcome.error, accepted ? Error::None : Error::TooManyLines);
        QCOMPARE(outcome.replies.size(), accepted ? 1 : 0);
        if (accepted)
            QCOMPARE(outcome.replies.first().lines.size(), lines);
    }
}

void TestReplyParser::stopsAfterError()
{
    ReplyParser parser;
    QVERIFY(!parser.feed("25O\r\n"));
    QVERIFY(parser.hasError());
    const QString message = parser.errorString();
    QVERIFY(!parser.feed("250 ok\r\n"));
    QVERIFY(!parser.feed(""));
    QVERIFY(!parser.hasReply());
    QCOMPARE(parser.errorString(), message);
}

void TestReplyParser::resetClearsError()
{
    ReplyParser parser;
    QVERIFY(parser.feed("250-a\r\n"));
    QVERIFY(parser.isInsideReply());
    QVERIFY(!parser.feed("\n"));
    parser.reset();
    QVERIFY(!parser.hasError());
    QVERIFY(parser.errorString().isEmpty());
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(!parser.isInsideReply());
    QVERIFY(parser.feed("221 bye\r\n"));
    QVERIFY(parser.hasReply());
    QCOMPARE(parser.takeReply().code, 221);
}

void TestReplyParser::textAndSummary()
{
    const Outcome outcome = feedAll(QByteArray("550-5.7.1 Relaying denied\r\n550 see \xC3\xA9 \x1B[31m\r\n250\r\n"), 0);
    QCOMPARE(outcome.replies.size(), 2);
    const Reply &denied = outcome.replies.first();
    QCOMPARE(denied.text(), QStringLiteral("5.7.1 Relaying denied\nsee é \\x1B[31m"));
    QCOMPARE(denied.summary(), QStringLiteral("550 5.7.1 Relaying denied"));
    QVERIFY(denied.isPermanentFailure());
    QCOMPARE(outcome.replies.at(1).summary(), QStringLiteral("250"));

    Reply escaped;
    escaped.code = 421;
    escaped.lines = {"bye \x1B[2J"};
    QCOMPARE(escaped.summary(), QStringLiteral("421 bye \\x1B[2J"));
}

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
