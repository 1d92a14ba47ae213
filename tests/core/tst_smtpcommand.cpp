#include "core/protocol/smtpcommand.h"

#include <QTest>

#include <functional>

using Smtp::SmtpCommand;

Q_DECLARE_METATYPE(Smtp::SmtpCommand)

namespace
{

using Builder = std::function<SmtpCommand(const QString &)>;

// Every builder that takes user input, each fed the hostile text in one of its arguments.
QList<QPair<QString, Builder>> builders()
{
    const QString ok = QStringLiteral("user@example.org");
    return {
        {QStringLiteral("EHLO"), [](const QString &s) { return SmtpCommand::ehlo(s); }},
        {QStringLiteral("HELO"), [](const QString &s) { return SmtpCommand::helo(s); }},
        {QStringLiteral("VRFY"), [](const QString &s) { return SmtpCommand::vrfy(s); }},
        {QStringLiteral("EXPN"), [](const QString &s) { return SmtpCommand::expn(s); }},
        {QStringLiteral("MAIL address"), [](const QString &s) { return SmtpCommand::mailFrom(s); }},
        {QStringLiteral("MAIL parameter"),
         [ok](const QString &s) {
             return SmtpCommand::mailFrom(ok, {QStringLiteral("BODY=8BITMIME"), s});
         }},
        {QStringLiteral("RCPT address"), [](const QString &s) { return SmtpCommand::rcptTo(s); }},
        {QStringLiteral("RCPT parameter"), [ok](const QString &s) { return SmtpCommand::rcptTo(ok, {s}); }},
        {QStringLiteral("AUTH mechanism"), [](const QString &s) { return SmtpCommand::auth(s); }},
        {QStringLiteral("AUTH initial response"),
         [](const QString &s) { return SmtpCommand::auth(QStringLiteral("PLAIN"), s.toUtf8()); }},
        {QStringLiteral("AUTH response"), [](const QString &s) { return SmtpCommand::authResponse(s.toUtf8()); }},
        {QStringLiteral("raw"), [](const QString &s) { return SmtpCommand::raw(s); }},
    };
}

} // namespace

class TestSmtpCommand : public QObject
{
    Q_OBJECT

private slots:
    void build_data();
    void build();
    void injectionRefused_data();
    void injectionRefused();
    void checkArgument_data();
    void checkArgument();
    void xtext_data();
    void xtext();
};

void TestSmtpCommand::build_data()
{
    QTest::addColumn<SmtpCommand>("command");
    QTest::addColumn<QByteArray>("bytes");

    const QString address = QStringLiteral("user@example.org");
    QTest::addRow("EHLO") << SmtpCommand::ehlo(QStringLiteral("client.example"))
                          << QByteArray("EHLO client.example\r\n");
    QTest::addRow("EHLO address literal")
        << SmtpCommand::ehlo(QStringLiteral("[192.0.2.1]")) << QByteArray("EHLO [192.0.2.1]\r\n");
    QTest::addRow("HELO") << SmtpCommand::helo(QStringLiteral("client.example"))
                          << QByteArray("HELO client.example\r\n");
    QTest::addRow("STARTTLS") << SmtpCommand::startTls() << QByteArray("STARTTLS\r\n");
    QTest::addRow("NOOP") << SmtpCommand::noop() << QByteArray("NOOP\r\n");
    QTest::addRow("RSET") << SmtpCommand::rset() << QByteArray("RSET\r\n");
    QTest::addRow("QUIT") << SmtpCommand::quit() << QByteArray("QUIT\r\n");
    QTest::addRow("DATA") << SmtpCommand::data() << QByteArray("DATA\r\n");
    QTest::addRow("VRFY") << SmtpCommand::vrfy(QStringLiteral("John Smith")) << QByteArray("VRFY John Smith\r\n");
    QTest::addRow("EXPN") << SmtpCommand::expn(QStringLiteral("staff")) << QByteArray("EXPN staff\r\n");
    QTest::addRow("MAIL") << SmtpCommand::mailFrom(address) << QByteArray("MAIL FROM:<user@example.org>\r\n");
    QTest::addRow("MAIL null reverse path") << SmtpCommand::mailFrom(QString()) << QByteArray("MAIL FROM:<>\r\n");
    QTest::addRow("MAIL with parameters")
        << SmtpCommand::mailFrom(address, {QStringLiteral("SIZE=1234"), QStringLiteral("BODY=8BITMIME")})
        << QByteArray("MAIL FROM:<user@example.org> SIZE=1234 BODY=8BITMIME\r\n");
    QTest::addRow("MAIL UTF-8") << SmtpCommand::mailFrom(QStringLiteral("jörg@exämple.org"),
                                                         {QStringLiteral("SMTPUTF8")})
                                << QByteArray("MAIL FROM:<j\xC3\xB6rg@ex\xC3\xA4mple.org> SMTPUTF8\r\n");
    QTest::addRow("RCPT") << SmtpCommand::rcptTo(address) << QByteArray("RCPT TO:<user@example.org>\r\n");
    QTest::addRow("RCPT quoted local part") << SmtpCommand::rcptTo(QStringLiteral("\"john doe\"@example.org"))
                                            << QByteArray("RCPT TO:<\"john doe\"@example.org>\r\n");
    QTest::addRow("RCPT with ORCPT") << SmtpCommand::rcptTo(address, {QStringLiteral("NOTIFY=SUCCESS,FAILURE")})
                                     << QByteArray("RCPT TO:<user@example.org> NOTIFY=SUCCESS,FAILURE\r\n");
    QTest::addRow("AUTH") << SmtpCommand::auth(QStringLiteral("LOGIN")) << QByteArray("AUTH LOGIN\r\n");
    QTest::addRow("AUTH lower-case mechanism")
        << SmtpCommand::auth(QStringLiteral("cram-md5")) << QByteArray("AUTH CRAM-MD5\r\n");
    QTest::addRow("AUTH initial response")
        << SmtpCommand::auth(QStringLiteral("PLAIN"), "AGZvbwBiYXI=") << QByteArray("AUTH PLAIN AGZvbwBiYXI=\r\n");
    QTest::addRow("AUTH empty initial response")
        << SmtpCommand::auth(QStringLiteral("EXTERNAL"), "=") << QByteArray("AUTH EXTERNAL =\r\n");
    QTest::addRow("AUTH response") << SmtpCommand::authResponse("dXNlcg==") << QByteArray("dXNlcg==\r\n");
    QTest::addRow("AUTH cancel") << SmtpCommand::authResponse("*") << QByteArray("*\r\n");
    QTest::addRow("AUTH empty response") << SmtpCommand::authResponse({}) << QByteArray("\r\n");
    QTest::addRow("raw") << SmtpCommand::raw(QStringLiteral("XCLIENT NAME=spike.porcupine.org"))
                         << QByteArray("XCLIENT NAME=spike.porcupine.org\r\n");
    QTest::addRow("raw with tab and UTF-8")
        << SmtpCommand::raw(QStringLiteral("VRFY\tjörg")) << QByteArray("VRFY\tj\xC3\xB6rg\r\n");
}

void TestSmtpCommand::build()
{
    QFETCH(SmtpCommand, command);
    QFETCH(QByteArray, bytes);

    QVERIFY2(command.isValid(), qPrintable(command.error));
    QVERIFY(command.error.isEmpty());
    QCOMPARE(command.bytes, bytes);
}

void TestSmtpCommand::injectionRefused_data()
{
    QTest::addColumn<int>("builder");
    QTest::addColumn<QString>("input");

    // hostile-servers C10: each must be refused by every builder before a byte reaches the socket.
    const QList<QPair<const char *, QString>> inputs = {
        {"MAIL FROM smuggling RCPT", QStringLiteral("a@example.com>\r\nRCPT TO:<attacker@evil.test")},
        {"quoted local part with CRLF", QStringLiteral("\"x\r\nDATA\r\n\"@example.com")},
        {"EHLO name with AUTH", QStringLiteral("host\r\nAUTH PLAIN AGZvbwBiYXI=")},
        {"NUL in user name", QStringLiteral("canary-user-7f3e") + QChar(0) + QStringLiteral("x")},
        {"token with CRLF", QStringLiteral("ya29.CANARY\r\n")},
        {"SIZE with CRLF", QStringLiteral("SIZE=10\r\nRCPT TO:<x@evil.test>")},
        {"bare CR", QStringLiteral("a\rb")},
        {"bare LF", QStringLiteral("a\nb")},
        {"lone NUL", QString(QChar(0))},
        {"escape character", QStringLiteral("a\x1B[2Jb")},
        {"DEL", QStringLiteral("a\x7F")},
    };
    const auto all = builders();
    for (qsizetype b = 0; b < all.size(); ++b) {
        for (const auto &[name, input] : inputs)
            QTest::addRow("%s: %s", qPrintable(all.at(b).first), name) << int(b) << input;
    }
}

void TestSmtpCommand::injectionRefused()
{
    QFETCH(int, builder);
    QFETCH(QString, input);

    const SmtpCommand command = builders().at(builder).second(input);
    QVERIFY(!command.isValid());
    QVERIFY(command.bytes.isEmpty());
    QVERIFY(!command.error.isEmpty());
    // The reason names the problem; it never repeats the input, which may be a secret.
    QVERIFY2(!command.error.contains(QStringLiteral("CANARY"), Qt::CaseInsensitive), qPrintable(command.error));
    QVERIFY(!command.error.contains(QStringLiteral("evil.test")));
}

void TestSmtpCommand::checkArgument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("host name") << QStringLiteral("mx.example.org") << QString();
    QTest::addRow("tab") << QStringLiteral("a\tb") << QString();
    QTest::addRow("UTF-8") << QStringLiteral("exämple.org") << QString();
    QTest::addRow("CR") << QStringLiteral("a\rb") << QStringLiteral("contains a line break (CR or LF)");
    QTest::addRow("LF") << QStringLiteral("a\n") << QStringLiteral("contains a line break (CR or LF)");
    QTest::addRow("NUL") << (QStringLiteral("a") + QChar(0)) << QStringLiteral("contains a NUL character");
    QTest::addRow("ESC") << QStringLiteral("\x1B") << QStringLiteral("contains a control character (0x1B)");
    QTest::addRow("DEL") << QStringLiteral("\x7F") << QStringLiteral("contains a control character (0x7F)");
}

void TestSmtpCommand::checkArgument()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QCOMPARE(SmtpCommand::checkArgument(text), reason);
}

void TestSmtpCommand::xtext_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("encoded");

    QTest::addRow("empty") << QByteArray() << QByteArray();
    QTest::addRow("plain address") << QByteArray("user@example.org") << QByteArray("user@example.org");
    // RFC 4954 §5.1 example.
    QTest::addRow("equals sign") << QByteArray("e=mc2@example.com") << QByteArray("e+3Dmc2@example.com");
    QTest::addRow("plus sign") << QByteArray("a+b") << QByteArray("a+2Bb");
    QTest::addRow("space") << QByteArray("a b") << QByteArray("a+20b");
    QTest::addRow("CRLF") << QByteArray("a\r\nb") << QByteArray("a+0D+0Ab");
    QTest::addRow("NUL") << QByteArray("\0", 1) << QByteArray("+00");
    QTest::addRow("DEL") << QByteArray("\x7F") << QByteArray("+7F");
    QTest::addRow("UTF-8") << QByteArray("\xC3\xA9") << QByteArray("+C3+A9");
    QTest::addRow("range ends") << QByteArray("!~") << QByteArray("!~");
    QTest::addRow("ORCPT") << QByteArray("rfc822;x+y@example.org") << QByteArray("rfc822;x+2By@example.org");
}

void TestSmtpCommand::xtext()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, encoded);

    QCOMPARE(Smtp::encodeXtext(text), encoded);
}

QTEST_APPLESS_MAIN(TestSmtpCommand)
#include "tst_smtpcommand.moc"
