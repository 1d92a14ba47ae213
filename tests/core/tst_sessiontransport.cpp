// The transport flags against the scriptable server, byte for byte: the PROXY header (v1, v2, before implicit TLS),
// LHLO and LMTP's per-recipient replies, XCLIENT and the EHLO after its 220, -4/-6 and --bind.
#include "core/connection/connectionsettings.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QHostInfo>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <algorithm>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

/// The greeting, EHLO (or LHLO) answered with @p ehloReply, then QUIT.
Script greeted(const QByteArray &greeting, const QByteArray &ehloReply)
{
    return {Send{"220 mx.test ESMTP\r\n"}, Expect{greeting}, Send{ehloReply}, Expect{"QUIT"},
            Send{"221 bye\r\n"},           Close{}};
}

QByteArray bigEndian16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

class TestSessionTransport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proxyHeaderV1IsTheFirstLine();
    void proxyHeaderV2IsTheFirstBytes();
    void proxyHeaderComesBeforeImplicitTls();
    void lmtpGreetsWithLhlo();
    void lmtpReadsOneReplyPerAcceptedRecipient();
    void lmtpFailsWhenNoRecipientGetsTheMessage();
    void xclientThenEhloAgain();
    void xclientNotOfferedStops();
    void addressFamily_data();
    void addressFamily();
    void nameWithoutTheFamilyFails();
    void bindChoosesTheSourceAddress();
    void bindToAnAddressNotLocalFails();
};

void TestSessionTransport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CertificateFactory::shared();
}

void TestSessionTransport::proxyHeaderV1IsTheFirstLine()
{
    ScriptableSmtpServer server;
    server.setScript(Script{Expect{"PROXY"}} + greeted("EHLO", "250 mx.test\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.host = QStringLiteral("127.0.0.1");
    settings.proxyHeader = ProxyHeaderVersion::V1;
    settings.proxySource = QStringLiteral("192.0.2.1:4321");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const QByteArray expected = "PROXY TCP4 192.0.2.1 127.0.0.1 4321 " + QByteArray::number(server.port()) + "\r\n";
    QCOMPARE(server.receivedBytes(Phase::Plain).left(expected.size()), expected);
    QVERIFY(server.receivedBytes(Phase::Plain).mid(expected.size()).startsWith("EHLO client.test\r\n"));
}

void TestSessionTransport::proxyHeaderV2IsTheFirstBytes()
{
    // The v2 signature holds line ends of its own: four "lines" before the greeting, then the binary rest is read
    // together with EHLO.
    ScriptableSmtpServer server;
    server.setScript({ExpectAny{}, ExpectAny{}, ExpectAny{}, ExpectAny{}, Send{"220 mx.test ESMTP\r\n"}, ExpectAny{},
                      Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.host = QStringLiteral("127.0.0.1");
    settings.proxyHeader = ProxyHeaderVersion::V2;
    settings.proxySource = QStringLiteral("192.0.2.1:4321");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    // haproxy's proxy-protocol.txt §2.2: signature, 0x21 (v2, PROXY), 0x11 (TCP over IPv4), length 12, addresses,
    // ports.
    const QByteArray expected = QByteArray("\r\n\r\n\0\r\nQUIT\n", 12) + QByteArray::fromHex("2111000c") +
                                QByteArray::fromHex("c00002017f000001") + bigEndian16(4321) +
                                bigEndian16(server.port()) + "EHLO client.test\r\n";
    QCOMPARE(server.receivedBytes(Phase::Plain).left(expected.size()).toHex(), expected.toHex());
}

void TestSessionTransport::proxyHeaderComesBeforeImplicitTls()
{
    ScriptableSmtpServer server;
    server.setScript(Script{StartTls{}} + greeted("EHLO", "250 mx.test\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::Implicit);
    settings.proxyHeader = ProxyHeaderVersion::V1;
    settings.proxySource = QStringLiteral("[2001:db8::7]:50000");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    // The IPv4 destination goes IPv4-mapped beside the IPv6 source; nothing else comes before the ClientHello.
    QCOMPARE(server.receivedBytes(Phase::Plain),
             "PROXY TCP6 2001:db8::7 ::ffff:127.0.0.1 50000 " + QByteArray::number(server.port()) + "\r\n");
    QVERIFY(!server.receivedBytes(Phase::TlsHandshake).isEmpty());
    QVERIFY(server.receivedBytes(Phase::Tls).startsWith("EHLO client.test\r\n"));
}

void TestSessionTransport::lmtpGreetsWithLhlo()
{
    ScriptableSmtpServer server;
    server.setScript(greeted("LHLO", "250-lmtp.test\r\n250 8BITMIME\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.protocol = MailProtocol::Lmtp;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QVERIFY(server.receivedBytes(Phase::Plain).startsWith("LHLO client.test\r\nQUIT\r\n"));
    QVERIFY(outcome.result.capabilitiesBeforeTls && outcome.result.capabilitiesBeforeTls->eightBitMime());
}

void TestSessionTransport::lmtpReadsOneReplyPerAcceptedRecipient()
{
    // Three recipients, one refused at RCPT: two replies after the dot, in RCPT order, the second a while later.
    ScriptableSmtpServer server;
    server.setScript({Send{"220 lmtp.test LMTP\r\n"},
                      Expect{"LHLO"},
                      Send{"250 lmtp.test\r\n"},
                      Expect{"MAIL FROM"},
                      Send{"250 ok\r\n"},
                      Expect{"RCPT TO:<a@example.org>"},
                      Send{"250 ok\r\n"},
                      Expect{"RCPT TO:<nobody@example.org>"},
                      Send{"550 5.1.1 no such user\r\n"},
                      Expect{"RCPT TO:<c@example.org>"},
                      Send{"250 ok\r\n"},
                      Expect{"DATA"},
                      Send{"354 go\r\n"},
                      ReceiveData{},
                      Send{"250 2.0.0 <a@example.org> delivered\r\n"},
                      Pause{200},
                      Send{"452 4.2.2 <c@example.org> mailbox full\r\n"},
                      Expect{"QUIT"},
                      Send{"221 bye\r\n"},
                      Close{}});
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.protocol = MailProtocol::Lmtp;
    settings.message.from = QStringLiteral("s@example.org");
    settings.message.to = {QStringLiteral("a@example.org"), QStringLiteral("nobody@example.org"),
                           QStringLiteral("c@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result.deliveryRecipients,
             (QStringList{QStringLiteral("a@example.org"), QStringLiteral("c@example.org")}));
    QCOMPARE(outcome.result.deliveryReplies.size(), 2);
    QCOMPARE(outcome.result.deliveryReplies.at(0).code, 250);
    QCOMPARE(outcome.result.deliveryReplies.at(1).code, 452);
    QVERIFY2(outcome.hasEvent(TranscriptEvent::Kind::Warning, QStringLiteral("Delivery to c@example.org refused")),
             qPrintable(outcome.text()));
    QVERIFY2(outcome.hasEvent(TranscriptEvent::Kind::Info, QStringLiteral("Message delivered to 1 of 2")),
             qPrintable(outcome.text()));
    // QUIT only after the last reply.
    const QList<TrafficEvent> traffic = server.traffic();
    const auto lastReply = std::find_if(traffic.cbegin(), traffic.cend(), [](const TrafficEvent &event) {
        return event.direction == Direction::ServerToClient && event.bytes.startsWith("452");
    });
    const auto quit = std::find_if(traffic.cbegin(), traffic.cend(), [](const TrafficEvent &event) {
        return event.direction == Direction::ClientToServer && event.bytes.contains("QUIT");
    });
    QVERIFY(lastReply != traffic.cend() && quit != traffic.cend());
    QVERIFY(lastReply < quit);
}

void TestSessionTransport::lmtpFailsWhenNoRecipientGetsTheMessage()
{
    ScriptableSmtpServer server;
    server.setScript({Send{"220 lmtp.test LMTP\r\n"}, Expect{"LHLO"}, Send{"250 lmtp.test\r\n"}, Expect{"MAIL FROM"},
                      Send{"250 ok\r\n"}, Expect{"RCPT TO"}, Send{"250 ok\r\n"}, Expect{"DATA"}, Send{"354 go\r\n"},
                      ReceiveData{}, Send{"554 5.6.0 refused\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.protocol = MailProtocol::Lmtp;
    settings.message.from = QStringLiteral("s@example.org");
    settings.message.to = {QStringLiteral("a@example.org")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QCOMPARE(outcome.result.deliveryReplies.size(), 1);
}

void TestSessionTransport::xclientThenEhloAgain()
{
    ScriptableSmtpServer server;
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"},
                      Send{"250-mx.test\r\n250 XCLIENT NAME ADDR PORT PROTO HELO LOGIN\r\n"}, Expect{"XCLIENT"},
                      Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"},
                      Send{"221 bye\r\n"}, Close{}});
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.xclient = {QStringLiteral("addr=192.0.2.7"), QStringLiteral("NAME=mail+x.example"),
                        QStringLiteral("HELO=a b")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    // Names upper-cased, values xtext (RFC 3461 §4): '+' and ' ' are encoded.
    QCOMPARE(server.receivedBytes(Phase::Plain),
             QByteArray("EHLO client.test\r\nXCLIENT ADDR=192.0.2.7 NAME=mail+2Bx.example HELO=a+20b\r\n"
                        "EHLO client.test\r\nQUIT\r\n"));
}

void TestSessionTransport::xclientNotOfferedStops()
{
    ScriptableSmtpServer server;
    server.setScript(greeted("EHLO", "250-mx.test\r\n250 PIPELINING\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.xclient = {QStringLiteral("ADDR=192.0.2.7")};
    const SessionOutcome outcome = runSession(settings);
    QVERIFY(!outcome.result.ok());
    QCOMPARE(outcome.result.error.code, ErrorCode::ServerRejected);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("does not offer XCLIENT")),
             qPrintable(outcome.result.error.message));
    QCOMPARE(server.receivedBytes(Phase::Plain), QByteArray("EHLO client.test\r\nQUIT\r\n"));
}

void TestSessionTransport::addressFamily_data()
{
    QTest::addColumn<QString>("listenOn");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("connects");
    QTest::addRow("-4 to 127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1")
                                     << int(AddressFamily::IPv4) << true;
    QTest::addRow("-6 to ::1") << QStringLiteral("::1") << QStringLiteral("::1") << int(AddressFamily::IPv6) << true;
    QTest::addRow("-6 to 127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1")
                                     << int(AddressFamily::IPv6) << false;
    QTest::addRow("-4 to ::1") << QStringLiteral("::1") << QStringLiteral("::1") << int(AddressFamily::IPv4) << false;
}

void TestSessionTransport::addressFamily()
{
    QFETCH(QString, listenOn);
    QFETCH(QString, host);
    QFETCH(int, family);
    QFETCH(bool, connects);
    ScriptableSmtpServer server;
    server.setScript(greeted("EHLO", "250 mx.test\r\n"));
    QVERIFY(server.listen(QHostAddress(listenOn)));
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.host = host;
    settings.addressFamily = AddressFamily(family);
    const SessionOutcome outcome = runSession(settings);
    if (connects) {
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
        QCOMPARE(server.peerAddresses(), QList<QHostAddress>{QHostAddress(host)});
    } else {
        QCOMPARE(outcome.result.error.code, ErrorCode::ResolveFailed); // exit status 2
        QCOMPARE(server.connectionCount(), 0);
    }
}

void TestSessionTransport::nameWithoutTheFamilyFails()
{
    // "localhost" resolves to 127.0.0.1 alone on the test machines; -6 finds nothing to dial.
    const QHostInfo info = QHostInfo::fromName(QStringLiteral("localhost"));
    for (const QHostAddress &address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            QSKIP("localhost has an IPv6 address here");
    }
    ScriptableSmtpServer server;
    server.setScript(greeted("EHLO", "250 mx.test\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.addressFamily = AddressFamily::IPv6;
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ResolveFailed);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("has no IPv6 address")),
             qPrintable(outcome.result.error.message));
    QCOMPARE(server.connectionCount(), 0);
    // The same name over IPv4 connects.
    settings.addressFamily = AddressFamily::IPv4;
    QVERIFY2(runSession(settings).result.ok(), "-4 localhost");
}

void TestSessionTransport::bindChoosesTheSourceAddress()
{
    ScriptableSmtpServer server;
    server.setScript(greeted("EHLO", "250 mx.test\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.bindAddress = QStringLiteral("127.0.0.2");
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(server.peerAddresses(), QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2"))});
}

void TestSessionTransport::bindToAnAddressNotLocalFails()
{
    ScriptableSmtpServer server;
    server.setScript(greeted("EHLO", "250 mx.test\r\n"));
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.bindAddress = QStringLiteral("192.0.2.55"); // TEST-NET-1: never this machine's
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::InvalidSettings); // exit status 1
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("192.0.2.55 cannot be used")),
             qPrintable(outcome.result.error.message));
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestSessionTransport)
#include "tst_sessiontransport.moc"
