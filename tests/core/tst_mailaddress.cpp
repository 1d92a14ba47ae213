#include "core/protocol/mailaddress.h"
#include "core/protocol/smtpcommand.h"

#include <QTest>

using Smtp::MailAddress;
using Smtp::SmtpCommand;

Q_DECLARE_METATYPE(Smtp::MailAddress::Path)

class TestMailAddress : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void commandsFollowTheRule_data();
    void commandsFollowTheRule();
    void splitList_data();
    void splitList();
};

void TestMailAddress::problem_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<MailAddress::Path>("path");
    QTest::addColumn<bool>("accepted");

    constexpr MailAddress::Path reverse = MailAddress::Path::Reverse;
    constexpr MailAddress::Path forward = MailAddress::Path::Forward;
    QTest::addRow("plain") << QStringLiteral("user@example.test") << forward << true;
    QTest::addRow("plain sender") << QStringLiteral("user@example.test") << reverse << true;
    QTest::addRow("postmaster without domain") << QStringLiteral("Postmaster") << forward << true;
    QTest::addRow("utf-8") << QStringLiteral("j\u00F6rg@b\u00FCcher.test") << forward << true;
    QTest::addRow("address literal") << QStringLiteral("user@[192.0.2.1]") << forward << true;
    QTest::addRow("IPv6 address literal") << QStringLiteral("user@[IPv6:2001:db8::1]") << forward << true;
    QTest::addRow("quoted local part with space") << QStringLiteral("\"john doe\"@example.test") << forward << true;
    QTest::addRow("quoted local part with escaped quote")
        << QStringLiteral("\"a\\\"b\"@example.test") << forward << true;
    QTest::addRow("quoted angle bracket") << QStringLiteral("\"a<b\"@example.test") << forward << true;
    QTest::addRow("empty sender is the null reverse-path") << QString() << reverse << true;
    QTest::addRow("empty recipient") << QString() << forward << false;
    QTest::addRow("typed <> as sender") << QStringLiteral("<>") << reverse << false;
    QTest::addRow("typed <> as recipient") << QStringLiteral("<>") << forward << false;
    QTest::addRow("angle brackets") << QStringLiteral("<a@example.test>") << forward << false;
    QTest::addRow("angle brackets as sender") << QStringLiteral("<a@example.test>") << reverse << false;
    QTest::addRow("closing bracket and parameter") << QStringLiteral("a@example.test> SIZE=1") << forward << false;
    QTest::addRow("display name") << QStringLiteral("Ann <a@example.test>") << forward << false;
    QTest::addRow("space outside quotes") << QStringLiteral("a b@example.test") << forward << false;
    QTest::addRow("unterminated quote") << QStringLiteral("\"ab@example.test") << forward << false;
    QTest::addRow("CRLF injection (C10)")
        << QStringLiteral("a@example.com>\r\nRCPT TO:<attacker@evil.test") << reverse << false;
    QTest::addRow("CRLF in quoted local part (C10)")
        << QStringLiteral("\"x\r\nDATA\r\n\"@example.com") << forward << false;
    QTest::addRow("bare LF") << QStringLiteral("a\n@example.test") << forward << false;
    QTest::addRow("NUL") << QString::fromUtf16(u"a\0@example.test", 15) << forward << false;
    QTest::addRow("tab") << QStringLiteral("a\t@example.test") << forward << false;
    QTest::addRow("DEL") << QStringLiteral("a\u007F@example.test") << forward << false;
    QTest::addRow("C1 control") << QStringLiteral("a\u0085@example.test") << forward << false;
}

void TestMailAddress::problem()
{
    QFETCH(QString, address);
    QFETCH(MailAddress::Path, path);
    QFETCH(bool, accepted);

    const QString reason = MailAddress::problem(address, path);
    QCOMPARE(reason.isEmpty(), accepted);
    // Shown on one line next to a field, and never repeating what may be a pasted secret.
    QVERIFY(!reason.contains(u'\r') && !reason.contains(u'\n'));
    if (!address.isEmpty() && address != QStringLiteral("<>"))
        QVERIFY2(!reason.contains(address), qPrintable(reason));
}

void TestMailAddress::commandsFollowTheRule_data()
{
    problem_data();
}

void TestMailAddress::commandsFollowTheRule()
{
    QFETCH(QString, address);
    QFETCH(MailAddress::Path, path);
    QFETCH(bool, accepted);

    // The command builders take exactly what the fields take: no second, looser rule on the wire.
    const SmtpCommand command =
        path == MailAddress::Path::Reverse ? SmtpCommand::mailFrom(address) : SmtpCommand::rcptTo(address);
    QCOMPARE(command.isValid(), accepted);
    if (accepted)
        QVERIFY(command.bytes.contains(QByteArray('<' + address.toUtf8() + '>')));
    else
        QCOMPARE(command.error, MailAddress::problem(address, path));
}

void TestMailAddress::splitList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::addRow("commas") << QStringLiteral("a@x.org,b@x.org")
                            << QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@x.org")};
    QTest::addRow("commas and spaces") << QStringLiteral(" a@x.org , b@x.org  c@x.org ")
                                       << QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@x.org"),
                                                      QStringLiteral("c@x.org")};
    QTest::addRow("line breaks and tabs")
        << QStringLiteral("a@x.org\n\tb@x.org") << QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@x.org")};
    QTest::addRow("quoted local part with a space")
        << QStringLiteral("\"ann lee\"@x.org, b@x.org")
        << QStringList{QStringLiteral("\"ann lee\"@x.org"), QStringLiteral("b@x.org")};
    QTest::addRow("quoted comma") << QStringLiteral("\"a,b\"@x.org") << QStringList{QStringLiteral("\"a,b\"@x.org")};
    QTest::addRow("empty") << QStringLiteral(" , ") << QStringList{};
}

void TestMailAddress::splitList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QCOMPARE(MailAddress::splitList(text), addresses);
}

QTEST_APPLESS_MAIN(TestMailAddress)
#include "tst_mailaddress.moc"
