#include "core/message/messagebuilder.h"
#include "core/message/messagecomposition.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Smtp;

namespace
{

const QDateTime fixedNow(QDate(2026, 11, 25), QTime(10, 4, 22), QTimeZone(3600));

ComposedMessage compose(const MessageComposition &composition)
{
    return composeMessage(QStringLiteral("alice@example.test"), {QStringLiteral("bob@example.test")}, composition,
                          QStringLiteral("Default subject"), QStringLiteral("Default body\n"), fixedNow,
                          QStringLiteral("example.test"));
}

/// The header block of a message or part (before the first empty line), one unfolded field per entry.
QStringList headerFields(const QByteArray &block)
{
    const QByteArray head = block.left(block.indexOf("\r\n\r\n"));
    QStringList fields;
    for (const QByteArray &line : head.split('\n')) {
        const QString text = QString::fromUtf8(line).chopped(line.endsWith('\r') ? 1 : 0);
        if (text.startsWith(u' ') && !fields.isEmpty())
            fields.last() += text;
        else
            fields << text;
    }
    return fields;
}

QString field(const QStringList &fields, const QString &name)
{
    for (const QString &f : fields) {
        if (f.startsWith(name + u':', Qt::CaseInsensitive))
            return f.mid(name.size() + 1).trimmed();
    }
    return {};
}

/// The parts of a multipart message between its boundaries (the text before the first one left out); RFC 2046 §5.1.1:
/// the CRLF before a boundary belongs to the boundary, not to the part.
QList<QByteArray> parts(const QByteArray &message, QByteArray *closing = nullptr)
{
    static const QRegularExpression boundaryParameter(QStringLiteral("boundary=\"([^\"]+)\""));
    const QString boundary = boundaryParameter.match(QString::fromLatin1(message)).captured(1);
    const QByteArray delimiter = "\r\n--" + boundary.toLatin1();
    QList<QByteArray> result;
    qsizetype at = message.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype start = at + delimiter.size();
        if (message.mid(start, 2) == "--") {
            if (closing)
                *closing = message.mid(start);
            break;
        }
        const qsizetype next = message.indexOf(delimiter, start);
        result << message.mid(start + 2, next < 0 ? -1 : next - start - 2);
        at = next;
    }
    return result;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class TestMessageComposition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void headerFieldProblem_data();
    void headerFieldProblem();
    void defaultsWithoutComposition();
    void subjectBodyAndHeaders();
    void dotStuffingLeftToData();
    void attachments();
    void nonAsciiAttachmentName();
    void unreadableAttachment();
};

void TestMessageComposition::headerFieldProblem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("valid");

    QTest::addRow("plain") << QStringLiteral("X-Test: yes") << true;
    QTest::addRow("empty value") << QStringLiteral("X-Empty:") << true;
    QTest::addRow("tab in value") << QStringLiteral("X-Tab: a\tb") << true;
    QTest::addRow("non-ASCII value") << QStringLiteral("X-Name: J\u00F6rg") << true;
    QTest::addRow("replaces Subject") << QStringLiteral("Subject: other") << true;
    QTest::addRow("no colon") << QStringLiteral("X-Test yes") << false;
    QTest::addRow("empty name") << QStringLiteral(": yes") << false;
    QTest::addRow("space in name") << QStringLiteral("X Test: yes") << false;
    QTest::addRow("space before colon") << QStringLiteral("X-Test : yes") << false;
    QTest::addRow("non-ASCII name") << QStringLiteral("X-T\u00E4st: yes") << false;
    QTest::addRow("CRLF injects a command (C10)") << QStringLiteral("X-Test: a\r\n.\r\nRSET") << false;
    QTest::addRow("bare LF") << QStringLiteral("X-Test: a\nBcc: x@example.test") << false;
    QTest::addRow("bare CR") << QStringLiteral("X-Test: a\rb") << false;
    QTest::addRow("NUL") << QStringLiteral("X-Test: a") + QChar(0) << false;
    QTest::addRow("Content-Type is the MIME structure's") << QStringLiteral("Content-Type: text/html") << false;
    QTest::addRow("MIME-Version too") << QStringLiteral("mime-version: 2.0") << false;
    QTest::addRow("longer than a line") << QStringLiteral("X-Long: ") + QString(995, u'x') << false;
}

void TestMessageComposition::headerFieldProblem()
{
    QFETCH(QString, field);
    QFETCH(bool, valid);
    QCOMPARE(Smtp::headerFieldProblem(field).isEmpty(), valid);
}

void TestMessageComposition::defaultsWithoutComposition()
{
    const ComposedMessage message = compose({});
    QVERIFY2(message.ok(), qPrintable(message.error));
    const QStringList fields = headerFields(message.bytes);
    QCOMPARE(field(fields, QStringLiteral("Subject")), QStringLiteral("Default subject"));
    QCOMPARE(field(fields, QStringLiteral("Content-Type")), QStringLiteral("text/plain; charset=UTF-8"));
    QVERIFY(message.bytes.endsWith("\r\n\r\nDefault body\r\n"));
    // The same message as the plain builder makes, but for the random Message-ID.
    static const QRegularExpression messageId(QStringLiteral("Message-ID: <[^>]*>"));
    const QString plain = QString::fromUtf8(buildTextMessage(
        QStringLiteral("alice@example.test"), {QStringLiteral("bob@example.test")}, QStringLiteral("Default subject"),
        QStringLiteral("Default body\n"), fixedNow, QStringLiteral("example.test")));
    QCOMPARE(QString::fromUtf8(message.bytes).replace(messageId, QString()), QString(plain).replace(messageId, {}));
}

void TestMessageComposition::subjectBodyAndHeaders()
{
    MessageComposition composition;
    composition.subject = QStringLiteral("Gr\u00FC\u00DFe");
    composition.body = QStringLiteral("line one\nline two");
    composition.headers = {QStringLiteral("X-Campaign: 42"), QStringLiteral("From: Alice <alice@example.test>"),
                           QStringLiteral("X-Name: J\u00F6rg")};
    const ComposedMessage message = compose(composition);
    QVERIFY2(message.ok(), qPrintable(message.error));
    const QStringList fields = headerFields(message.bytes);
    QCOMPARE(fields.filter(QRegularExpression(QStringLiteral("^From:"))).size(), 1);
    QCOMPARE(field(fields, QStringLiteral("From")), QStringLiteral("Alice <alice@example.test>"));
    // The replaced field keeps its place, the added ones come after the built-in fields.
    const qsizetype from = fields.indexOf(QRegularExpression(QStringLiteral("^From:.*")));
    QVERIFY(from >= 0);
    QVERIFY(from < fields.indexOf(QRegularExpression(QStringLiteral("^Subject:.*"))));
    QCOMPARE(field(fields, QStringLiteral("X-Campaign")), QStringLiteral("42"));
    QCOMPARE(field(fields, QStringLiteral("X-Name")), QStringLiteral("=?UTF-8?B?SsO2cmc=?="));
    QCOMPARE(field(fields, QStringLiteral("Subject")), QStringLiteral("=?UTF-8?B?R3LDvMOfZQ==?="));
    QVERIFY(message.bytes.endsWith("\r\n\r\nline one\r\nline two\r\n"));
    QVERIFY(!message.bytes.contains("Default"));
}

void TestMessageComposition::dotStuffingLeftToData()
{
    MessageComposition composition;
    composition.body = QStringLiteral(".leading dot\n.\nend");
    const ComposedMessage message = compose(composition);
    QVERIFY(message.bytes.endsWith("\r\n\r\n.leading dot\r\n.\r\nend\r\n"));
    // Only the DATA payload doubles the dots (RFC 5321 §4.5.2); BDAT sends them as they are.
    QVERIFY(prepareDataPayload(message.bytes).endsWith("\r\n..leading dot\r\n..\r\nend\r\n.\r\n"));
    QVERIFY(prepareChunkPayload(message.bytes).endsWith("\r\n.leading dot\r\n.\r\nend\r\n"));
}

void TestMessageComposition::attachments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary += char(i % 256);
    const QString binaryPath = writeFile(dir, QStringLiteral("data.bin"), binary);
    const QString textPath = writeFile(dir, QStringLiteral("notes \"q\".txt"), QByteArrayLiteral("hello\n"));
    const QString pngPath =
        writeFile(dir, QStringLiteral("pixel.png"), QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    QVERIFY(!binaryPath.isEmpty() && !textPath.isEmpty() && !pngPath.isEmpty());

    MessageComposition composition;
    composition.body = QStringLiteral("See the files.");
    composition.attachments = {binaryPath, textPath, pngPath};
    const ComposedMessage message = compose(composition);
    QVERIFY2(message.ok(), qPrintable(message.error));
    QVERIFY(field(headerFields(message.bytes), QStringLiteral("Content-Type")).startsWith(u"multipart/mixed;"));
    QCOMPARE(field(headerFields(message.bytes), QStringLiteral("MIME-Version")), QStringLiteral("1.0"));

    QByteArray closing;
    const QList<QByteArray> found = parts(message.bytes, &closing);
    QCOMPARE(found.size(), 4);
    QCOMPARE(closing, QByteArray("--\r\n"));
    QCOMPARE(field(headerFields(found.at(0)), QStringLiteral("Content-Type")),
             QStringLiteral("text/plain; charset=UTF-8"));
    QVERIFY(found.at(0).endsWith("\r\n\r\nSee the files."));

    const QStringList expectedTypes{QStringLiteral("application/octet-stream"), QStringLiteral("text/plain"),
                                    QStringLiteral("image/png")};
    const QStringList expectedNames{QStringLiteral("\"data.bin\""), QStringLiteral("\"notes \\\"q\\\".txt\""),
                                    QStringLiteral("\"pixel.png\"")};
    const QList<QByteArray> contents{binary, QByteArrayLiteral("hello\n"),
                                     QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")};
    for (int i = 0; i < 3; ++i) {
        const QByteArray &part = found.at(i + 1);
        const QStringList fields = headerFields(part);
        QCOMPARE(field(fields, QStringLiteral("Content-Type")),
                 expectedTypes.at(i) + QStringLiteral("; name=") + expectedNames.at(i));
        QCOMPARE(field(fields, QStringLiteral("Content-Disposition")),
                 QStringLiteral("attachment; filename=") + expectedNames.at(i));
        QCOMPARE(field(fields, QStringLiteral("Content-Transfer-Encoding")), QStringLiteral("base64"));
        const QByteArray body = part.mid(part.indexOf("\r\n\r\n") + 4);
        const QList<QByteArray> lines = body.split('\n');
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const QByteArray line = l + 1 < lines.size() ? lines.at(l).chopped(1) : lines.at(l);
            // RFC 2045 §6.8: at most 76 characters; every line but the last is full.
            QVERIFY2(l + 1 == lines.size() ? line.size() <= 76 : line.size() == 76, line.constData());
        }
        QCOMPARE(QByteArray::fromBase64(QByteArray(body).replace("\r\n", "")), contents.at(i));
    }
}

void TestMessageComposition::nonAsciiAttachmentName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("\u00E9t\u00E9 2026.txt"), QByteArrayLiteral("x"));
    QVERIFY(!path.isEmpty());
    MessageComposition composition;
    composition.attachments = {path};
    const ComposedMessage message = compose(composition);
    QVERIFY2(message.ok(), qPrintable(message.error));
    const QList<QByteArray> found = parts(message.bytes);
    QCOMPARE(found.size(), 2);
    const QStringList fields = headerFields(found.at(1));
    // RFC 2231 §4 for the disposition, RFC 2047 in the type's name for older readers; the message stays 7-bit.
    QCOMPARE(field(fields, QStringLiteral("Content-Disposition")),
             QStringLiteral("attachment; filename*=UTF-8''%C3%A9t%C3%A9%202026.txt"));
    QCOMPARE(field(fields, QStringLiteral("Content-Type")),
             QStringLiteral("text/plain; name=\"=?UTF-8?B?w6l0w6kgMjAyNi50eHQ=?=\""));
    QVERIFY(!needs8BitMime(message.bytes));
}

void TestMessageComposition::unreadableAttachment()
{
    MessageComposition composition;
    composition.attachments = {QStringLiteral("/nonexistent/file.txt")};
    const ComposedMessage message = compose(composition);
    QVERIFY(!message.ok());
    QVERIFY(message.error.contains(QStringLiteral("/nonexistent/file.txt")));
    QVERIFY(message.bytes.isEmpty());
}

QTEST_APPLESS_MAIN(TestMessageComposition)
#include "tst_messagecomposition.moc"
