#include "core/protocol/replyparser.h"
#include "core/session/replyrules.h"

#include <QTest>

using namespace Smtp;

Q_DECLARE_METATYPE(Smtp::Verdict::Action)
Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

Reply parse(const QByteArray &bytes)
{
    ReplyParser parser;
    if (!parser.feed(bytes) || !parser.hasReply())
        return {};
    return parser.takeReply();
}

} // namespace

class TestReplyRules final : public QObject
{
    Q_OBJECT

private slots:
    void greeting_data();
    void greeting();
    void ehlo_data();
    void ehlo();
    void startTls_data();
    void startTls();
    void unsolicited_data();
    void unsolicited();
};

void TestReplyRules::greeting_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Verdict::Action>("action");
    QTest::addColumn<ErrorCode>("code");

    QTest::addRow("220 proceeds") << QByteArray("220 mx.example ESMTP\r\n") << Verdict::Action::Proceed
                                  << ErrorCode::None;
    QTest::addRow("multi-line 220 proceeds")
        << QByteArray("220-mx.example\r\n220 ready\r\n") << Verdict::Action::Proceed << ErrorCode::None;
    QTest::addRow("554 no service: quit")
        << QByteArray("554 No SMTP service here\r\n") << Verdict::Action::QuitAndFail << ErrorCode::ServerRejected;
    QTest::addRow("421 closes") << QByteArray("421 busy\r\n") << Verdict::Action::AbortAndFail
                                << ErrorCode::ServerRejected;
    QTest::addRow("500 rejected") << QByteArray("500 what\r\n") << Verdict::Action::QuitAndFail
                                  << ErrorCode::ServerRejected;
    QTest::addRow("221 is not a greeting") << QByteArray("221 ESMTP server not ready\r\n")
                                           << Verdict::Action::AbortAndFail << ErrorCode::ProtocolViolation;
    QTest::addRow("354 is not a greeting")
        << QByteArray("354 go\r\n") << Verdict::Action::AbortAndFail << ErrorCode::ProtocolViolation;
}

void TestReplyRules::greeting()
{
    QFETCH(QByteArray, reply);
    QFETCH(Verdict::Action, action);
    QFETCH(ErrorCode, code);
    const Reply parsed = parse(reply);
    QVERIFY(parsed.isValid());
    const Verdict verdict = ReplyRules::greeting(parsed);
    QCOMPARE(verdict.action, action);
    QCOMPARE(verdict.code, code);
    if (action != Verdict::Action::Proceed)
        QVERIFY(!verdict.message.isEmpty());
}

void TestReplyRules::ehlo_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("esmtpRequired");
    QTest::addColumn<Verdict::Action>("action");
    QTest::addColumn<ErrorCode>("code");

    QTest::addRow("250 proceeds") << QByteArray("250-mx\r\n250 STARTTLS\r\n") << true << Verdict::Action::Proceed
                                  << ErrorCode::None;
    QTest::addRow("502 falls back to HELO in plain mode")
        << QByteArray("502 command not recognized\r\n") << false << Verdict::Action::FallBack << ErrorCode::None;
    QTest::addRow("500 falls back to HELO in plain mode")
        << QByteArray("500 Syntax error\r\n") << false << Verdict::Action::FallBack << ErrorCode::None;
    QTest::addRow("502 ends a STARTTLS session") << QByteArray("502 command not recognized\r\n") << true
                                                 << Verdict::Action::QuitAndFail << ErrorCode::ServerRejected;
    QTest::addRow("421 closes") << QByteArray("421 bye\r\n") << false << Verdict::Action::AbortAndFail
                                << ErrorCode::ServerRejected;
    QTest::addRow("235 injected reply stops everything")
        << QByteArray("235 2.7.0 Authentication successful\r\n") << true << Verdict::Action::AbortAndFail
        << ErrorCode::ProtocolViolation;
    QTest::addRow("354 injected reply stops everything")
        << QByteArray("354 go ahead\r\n") << true << Verdict::Action::AbortAndFail << ErrorCode::ProtocolViolation;
    QTest::addRow("220 is not an EHLO reply")
        << QByteArray("220 hello\r\n") << false << Verdict::Action::AbortAndFail << ErrorCode::ProtocolViolation;
}

void TestReplyRules::ehlo()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, esmtpRequired);
    QFETCH(Verdict::Action, action);
    QFETCH(ErrorCode, code);
    const Verdict verdict = ReplyRules::ehlo(parse(reply), esmtpRequired);
    QCOMPARE(verdict.action, action);
    QCOMPARE(verdict.code, code);
}

void TestReplyRules::startTls_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Verdict::Action>("action");
    QTest::addColumn<ErrorCode>("code");

    QTest::addRow("220 proceeds") << QByteArray("220 Ready to start TLS\r\n") << Verdict::Action::Proceed
                                  << ErrorCode::None;
    QTest::addRow("220 with odd text proceeds (A6)")
        << QByteArray("220 EHLO client!\r\n") << Verdict::Action::Proceed << ErrorCode::None;
    for (const QByteArray &refusal : {QByteArray("454 TLS not available\r\n"), QByteArray("502 not implemented\r\n"),
                                      QByteArray("500 no\r\n"), QByteArray("501 no\r\n"), QByteArray("530 no\r\n")}) {
        QTest::addRow("%s", refusal.trimmed().constData())
            << refusal << Verdict::Action::QuitAndFail << ErrorCode::StartTlsUnavailable;
    }
    QTest::addRow("421 closes") << QByteArray("421 bye\r\n") << Verdict::Action::AbortAndFail
                                << ErrorCode::ServerRejected;
    QTest::addRow("354 is a protocol violation (A5)")
        << QByteArray("354 do something else\r\n") << Verdict::Action::AbortAndFail << ErrorCode::ProtocolViolation;
    QTest::addRow("221 is a protocol violation")
        << QByteArray("221 bye\r\n") << Verdict::Action::AbortAndFail << ErrorCode::ProtocolViolation;
}

void TestReplyRules::startTls()
{
    QFETCH(QByteArray, reply);
    QFETCH(Verdict::Action, action);
    QFETCH(ErrorCode, code);
    const Verdict verdict = ReplyRules::startTls(parse(reply));
    QCOMPARE(verdict.action, action);
    QCOMPARE(verdict.code, code);
}

void TestReplyRules::unsolicited_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<ErrorCode>("code");
    QTest::addRow("421 shutdown is a clean close")
        << QByteArray("421 4.3.2 Service shutting down\r\n") << ErrorCode::ServerRejected;
    QTest::addRow("250 out of nowhere") << QByteArray("250 ok\r\n") << ErrorCode::ProtocolViolation;
    QTest::addRow("235 out of nowhere") << QByteArray("235 ok\r\n") << ErrorCode::ProtocolViolation;
}

void TestReplyRules::unsolicited()
{
    QFETCH(QByteArray, reply);
    QFETCH(ErrorCode, code);
    const Verdict verdict = ReplyRules::unsolicited(parse(reply));
    QCOMPARE(verdict.action, Verdict::Action::AbortAndFail);
    QCOMPARE(verdict.code, code);
}

QTEST_APPLESS_MAIN(TestReplyRules)
#include "tst_replyrules.moc"
