// A transcript flood in the window (issue 13, target 6): 1,000,000 server lines into the tab of an open session, from
// a server that answers each of 1,000 NOOPs with a 1,001-line reply, then an export of the session log. Prints how much
// the process's memory grew, the longest the event loop was kept from serving a 5 ms timer (target: no stall over 50
// ms) and how long the export took; asserts what must hold on any machine: the view stayed within its cap, and the
// exported text file has every one of the 1,000,000 lines.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "core/session/sessionhandle.h"
#include "tests/support/eventloopprobe.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/threadedsmtpserver.h"
#include "ui/mainwindow.h"
#include "ui/session/sessiontab.h"
#include "ui/session/smtpcommandedit.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

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

constexpr int commandCount = 1000;
constexpr int linesPerReply = 1000;
constexpr int floodEvents = commandCount * linesPerReply;
constexpr int probeIntervalMs = 5;
constexpr int boundMs = 300000;

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
    // The server runs on a thread of its own: writing the flood is its work, not the window's.
    ThreadedSmtpServer server;
    QVERIFY(server.listen([](ScriptableSmtpServer &flood) {
        flood.setScript({Send{"220 flood.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 flood.test\r\n"}});
        flood.setDefaultReply(floodReply("flood", linesPerReply));
    }));

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
    EventLoopProbe probe(probeIntervalMs);
    probe.start();
    QElapsedTimer clock;
    clock.start();
    // The user's next NOOP as soon as the session is ready again: the replies arrive as fast as they are read.
    int sent = 0;
    const auto sendNext = [&] {
        if (tab->state() != Smtp::SessionState::Ready || sent >= commandCount)
            return;
        ++sent;
        tab->smtpCommandEdit()->setText(QStringLiteral("NOOP"));
        QTest::keyClick(tab->smtpCommandEdit(), Qt::Key_Return);
    };
    connect(&tab->session(), &Smtp::SessionHandle::stateChanged, this, sendNext);
    sendNext();
    // Until every line is recorded: right after the last NOOP is typed the tab still says Ready.
    QTRY_COMPARE_WITH_TIMEOUT(tab->transcript().size(), sessionEvents + floodEvents + 2 * commandCount, boundMs);
    const qint64 deliveredMs = clock.elapsed();
    // Until the view has taken in the last line.
    const SmtpUi::TranscriptModel *model = tab->transcriptView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() > 0 && model->eventAt(model->rowCount() - 1).raw.startsWith("250 2.0.0 flood done"), boundMs);
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
    QTRY_VERIFY_WITH_TIMEOUT(exportError != QStringLiteral("no answer"), boundMs);
    const qint64 exportMs = clock.elapsed();
    probe.stop();
    const double exportStallMs = probe.takeLongestStallMs();
    const qint64 peak = peakResidentMemoryKiB();
    QVERIFY2(exportError.isEmpty(), qPrintable(exportError));

    // Each NOOP adds its own line and the last line of its reply to the flood's lines.
    QCOMPARE(tab->transcript().size(), sessionEvents + floodEvents + 2 * commandCount);
    QVERIFY(model->rowCount() <= model->maximumRows());
    QCOMPARE(countFloodLines(exportPath), qsizetype(floodEvents));

    qInfo("%d lines in %d replies: received in %lld ms, the last one shown after %lld ms; the view shows %d (cap %d)",
          floodEvents, commandCount, deliveredMs, shownMs, model->rowCount(), model->maximumRows());
    qInfo("resident memory %.1f MiB before the flood, +%.1f MiB after it (%.0f bytes per event); peak %.1f MiB during "
          "the export",
          double(memoryBefore) / 1024, double(memoryAfter - memoryBefore) / 1024,
          double(memoryAfter - memoryBefore) * 1024 / floodEvents, double(peak) / 1024);
    const double worst = std::max(floodStallMs, exportStallMs);
    qInfo("export of the text log (every line: %d) in %lld ms; longest event-loop stall %.1f ms during the flood, %.1f "
          "ms during the export (target: under 50 ms) -> %s",
          floodEvents, exportMs, floodStallMs, exportStallMs, worst < 50 ? "met" : "NOT met");
}

QTEST_MAIN(BenchTranscriptFlood)
#include "bench_transcriptflood.moc"
