#include "core/message/messagebuilder.h"
#include "core/protocol/capabilities.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Smtp;

namespace
{

Capabilities capabilitiesFrom(const QByteArrayList &keywords)
{
    Reply reply;
    reply.code = 250;
    reply.lines = QByteArrayList{QByteArrayLiteral("mail.example.test greets you")} + keywords;
    for (qsizetype i = 0; i < reply.lines.size(); ++i)
        reply.raw += "250" + QByteArray(i + 1 < reply.lines.size() ? "-" : " ") + reply.lines.at(i) + "\r\n";
    return Capabilities::fromEhloReply(reply);
}

bool hasBareCrOrLf(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            return true;
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return true;
    }
    return false;
}

// Decodes "=?UTF-8?B?...?=" words separated by folding whitespace (RFC 2047 §6.2).
QString decodeEncodedWords(const QByteArray &header)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    auto it = word.globalMatch(QString::fromLatin1(header));
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

} // namespace

class TestMessageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void prepareDataPayload_data();
    void prepareDataPayload();
    void formatDate_data();
    void formatDate();
    void formatDateIgnoresLocale();
    void encodeHeaderText_data();
    void encodeHeaderText();
    void testMessage();
    void testMessageNonAscii();
    void textMessage_data();
    void textMessage();
    void needs8Bit_data();
    void needs8Bit();
    void needsSmtpUtf8_data();
    void needsSmtpUtf8();
    void checkMessageData_data();
    void checkMessageData();
    void messageInfo();
    void mailParameters_data();
    void mailParameters();
    void checkDsnNotify_data();
    void checkDsnNotify();
    void rcptParameters_data();
    void rcptParameters();
};

void TestMessageBuilder::prepareDataPayload_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("payload");

    // C12 cases.
    QTest::addRow("CRLF message") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("bare CR") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("LF dot LF (smuggling)")
        << QByteArray("a\n.\nMAIL FROM:<x>\n") << QByteArray("a\r\n..\r\nMAIL FROM:<x>\r\n.\r\n");
    QTest::addRow("CRLF dot LF (smuggling)") << QByteArray("a\r\n.\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::addRow("LF dot CRLF (smuggling)") << QByteArray("a\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::addRow("CR dot CR (smuggling)") << QByteArray("a\r.\rb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::addRow("lines starting with a dot")
        << QByteArray(".hidden\r\n..two\r\nx.y\r\n") << QByteArray("..hidden\r\n...two\r\nx.y\r\n.\r\n");
    QTest::addRow("dot on the first line alone") << QByteArray(".\r\n") << QByteArray("..\r\n.\r\n");
    QTest::addRow("empty message") << QByteArray() << QByteArray("\r\n.\r\n");
    QTest::addRow("no final newline") << QByteArray("a\r\nlast") << QByteArray("a\r\nlast\r\n.\r\n");
    QTest::addRow("no final newline, dot line") << QByteArray("a\n.") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::addRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::addRow("LF CR is two line ends") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::addRow("only newlines") << QByteArray("\n\n") << QByteArray("\r\n\r\n.\r\n");
    QTest::addRow("8-bit kept") << QByteArray("\xC3\xA4\n") << QByteArray("\xC3\xA4\r\n.\r\n");
}

void TestMessageBuilder::prepareDataPayload()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, payload);

    const QByteArray result = Smtp::prepareDataPayload(message);
    QCOMPARE(result, payload);
    QVERIFY(result.endsWith("\r\n.\r\n"));
    QVERIFY(!hasBareCrOrLf(result));
    // Exactly one end-of-data sequence, at the very end.
    QCOMPARE(result.indexOf("\r\n.\r\n"), result.size() - 5);
}

void TestMessageBuilder::formatDate_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("UTC") << QDateTime(QDate(2026, 11, 25), QTime(10, 4, 22), Qt::UTC)
                         << QByteArray("Wed, 25 Nov 2026 10:04:22 +0000");
    QTest::addRow("single-digit day, positive offset")
        << QDateTime(QDate(2024, 3, 3), QTime(7, 5, 9), QTimeZone(3600 * 5 + 1800))
        << QByteArray("Sun, 3 Mar 2024 07:05:09 +0530");
    QTest::addRow("negative offset") << QDateTime(QDate(2023, 1, 30), QTime(23, 59, 59), QTimeZone(-8 * 3600))
                                     << QByteArray("Mon, 30 Jan 2023 23:59:59 -0800");
    QTest::addRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC)
                              << QByteArray("Tue, 29 Feb 2028 00:00:00 +0000");
}

void TestMessageBuilder::formatDate()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QByteArray, expected);
    QCOMPARE(formatRfc5322Date(dateTime), expected);
}

void TestMessageBuilder::formatDateIgnoresLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray date = formatRfc5322Date(QDateTime(QDate(2026, 12, 24), QTime(18, 0), Qt::UTC));
    QLocale::setDefault(previous);
    QCOMPARE(date, QByteArray("Thu, 24 Dec 2026 18:00:00 +0000"));
}

void TestMessageBuilder::encodeHeaderText_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("ascii") << QStringLiteral("SMTP Workbench test");
    QTest::addRow("umlauts") << QStringLiteral("Pr\u00FCfung \u00E4\u00F6\u00FC");
    QTest::addRow("long CJK") << QString(40, QChar(0x6F22));
    QTest::addRow("emoji (surrogate pairs)") << QString::fromUtf8("\xF0\x9F\x93\xA7 mail \xF0\x9F\x93\xA7").repeated(8);
}

void TestMessageBuilder::encodeHeaderText()
{
    QFETCH(QString, text);

    const QByteArray encoded = Smtp::encodeHeaderText(text);
    const bool ascii = text.toLatin1() == text.toUtf8();
    if (ascii) {
        QCOMPARE(encoded, text.toLatin1());
        return;
    }
    QCOMPARE(decodeEncodedWords(encoded), text);
    for (const QByteArray &line : encoded.split('\n')) {
        const QByteArray word = line.trimmed();
        // RFC 2047 §2: an encoded word is at most 75 characters.
        QVERIFY2(word.size() <= 75, word.constData());
        QVERIFY(word.startsWith("=?UTF-8?B?"));
        // Every word decodes to valid UTF-8 by itself (§5: characters are not split).
        const QByteArray raw = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        QCOMPARE(QString::fromUtf8(raw).toUtf8(), raw);
    }
    QVERIFY(!hasBareCrOrLf(encoded));
}

void TestMessageBuilder::testMessage()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 4, 22), Qt::UTC);
    const QByteArray message =
        buildTestMessage(QStringLiteral("alice@example.test"), {QStringLiteral("bob@example.test")},
                         QStringLiteral("Test\r\nBcc: evil@example.test"), QStringLiteral("Office relay"), now,
                         QStringLiteral("client.example.test"));
    QVERIFY(message.startsWith("Date: Wed, 25 Nov 2026 10:04:22 +0000\r\n"));
    QVERIFY(message.contains("\r\nFrom: alice@example.test\r\n"));
    QVERIFY(message.contains("\r\nTo: bob@example.test\r\n"));
    // Control characters in the subject cannot add a header.
    QVERIFY(message.contains("\r\nSubject: Test  Bcc: evil@example.test\r\n"));
    QVERIFY(!message.contains("\r\nBcc:"));
    QVERIFY(QRegularExpression(QStringLiteral("\r\nMessage-ID: <[0-9a-f-]{36}@client\\.example\\.test>\r\n"))
                .match(QString::fromLatin1(message))
                .hasMatch());
    QVERIFY(message.contains("\r\nMIME-Version: 1.0\r\n"));
    QVERIFY(message.contains("Content-Transfer-Encoding: 7bit\r\n"));
    const QByteArray body = message.mid(message.indexOf("\r\n\r\n") + 4);
    QVERIFY(body.contains("Office relay"));
    QVERIFY(body.contains("Wed, 25 Nov 2026 10:04:22 +0000"));
    QVERIFY(message.endsWith("\r\n"));
    QVERIFY(!hasBareCrOrLf(message));
    QVERIFY(!needs8BitMime(message));
}

void TestMessageBuilder::testMessageNonAscii()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 4, 22), Qt::UTC);
    const QByteArray message = buildTestMessage(
        QStringLiteral("a@example.test"), {QStringLiteral("b@example.test"), QStringLiteral("c@example.test")},
        QStringLiteral("Gr\u00FC\u00DFe"), QStringLiteral("B\u00FCro"), now, QString());
    QVERIFY(message.contains("\r\nTo: b@example.test,\r\n c@example.test\r\n"));
    QVERIFY(message.contains("\r\nSubject: =?UTF-8?B?"));
    QVERIFY(message.contains("@smtp-workbench.invalid>"));
    QVERIFY(message.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    QVERIFY(message.contains("B=C3=BCro"));
    // The body is encoded, so the message stays 7-bit and needs no 8BITMIME.
    QVERIFY(!needs8BitMime(message));
    QVERIFY(!hasBareCrOrLf(message));
    for (const QByteArray &line : message.split('\n'))
        QVERIFY(line.size() <= 79);
}

void TestMessageBuilder::textMessage_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("subjectHeader");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("encodedBody");

    QTest::addRow("ASCII, LF lines") << QStringLiteral("Hello") << QStringLiteral("one\ntwo\n.three")
                                     << QByteArray("Hello") << QByteArray("7bit")
                                     << QByteArray("one\r\ntwo\r\n.three\r\n");
    QTest::addRow("CRLF and bare CR lines")
        << QStringLiteral("Hello") << QStringLiteral("one\r\ntwo\rthree") << QByteArray("Hello") << QByteArray("7bit")
        << QByteArray("one\r\ntwo\r\nthree\r\n");
    QTest::addRow("non-ASCII subject and body")
        << QStringLiteral("Gr\u00FC\u00DFe") << QStringLiteral("Sch\u00F6n") << QByteArray("=?UTF-8?B?R3LDvMOfZQ==?=")
        << QByteArray("quoted-printable") << QByteArray("Sch=C3=B6n\r\n");
    // RFC 5322 §2.1.1: no line over 998 octets; quoted-printable folds it with soft line breaks.
    QTest::addRow("ASCII line over 998 octets") << QStringLiteral("Long") << QString(1000, u'x') << QByteArray("Long")
                                                << QByteArray("quoted-printable") << QByteArray(75, 'x') + "=\r\n";
    QTest::addRow("line break smuggled into the subject")
        << QStringLiteral("Hi\r\nBcc: evil@example.test") << QStringLiteral("body")
        << QByteArray("Hi  Bcc: evil@example.test") << QByteArray("7bit") << QByteArray("body\r\n");
}

// The compose panel's message: complete headers, a subject that cannot add a header, a 7-bit body.
void TestMessageBuilder::textMessage()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QByteArray, subjectHeader);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, encodedBody);

    const QDateTime now(QDate(2026, 11, 25), QTime(10, 4, 22), Qt::UTC);
    const QByteArray message =
        buildTextMessage(QStringLiteral("alice@example.test"), {QStringLiteral("bob@example.test")}, subject, body, now,
                         QStringLiteral("example.test"));
    QVERIFY(message.startsWith("Date: Wed, 25 Nov 2026 10:04:22 +0000\r\nMessage-ID: <"));
    QVERIFY(message.contains("@example.test>\r\n"));
    QVERIFY(message.contains("\r\nFrom: alice@example.test\r\nTo: bob@example.test\r\n"));
    QVERIFY2(message.contains(QByteArray("\r\nSubject: " + subjectHeader + "\r\n")), message.constData());
    QVERIFY(!message.contains("\r\nBcc:"));
    QVERIFY(message.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY2(message.contains(QByteArray("\r\nContent-Transfer-Encoding: " + encoding + "\r\n")), message.constData());
    const QByteArray bodyPart = message.mid(message.indexOf("\r\n\r\n") + 4);
    QVERIFY2(bodyPart.startsWith(encodedBody), bodyPart.constData());
    QVERIFY(message.endsWith("\r\n"));
    QVERIFY(!hasBareCrOrLf(message));
    QVERIFY(!needs8BitMime(message));
    for (const QByteArray &line : message.split('\n'))
        QVERIFY(line.size() <= 999);
}

void TestMessageBuilder::needs8Bit_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("needed");

    QTest::addRow("ascii") << QByteArray("Subject: x\r\n\r\nhello\r\n") << false;
    QTest::addRow("utf-8 body") << QByteArray("\r\n\xC3\xA4") << true;
    QTest::addRow("latin-1 byte") << QByteArray("\xE9") << true;
    QTest::addRow("empty") << QByteArray() << false;
}

void TestMessageBuilder::needs8Bit()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, needed);
    QCOMPARE(needs8BitMime(message), needed);
}

void TestMessageBuilder::needsSmtpUtf8_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<bool>("needed");

    QTest::addRow("ascii") << QStringLiteral("a@example.test") << QStringList{QStringLiteral("b@example.test")}
                           << false;
    QTest::addRow("utf-8 sender") << QStringLiteral("j\u00F6rg@example.test")
                                  << QStringList{QStringLiteral("b@example.test")} << true;
    QTest::addRow("utf-8 recipient domain")
        << QStringLiteral("a@example.test")
        << QStringList{QStringLiteral("b@example.test"), QStringLiteral("b@b\u00FCcher.test")} << true;
    QTest::addRow("null reverse path") << QString() << QStringList{QStringLiteral("b@example.test")} << false;
}

void TestMessageBuilder::needsSmtpUtf8()
{
    QFETCH(QString, from);
    QFETCH(QStringList, to);
    QFETCH(bool, needed);
    QCOMPARE(Smtp::needsSmtpUtf8(from, to), needed);
}

void TestMessageBuilder::checkMessageData_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("problems");

    QTest::addRow("fine") << QByteArray("Subject: x\r\n\r\nbody\r\n") << 0;
    QTest::addRow("998-octet line") << QByteArray(998, 'x') + "\r\n" << 0;
    QTest::addRow("999-octet line") << QByteArray(999, 'x') + "\r\n" << 1;
    QTest::addRow("long line after bare LF") << "a\n" + QByteArray(2000, 'x') << 1;
    QTest::addRow("NUL") << QByteArray("a\0b", 3) << 1;
    QTest::addRow("NUL and long line") << QByteArray("\0", 1) + QByteArray(1000, 'x') << 2;
}

void TestMessageBuilder::checkMessageData()
{
    QFETCH(QByteArray, message);
    QFETCH(int, problems);
    QCOMPARE(Smtp::checkMessageData(message).size(), problems);
}

void TestMessageBuilder::messageInfo()
{
    const QByteArray payload = Smtp::prepareDataPayload("Subject: x\n\n\xC3\xA4\n");
    const MessageInfo info =
        messageInfoFor(payload, QStringLiteral("a@example.test"), {QStringLiteral("b@b\u00FC.test")});
    QCOMPARE(info.size, payload.size());
    QVERIFY(info.eightBit);
    QVERIFY(info.smtpUtf8);
    QVERIFY(!info.requireTls);
    QVERIFY(info.dsnReturn.isEmpty());
}

void TestMessageBuilder::mailParameters_data()
{
    QTest::addColumn<QByteArrayList>("keywords");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QString>("ret");
    QTest::addColumn<QString>("envid");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<bool>("tlsValidated");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("warnings");

    const QByteArrayList all = {"SIZE 10000", "8BITMIME", "SMTPUTF8", "DSN", "REQUIRETLS", "PIPELINING"};
    const QByteArrayList none = {"PIPELINING"};

    QTest::addRow("nothing asked, nothing advertised") << none << qint64(-1) << false << false << QString() << QString()
                                                       << false << false << QStringList() << true << 0;
    QTest::addRow("SIZE advertised") << all << qint64(1234) << false << false << QString() << QString() << false
                                     << false << QStringList{QStringLiteral("SIZE=1234")} << true << 0;
    QTest::addRow("SIZE not advertised (C11)") << none << qint64(1234) << false << false << QString() << QString()
                                               << false << false << QStringList() << true << 0;
    QTest::addRow("SIZE over the limit warns")
        << all << qint64(20000) << false << false << QString() << QString() << false << false
        << QStringList{QStringLiteral("SIZE=20000")} << true << 1;
    QTest::addRow("8BITMIME advertised and needed")
        << all << qint64(-1) << true << false << QString() << QString() << false << false
        << QStringList{QStringLiteral("BODY=8BITMIME")} << true << 0;
    QTest::addRow("8BITMIME advertised, not needed") << all << qint64(-1) << false << false << QString() << QString()
                                                     << false << false << QStringList() << true << 0;
    QTest::addRow("8-bit without 8BITMIME warns") << none << qint64(-1) << true << false << QString() << QString()
                                                  << false << false << QStringList() << true << 1;
    QTest::addRow("SMTPUTF8 advertised and needed")
        << all << qint64(-1) << false << true << QString() << QString() << false << false
        << QStringList{QStringLiteral("SMTPUTF8")} << true << 0;
    QTest::addRow("SMTPUTF8 needed, not advertised") << none << qint64(-1) << false << true << QString() << QString()
                                                     << false << false << QStringList() << false << 0;
    QTest::addRow("DSN advertised, xtext ENVID")
        << all << qint64(-1) << false << false << QStringLiteral("hdrs") << QStringLiteral("id+1=2 x") << false << false
        << QStringList{QStringLiteral("RET=HDRS"), QStringLiteral("ENVID=id+2B1+3D2+20x")} << true << 0;
    // Hostile C11: no DSN parameters to a server without DSN, and no message without what the user asked for.
    QTest::addRow("DSN not advertised (C11)") << none << qint64(-1) << false << false << QStringLiteral("FULL")
                                              << QStringLiteral("abc") << false << false << QStringList() << false << 0;
    QTest::addRow("bad RET") << all << qint64(-1) << false << false << QStringLiteral("SOME") << QString() << false
                             << false << QStringList() << false << 0;
    QTest::addRow("ENVID with CRLF (C10)")
        << all << qint64(-1) << false << false << QString() << QStringLiteral("a\r\nRSET") << false << false
        << QStringList() << false << 0;
    QTest::addRow("ENVID too long") << all << qint64(-1) << false << false << QString()
                                    << QString(101, QLatin1Char('x')) << false << false << QStringList() << false << 0;
    QTest::addRow("REQUIRETLS on validated TLS")
        << all << qint64(-1) << false << false << QString() << QString() << true << true
        << QStringList{QStringLiteral("REQUIRETLS")} << true << 0;
    QTest::addRow("REQUIRETLS without validated TLS") << all << qint64(-1) << false << false << QString() << QString()
                                                      << true << false << QStringList() << false << 0;
    QTest::addRow("REQUIRETLS not advertised") << none << qint64(-1) << false << false << QString() << QString() << true
                                               << true << QStringList() << false << 0;
    QTest::addRow("everything") << all << qint64(99) << true << true << QStringLiteral("FULL") << QStringLiteral("q1")
                                << true << true
                                << QStringList{QStringLiteral("SIZE=99"),  QStringLiteral("BODY=8BITMIME"),
                                               QStringLiteral("SMTPUTF8"), QStringLiteral("RET=FULL"),
                                               QStringLiteral("ENVID=q1"), QStringLiteral("REQUIRETLS")}
                                << true << 0;
}

void TestMessageBuilder::mailParameters()
{
    QFETCH(QByteArrayList, keywords);
    QFETCH(qint64, size);
    QFETCH(bool, eightBit);
    QFETCH(bool, smtpUtf8);
    QFETCH(QString, ret);
    QFETCH(QString, envid);
    QFETCH(bool, requireTls);
    QFETCH(bool, tlsValidated);
    QFETCH(QStringList, parameters);
    QFETCH(bool, valid);
    QFETCH(int, warnings);

    MessageInfo info;
    info.size = size;
    info.eightBit = eightBit;
    info.smtpUtf8 = smtpUtf8;
    info.dsnReturn = ret;
    info.dsnEnvelopeId = envid;
    info.requireTls = requireTls;
    info.tlsValidated = tlsValidated;
    const MailParameters result = buildMailParameters(capabilitiesFrom(keywords), info);
    QCOMPARE(result.isValid(), valid);
    if (valid) {
        QCOMPARE(result.parameters, parameters);
        QCOMPARE(result.warnings.size(), warnings);
    } else {
        QVERIFY(!result.error.isEmpty());
    }
}

void TestMessageBuilder::checkDsnNotify_data()
{
    QTest::addColumn<QString>("notify");
    QTest::addColumn<bool>("valid");

    QTest::addRow("NEVER") << QStringLiteral("NEVER") << true;
    QTest::addRow("SUCCESS") << QStringLiteral("SUCCESS") << true;
    QTest::addRow("all three") << QStringLiteral("SUCCESS,FAILURE,DELAY") << true;
    QTest::addRow("lower case, spaces") << QStringLiteral("failure, delay") << true;
    QTest::addRow("NEVER with SUCCESS (C11)") << QStringLiteral("NEVER,SUCCESS") << false;
    QTest::addRow("SUCCESS with NEVER") << QStringLiteral("SUCCESS,NEVER") << false;
    QTest::addRow("unknown keyword") << QStringLiteral("ALWAYS") << false;
    QTest::addRow("repeated") << QStringLiteral("DELAY,DELAY") << false;
    QTest::addRow("empty item") << QStringLiteral("SUCCESS,,FAILURE") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("CRLF (C10)") << QStringLiteral("SUCCESS\r\nRSET") << false;
}

void TestMessageBuilder::checkDsnNotify()
{
    QFETCH(QString, notify);
    QFETCH(bool, valid);
    QCOMPARE(Smtp::checkDsnNotify(notify).isEmpty(), valid);
}

void TestMessageBuilder::rcptParameters_data()
{
    QTest::addColumn<QByteArrayList>("keywords");
    QTest::addColumn<QString>("notify");
    QTest::addColumn<QString>("orcpt");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("warnings");

    const QByteArrayList dsn = {"DSN"};
    const QByteArrayList none = {"PIPELINING"};
    QTest::addRow("nothing") << dsn << QString() << QString() << QStringList() << true << 0;
    QTest::addRow("NOTIFY normalised") << dsn << QStringLiteral("success, failure") << QString()
                                       << QStringList{QStringLiteral("NOTIFY=SUCCESS,FAILURE")} << true << 0;
    QTest::addRow("ORCPT xtext") << dsn << QString() << QStringLiteral("a+b=c@example.test")
                                 << QStringList{QStringLiteral("ORCPT=rfc822;a+2Bb+3Dc@example.test")} << true << 0;
    // RFC 6533 §3: the 7-bit utf-8-addr-xtext form, '+' and '=' escaped the same way as the Unicode characters.
    QTest::addRow("ORCPT non-ASCII (RFC 6533)")
        << dsn << QString() << QStringLiteral("j\u00F6rg+x@b\u00FCro.example")
        << QStringList{QStringLiteral("ORCPT=utf-8;j\\x{F6}rg\\x{2B}x@b\\x{FC}ro.example")} << true << 0;
    QTest::addRow("ORCPT outside the Basic Multilingual Plane")
        << dsn << QString() << QStringLiteral("\U0001F600@example.test")
        << QStringList{QStringLiteral("ORCPT=utf-8;\\x{1F600}@example.test")} << true << 0;
    QTest::addRow("both") << dsn << QStringLiteral("NEVER") << QStringLiteral("x@example.test")
                          << QStringList{QStringLiteral("NOTIFY=NEVER"), QStringLiteral("ORCPT=rfc822;x@example.test")}
                          << true << 0;
    QTest::addRow("DSN not advertised (C11)")
        << none << QStringLiteral("SUCCESS") << QStringLiteral("x@example.test") << QStringList() << false << 0;
    QTest::addRow("invalid NOTIFY even without DSN")
        << none << QStringLiteral("NEVER,DELAY") << QString() << QStringList() << false << 0;
    QTest::addRow("ORCPT with CRLF (C10)")
        << dsn << QString() << QStringLiteral("x@example.test>\r\nDATA") << QStringList() << false << 0;
}

void TestMessageBuilder::rcptParameters()
{
    QFETCH(QByteArrayList, keywords);
    QFETCH(QString, notify);
    QFETCH(QString, orcpt);
    QFETCH(QStringList, parameters);
    QFETCH(bool, valid);
    QFETCH(int, warnings);

    const EnvelopeParameters result = buildRcptParameters(capabilitiesFrom(keywords), notify, orcpt);
    QCOMPARE(result.isValid(), valid);
    QCOMPARE(result.parameters, parameters);
    if (valid)
        QCOMPARE(result.warnings.size(), warnings);
    else
        QVERIFY(!result.error.isEmpty());
}

QTEST_APPLESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
