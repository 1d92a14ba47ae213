#include "core/auth/crammd5mechanism.h"
#include "core/auth/loginmechanism.h"
#include "core/auth/oauthbearermechanism.h"
#include "core/auth/plainmechanism.h"
#include "core/auth/saslmechanism.h"
#include "core/auth/saslprep.h"
#include "core/auth/scrammechanism.h"
#include "core/auth/xoauth2mechanism.h"

#include <QTest>

using namespace Smtp;

class TestSaslMechanism : public QObject
{
    Q_OBJECT

private slots:
    void decodeStrictBase64_data();
    void decodeStrictBase64();
    void encodeInitialResponse_data();
    void encodeInitialResponse();
    void plain_data();
    void plain();
    void plainWithoutInitialResponse();
    void login();
    void cramMd5();
    void cramMd5SecondChallengeFails();
    void scram_data();
    void scram();
    void scramWrongServerSignature_data();
    void scramWrongServerSignature();
    void scramSuccessWithoutSignatureFails();
    void scramServerFirstChecks_data();
    void scramServerFirstChecks();
    void scramUserNameEscaping();
    void saslPrep_data();
    void saslPrep();
    void xoauth2();
    void oauthBearer_data();
    void oauthBearer();
    void factory_data();
    void factory();
    void chooseStrongest_data();
    void chooseStrongest();
    void redactedForm();
    void serverTextIsEscaped();
};

void TestSaslMechanism::decodeStrictBase64_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");

    QTest::addRow("empty challenge") << QByteArray() << true << QByteArray();
    QTest::addRow("Username:") << QByteArray("VXNlcm5hbWU6") << true << QByteArray("Username:");
    QTest::addRow("one pad") << QByteArray("YWI=") << true << QByteArray("ab");
    QTest::addRow("two pads") << QByteArray("YQ==") << true << QByteArray("a");
    QTest::addRow("not base64 (C9)") << QByteArray("!!!!") << false << QByteArray();
    QTest::addRow("leading pad (C9)") << QByteArray("=AAA") << false << QByteArray();
    QTest::addRow("pad in the middle (C9)") << QByteArray("AAA=BBB") << false << QByteArray();
    QTest::addRow("pad in the middle, full groups") << QByteArray("AAA=BBBB") << false << QByteArray();
    QTest::addRow("three pads") << QByteArray("A===") << false << QByteArray();
    QTest::addRow("missing padding") << QByteArray("YWI") << false << QByteArray();
    QTest::addRow("space inside") << QByteArray("VXNl cm5h") << false << QByteArray();
    QTest::addRow("trailing CRLF") << QByteArray("YWI=\r\n") << false << QByteArray();
    QTest::addRow("url-safe alphabet") << QByteArray("ab-_") << false << QByteArray();
    QTest::addRow("non-zero padding bits") << QByteArray("YR==") << false << QByteArray();
    QTest::addRow("NUL byte") << QByteArray("YW\0=", 4) << false << QByteArray();
    QTest::addRow("at the size cap") << QByteArray(maxChallengeSize, 'A') << true
                                     << QByteArray(maxChallengeSize / 4 * 3, '\0');
    QTest::addRow("over the size cap") << QByteArray(maxChallengeSize + 4, 'A') << false << QByteArray();
    QTest::addRow("1 MiB (C9)") << QByteArray(1024 * 1024, 'A') << false << QByteArray();
}

void TestSaslMechanism::decodeStrictBase64()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);

    const std::optional<QByteArray> result = Smtp::decodeStrictBase64(encoded);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, decoded);
}

void TestSaslMechanism::encodeInitialResponse_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");

    QTest::addRow("empty is '=' (RFC 4954 §4)") << QByteArray() << QByteArray("=");
    QTest::addRow("text") << QByteArray("abc") << QByteArray("YWJj");
    QTest::addRow("PLAIN") << QByteArray("\0tim\0tanstaaftanstaaf", 21) << QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
}

void TestSaslMechanism::encodeInitialResponse()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Smtp::encodeInitialResponse(raw), encoded);
}

void TestSaslMechanism::plain_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("RFC 4616 example") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf") << QString()
                                      << QByteArray("\0tim\0tanstaaftanstaaf", 21);
    QTest::addRow("with authzid") << QStringLiteral("Kurt") << QStringLiteral("xipj3plmq") << QStringLiteral("Ursel")
                                  << QByteArray("Ursel\0Kurt\0xipj3plmq", 20);
    QTest::addRow("UTF-8") << QStringLiteral("j\u00F6rg") << QStringLiteral("p\u00E4ss") << QString()
                           << QByteArray("\0j\xC3\xB6rg\0p\xC3\xA4ss", 12);
}

void TestSaslMechanism::plain()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, authzid);
    QFETCH(QByteArray, expected);

    QVERIFY(PlainMechanism::check(user, password, authzid).isEmpty());
    PlainMechanism mechanism(user, password, authzid);
    QCOMPARE(mechanism.name(), QStringLiteral("PLAIN"));
    QVERIFY(mechanism.hasInitialResponse());
    QVERIFY(!mechanism.isComplete());
    QCOMPARE(mechanism.initialResponse(), expected);
    QVERIFY(mechanism.isComplete());
    // A challenge after the credentials were sent is not part of PLAIN.
    QVERIFY(mechanism.respond({}).isFailure());
    QVERIFY(mechanism.verifyFinal({}).isEmpty());
}

void TestSaslMechanism::plainWithoutInitialResponse()
{
    PlainMechanism mechanism(QStringLiteral("tim"), QStringLiteral("secret"));
    const SaslMechanism::Step step = mechanism.respond({});
    QVERIFY(!step.isFailure());
    QCOMPARE(step.response, QByteArray("\0tim\0secret", 11));
    QVERIFY(!PlainMechanism::check(QString::fromUtf16(u"t\0m", 3), QStringLiteral("x")).isEmpty());
    QVERIFY(!PlainMechanism::check(QStringLiteral("tim"), QStringLiteral("x"), QString(QChar(u'\0'))).isEmpty());
}

void TestSaslMechanism::login()
{
    LoginMechanism mechanism(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    QVERIFY(!mechanism.hasInitialResponse());
    const SaslMechanism::Step first = mechanism.respond(QByteArray("Username:"));
    QVERIFY(!first.isFailure());
    QCOMPARE(first.response, QByteArray("tim"));
    QCOMPARE(mechanism.lastResponsePayload(), AuthPayload::UserName);
    QVERIFY(!mechanism.isComplete());
    const SaslMechanism::Step second = mechanism.respond(QByteArray("Password:"));
    QVERIFY(!second.isFailure());
    QCOMPARE(second.response, QByteArray("tanstaaftanstaaf"));
    QCOMPARE(mechanism.lastResponsePayload(), AuthPayload::Secret);
    QVERIFY(mechanism.isComplete());
    // C9: an endless stream of prompts ends at the third.
    const SaslMechanism::Step third = mechanism.respond(QByteArray("Username:"));
    QVERIFY(third.isFailure());
    QVERIFY(third.response.isEmpty());
}

void TestSaslMechanism::cramMd5()
{
    CramMd5Mechanism mechanism(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    QVERIFY(!mechanism.hasInitialResponse());
    // RFC 2195 §2 example.
    const std::optional<QByteArray> challenge =
        Smtp::decodeStrictBase64("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
    QVERIFY(challenge);
    QCOMPARE(*challenge, QByteArray("<1896.697170952@postoffice.reston.mci.net>"));
    const SaslMechanism::Step step = mechanism.respond(*challenge);
    QVERIFY(!step.isFailure());
    QCOMPARE(step.response, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(step.response.toBase64(), QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QVERIFY(mechanism.isComplete());
}

void TestSaslMechanism::cramMd5SecondChallengeFails()
{
    CramMd5Mechanism mechanism(QStringLiteral("tim"), QStringLiteral("x"));
    QVERIFY(mechanism.respond(QByteArray()).isFailure());
    CramMd5Mechanism again(QStringLiteral("tim"), QStringLiteral("x"));
    QVERIFY(!again.respond(QByteArray("<1@x>")).isFailure());
    QVERIFY(again.respond(QByteArray("<2@x>")).isFailure());
}

void TestSaslMechanism::scram_data()
{
    QTest::addColumn<int>("hash");
    QTest::addColumn<QByteArray>("clientNonce");
    QTest::addColumn<QByteArray>("clientFirst");
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("clientFinal");
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<bool>("finalIn235");

    const QByteArray sha1First = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    const QByteArray sha1Final = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
    const QByteArray sha256First =
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    const QByteArray sha256Final =
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";

    for (const bool in235 : {false, true}) {
        const char *where = in235 ? "in 235" : "as 334 challenge";
        QTest::addRow("RFC 5802 §5 SCRAM-SHA-1, server-final %s", where)
            << int(ScramMechanism::Hash::Sha1) << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
            << QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL") << sha1First << sha1Final
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=") << in235;
        QTest::addRow("RFC 7677 §3 SCRAM-SHA-256, server-final %s", where)
            << int(ScramMechanism::Hash::Sha256) << QByteArray("rOprNGfwEbeRWgbNEkqO")
            << QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO") << sha256First << sha256Final
            << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=") << in235;
    }
}

void TestSaslMechanism::scram()
{
    QFETCH(int, hash);
    QFETCH(QByteArray, clientNonce);
    QFETCH(QByteArray, clientFirst);
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, clientFinal);
    QFETCH(QByteArray, serverFinal);
    QFETCH(bool, finalIn235);

    ScramMechanism mechanism(ScramMechanism::Hash(hash), QStringLiteral("user"), QStringLiteral("pencil"), clientNonce);
    QVERIFY(mechanism.setupError().isEmpty());
    QVERIFY(mechanism.hasInitialResponse());
    QCOMPARE(mechanism.initialResponse(), clientFirst);
    const SaslMechanism::Step finalStep = mechanism.respond(serverFirst);
    QVERIFY2(!finalStep.isFailure(), qPrintable(finalStep.error));
    QCOMPARE(finalStep.response, clientFinal);
    QVERIFY(!mechanism.isComplete());
    QVERIFY(mechanism.warnings().isEmpty());

    if (finalIn235) {
        QVERIFY(mechanism.verifyFinal(serverFinal).isEmpty());
    } else {
        const SaslMechanism::Step empty = mechanism.respond(serverFinal);
        QVERIFY2(!empty.isFailure(), qPrintable(empty.error));
        QVERIFY(empty.response.isEmpty());
        QCOMPARE(mechanism.lastResponsePayload(), AuthPayload::NoSecret);
        QVERIFY(mechanism.verifyFinal({}).isEmpty());
    }
    QVERIFY(mechanism.isComplete());
}

void TestSaslMechanism::scramWrongServerSignature_data()
{
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<bool>("finalIn235");

    for (const bool in235 : {false, true}) {
        const char *where = in235 ? "in 235" : "as 334";
        QTest::addRow("first character changed, %s", where)
            << QByteArray("v=7rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=") << in235;
        QTest::addRow("non-canonical padding bits, %s", where)
            << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G5=") << in235;
        QTest::addRow("signature of SCRAM-SHA-1, %s", where) << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=") << in235;
        QTest::addRow("not base64, %s", where) << QByteArray("v=!!!!") << in235;
        QTest::addRow("server error, %s", where) << QByteArray("e=invalid-proof") << in235;
        QTest::addRow("garbage, %s", where) << QByteArray("x=1") << in235;
    }
}

void TestSaslMechanism::scramWrongServerSignature()
{
    QFETCH(QByteArray, serverFinal);
    QFETCH(bool, finalIn235);

    ScramMechanism mechanism(ScramMechanism::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"),
                             QByteArray("rOprNGfwEbeRWgbNEkqO"));
    mechanism.initialResponse();
    QVERIFY(!mechanism.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                 .isFailure());
    if (finalIn235) {
        QVERIFY(!mechanism.verifyFinal(serverFinal).isEmpty());
    } else {
        const SaslMechanism::Step step = mechanism.respond(serverFinal);
        QVERIFY(step.isFailure());
        QVERIFY(!mechanism.verifyFinal({}).isEmpty());
    }
    QVERIFY(!mechanism.isComplete());
}

void TestSaslMechanism::scramSuccessWithoutSignatureFails()
{
    ScramMechanism mechanism(ScramMechanism::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"),
                             QByteArray("fyko+d2lbbFgONRv9qkxdawL"));
    // 235 before the exchange even started.
    QVERIFY(!mechanism.verifyFinal({}).isEmpty());

    ScramMechanism second(ScramMechanism::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"),
                          QByteArray("fyko+d2lbbFgONRv9qkxdawL"));
    second.initialResponse();
    QVERIFY(!second.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096").isFailure());
    // 235 with no additional data: the server never proved it knows the password.
    QVERIFY(!second.verifyFinal({}).isEmpty());
    QVERIFY(!second.isComplete());
}

void TestSaslMechanism::scramServerFirstChecks_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("warnings");

    QTest::addRow("normal") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=4096") << true << 0;
    QTest::addRow("extension after i is ignored")
        << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=4096,x=1") << true << 0;
    QTest::addRow("low iteration count warns") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=1024") << true << 1;
    QTest::addRow("nonce without server part warns") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=4096") << true << 1;
    QTest::addRow("at the iteration cap") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=100000") << true << 0;
    QTest::addRow("over the iteration cap") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=100001") << false << 0;
    QTest::addRow("huge iteration count")
        << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=99999999999999") << false << 0;
    QTest::addRow("zero iterations") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=0") << false << 0;
    QTest::addRow("negative iterations") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=-5") << false << 0;
    QTest::addRow("iterations not a number") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=4k") << false << 0;
    QTest::addRow("foreign nonce") << QByteArray("r=zzzzzzXYZ,s=QSXCR+Q6sek8bf92,i=4096") << false << 0;
    QTest::addRow("mandatory extension") << QByteArray("m=ext,r=abcdefXYZ,s=QSXCR+Q6sek8bf92,i=4096") << false << 0;
    QTest::addRow("salt not base64") << QByteArray("r=abcdefXYZ,s=!!!!,i=4096") << false << 0;
    QTest::addRow("empty salt") << QByteArray("r=abcdefXYZ,s=,i=4096") << false << 0;
    QTest::addRow("attributes out of order") << QByteArray("s=QSXCR+Q6sek8bf92,r=abcdefXYZ,i=4096") << false << 0;
    QTest::addRow("missing iteration count") << QByteArray("r=abcdefXYZ,s=QSXCR+Q6sek8bf92") << false << 0;
    QTest::addRow("empty") << QByteArray() << false << 0;
}

void TestSaslMechanism::scramServerFirstChecks()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(bool, accepted);
    QFETCH(int, warnings);

    ScramMechanism mechanism(ScramMechanism::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"),
                             QByteArray("abcdef"));
    mechanism.initialResponse();
    const SaslMechanism::Step step = mechanism.respond(serverFirst);
    QCOMPARE(!step.isFailure(), accepted);
    QCOMPARE(mechanism.warnings().size(), warnings);
    if (!accepted)
        QVERIFY(step.response.isEmpty());
}

void TestSaslMechanism::scramUserNameEscaping()
{
    ScramMechanism mechanism(ScramMechanism::Hash::Sha1, QStringLiteral("a=b,c"), QStringLiteral("x"),
                             QByteArray("nonce"));
    QCOMPARE(mechanism.initialResponse(), QByteArray("n,,n=a=3Db=2Cc,r=nonce"));
    QCOMPARE(mechanism.lastResponsePayload(), AuthPayload::UserName);

    ScramMechanism random(ScramMechanism::Hash::Sha256, QStringLiteral("u"), QStringLiteral("x"));
    const QByteArray first = random.initialResponse();
    QVERIFY(first.startsWith("n,,n=u,r="));
    QVERIFY(first.size() > 20);
    QVERIFY(!first.mid(9).contains(','));

    ScramMechanism badNonce(ScramMechanism::Hash::Sha256, QStringLiteral("u"), QStringLiteral("x"), QByteArray("a,b"));
    QVERIFY(!badNonce.setupError().isEmpty());
}

void TestSaslMechanism::saslPrep_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("prepared");

    // RFC 4013 §3 examples.
    QTest::addRow("SOFT HYPHEN mapped to nothing") << QStringLiteral("I\u00ADX") << true << QStringLiteral("IX");
    QTest::addRow("no transformation") << QStringLiteral("user") << true << QStringLiteral("user");
    QTest::addRow("case preserved") << QStringLiteral("USER") << true << QStringLiteral("USER");
    QTest::addRow("ordinal indicator (NFKC)") << QStringLiteral("\u00AA") << true << QStringLiteral("a");
    QTest::addRow("ROMAN NUMERAL NINE (NFKC)") << QStringLiteral("\u2168") << true << QStringLiteral("IX");
    QTest::addRow("BEL prohibited") << QStringLiteral("\u0007") << false << QString();
    // RFC 4013 §2.1 and §2.3.
    QTest::addRow("no-break space to space") << QStringLiteral("pen\u00A0cil") << true << QStringLiteral("pen cil");
    QTest::addRow("ideographic space to space") << QStringLiteral("a\u3000b") << true << QStringLiteral("a b");
    QTest::addRow("zero width joiner removed") << QStringLiteral("a\u200Db") << true << QStringLiteral("ab");
    QTest::addRow("byte order mark removed") << QStringLiteral("\uFEFFab") << true << QStringLiteral("ab");
    QTest::addRow("private use prohibited") << QStringLiteral("a\uE000") << false << QString();
    QTest::addRow("DEL prohibited") << QStringLiteral("a\u007F") << false << QString();
    QTest::addRow("mixed direction prohibited") << QStringLiteral("a\u05D0") << false << QString();
    QTest::addRow("empty") << QString() << true << QString();
}

void TestSaslMechanism::saslPrep()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, prepared);

    const SaslPrepResult result = Smtp::saslPrep(input);
    QCOMPARE(result.isValid(), valid);
    if (valid)
        QCOMPARE(result.prepared, prepared);
    else
        QVERIFY(!result.error.isEmpty());
}

void TestSaslMechanism::xoauth2()
{
    XOAuth2Mechanism mechanism(QStringLiteral("someuser@example.com"),
                               QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"));
    QVERIFY(mechanism.hasInitialResponse());
    QCOMPARE(mechanism.initialResponse(),
             QByteArray("user=someuser@example.com\x01"
                        "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    QVERIFY(mechanism.isComplete());
    const QByteArray json = R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})";
    const SaslMechanism::Step step = mechanism.respond(json);
    QVERIFY(!step.isFailure());
    QVERIFY(step.response.isEmpty());
    QCOMPARE(step.serverMessage, QString::fromLatin1(json));
    QCOMPARE(mechanism.lastResponsePayload(), AuthPayload::NoSecret);
    QVERIFY(!mechanism.isComplete());
    QVERIFY(mechanism.respond(json).isFailure());
}

// Hostile server: SASL error texts are shown, so a line break, ESC or bidi control in them is written visibly.
void TestSaslMechanism::serverTextIsEscaped()
{
    const QByteArray hostile = "bad\n* Certificate verified for a.test.\xE2\x80\xA8\xE2\x80\xAE\x1B[2J\\";
    const QString shown = QStringLiteral("bad\\n* Certificate verified for a.test.\\u2028\\u202E\\x1B[2J\\\\");

    XOAuth2Mechanism xoauth2(QStringLiteral("u"), QStringLiteral("t"));
    xoauth2.initialResponse();
    QCOMPARE(xoauth2.respond(R"({"status":")" + hostile + R"("})").serverMessage,
             QStringLiteral("{\"status\":\"") + shown + QStringLiteral("\"}"));

    OAuthBearerMechanism bearer(QStringLiteral("u"), QStringLiteral("t"), {});
    bearer.initialResponse();
    QCOMPARE(bearer.respond(hostile).serverMessage, shown);

    ScramMechanism scram(ScramMechanism::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"),
                         QByteArray("rOprNGfwEbeRWgbNEkqO"));
    scram.initialResponse();
    QVERIFY(!scram.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                 .isFailure());
    const QString error = scram.verifyFinal("e=" + hostile);
    QVERIFY2(error.endsWith(shown), qPrintable(error));

    ScramMechanism iterations(ScramMechanism::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"),
                              QByteArray("rOprNGfwEbeRWgbNEkqO"));
    iterations.initialResponse();
    const QString iterationError =
        iterations.respond("r=rOprNGfwEbeRWgbNEkqO%hvYD,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1\n2\x1B").error;
    QVERIFY2(iterationError.contains(QStringLiteral("\"1\\n2\\x1B\"")), qPrintable(iterationError));
}

void TestSaslMechanism::oauthBearer_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("RFC 7628 §4.1") << QStringLiteral("user@example.com") << QStringLiteral("server.example.com") << 143
                                   << QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                                                 "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::addRow("no server known") << QStringLiteral("user@example.com") << QString() << 0
                                     << QByteArray("n,a=user@example.com,\x01"
                                                   "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::addRow("international host name in ACE form")
        << QStringLiteral("u") << QStringLiteral("m\u00FCller.example") << 587
        << QByteArray("n,a=u,\x01host=xn--mller-kva.example\x01port=587\x01"
                      "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::addRow("saslname escaping") << QStringLiteral("a,b=c") << QString() << 0
                                       << QByteArray("n,a=a=2Cb=3Dc,\x01"
                                                     "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    QTest::addRow("no user") << QString() << QString() << 0
                             << QByteArray("n,,\x01"
                                           "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
}

void TestSaslMechanism::oauthBearer()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, expected);

    OAuthBearerMechanism mechanism(user, QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="),
                                   SaslServer{host, static_cast<quint16>(port)});
    QCOMPARE(mechanism.initialResponse(), expected);
    // RFC 7628 §3.2.2: the error challenge; §3.2.3: answered with a single \x01.
    const QByteArray json = R"({"status":"invalid_token","scope":"example_scope"})";
    const SaslMechanism::Step step = mechanism.respond(json);
    QVERIFY(!step.isFailure());
    QCOMPARE(step.response, QByteArray("\x01"));
    QCOMPARE(step.serverMessage, QString::fromLatin1(json));
    QVERIFY(!mechanism.isComplete());
    QVERIFY(mechanism.respond(json).isFailure());
}

void TestSaslMechanism::factory_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("createdName");

    QTest::addRow("plain") << QStringLiteral("PLAIN") << QStringLiteral("u") << QStringLiteral("p")
                           << QStringLiteral("PLAIN");
    QTest::addRow("lower case") << QStringLiteral("login") << QStringLiteral("u") << QStringLiteral("p")
                                << QStringLiteral("LOGIN");
    QTest::addRow("cram-md5") << QStringLiteral("Cram-MD5") << QStringLiteral("u") << QStringLiteral("p")
                              << QStringLiteral("CRAM-MD5");
    QTest::addRow("scram-sha-1") << QStringLiteral("SCRAM-SHA-1") << QStringLiteral("u") << QStringLiteral("p")
                                 << QStringLiteral("SCRAM-SHA-1");
    QTest::addRow("scram-sha-256") << QStringLiteral("SCRAM-SHA-256") << QStringLiteral("u") << QStringLiteral("p")
                                   << QStringLiteral("SCRAM-SHA-256");
    QTest::addRow("xoauth2") << QStringLiteral("XOAUTH2") << QStringLiteral("u") << QStringLiteral("t")
                             << QStringLiteral("XOAUTH2");
    QTest::addRow("oauthbearer") << QStringLiteral("OAUTHBEARER") << QStringLiteral("u") << QStringLiteral("t")
                                 << QStringLiteral("OAUTHBEARER");
    QTest::addRow("unknown mechanism") << QStringLiteral("GSSAPI") << QStringLiteral("u") << QStringLiteral("p")
                                       << QString();
    QTest::addRow("CRLF in user (C10)") << QStringLiteral("PLAIN") << QStringLiteral("u\r\nQUIT") << QStringLiteral("p")
                                        << QString();
    QTest::addRow("NUL in user (C10)") << QStringLiteral("PLAIN") << QString::fromUtf16(u"u\0x", 3)
                                       << QStringLiteral("p") << QString();
    QTest::addRow("NUL in password") << QStringLiteral("LOGIN") << QStringLiteral("u") << QString::fromUtf16(u"p\0x", 3)
                                     << QString();
    QTest::addRow("CRLF in token (C10)") << QStringLiteral("XOAUTH2") << QStringLiteral("u")
                                         << QStringLiteral("tok\r\nen") << QString();
    QTest::addRow("LF in password") << QStringLiteral("CRAM-MD5") << QStringLiteral("u") << QStringLiteral("a\nb")
                                    << QString();
    QTest::addRow("SCRAM prohibited character")
        << QStringLiteral("SCRAM-SHA-256") << QStringLiteral("u") << QStringLiteral("p\u0007") << QString();
}

void TestSaslMechanism::factory()
{
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, createdName);

    QString error = QStringLiteral("stale");
    const std::unique_ptr<SaslMechanism> mechanism = createSaslMechanism(name, user, secret, {}, &error);
    if (createdName.isEmpty()) {
        QVERIFY(!mechanism);
        QVERIFY(!error.isEmpty());
        QVERIFY(error != QLatin1String("stale"));
    } else {
        QVERIFY2(mechanism, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(mechanism->name(), createdName);
    }
}

void TestSaslMechanism::chooseStrongest_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("bearer");
    QTest::addColumn<QString>("chosen");

    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::addRow("all") << list("LOGIN PLAIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256 XOAUTH2") << false
                         << QStringLiteral("SCRAM-SHA-256");
    QTest::addRow("sha-1 over cram") << list("CRAM-MD5 SCRAM-SHA-1") << false << QStringLiteral("SCRAM-SHA-1");
    QTest::addRow("cram over plain") << list("PLAIN CRAM-MD5 LOGIN") << false << QStringLiteral("CRAM-MD5");
    QTest::addRow("plain over login") << list("LOGIN PLAIN") << false << QStringLiteral("PLAIN");
    QTest::addRow("login only") << list("LOGIN") << false << QStringLiteral("LOGIN");
    QTest::addRow("lower case offered") << list("login plain") << false << QStringLiteral("PLAIN");
    QTest::addRow("token mechanisms not for a password") << list("XOAUTH2 OAUTHBEARER") << false << QString();
    QTest::addRow("unknown only") << list("GSSAPI NTLM") << false << QString();
    QTest::addRow("nothing") << QStringList() << false << QString();
    QTest::addRow("bearer prefers OAUTHBEARER")
        << list("PLAIN XOAUTH2 OAUTHBEARER") << true << QStringLiteral("OAUTHBEARER");
    QTest::addRow("bearer XOAUTH2") << list("PLAIN XOAUTH2") << true << QStringLiteral("XOAUTH2");
    QTest::addRow("bearer never picks a password mechanism") << list("PLAIN LOGIN") << true << QString();
}

void TestSaslMechanism::chooseStrongest()
{
    QFETCH(QStringList, offered);
    QFETCH(bool, bearer);
    QFETCH(QString, chosen);
    QCOMPARE(chooseStrongestMechanism(offered, bearer), chosen);
}

void TestSaslMechanism::redactedForm()
{
    LoginMechanism login(QStringLiteral("tim"), QStringLiteral("secret"));
    QCOMPARE(login.redactedForm("AUTH LOGIN\r\n", true), QByteArray("AUTH LOGIN"));
    login.respond("Username:");
    QCOMPARE(login.redactedForm("dGlt\r\n", false), QByteArray("<redacted user name>"));
    login.respond("Password:");
    QCOMPARE(login.redactedForm("c2VjcmV0\r\n", false), QByteArray("<redacted>"));

    PlainMechanism plain(QStringLiteral("tim"), QStringLiteral("secret"));
    const QByteArray ir = Smtp::encodeInitialResponse(plain.initialResponse());
    QCOMPARE(plain.redactedForm("AUTH PLAIN " + ir + "\r\n", true), QByteArray("AUTH PLAIN <redacted>"));
    QCOMPARE(plain.redactedForm("*\r\n", false), QByteArray("*"));
}

QTEST_APPLESS_MAIN(TestSaslMechanism)
#include "tst_saslmechanism.moc"
