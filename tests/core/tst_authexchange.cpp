#include "core/auth/authexchange.h"
#include "core/auth/loginmechanism.h"
#include "core/auth/plainmechanism.h"
#include "core/auth/scrammechanism.h"
#include "core/auth/secretwipe.h"
#include "core/auth/xoauth2mechanism.h"

#include <QTest>

using namespace Smtp;

namespace
{

Reply reply(int code, const QByteArrayList &lines)
{
    Reply r;
    r.code = code;
    r.lines = lines;
    for (qsizetype i = 0; i < lines.size(); ++i)
        r.raw += QByteArray::number(code) + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i) + "\r\n";
    // The tests give enhanced codes only in the form "d.d.d text".
    const QByteArray first = lines.value(0);
    if (first.size() >= 5 && first.at(1) == '.' && first.at(3) == '.')
        r.enhanced = {first.at(0) - '0', first.at(2) - '0', first.at(4) - '0'};
    return r;
}

Reply challenge(const QByteArray &base64)
{
    return reply(334, {base64});
}

std::unique_ptr<SaslMechanism> scram()
{
    return std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha256, QStringLiteral("user"),
                                            QStringLiteral("pencil"), QByteArray("rOprNGfwEbeRWgbNEkqO"));
}

const QByteArray scramServerFirst =
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray scramServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

} // namespace

class TestAuthExchange : public QObject
{
    Q_OBJECT

private slots:
    void plain();
    void plainWithoutInitialResponse();
    void login();
    void refused();
    void hostileChallenge_data();
    void hostileChallenge();
    void scramFinalAsChallenge();
    void scramFinalIn235();
    void scramSuccessWithoutProof();
    void scramWrongSignature();
    void longInitialResponseHeldBack();
    void xoauth2Error();
    void unexpectedReplies_data();
    void unexpectedReplies();
    void successData_data();
    void secretLinesAreTheOnlyCopy();
    void successData();
};

void TestAuthExchange::plain()
{
    AuthExchange exchange(std::make_unique<PlainMechanism>(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    const AuthExchange::Action first = exchange.start();
    QCOMPARE(first.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(first.line, QByteArray("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\r\n"));
    QCOMPARE(first.loggedLine, QByteArray("AUTH PLAIN <redacted>"));
    QVERIFY(first.redacted);
    const AuthExchange::Action done = exchange.handleReply(reply(235, {"2.7.0 Authentication successful"}));
    QCOMPARE(done.kind, AuthExchange::Action::Kind::Succeeded);
    QVERIFY(exchange.isFinished());
}

void TestAuthExchange::plainWithoutInitialResponse()
{
    AuthExchange exchange(std::make_unique<PlainMechanism>(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")),
                          false);
    QCOMPARE(exchange.start().line, QByteArray("AUTH PLAIN\r\n"));
    const AuthExchange::Action response = exchange.handleReply(reply(334, {QByteArray()}));
    QCOMPARE(response.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(response.line, QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm\r\n"));
    QCOMPARE(response.loggedLine, QByteArray("<redacted>"));
    QCOMPARE(exchange.handleReply(reply(235, {"ok"})).kind, AuthExchange::Action::Kind::Succeeded);
}

void TestAuthExchange::login()
{
    AuthExchange exchange(std::make_unique<LoginMechanism>(QStringLiteral("tim"), QStringLiteral("secret")));
    const AuthExchange::Action command = exchange.start();
    QCOMPARE(command.line, QByteArray("AUTH LOGIN\r\n"));
    QCOMPARE(command.loggedLine, QByteArray("AUTH LOGIN"));
    QVERIFY(!command.redacted);
    const AuthExchange::Action user = exchange.handleReply(challenge("VXNlcm5hbWU6"));
    QCOMPARE(user.line, QByteArray("dGlt\r\n"));
    QCOMPARE(user.loggedLine, QByteArray("<redacted user name>"));
    const AuthExchange::Action password = exchange.handleReply(challenge("UGFzc3dvcmQ6"));
    QCOMPARE(password.line, QByteArray("c2VjcmV0\r\n"));
    QCOMPARE(password.loggedLine, QByteArray("<redacted>"));
    QVERIFY(password.redacted);
    // C9: an endless stream of prompts is cancelled at the third.
    const AuthExchange::Action third = exchange.handleReply(challenge("VXNlcm5hbWU6"));
    QCOMPARE(third.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(third.line, QByteArray("*\r\n"));
    const AuthExchange::Action end = exchange.handleReply(reply(501, {"5.7.0 Cancelled"}));
    QCOMPARE(end.kind, AuthExchange::Action::Kind::Failed);
    QVERIFY(!end.error.isEmpty());
    QVERIFY(exchange.isFinished());
}

void TestAuthExchange::refused()
{
    AuthExchange exchange(std::make_unique<PlainMechanism>(QStringLiteral("tim"), QStringLiteral("wrong")));
    exchange.start();
    const AuthExchange::Action end = exchange.handleReply(reply(535, {"5.7.8 Authentication credentials invalid"}));
    QCOMPARE(end.kind, AuthExchange::Action::Kind::Failed);
    QVERIFY(!end.protocolViolation);
    QVERIFY(end.error.contains(QLatin1String("5.7.8")));
}

void TestAuthExchange::hostileChallenge_data()
{
    QTest::addColumn<QByteArrayList>("lines");

    QTest::addRow("not base64") << QByteArrayList{"!!!!"};
    QTest::addRow("leading pad") << QByteArrayList{"=AAA"};
    QTest::addRow("pad in the middle") << QByteArrayList{"AAA=BBB"};
    QTest::addRow("1 MiB") << QByteArrayList{QByteArray(1024 * 1024, 'A')};
    QTest::addRow("multi-line") << QByteArrayList{"VXNl", "cm5hbWU6"};
}

void TestAuthExchange::hostileChallenge()
{
    QFETCH(QByteArrayList, lines);

    AuthExchange exchange(std::make_unique<LoginMechanism>(QStringLiteral("tim"), QStringLiteral("secret")));
    exchange.start();
    const AuthExchange::Action cancel = exchange.handleReply(reply(334, lines));
    QCOMPARE(cancel.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(cancel.line, QByteArray("*\r\n"));
    QVERIFY(cancel.protocolViolation);
    const AuthExchange::Action end = exchange.handleReply(reply(501, {"5.5.2 Cancelled"}));
    QCOMPARE(end.kind, AuthExchange::Action::Kind::Failed);
    QVERIFY(end.protocolViolation);
    QCOMPARE(end.error, cancel.error);
}

void TestAuthExchange::scramFinalAsChallenge()
{
    AuthExchange exchange(scram());
    const AuthExchange::Action first = exchange.start();
    QCOMPARE(first.line, "AUTH SCRAM-SHA-256 " + QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO").toBase64() + "\r\n");
    QCOMPARE(first.loggedLine, QByteArray("AUTH SCRAM-SHA-256 <redacted user name>"));
    const AuthExchange::Action proof = exchange.handleReply(challenge(scramServerFirst.toBase64()));
    QCOMPARE(proof.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(proof.loggedLine, QByteArray("<redacted>"));
    const AuthExchange::Action empty = exchange.handleReply(challenge(scramServerFinal.toBase64()));
    QCOMPARE(empty.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(empty.line, QByteArray("\r\n"));
    QVERIFY(!empty.redacted);
    QCOMPARE(exchange.handleReply(reply(235, {"2.7.0 Authentication successful"})).kind,
             AuthExchange::Action::Kind::Succeeded);
}

void TestAuthExchange::scramFinalIn235()
{
    AuthExchange exchange(scram());
    exchange.start();
    exchange.handleReply(challenge(scramServerFirst.toBase64()));
    const AuthExchange::Action done = exchange.handleReply(reply(235, {"2.7.0 " + scramServerFinal.toBase64()}));
    QCOMPARE(done.kind, AuthExchange::Action::Kind::Succeeded);
    QVERIFY(exchange.mechanism().isComplete());
}

void TestAuthExchange::scramSuccessWithoutProof()
{
    AuthExchange exchange(scram());
    exchange.start();
    exchange.handleReply(challenge(scramServerFirst.toBase64()));
    const AuthExchange::Action done = exchange.handleReply(reply(235, {"2.7.0 Authentication successful"}));
    QCOMPARE(done.kind, AuthExchange::Action::Kind::Failed);
    QVERIFY(!exchange.mechanism().isComplete());
}

void TestAuthExchange::scramWrongSignature()
{
    AuthExchange exchange(scram());
    exchange.start();
    exchange.handleReply(challenge(scramServerFirst.toBase64()));
    const AuthExchange::Action cancel =
        exchange.handleReply(challenge(QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").toBase64()));
    QCOMPARE(cancel.line, QByteArray("*\r\n"));
    QVERIFY(!cancel.protocolViolation);
    const AuthExchange::Action end = exchange.handleReply(reply(501, {"5.7.0 Cancelled"}));
    QCOMPARE(end.kind, AuthExchange::Action::Kind::Failed);
    QVERIFY(end.error.contains(QLatin1String("signature")));

    // The same wrong signature in the 235 reply: the server accepted, the client does not.
    AuthExchange in235(scram());
    in235.start();
    in235.handleReply(challenge(scramServerFirst.toBase64()));
    const AuthExchange::Action refused =
        in235.handleReply(reply(235, {"2.7.0 " + QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").toBase64()}));
    QCOMPARE(refused.kind, AuthExchange::Action::Kind::Failed);
}

void TestAuthExchange::longInitialResponseHeldBack()
{
    const QString token(600, QLatin1Char('t'));
    AuthExchange exchange(std::make_unique<XOAuth2Mechanism>(QStringLiteral("u@example.test"), token));
    const AuthExchange::Action command = exchange.start();
    // RFC 4954 §4: a line over 512 octets goes without its initial response.
    QCOMPARE(command.line, QByteArray("AUTH XOAUTH2\r\n"));
    const AuthExchange::Action response = exchange.handleReply(reply(334, {QByteArray()}));
    QCOMPARE(response.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(QByteArray::fromBase64(response.line.chopped(2)), "user=u@example.test\x01"
                                                               "auth=Bearer " +
                                                                   token.toLatin1() + "\x01\x01");
    QCOMPARE(response.loggedLine, QByteArray("<redacted>"));
    QCOMPARE(exchange.handleReply(reply(235, {"2.7.0 Accepted"})).kind, AuthExchange::Action::Kind::Succeeded);
}

void TestAuthExchange::xoauth2Error()
{
    AuthExchange exchange(std::make_unique<XOAuth2Mechanism>(QStringLiteral("u@example.test"), QStringLiteral("tok")));
    exchange.start();
    const QByteArray json = R"({"status":"401","schemes":"bearer"})";
    const AuthExchange::Action empty = exchange.handleReply(challenge(json.toBase64()));
    QCOMPARE(empty.kind, AuthExchange::Action::Kind::Send);
    QCOMPARE(empty.line, QByteArray("\r\n"));
    QCOMPARE(empty.serverMessage, QString::fromLatin1(json));
    const AuthExchange::Action end = exchange.handleReply(reply(535, {"5.7.8 Username and Password not accepted"}));
    QCOMPARE(end.kind, AuthExchange::Action::Kind::Failed);
    QVERIFY(!end.protocolViolation);
}

void TestAuthExchange::unexpectedReplies_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("violation");

    QTest::addRow("250") << 250 << true;
    QTest::addRow("354") << 354 << true;
    QTest::addRow("454") << 454 << false;
    QTest::addRow("504") << 504 << false;
}

void TestAuthExchange::unexpectedReplies()
{
    QFETCH(int, code);
    QFETCH(bool, violation);

    AuthExchange exchange(std::make_unique<LoginMechanism>(QStringLiteral("tim"), QStringLiteral("secret")));
    // A reply before the command was sent is never valid.
    QCOMPARE(exchange.handleReply(reply(235, {"ok"})).kind, AuthExchange::Action::Kind::Failed);

    AuthExchange started(std::make_unique<LoginMechanism>(QStringLiteral("tim"), QStringLiteral("secret")));
    started.start();
    const AuthExchange::Action end = started.handleReply(reply(code, {"x"}));
    QCOMPARE(end.kind, AuthExchange::Action::Kind::Failed);
    QCOMPARE(end.protocolViolation, violation);
    // Nothing more is accepted once the exchange ended.
    QCOMPARE(started.handleReply(reply(235, {"ok"})).kind, AuthExchange::Action::Kind::Failed);
}

void TestAuthExchange::successData_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QByteArray>("data");

    QTest::addRow("enhanced code and data") << QByteArrayList{"2.7.0 dj1hYmM="} << QByteArray("v=abc");
    QTest::addRow("data alone") << QByteArrayList{"dj1hYmM="} << QByteArray("v=abc");
    QTest::addRow("human text") << QByteArrayList{"2.7.0 Authentication successful"} << QByteArray();
    QTest::addRow("enhanced code only") << QByteArrayList{"2.7.0"} << QByteArray();
    QTest::addRow("not base64") << QByteArrayList{"2.7.0 ok!"} << QByteArray();
    QTest::addRow("empty") << QByteArrayList{QByteArray()} << QByteArray();
}

void TestAuthExchange::successData()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QByteArray, data);
    QCOMPARE(AuthExchange::successData(reply(235, lines)), data);
}

void TestAuthExchange::secretLinesAreTheOnlyCopy()
{
    // E8: nothing in the exchange or its mechanism shares a line with credentials, so the session's zeroing of the
    // line it wrote reaches the one copy the client built (wipeSecret() zeroes only a buffer it alone owns).
    const auto zeroedInPlace = [](AuthExchange::Action action) {
        return action.kind == AuthExchange::Action::Kind::Send && action.redacted && wipeSecret(action.line);
    };
    AuthExchange plain(std::make_unique<PlainMechanism>(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QVERIFY(zeroedInPlace(plain.start()));

    AuthExchange login(std::make_unique<LoginMechanism>(QStringLiteral("tim"), QStringLiteral("secret")));
    login.start();
    QVERIFY(zeroedInPlace(login.handleReply(challenge("VXNlcm5hbWU6"))));
    QVERIFY(zeroedInPlace(login.handleReply(challenge("UGFzc3dvcmQ6"))));

    AuthExchange scramExchange(scram());
    QVERIFY(zeroedInPlace(scramExchange.start()));
    QVERIFY(zeroedInPlace(scramExchange.handleReply(challenge(scramServerFirst.toBase64()))));

    // Held back because the AUTH line would be too long, then sent after the empty challenge.
    AuthExchange heldBack(
        std::make_unique<XOAuth2Mechanism>(QStringLiteral("u@example.test"), QString(600, QLatin1Char('t'))));
    QVERIFY(!zeroedInPlace(heldBack.start()));
    QVERIFY(zeroedInPlace(heldBack.handleReply(reply(334, {QByteArray()}))));
}

QTEST_APPLESS_MAIN(TestAuthExchange)
#include "tst_authexchange.moc"
