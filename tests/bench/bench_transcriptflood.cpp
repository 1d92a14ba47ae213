// A transcript flood in the window (issue 13, target 6): 1,000,000 events into the tab of an open session, in the
// batches a session delivers them in, then an export of the session log. Prints how much the process's memory grew,
// the longest the event loop was kept from serving a 5 ms timer (target: no stall over 50 ms) and how long the
// export took; asserts what must hold on any machine: the view stayed within its cap, and the exported text file
// has every one of the 1,000,000 lines.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/session/sessiontab.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace SmtpTest;

namespace
{

constexpr int kEvents = 1000000;
constexpr int kBatch = 10000;
constexpr int kProbeIntervalMs = 5;
constexpr int kBoundMs = 300000;

/// A batch of server lines as a session records them: each with its own bytes and text.
QList<Smtp::TranscriptEvent> floodBatch(int first, int count, const QDateTime &started)
{
    QList<Smtp::TranscriptEvent> batch;
    batch.reserve(count);
    // One clock reading per batch, as a session stamps a burst of lines read at once; the benchmark's own time goes
    // into making the lines, not into time-zone lookups.
    const QDateTime wallClock = started.addMSecs(first / 100);
    for (int i = first; i < first + count; ++i) {
        Smtp::TranscriptEvent event;
        event.kind = Smtp::TranscriptEvent::Kind::Server;
        event.elapsedMs = i / 100;
        event.wallClock = wallClock;
        event.raw = "250-flood line " + QByteArray::number(i) + " of a long reply that fills the transcript";
        event.text = QString::fromLatin1(event.raw);
        batch.append(event);
    }
    return batch;
}

/// The longest interval between two runs of a repeating timer, less the interval: how long the loop was stalled.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestMs = std::max(m_longestMs, double(now - m_last) / 1e6 - kProbeIntervalMs);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The longest stall since the last call.
    double takeLongestStallMs() { return std::exchange(m_longestMs, 0.0); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longestMs = 0;
};

qsizetype countFloodLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qsizetype lines = 0;
    while (!file.atEnd()) {
        if (file.readLine().contains("250-flood line "))
            ++lines;
    }
    return lines;
}

} // namespace

class BenchTranscriptFlood final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void millionEventsIntoOpenTab();
};

void BenchTranscriptFlood::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void BenchTranscriptFlood::millionEventsIntoOpenTab()
{
    ScriptableSmtpServer server;
    server.setScript({Send{"220 flood.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 flood.test\r\n"}});
    server.setDefaultReply("250 2.0.0 OK\r\n");
    QVERIFY(server.listen());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Smtp::ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(!store.load().isError());
    Smtp::MemorySecretStore secrets;
    SmtpUi::MainWindow window(&store, &secrets);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    SmtpUi::SessionTab *tab =
        window.openSession(QStringLiteral("flood"), testSettings(server.port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, 10000);
    const qsizetype sessionEvents = tab->transcript().size();

    const qint64 memoryBefore = residentMemoryKiB();
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    // One batch per pass of the event loop, as the session's queued signals bring them.
    const QDateTime started = QDateTime::currentDateTime();
    int delivered = 0;
    QTimer feeder;
    feeder.setInterval(0);
    connect(&feeder, &QTimer::timeout, this, [&] {
        tab->appendEvents(floodBatch(delivered, kBatch, started));
        delivered += kBatch;
        if (delivered >= kEvents)
            feeder.stop();
    });
    feeder.start();
    QTRY_VERIFY_WITH_TIMEOUT(delivered >= kEvents, kBoundMs);
    const qint64 deliveredMs = clock.elapsed();
    // Until the view has taken in the last batch.
    const SmtpUi::TranscriptModel *model = tab->transcriptView()->model();
    const QByteArray lastLine = QByteArray("250-flood line ") + QByteArray::number(kEvents - 1) + ' ';
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->eventAt(model->rowCount() - 1).raw.startsWith(lastLine),
                             kBoundMs);
    const qint64 shownMs = clock.elapsed();
    const double floodStallMs = probe.takeLongestStallMs();
    QTest::qWait(200);
    const qint64 memoryAfter = residentMemoryKiB();

    const QString exportPath = dir.filePath(QStringLiteral("flood.txt"));
    QString exportError = QStringLiteral("no answer");
    connect(&window, &SmtpUi::MainWindow::sessionLogExported, this,
            [&](const QString &, const QString &error) { exportError = error; });
    clock.restart();
    QVERIFY(window.exportCurrentSessionLog(exportPath));
    QTRY_VERIFY_WITH_TIMEOUT(exportError != QStringLiteral("no answer"), kBoundMs);
    const qint64 exportMs = clock.elapsed();
    probe.stop();
    const double exportStallMs = probe.takeLongestStallMs();
    const qint64 peak = peakResidentMemoryKiB();
    QVERIFY2(exportError.isEmpty(), qPrintable(exportError));

    QCOMPARE(tab->transcript().size(), sessionEvents + kEvents);
    QVERIFY(model->rowCount() <= model->maximumRows());
    QCOMPARE(countFloodLines(exportPath), qsizetype(kEvents));

    qInfo("%d events in batches of %d: delivered in %lld ms, the last one shown after %lld ms; the view shows %d "
          "(cap %d)",
          kEvents, kBatch, deliveredMs, shownMs, model->rowCount(), model->maximumRows());
    qInfo("resident memory %.1f MiB before the flood, +%.1f MiB after it (%.0f bytes per event); peak %.1f MiB during "
          "the export",
          double(memoryBefore) / 1024, double(memoryAfter - memoryBefore) / 1024,
          double(memoryAfter - memoryBefore) * 1024 / kEvents, double(peak) / 1024);
    const double worst = std::max(floodStallMs, exportStallMs);
    qInfo("export of the text log (every line: %d) in %lld ms; longest event-loop stall %.1f ms during the flood, %.1f "
          "ms during the export (target: under 50 ms) -> %s",
          kEvents, exportMs, floodStallMs, exportStallMs, worst < 50 ? "met" : "NOT met");
}

QTEST_MAIN(BenchTranscriptFlood)
#include "bench_transcriptflood.moc"
