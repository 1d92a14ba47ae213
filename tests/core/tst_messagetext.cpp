// The streaming message text encoder: the same wire bytes however the text is split, equal to the whole-buffer rule
// it replaced; its facts; and the reader that gives the wire form piece by piece from memory or from a file.

#include "core/message/messagebuilder.h"
#include "core/message/messagetext.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;

namespace
{

/// The whole-buffer normalisation the encoder replaced, kept as the oracle: every line end becomes CRLF, a final CRLF,
/// and with dotStuff a '.' at the start of a line doubled.
QByteArray reference(const QByteArray &message, bool dotStuff)
{
    QByteArray result;
    bool atLineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
            result += "\r\n";
            atLineStart = true;
            continue;
        }
        if (dotStuff && atLineStart && c == '.')
            result += '.';
        result += c;
        atLineStart = false;
    }
    if (!atLineStart || result.isEmpty())
        result += "\r\n";
    return result;
}

QByteArray encodeSplit(const QByteArray &message, bool dotStuff, const QList<qsizetype> &cuts)
{
    MessageTextEncoder encoder(dotStuff);
    QByteArray out;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        encoder.encode(message.mid(from, cut - from), out);
        from = cut;
    }
    encoder.encode(message.mid(from), out);
    encoder.finish(out);
    return out;
}

QByteArray readAll(MessageTextReader &reader)
{
    QByteArray all;
    QString error;
    while (!reader.atEnd()) {
        const QByteArray piece = reader.next(&error);
        if (!error.isEmpty())
            qFatal("reader failed: %s", qPrintable(error));
        if (piece.size() > 2 * messageTextPieceSize + 3)
            qFatal("a piece is not bounded: %lld octets", static_cast<long long>(piece.size()));
        all += piece;
    }
    return all;
}

} // namespace

class TestMessageText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everySplit_data();
    void everySplit();
    void randomTexts();
    void facts_data();
    void facts();
    void readerFromMemory();
    void readerFromFile();
    void describedFile();
    void unreadableFile();
};

void TestMessageText::everySplit_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one dot") << QByteArray(".");
    QTest::addRow("lone dot line") << QByteArray("a\r\n.\r\nb");
    QTest::addRow("dot after CRLF") << QByteArray("x\r\n..y\r\n");
    QTest::addRow("dot after bare LF") << QByteArray("x\n.y");
    QTest::addRow("dot after bare CR") << QByteArray("x\r.y");
    QTest::addRow("CR CR LF") << QByteArray("a\r\r\nb");
    QTest::addRow("LF CR") << QByteArray("a\n\rb\n\r.");
    QTest::addRow("ends with CR") << QByteArray("a\r");
    QTest::addRow("ends with LF") << QByteArray("a\n");
    QTest::addRow("only line ends") << QByteArray("\r\n\r\r\n\n\r");
    QTest::addRow("smuggling") << QByteArray("Subject: s\r\n\r\nbody\n.\r\nMAIL FROM:<x>\r\n.\n");
    QTest::addRow("8-bit and NUL") << QByteArrayLiteral("\xc3\xa9t\xc3\xa9\0.\r\n.\xff");
}

void TestMessageText::everySplit()
{
    QFETCH(QByteArray, message);
    for (const bool dotStuff : {true, false}) {
        const QByteArray expected = reference(message, dotStuff);
        QCOMPARE(encodeSplit(message, dotStuff, {}), expected);
        for (qsizetype cut = 0; cut <= message.size(); ++cut) {
            for (qsizetype second = cut; second <= message.size(); ++second)
                QCOMPARE(encodeSplit(message, dotStuff, {cut, second}), expected);
        }
    }
    QCOMPARE(encodeSplit(message, true, {}) + ".\r\n", prepareDataPayload(message));
    QCOMPARE(encodeSplit(message, false, {}), prepareChunkPayload(message));
}

void TestMessageText::randomTexts()
{
    // Texts made of the characters that matter, split at random: a border can fall anywhere.
    QRandomGenerator random(20261128);
    const QByteArray alphabet("\r\n.ab");
    for (int round = 0; round < 2000; ++round) {
        QByteArray message;
        const int length = random.bounded(40);
        for (int i = 0; i < length; ++i)
            message += alphabet.at(random.bounded(alphabet.size()));
        QList<qsizetype> cuts;
        for (qsizetype at = 0; at < message.size(); at += 1 + random.bounded(4))
            cuts << at;
        for (const bool dotStuff : {true, false})
            QCOMPARE(encodeSplit(message, dotStuff, cuts), reference(message, dotStuff));
    }
}

void TestMessageText::facts_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<bool>("eightBit");
    QTest::addRow("empty: one empty line") << QByteArray() << qint64(1) << false;
    QTest::addRow("no final line end") << QByteArray("a\nb") << qint64(2) << false;
    QTest::addRow("dots") << QByteArray(".a\r\n..b\r\n") << qint64(2) << false;
    QTest::addRow("8-bit") << QByteArray("caf\xc3\xa9\r\n") << qint64(1) << true;
}

void TestMessageText::facts()
{
    QFETCH(QByteArray, message);
    QFETCH(qint64, lines);
    QFETCH(bool, eightBit);
    const MessageTextFacts facts = describeMessageText(message);
    QCOMPARE(facts.size, message.size());
    QCOMPARE(facts.lines, lines);
    QCOMPARE(facts.eightBit, eightBit);
    QCOMPARE(facts.dataSize, prepareDataPayload(message).size());
    QCOMPARE(facts.chunkSize, prepareChunkPayload(message).size());
}

void TestMessageText::readerFromMemory()
{
    // Larger than several pieces, with CRLFs and dots across the piece borders.
    QByteArray message;
    while (message.size() < 3 * messageTextPieceSize + 100)
        message += "line\r\n.dot\n";
    message.insert(messageTextPieceSize - 1, "\r\n.");
    for (const bool dotStuff : {true, false}) {
        MessageTextReader reader(message, QString(), dotStuff);
        QString error;
        QVERIFY(reader.open(&error));
        const QByteArray wire = readAll(reader);
        QCOMPARE(wire, dotStuff ? prepareDataPayload(message) : prepareChunkPayload(message));
        QCOMPARE(reader.produced(), wire.size());
    }
}

void TestMessageText::readerFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray message;
    while (message.size() < 5 * messageTextPieceSize)
        message += ".\r\nsome text\rbare\n";
    const QString path = dir.filePath(QStringLiteral("message.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(message), message.size());
    file.close();
    MessageTextReader reader(QByteArray(), path, true);
    QString error;
    QVERIFY(reader.open(&error));
    QCOMPARE(readAll(reader), prepareDataPayload(message));
}

void TestMessageText::describedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray message = QByteArray("Subject: x\n\n.body\n").repeated(20000);
    const QString path = dir.filePath(QStringLiteral("message.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(message);
    file.close();
    QString error;
    const std::optional<MessageFile> described = describeMessageFile(path, &error);
    QVERIFY2(described, qPrintable(error));
    QCOMPARE(described->path, path);
    QCOMPARE(described->facts.size, describeMessageText(message).size);
    QCOMPARE(described->facts.dataSize, prepareDataPayload(message).size());
    QCOMPARE(described->facts.chunkSize, prepareChunkPayload(message).size());
    QCOMPARE(described->facts.lines, 60000);
}

void TestMessageText::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!describeMessageFile(dir.filePath(QStringLiteral("missing.eml")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.eml")));
    const QString empty = dir.filePath(QStringLiteral("empty.eml"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const std::optional<MessageFile> described = describeMessageFile(empty, &error);
    QVERIFY(described);
    QCOMPARE(described->facts.size, 0);
    MessageTextReader reader(QByteArray(), dir.filePath(QStringLiteral("missing.eml")), true);
    QVERIFY(!reader.open(&error));
}

QTEST_APPLESS_MAIN(TestMessageText)
#include "tst_messagetext.moc"
