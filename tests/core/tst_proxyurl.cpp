#include "core/connection/proxyurl.h"

#include <QTest>

using Smtp::ProxyUrl;

class TestProxyUrl : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void parts_data();
    void parts();
};

void TestProxyUrl::problem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("socks5 name") << QStringLiteral("socks5://proxy.example:1080") << true;
    QTest::addRow("http name") << QStringLiteral("http://proxy.example:3128") << true;
    QTest::addRow("scheme in capitals") << QStringLiteral("SOCKS5://proxy.example:1080") << true;
    QTest::addRow("IPv4") << QStringLiteral("http://192.0.2.7:3128") << true;
    QTest::addRow("IPv6 loopback") << QStringLiteral("http://[::1]:3128") << true;
    QTest::addRow("IPv6 literal") << QStringLiteral("socks5://[2001:db8::7]:1080") << true;
    QTest::addRow("user") << QStringLiteral("socks5://ann@proxy.example:1080") << true;
    QTest::addRow("user and password") << QStringLiteral("http://ann:s3cret@proxy.example:3128") << true;
    QTest::addRow("user and encoded password") << QStringLiteral("http://ann:a%40b@[::1]:3128") << true;
    QTest::addRow("trailing slash") << QStringLiteral("http://proxy.example:3128/") << true;
    QTest::addRow("highest port") << QStringLiteral("http://proxy.example:65535") << true;
    QTest::addRow("port 1") << QStringLiteral("http://proxy.example:1") << true;

    QTest::addRow("empty") << QString() << false;
    QTest::addRow("no scheme") << QStringLiteral("proxy.example:3128") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://proxy.example:21") << false;
    QTest::addRow("https") << QStringLiteral("https://proxy.example:3128") << false;
    QTest::addRow("socks4") << QStringLiteral("socks4://proxy.example:1080") << false;
    QTest::addRow("no port") << QStringLiteral("socks5://proxy.example") << false;
    QTest::addRow("empty port") << QStringLiteral("socks5://proxy.example:") << false;
    QTest::addRow("port 0") << QStringLiteral("http://proxy.example:0") << false;
    QTest::addRow("port 65536") << QStringLiteral("http://proxy.example:65536") << false;
    QTest::addRow("port 99999") << QStringLiteral("http://proxy.example:99999") << false;
    QTest::addRow("negative port") << QStringLiteral("http://proxy.example:-1") << false;
    QTest::addRow("port not a number") << QStringLiteral("http://proxy.example:web") << false;
    QTest::addRow("IPv6 without brackets") << QStringLiteral("http://::1:3128") << false;
    QTest::addRow("no host") << QStringLiteral("http://:3128") << false;
    QTest::addRow("only user, no host") << QStringLiteral("http://ann@:3128") << false;
    QTest::addRow("space in host") << QStringLiteral("http://proxy example:3128") << false;
    QTest::addRow("path") << QStringLiteral("http://proxy.example:3128/path") << false;
    QTest::addRow("query") << QStringLiteral("http://proxy.example:3128?x=1") << false;
}

void TestProxyUrl::problem()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    const QString reason = ProxyUrl::problem(url);
    QVERIFY2(reason.isEmpty() == accepted, qPrintable(reason));
    // The reason may quote the address, but never its password.
    QVERIFY2(!reason.contains(QStringLiteral("s3cret")), qPrintable(reason));
}

void TestProxyUrl::parts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("hostAndPort");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("withoutPassword");

    QTest::addRow("name") << QStringLiteral("socks5://proxy.example:1080") << QStringLiteral("proxy.example:1080")
                          << QString() << QString() << QStringLiteral("socks5://proxy.example:1080");
    QTest::addRow("IPv6 with credentials")
        << QStringLiteral("http://ann:s3cret@[::1]:3128") << QStringLiteral("[::1]:3128") << QStringLiteral("ann")
        << QStringLiteral("s3cret") << QStringLiteral("http://ann@[::1]:3128");
    QTest::addRow("encoded password") << QStringLiteral("http://ann:a%40b@proxy.example:3128")
                                      << QStringLiteral("proxy.example:3128") << QStringLiteral("ann")
                                      << QStringLiteral("a@b") << QStringLiteral("http://ann@proxy.example:3128");
}

void TestProxyUrl::parts()
{
    QFETCH(QString, url);
    QFETCH(QString, hostAndPort);
    QFETCH(QString, userName);
    QFETCH(QString, password);
    QFETCH(QString, withoutPassword);

    QCOMPARE(ProxyUrl::hostAndPort(url), hostAndPort);
    // host() and port() are the same parts apart: an IPv6 literal without its brackets.
    QCOMPARE(ProxyUrl::host(url).contains(u':') ? u'[' + ProxyUrl::host(url) + u']' : ProxyUrl::host(url),
             hostAndPort.section(u':', 0, -2));
    QCOMPARE(QString::number(ProxyUrl::port(url)), hostAndPort.section(u':', -1));
    QCOMPARE(ProxyUrl::isSocks5(url), url.startsWith(QStringLiteral("socks5://")));
    QCOMPARE(ProxyUrl::userName(url), userName);
    QCOMPARE(ProxyUrl::password(url), password);
    QCOMPARE(ProxyUrl::withoutPassword(url), withoutPassword);
    QVERIFY(!ProxyUrl::withoutCredentials(url).contains(QStringLiteral("ann")));
}

QTEST_APPLESS_MAIN(TestProxyUrl)
#include "tst_proxyurl.moc"
