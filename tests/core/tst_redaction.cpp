#include "core/auth/redaction.h"

#include <QTest>

using namespace Smtp;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void redactAuthLine_data();
    void redactAuthLine();
    void neverContainsSecret_data();
    void neverContainsSecret();
    void typedLine_data();
    void typedLine();
};

void TestRedaction::redactAuthLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("payload");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("redacted");

    const int command = int(AuthLineRole::Command);
    const int continuation = int(AuthLineRole::Continuation);
    const int secret = int(AuthPayload::Secret);
    const int userName = int(AuthPayload::UserName);
    const int noSecret = int(AuthPayload::NoSecret);

    QTest::addRow("AUTH PLAIN with initial response")
        << QByteArray("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\r\n") << command << secret
        << QByteArray("AUTH PLAIN <redacted>") << true;
    QTest::addRow("AUTH LOGIN without initial response")
        << QByteArray("AUTH LOGIN\r\n") << command << secret << QByteArray("AUTH LOGIN") << false;
    QTest::addRow("lower-case auth keeps its spelling")
        << QByteArray("auth plain AHRpbQ==") << command << secret << QByteArray("auth plain <redacted>") << true;
    QTest::addRow("empty initial response '='")
        << QByteArray("AUTH EXTERNAL =\r\n") << command << secret << QByteArray("AUTH EXTERNAL =") << false;
    QTest::addRow("SCRAM client-first as user name")
        << QByteArray("AUTH SCRAM-SHA-256 biwsbj11c2VyLHI9ck9wck5HZndFYmVSV2diTkVrcU8=\r\n") << command << userName
        << QByteArray("AUTH SCRAM-SHA-256 <redacted user name>") << true;
    QTest::addRow("not an AUTH command") << QByteArray("MAIL FROM:<a@b>\r\n") << command << secret
                                         << QByteArray("<redacted>") << true;
    QTest::addRow("AUTH with too many words")
        << QByteArray("AUTH PLAIN a b\r\n") << command << secret << QByteArray("<redacted>") << true;
    QTest::addRow("AUTH with a bad mechanism name")
        << QByteArray("AUTH PL@IN abc\r\n") << command << secret << QByteArray("<redacted>") << true;
    QTest::addRow("continuation secret") << QByteArray("c2VjcmV0\r\n") << continuation << secret
                                         << QByteArray("<redacted>") << true;
    QTest::addRow("continuation user name")
        << QByteArray("dGlt\r\n") << continuation << userName << QByteArray("<redacted user name>") << true;
    QTest::addRow("cancel") << QByteArray("*\r\n") << continuation << secret << QByteArray("*") << false;
    QTest::addRow("empty response") << QByteArray("\r\n") << continuation << secret << QByteArray() << false;
    QTest::addRow("OAUTHBEARER dummy response")
        << QByteArray("AQ==\r\n") << continuation << noSecret << QByteArray("AQ==") << false;
    QTest::addRow("continuation without CRLF")
        << QByteArray("c2VjcmV0") << continuation << secret << QByteArray("<redacted>") << true;
}

void TestRedaction::redactAuthLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, role);
    QFETCH(int, payload);
    QFETCH(QByteArray, expected);
    QFETCH(bool, redacted);

    const QByteArray result = Smtp::redactAuthLine(line, AuthLineRole(role), AuthPayload(payload));
    QCOMPARE(result, expected);
    QCOMPARE(isRedactedForm(line, result), redacted);
}

void TestRedaction::neverContainsSecret_data()
{
    QTest::addColumn<QByteArray>("secretBase64");

    QTest::addRow("short") << QByteArray("YQ==");
    QTest::addRow("plain") << QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    QTest::addRow("looks like a mechanism") << QByteArray("PLAIN");
}

void TestRedaction::neverContainsSecret()
{
    QFETCH(QByteArray, secretBase64);
    // Redaction works by the line's role, so whatever the secret looks like it does not survive.
    QVERIFY(!Smtp::redactAuthLine("AUTH XOAUTH2 " + secretBase64, AuthLineRole::Command).contains(secretBase64));
    QVERIFY(!Smtp::redactAuthLine(secretBase64, AuthLineRole::Continuation).contains(secretBase64));
}

void TestRedaction::typedLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("authContinuation");
    QTest::addColumn<bool>("isAuth");
    QTest::addColumn<QByteArray>("expected");

    // Issue #11: typed AUTH lines escaped redaction when written with a tab or leading spaces.
    QTest::addRow("upper case") << QByteArray("AUTH PLAIN AGZvbwBiYXI=") << false << true
                                << QByteArray("AUTH PLAIN <redacted>");
    QTest::addRow("leading spaces, lower case")
        << QByteArray("  auth plain AGZvbwBiYXI=") << false << true << QByteArray("auth plain <redacted>");
    QTest::addRow("tab after AUTH") << QByteArray("AUTH\tPLAIN AGZvbwBiYXI=") << false << true
                                    << QByteArray("AUTH PLAIN <redacted>");
    QTest::addRow("tabs everywhere") << QByteArray("\tAuth\t\tPlain\tAGZvbwBiYXI=\r\n") << false << true
                                     << QByteArray("Auth Plain <redacted>");
    QTest::addRow("mixed case, several spaces")
        << QByteArray("aUtH   xoauth2   dXNlcj1h") << false << true << QByteArray("aUtH xoauth2 <redacted>");
    QTest::addRow("AUTH LOGIN without response")
        << QByteArray("AUTH LOGIN") << false << true << QByteArray("AUTH LOGIN");
    QTest::addRow("base64 user name after 334") << QByteArray("Zm9v") << true << false << QByteArray("<redacted>");
    QTest::addRow("base64 password after 334, leading space")
        << QByteArray(" YmFy") << true << false << QByteArray("<redacted>");
    QTest::addRow("cancel after 334") << QByteArray("*") << true << false << QByteArray("*");
    QTest::addRow("AUTH with broken mechanism")
        << QByteArray("AUTH\tPL@IN AGZvbwBiYXI=") << false << true << QByteArray("<redacted>");
    QTest::addRow("other command unchanged")
        << QByteArray("NOOP  authentic") << false << false << QByteArray("NOOP  authentic");
    QTest::addRow("AUTHX is not AUTH") << QByteArray("AUTHX PLAIN abc") << false << false
                                       << QByteArray("AUTHX PLAIN abc");
}

void TestRedaction::typedLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, authContinuation);
    QFETCH(bool, isAuth);
    QFETCH(QByteArray, expected);

    QCOMPARE(isTypedAuthCommand(line), isAuth);
    const QByteArray result = redactTypedLine(line, authContinuation);
    QCOMPARE(result, expected);
    for (const QByteArray &secret : {QByteArray("AGZvbwBiYXI="), QByteArray("Zm9v"), QByteArray("YmFy")})
        QVERIFY(!result.contains(secret));
}

QTEST_APPLESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
