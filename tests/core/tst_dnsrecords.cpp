#include "core/dns/dnsrecords.h"

#include <QTest>

using namespace Smtp;

class TestDnsRecords : public QObject
{
    Q_OBJECT

private slots:
    void parseMx_data();
    void parseMx();
    void parseAddress_data();
    void parseAddress();
    void nullMx();
    void preferenceOrder();
    void asciiDomain_data();
    void asciiDomain();
};

void TestDnsRecords::parseMx_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("preference");
    QTest::addColumn<QString>("exchange");

    QTest::addRow("preference 10, mx1.example.test") << QByteArray::fromHex("000a036d7831076578616d706c650474657374"
                                                                            "00")
                                                     << true << 10 << "mx1.example.test";
    QTest::addRow("preference 65535") << QByteArray::fromHex("ffff01610000").left(5) << true << 65535 << "a";
    QTest::addRow("root exchange (null MX)") << QByteArray::fromHex("000000") << true << 0 << "";
    QTest::addRow("too short") << QByteArray::fromHex("000a") << false << 0 << "";
    QTest::addRow("label past the end") << QByteArray::fromHex("000a056d7831") << false << 0 << "";
    QTest::addRow("no final root label") << QByteArray::fromHex("000a036d7831") << false << 0 << "";
    QTest::addRow("compression pointer") << QByteArray::fromHex("000ac00c") << false << 0 << "";
    QTest::addRow("trailing bytes") << QByteArray::fromHex("000a01610000") << false << 0 << "";
}

void TestDnsRecords::parseMx()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    QFETCH(int, preference);
    QFETCH(QString, exchange);

    const std::optional<MxRecord> record = DnsRecords::parseMx(rdata);
    QCOMPARE(record.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(record->preference, preference);
    QCOMPARE(record->exchange, exchange);
}

void TestDnsRecords::parseAddress_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<QString>("address");

    QTest::addRow("A") << QByteArray::fromHex("7f000002") << "127.0.0.2";
    QTest::addRow("AAAA") << QByteArray::fromHex("00000000000000000000000000000001") << "::1";
    QTest::addRow("five octets") << QByteArray::fromHex("7f00000201") << "";
    QTest::addRow("empty") << QByteArray() << "";
}

void TestDnsRecords::parseAddress()
{
    QFETCH(QByteArray, rdata);
    QFETCH(QString, address);

    const QHostAddress parsed = DnsRecords::parseAddress(rdata);
    QCOMPARE(parsed.isNull() ? QString() : parsed.toString(), address);
}

void TestDnsRecords::nullMx()
{
    QVERIFY(DnsRecords::isNullMx({MxRecord{0, {}}}));
    QVERIFY(!DnsRecords::isNullMx({MxRecord{10, {}}}));
    QVERIFY(!DnsRecords::isNullMx({MxRecord{0, QStringLiteral("mx.example.test")}}));
    // RFC 7505 §3: a root exchanger among other records is a misconfiguration, not a null MX.
    QVERIFY(!DnsRecords::isNullMx({MxRecord{0, {}}, MxRecord{10, QStringLiteral("mx.example.test")}}));
    QVERIFY(!DnsRecords::isNullMx({}));
}

void TestDnsRecords::preferenceOrder()
{
    const QList<MxRecord> sorted = DnsRecords::inPreferenceOrder({{20, QStringLiteral("b.example.test")},
                                                                  {10, QStringLiteral("z.example.test")},
                                                                  {20, QStringLiteral("A.example.test")}});
    const QList<MxRecord> expected = {{10, QStringLiteral("z.example.test")},
                                      {20, QStringLiteral("A.example.test")},
                                      {20, QStringLiteral("b.example.test")}};
    QCOMPARE(sorted, expected);
}

void TestDnsRecords::asciiDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ascii");

    QTest::addRow("plain") << "example.test"
                           << "example.test";
    QTest::addRow("final dot") << "example.test."
                               << "example.test";
    QTest::addRow("spaces around") << "  example.test "
                                   << "example.test";
    QTest::addRow("internationalised") << QStringLiteral("bücher.test") << "xn--bcher-kva.test";
    QTest::addRow("empty") << ""
                           << "";
    QTest::addRow("empty label") << "example..test"
                                 << "";
    QTest::addRow("label of 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".test") << "";
    QTest::addRow("name of 254") << QString(QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(4) +
                                        QStringLiteral("ab")
                                 << "";
}

void TestDnsRecords::asciiDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, ascii);

    QCOMPARE(DnsRecords::asciiDomain(domain), ascii);
}

QTEST_APPLESS_MAIN(TestDnsRecords)
#include "tst_dnsrecords.moc"
