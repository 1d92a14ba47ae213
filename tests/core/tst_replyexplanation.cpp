#include "core/protocol/enhancedstatustable.h"
#include "core/protocol/reply.h"
#include "core/protocol/replyexplanation.h"
#include "core/protocol/replyparser.h"

#include <QSet>
#include <QTest>

using namespace Smtp;

class TestReplyExplanation : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void tableIsWellFormed();

private:
    static Reply parse(const QByteArray &bytes);
};

Reply TestReplyExplanation::parse(const QByteArray &bytes)
{
    ReplyParser parser;
    parser.feed(bytes);
    return parser.hasReply() ? parser.takeReply() : Reply{};
}

void TestReplyExplanation::explain_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArrayList>("contains");

    QTest::addRow("5.7.8 credentials") << QByteArray("535 5.7.8 Error: authentication failed\r\n")
                                       << QByteArrayList{"5.7.8 Authentication credentials invalid:",
                                                         "user name or password", "Permanent"};
    QTest::addRow("4.2.2 mailbox full, temporary")
        << QByteArray("452 4.2.2 Over quota\r\n") << QByteArrayList{"4.2.2 Mailbox full", "Temporary"};
    QTest::addRow("5.1.1 unknown user") << QByteArray("550 5.1.1 <nobody@example.test>: Recipient address rejected\r\n")
                                        << QByteArrayList{"5.1.1 Bad destination mailbox address", "does not exist"};
    QTest::addRow("5.7.1 relaying denied") << QByteArray("554 5.7.1 <x@elsewhere.test>: Relay access denied\r\n")
                                           << QByteArrayList{"5.7.1 Delivery not authorized", "relaying"};
    QTest::addRow("5.7.30 REQUIRETLS") << QByteArray("550 5.7.30 REQUIRETLS needed\r\n")
                                       << QByteArrayList{"REQUIRETLS support required", "RFC 8689"};
    QTest::addRow("unregistered detail") << QByteArray("550 5.7.99 Something new\r\n")
                                         << QByteArrayList{
                                                "5.7.99 Security or policy status (detail 99 is not registered)"};
    QTest::addRow("multi-line, enhanced code on the first")
        << QByteArray("550-5.2.1 The email account that you tried to reach is disabled.\r\n550 5.2.1 More text\r\n")
        << QByteArrayList{"5.2.1 Mailbox disabled"};
    QTest::addRow("530 without an enhanced code") << QByteArray("530 Must issue a STARTTLS command first\r\n")
                                                  << QByteArrayList{"530: Authentication required", "Permanent"};
    QTest::addRow("421 without an enhanced code")
        << QByteArray("421 Too many connections\r\n") << QByteArrayList{"421: Service not available", "Temporary"};
    QTest::addRow("unknown basic code") << QByteArray("599 What\r\n")
                                        << QByteArrayList{"599: a failure the server did not explain further"};
    QTest::addRow("success: nothing to explain") << QByteArray("250 2.0.0 OK\r\n") << QByteArrayList{};
    QTest::addRow("intermediate: nothing to explain") << QByteArray("354 Go ahead\r\n") << QByteArrayList{};
}

void TestReplyExplanation::explain()
{
    QFETCH(QByteArray, reply);
    QFETCH(QByteArrayList, contains);

    const QString explanation = ReplyExplanation::explain(parse(reply));
    if (contains.isEmpty()) {
        QVERIFY2(explanation.isEmpty(), qPrintable(explanation));
        return;
    }
    for (const QByteArray &part : contains)
        QVERIFY2(explanation.contains(QString::fromUtf8(part)), qPrintable(explanation));
}

void TestReplyExplanation::tableIsWellFormed()
{
    qsizetype count = 0;
    const EnhancedStatusEntry *entries = enhancedStatusEntries(&count);
    QVERIFY(count > 70);
    QSet<int> seen;
    int previous = -1;
    for (qsizetype index = 0; index < count; ++index) {
        const EnhancedStatusEntry &entry = entries[index];
        const int key = entry.subject * 1000 + entry.detail;
        QVERIFY2(key > previous,
                 qPrintable(QStringLiteral("X.%1.%2 out of order").arg(entry.subject).arg(entry.detail)));
        previous = key;
        QVERIFY(qstrlen(entry.name) > 0);
        QVERIFY(qstrlen(entry.advice) > 0);
        seen << entry.subject;
    }
    QCOMPARE(seen.size(), 8);
    const EnhancedStatusEntry *subjects = enhancedStatusSubjects(&count);
    QCOMPARE(count, 8);
    for (int subject = 0; subject < 8; ++subject)
        QCOMPARE(subjects[subject].subject, subject);
}

QTEST_APPLESS_MAIN(TestReplyExplanation)
#include "tst_replyexplanation.moc"
