// Transcript: bounded in memory, complete on the way out. Past its memory limit the oldest events move to a temporary
// file; every reader (events(), forEach(), the exporters) still gets every event, in order, with every field, and a
// snapshot taken earlier keeps exactly what it had.

#include "core/sessionlog/sessionlogexporter.h"
#include "core/transcript/transcript.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;

namespace
{

TranscriptEvent makeEvent(int i)
{
    TranscriptEvent event;
    event.kind = TranscriptEvent::Kind(i % 6);
    event.elapsedMs = i * 3;
    event.wallClock = QDateTime(QDate(2026, 11, 27), QTime(20, 0), Qt::UTC).addMSecs(event.elapsedMs);
    event.raw = "250-line " + QByteArray::number(i) + (i % 7 == 0 ? QByteArray("\xff\x00", 2) : QByteArray());
    event.text = QStringLiteral("line %1 \u00e9").arg(i);
    event.redacted = i % 5 == 0;
    event.beforeTls = i % 2 == 0;
    return event;
}

bool sameEvent(const TranscriptEvent &a, const TranscriptEvent &b)
{
    return a.kind == b.kind && a.elapsedMs == b.elapsedMs && a.wallClock == b.wallClock && a.raw == b.raw &&
           a.text == b.text && a.redacted == b.redacted && a.beforeTls == b.beforeTls;
}

/// Checks that @p transcript holds makeEvent(0) … makeEvent(count - 1), through both ways of reading it.
void verifyHolds(const Transcript &transcript, int count)
{
    QCOMPARE(transcript.size(), qsizetype(count));
    int next = 0;
    QString error;
    QVERIFY(transcript.forEach(
        [&next](const TranscriptEvent &event) {
            if (sameEvent(event, makeEvent(next)))
                ++next;
        },
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(next, count);
    const QList<TranscriptEvent> all = transcript.events();
    QCOMPARE(all.size(), qsizetype(count));
    for (int i = 0; i < count; ++i)
        QVERIFY2(sameEvent(all.at(i), makeEvent(i)), qPrintable(QString::number(i)));
}

} // namespace

class TestTranscript final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staysInMemoryUnderTheLimit();
    void spillsPastTheLimitAndGivesEverythingBack_data();
    void spillsPastTheLimitAndGivesEverythingBack();
    void lowerLimitSpillsAtOnce();
    void snapshotKeepsWhatItHad();
    void snapshotAppendsIndependently();
    void clockTimesKeepTheirOffsets();
    void exportHoldsEveryLineOfASpilledTranscript();
};

void TestTranscript::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranscript::staysInMemoryUnderTheLimit()
{
    Transcript transcript;
    for (int i = 0; i < 100; ++i)
        transcript.append(makeEvent(i));
    QCOMPARE(transcript.spilledCount(), 0);
    QCOMPARE(transcript.recentEvents().size(), 100);
    QCOMPARE(transcript.startedAt(), makeEvent(0).wallClock);
    verifyHolds(transcript, 100);
}

void TestTranscript::spillsPastTheLimitAndGivesEverythingBack_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("count");
    QTest::addRow("one event at a time") << 10 << 1 << 1000;
    QTest::addRow("batches larger than the limit") << 16 << 100 << 5000;
    QTest::addRow("the smallest limit") << 2 << 3 << 301;
}

void TestTranscript::spillsPastTheLimitAndGivesEverythingBack()
{
    QFETCH(int, limit);
    QFETCH(int, batch);
    QFETCH(int, count);
    Transcript transcript;
    transcript.setMemoryLimit(limit);
    for (int first = 0; first < count; first += batch) {
        QList<TranscriptEvent> events;
        for (int i = first; i < std::min(count, first + batch); ++i)
            events.append(makeEvent(i));
        transcript.append(events);
        // Bounded: never more than the limit in memory once a batch has been taken in.
        QVERIFY(transcript.recentEvents().size() <= limit);
    }
    QVERIFY(transcript.spilledCount() > 0);
    QCOMPARE(transcript.startedAt(), makeEvent(0).wallClock);
    verifyHolds(transcript, count);
}

void TestTranscript::lowerLimitSpillsAtOnce()
{
    Transcript transcript;
    for (int i = 0; i < 500; ++i)
        transcript.append(makeEvent(i));
    transcript.setMemoryLimit(50);
    QVERIFY(transcript.recentEvents().size() <= 50);
    QCOMPARE(transcript.spilledCount(), 500 - transcript.recentEvents().size());
    verifyHolds(transcript, 500);
}

void TestTranscript::snapshotKeepsWhatItHad()
{
    Transcript transcript;
    transcript.setMemoryLimit(20);
    for (int i = 0; i < 300; ++i)
        transcript.append(makeEvent(i));
    const Transcript snapshot = transcript;
    // The original goes on, spilling into the file it shares with the snapshot.
    for (int i = 300; i < 1000; ++i)
        transcript.append(makeEvent(i));
    verifyHolds(snapshot, 300);
    verifyHolds(transcript, 1000);
}

void TestTranscript::snapshotAppendsIndependently()
{
    Transcript transcript;
    transcript.setMemoryLimit(8);
    for (int i = 0; i < 50; ++i)
        transcript.append(makeEvent(i));
    Transcript copy = transcript;
    for (int i = 50; i < 120; ++i) {
        transcript.append(makeEvent(i));
        copy.append(makeEvent(i));
    }
    // Both wrote their own blocks into one file, interleaved; each reads back only its own, in its order.
    verifyHolds(copy, 120);
    verifyHolds(transcript, 120);
}

void TestTranscript::clockTimesKeepTheirOffsets()
{
    // One instant in four forms, one after another: each must come back as the clock time it showed.
    const QDateTime instant = QDateTime::currentDateTimeUtc();
    const QList<QDateTime> clocks{instant.toLocalTime(), instant, instant.toOffsetFromUtc(3600),
                                  instant.toOffsetFromUtc(-5 * 3600), QDateTime()};
    Transcript transcript;
    transcript.setMemoryLimit(2);
    for (int round = 0; round < 4; ++round) {
        for (const QDateTime &clock : clocks) {
            TranscriptEvent event = makeEvent(0);
            event.wallClock = clock;
            transcript.append(event);
        }
    }
    QVERIFY(transcript.spilledCount() > 0);
    const QList<TranscriptEvent> all = transcript.events();
    QCOMPARE(all.size(), clocks.size() * 4);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QDateTime &expected = clocks.at(i % clocks.size());
        QCOMPARE(all.at(i).wallClock.isValid(), expected.isValid());
        if (!expected.isValid())
            continue;
        QCOMPARE(all.at(i).wallClock, expected);
        QCOMPARE(all.at(i).wallClock.offsetFromUtc(), expected.offsetFromUtc());
        QCOMPARE(all.at(i).wallClock.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
    }
}

void TestTranscript::exportHoldsEveryLineOfASpilledTranscript()
{
    Transcript transcript;
    transcript.setMemoryLimit(100);
    for (int i = 0; i < 10000; ++i)
        transcript.append(makeEvent(i));
    QVERIFY(transcript.spilledCount() >= 9900);
    ConnectionSettings settings;
    settings.host = QStringLiteral("mx.example.org");
    const SessionLog log = SessionLog::create(QStringLiteral("flood"), settings, transcript, std::nullopt);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    const ExportResult written = SessionLogExporter::writeToFile(log, path);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The file is written as the transcript is read, a piece at a time; it is the same text as toText() makes whole.
    QCOMPARE(bytes, SessionLogExporter::toText(log).toUtf8());
    const QString text = QString::fromUtf8(bytes);
    int next = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (line.contains(QStringLiteral("line %1 \u00e9").arg(next)))
            ++next;
    }
    QCOMPARE(next, 10000);
    QVERIFY(text.contains(QStringLiteral("[plaintext]")));
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
