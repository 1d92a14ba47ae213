// Reply parser throughput: a large EHLO reply, a flood of small replies, and a hostile endless continuation.

#include "protocol/replyparser.h"

#include <QTest>

using namespace Smtp;

class BenchReplyParser final : public QObject
{
    Q_OBJECT

private slots:
    void largeEhloReply();
    void manySmallReplies();
    void endlessContinuationIsCutOff();
};

void BenchReplyParser::largeEhloReply()
{
    QByteArray reply = "250-mx.example.org greets you\r\n";
    for (int i = 0; i < 1000; ++i)
        reply += "250-X-EXTENSION-" + QByteArray::number(i) + " with some parameters\r\n";
    reply += "250 SMTPUTF8\r\n";
    QBENCHMARK
    {
        ReplyParser parser;
        QVERIFY(parser.feed(reply));
        QVERIFY(parser.hasReply());
        QCOMPARE(parser.takeReply().lines.size(), 1002);
    }
}

void BenchReplyParser::manySmallReplies()
{
    const QByteArray stream = QByteArray("250 2.1.5 Recipient ok\r\n").repeated(10000);
    QBENCHMARK
    {
        ReplyParser parser;
        QVERIFY(parser.feed(stream));
        int count = 0;
        while (parser.hasReply()) {
            parser.takeReply();
            ++count;
        }
        QCOMPARE(count, 10000);
    }
}

void BenchReplyParser::endlessContinuationIsCutOff()
{
    // Hostile C2: a 64 MiB stream must be refused in linear time, at the cap.
    const QByteArray chunk = QByteArray("220-x\r\n").repeated(64 * 1024);
    QBENCHMARK
    {
        ReplyParser parser;
        bool ok = true;
        for (int i = 0; i < 150 && ok; ++i)
            ok = parser.feed(chunk);
        QVERIFY(!ok);
    }
}

QTEST_APPLESS_MAIN(BenchReplyParser)
#include "bench_replyparser.moc"
