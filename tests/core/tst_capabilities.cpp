#include "core/protocol/capabilities.h"

#include <QTest>

using Smtp::Capabilities;
using Smtp::Reply;

namespace
{

Reply ehloReply(int code, const QByteArrayList &lines)
{
    Reply reply;
    reply.code = code;
    reply.lines = lines;
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply.raw += QByteArray::number(code) + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i) + "\r\n";
    return reply;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromLatin1(name);
    return out;
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void caseInsensitiveLookup();
    void tooManyCapabilities();
    void controlCharactersEscaped();
    void notPositive_data();
    void notPositive();
};

void TestCapabilities::parse_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("startTls");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<qint64>("sizeLimit"); // -1: nullopt
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<int>("warnings");

    const QByteArray greeting = "mx.example.org Hello client.example";
    QTest::addRow("typical") << QByteArrayList{greeting,           "PIPELINING", "SIZE 35882577",      "STARTTLS",
                                               "AUTH PLAIN LOGIN", "8BITMIME",   "ENHANCEDSTATUSCODES"}
                             << 6 << true << true << qint64(35882577) << names({"PLAIN", "LOGIN"}) << 0;
    QTest::addRow("empty list") << QByteArrayList{greeting} << 0 << false << false << qint64(-1) << QStringList{} << 0;
    QTest::addRow("lower-case keywords") << QByteArrayList{greeting, "starttls", "pipelining", "auth plain"} << 3
                                         << true << true << qint64(-1) << names({"PLAIN"}) << 0;
    // RFC 1870: SIZE alone or SIZE 0 declares no fixed limit.
    QTest::addRow("SIZE without value") << QByteArrayList{greeting, "SIZE"} << 1 << false << false << qint64(0)
                                        << QStringList{} << 0;
    QTest::addRow("SIZE 0") << QByteArrayList{greeting, "SIZE 0"} << 1 << false << false << qint64(0) << QStringList{}
                            << 0;
    QTest::addRow("SIZE at qint64 max") << QByteArrayList{greeting, "SIZE 9223372036854775807"} << 1 << false << false
                                        << qint64(9223372036854775807) << QStringList{} << 0;
    QTest::addRow("SIZE overflow by one") << QByteArrayList{greeting, "SIZE 9223372036854775808"} << 1 << false << false
                                          << qint64(-1) << QStringList{} << 1;
    QTest::addRow("SIZE overflow") << QByteArrayList{greeting, "SIZE 99999999999999999999"} << 1 << false << false
                                   << qint64(-1) << QStringList{} << 1;
    QTest::addRow("SIZE negative") << QByteArrayList{greeting, "SIZE -1"} << 1 << false << false << qint64(-1)
                                   << QStringList{} << 1;
    QTest::addRow("SIZE hex") << QByteArrayList{greeting, "SIZE 0x10"} << 1 << false << false << qint64(-1)
                              << QStringList{} << 1;
    QTest::addRow("old AUTH= form") << QByteArrayList{greeting, "AUTH=PLAIN LOGIN"} << 1 << false << false << qint64(-1)
                                    << names({"PLAIN", "LOGIN"}) << 1;
    QTest::addRow("both AUTH forms merged")
        << QByteArrayList{greeting, "AUTH LOGIN PLAIN", "AUTH=LOGIN CRAM-MD5"} << 2 << false << false << qint64(-1)
        << names({"LOGIN", "PLAIN", "CRAM-MD5"}) << 1;
    QTest::addRow("AUTH mechanisms upper-cased and deduplicated")
        << QByteArrayList{greeting, "AUTH plain PLAIN Login"} << 1 << false << false << qint64(-1)
        << names({"PLAIN", "LOGIN"}) << 0;
    QTest::addRow("leading spaces") << QByteArrayList{greeting, "  PIPELINING"} << 1 << false << true << qint64(-1)
                                    << QStringList{} << 1;
    QTest::addRow("STARTTLS twice") << QByteArrayList{greeting, "STARTTLS", "starttls"} << 2 << true << false
                                    << qint64(-1) << QStringList{} << 1;
    QTest::addRow("second SIZE ignored") << QByteArrayList{greeting, "SIZE 100", "SIZE 200"} << 2 << false << false
                                         << qint64(100) << QStringList{} << 1;
    QTest::addRow("empty capability line")
        << QByteArrayList{greeting, "", "STARTTLS"} << 1 << true << false << qint64(-1) << QStringList{} << 1;
    QTest::addRow("invalid keyword") << QByteArrayList{greeting, "X_FOO"} << 1 << false << false << qint64(-1)
                                     << QStringList{} << 1;

    QByteArrayList many{greeting};
    QStringList mechanisms;
    QByteArray authLine = "AUTH";
    for (int i = 0; i < 60; ++i) {
        authLine += " MECH-" + QByteArray::number(i);
        mechanisms << QStringLiteral("MECH-%1").arg(i);
    }
    many << authLine;
    QTest::addRow("60 AUTH mechanisms") << many << 1 << false << false << qint64(-1) << mechanisms << 0;
}

void TestCapabilities::parse()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(int, count);
    QFETCH(bool, startTls);
    QFETCH(bool, pipelining);
    QFETCH(qint64, sizeLimit);
    QFETCH(QStringList, auth);
    QFETCH(int, warnings);

    const Capabilities caps = Capabilities::fromEhloReply(ehloReply(250, lines));
    QCOMPARE(caps.greetingLine(), lines.first());
    QCOMPARE(caps.all().size(), count);
    QCOMPARE(caps.isEmpty(), count == 0);
    QCOMPARE(caps.startTls(), startTls);
    QCOMPARE(caps.pipelining(), pipelining);
    QCOMPARE(caps.sizeLimit().value_or(-1), sizeLimit);
    QCOMPARE(caps.authMechanisms(), auth);
    QVERIFY2(caps.warnings().size() == warnings, qPrintable(caps.warnings().join(u'\n')));
    for (const Smtp::Capability &capability : caps.all())
        QCOMPARE(capability.keyword, capability.keyword.toUpper());
    // Deterministic: the same reply parses to the same result.
    QCOMPARE(Capabilities::fromEhloReply(ehloReply(250, lines)), caps);
}

void TestCapabilities::caseInsensitiveLookup()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        ehloReply(250, {"mx", "SmtpUtf8", "chunking", "Dsn", "8bitmime", "RequireTLS", "X-Custom a b"}));
    QVERIFY(caps.smtpUtf8());
    QVERIFY(caps.chunking());
    QVERIFY(caps.dsn());
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.requireTls());
    QVERIFY(!caps.enhancedStatusCodes());
    QVERIFY(caps.has(QStringLiteral("x-custom")));
    QCOMPARE(caps.parameters(QStringLiteral("X-CUSTOM")), (names({"a", "b"})));
    QVERIFY(caps.parameters(QStringLiteral("ABSENT")).isEmpty());
    QCOMPARE(caps.all().last().rawLine, QByteArray("X-Custom a b"));
}

void TestCapabilities::tooManyCapabilities()
{
    // hostile-servers C7: 10 000 capability lines are cut off to bound memory.
    QByteArrayList lines{"mx"};
    for (int i = 0; i < 10000; ++i)
        lines << "X-CAP-" + QByteArray::number(i);
    const Capabilities caps = Capabilities::fromEhloReply(ehloReply(250, lines));
    QCOMPARE(caps.all().size(), 1000);
    QCOMPARE(caps.warnings().size(), 1);
    QVERIFY(caps.has(QStringLiteral("X-CAP-999")));
    QVERIFY(!caps.has(QStringLiteral("X-CAP-1000")));
}

void TestCapabilities::controlCharactersEscaped()
{
    const Capabilities caps =
        Capabilities::fromEhloReply(ehloReply(250, {"mx", "STA\x1BRTTLS", "X-A\x07 p\x1B[2J", "<b>BOLD</b>"}));
    QCOMPARE(caps.all().size(), 3);
    QVERIFY(!caps.startTls());
    QCOMPARE(caps.all().at(0).keyword, QStringLiteral("STA\\x1BRTTLS"));
    QCOMPARE(caps.all().at(1).keyword, QStringLiteral("X-A\\x07"));
    QCOMPARE(caps.all().at(1).parameters, QStringList{QStringLiteral("p\\x1B[2J")});
    QCOMPARE(caps.all().at(2).keyword, QStringLiteral("<B>BOLD</B>"));
    QCOMPARE(caps.warnings().size(), 3);
}

void TestCapabilities::notPositive_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArrayList>("lines");

    // aiosmtplib 5.1.2: only parse the EHLO reply after validating success.
    QTest::addRow("502") << 502 << QByteArrayList{"command not recognized"};
    QTest::addRow("421 with keywords") << 421 << QByteArrayList{"mx", "AUTH PLAIN", "STARTTLS"};
    QTest::addRow("354") << 354 << QByteArrayList{"go", "STARTTLS"};
    QTest::addRow("empty 250") << 250 << QByteArrayList{};
}

void TestCapabilities::notPositive()
{
    QFETCH(int, code);
    QFETCH(QByteArrayList, lines);

    const Capabilities caps = Capabilities::fromEhloReply(ehloReply(code, lines));
    QVERIFY(caps.isEmpty());
    QVERIFY(caps.greetingLine().isEmpty());
    QVERIFY(caps.warnings().isEmpty());
    QVERIFY(!caps.startTls());
    QVERIFY(caps.authMechanisms().isEmpty());
    QCOMPARE(caps, Capabilities());
}

QTEST_APPLESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
