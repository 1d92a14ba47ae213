#include "core/connection/localname.h"

#include <QTest>

using Smtp::LocalName;

class TestLocalName : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void ehloName_data();
    void ehloName();
};

void TestLocalName::problem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("not configured: the session chooses") << QString() << true;
    QTest::addRow("domain") << QStringLiteral("client.example.org") << true;
    QTest::addRow("short name") << QStringLiteral("laptop") << true;
    QTest::addRow("IPv4 literal") << QStringLiteral("[192.0.2.1]") << true;
    QTest::addRow("IPv6 literal") << QStringLiteral("[IPv6:2001:db8::1]") << true;
    QTest::addRow("non-ASCII") << QStringLiteral("b\u00FCcher.example") << true;
    QTest::addRow("space") << QStringLiteral("my host") << false;
    QTest::addRow("tab") << QStringLiteral("my\thost") << false;
    QTest::addRow("CRLF injection") << QStringLiteral("host\r\nMAIL FROM:<x@evil.test>") << false;
    QTest::addRow("NUL") << QString::fromUtf16(u"host\0x", 6) << false;
    QTest::addRow("escape") << QStringLiteral("host\x1B[2J") << false;
}

void TestLocalName::problem()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);

    const QString reason = LocalName::problem(name);
    QVERIFY2(reason.isEmpty() == accepted, qPrintable(reason));
    QVERIFY(!reason.contains(u'\r') && !reason.contains(u'\n'));
}

void TestLocalName::ehloName_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QHostAddress>("localAddress");
    QTest::addColumn<QString>("expected"); ///< empty: this machine's name, or the literal where it has none

    QTest::addRow("configured wins") << QStringLiteral("client.test") << QHostAddress(QStringLiteral("192.0.2.1"))
                                     << QStringLiteral("client.test");
    QTest::addRow("IPv4, not configured") << QString() << QHostAddress(QStringLiteral("192.0.2.1")) << QString();
    QTest::addRow("IPv6, not configured") << QString() << QHostAddress(QStringLiteral("2001:db8::1")) << QString();
}

void TestLocalName::ehloName()
{
    QFETCH(QString, configured);
    QFETCH(QHostAddress, localAddress);
    QFETCH(QString, expected);

    const QString name = LocalName::ehloName(configured, localAddress);
    if (!expected.isEmpty())
        QCOMPARE(name, expected);
    else if (!LocalName::machineName().isEmpty())
        QCOMPARE(name, LocalName::machineName());
    else
        QCOMPARE(name, LocalName::addressLiteral(localAddress));
    // Whatever is chosen, EHLO can carry it.
    QCOMPARE(LocalName::problem(name), QString());
}

QTEST_GUILESS_MAIN(TestLocalName)
#include "tst_localname.moc"
