#include "core/connection/proxyheader.h"
#include "core/protocol/xclient.h"

#include <QTest>

using namespace Smtp;

/// The pure rules of the transport: PROXY header bytes and source addresses, XCLIENT lines.
class TestProxyHeader final : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray signature("\r\n\r\n\0\r\nQUIT\n", 12);
        QTest::addRow("v1 IPv4") << int(ProxyHeaderVersion::V1) << QStringLiteral("192.0.2.1")
                                 << QStringLiteral("198.51.100.2")
                                 << QByteArray("PROXY TCP4 192.0.2.1 198.51.100.2 4321 25\r\n");
        QTest::addRow("v1 IPv6") << int(ProxyHeaderVersion::V1) << QStringLiteral("2001:db8::1")
                                 << QStringLiteral("::1") << QByteArray("PROXY TCP6 2001:db8::1 ::1 4321 25\r\n");
        QTest::addRow("v1 mixed") << int(ProxyHeaderVersion::V1) << QStringLiteral("2001:db8::1")
                                  << QStringLiteral("127.0.0.1")
                                  << QByteArray("PROXY TCP6 2001:db8::1 ::ffff:127.0.0.1 4321 25\r\n");
        QTest::addRow("v2 IPv4") << int(ProxyHeaderVersion::V2) << QStringLiteral("192.0.2.1")
                                 << QStringLiteral("198.51.100.2")
                                 << signature + QByteArray::fromHex("2111000cc0000201c633640210e10019");
        QTest::addRow("v2 IPv6") << int(ProxyHeaderVersion::V2) << QStringLiteral("2001:db8::1")
                                 << QStringLiteral("::1")
                                 << signature + QByteArray::fromHex("21210024"
                                                                    "20010db8000000000000000000000001"
                                                                    "00000000000000000000000000000001"
                                                                    "10e10019");
    }

    void build()
    {
        QFETCH(int, version);
        QFETCH(QString, source);
        QFETCH(QString, destination);
        QFETCH(QByteArray, expected);
        const QByteArray header = ProxyHeader::build(ProxyHeaderVersion(version), {QHostAddress(source), 4321},
                                                     {QHostAddress(destination), 25});
        QCOMPARE(header.toHex(), expected.toHex());
    }

    void parseSource_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::addRow("IPv4") << QStringLiteral("192.0.2.1:4321") << QStringLiteral("192.0.2.1") << 4321;
        QTest::addRow("IPv6 bracketed") << QStringLiteral("[2001:db8::1]:25") << QStringLiteral("2001:db8::1") << 25;
        QTest::addRow("IPv6 bare") << QStringLiteral("2001:db8::1:25") << QString() << 0;
        QTest::addRow("IPv4 bracketed") << QStringLiteral("[192.0.2.1]:25") << QString() << 0;
        QTest::addRow("no port") << QStringLiteral("192.0.2.1") << QString() << 0;
        QTest::addRow("port 0") << QStringLiteral("192.0.2.1:0") << QString() << 0;
        QTest::addRow("port too big") << QStringLiteral("192.0.2.1:65536") << QString() << 0;
        QTest::addRow("a name") << QStringLiteral("host.example:25") << QString() << 0;
        QTest::addRow("empty") << QString() << QString() << 0;
    }

    void parseSource()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        QString problem;
        const auto endpoint = ProxyHeader::parseSource(text, &problem);
        QCOMPARE(endpoint.has_value(), !address.isEmpty());
        QCOMPARE(problem.isEmpty(), !address.isEmpty());
        if (endpoint) {
            QCOMPARE(endpoint->address, QHostAddress(address));
            QCOMPARE(int(endpoint->port), port);
        }
    }

    void xclientCommand()
    {
        QCOMPARE(Xclient::command({QStringLiteral("addr=192.0.2.1"), QStringLiteral("name=[UNAVAILABLE]"),
                                   QStringLiteral("LOGIN=a=b+c")})
                     .bytes,
                 QByteArray("XCLIENT ADDR=192.0.2.1 NAME=[UNAVAILABLE] LOGIN=a+3Db+2Bc\r\n"));
        QVERIFY(!Xclient::command({}).isValid());
        QVERIFY(!Xclient::command({QStringLiteral("ADDR")}).isValid());
        QVERIFY(!Xclient::command({QStringLiteral("NAME=a\r\nRSET")}).isValid());
        QVERIFY(!Xclient::command({QStringLiteral("NAME=") + QString(600, u'x')}).isValid());
        QCOMPARE(Xclient::unofferedNames({QStringLiteral("addr=1"), QStringLiteral("DESTADDR=2")},
                                         {QStringLiteral("NAME"), QStringLiteral("ADDR")}),
                 QStringList{QStringLiteral("DESTADDR")});
        QCOMPARE(Xclient::attributesFromLine(QStringLiteral("ADDR=192.0.2.1  NAME=a+2Bb+20c")),
                 (QStringList{QStringLiteral("ADDR=192.0.2.1"), QStringLiteral("NAME=a+b c")}));
    }
};

QTEST_APPLESS_MAIN(TestProxyHeader)
#include "tst_proxyheader.moc"
