// Responsive under attack: with a flooding server in one tab and a slow-dripping one in another, the window's event
// loop never works for more than 50 ms between two firings of a 5 ms timer. The bound is on the window thread's own
// processor time, not on the wall clock: on a loaded machine (the suite runs two tests at once on two cores) the
// system can leave the thread waiting for a core for as long, which no code of ours can prevent. The flood (150,000
// lines in 150 replies) passes the transcript's memory limit, so it spills to disk, and the view's cap, so rows are
// dropped from the view; the drip sends a long reply one byte per write. Asserted in the optimised build; a sanitizer
// build (several times slower) prints the figure without asserting it.
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

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTest;

namespace
{

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool sanitizedBuild = true;
#else
constexpr bool sanitizedBuild = false;
#endif

constexpr int floodCommands = 150;
constexpr int floodLinesPerReply = 1000;
constexpr int dripLines = 100;
constexpr double busyBoundMs = 50;
constexpr int boundMs = 120000;

bool showsLastLine(const SmtpUi::SessionTab *tab, const QByteArray &lastLine)
{
    const SmtpUi::TranscriptModel *model = tab->transcriptView()->model();
    return model->rowCount() > 0 && model->eventAt(model->rowCount() - 1).raw.startsWith(lastLine);
}

} // namespace

class TestResponsiveness final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void floodAndDripInTwoTabs();
};

void TestResponsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestResponsiveness::floodAndDripInTwoTabs()
{
    // The servers run on threads of their own: writing the flood and the drip (one write() per byte) is their work,
    // not the window's.
    ThreadedSmtpServer flood;
    QVERIFY(flood.listen([](ScriptableSmtpServer &server) {
        server.setScript({Send{"220 flood.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 flood.test\r\n"}});
        server.setDefaultReply(floodReply("flood", floodLinesPerReply));
    }));
    ThreadedSmtpServer drip;
    QVERIFY(drip.listen([](ScriptableSmtpServer &server) {
        server.setScript({Send{"220 drip.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250 drip.test\r\n"}, Expect{"NOOP"},
                          SendByteByByte{floodReply("drip", dripLines), 0}, Expect{"QUIT"}, Send{"221 bye\r\n"},
                          Close{}});
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

    SmtpUi::SessionTab *dripTab =
        window.openSession(QStringLiteral("drip"), testSettings(drip.port(), Smtp::SecurityMode::None));
    SmtpUi::SessionTab *floodTab =
        window.openSession(QStringLiteral("flood"), testSettings(flood.port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(dripTab->state(), Smtp::SessionState::Ready, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(floodTab->state(), Smtp::SessionState::Ready, 10000);
    const qsizetype floodSessionEvents = floodTab->transcript().size();

    EventLoopProbe probe;
    probe.start();
    const auto type = [](SmtpUi::SessionTab *tab, const QString &command) {
        tab->smtpCommandEdit()->setText(command);
        QTest::keyClick(tab->smtpCommandEdit(), Qt::Key_Return);
    };
    type(dripTab, QStringLiteral("NOOP"));
    // The user's next NOOP as soon as the flooded session is ready again.
    int sent = 0;
    const auto sendNext = [&] {
        if (floodTab->state() != Smtp::SessionState::Ready || sent >= floodCommands)
            return;
        ++sent;
        type(floodTab, QStringLiteral("NOOP"));
    };
    connect(&floodTab->session(), &Smtp::SessionHandle::stateChanged, this, sendNext);
    sendNext();
    // Until every line of the last reply is recorded: right after the last NOOP is typed the tab still says Ready,
    // and every reply ends with the same line, so neither tells that the last reply is in.
    const qsizetype floodEvents = qsizetype(floodCommands) * (floodLinesPerReply + 2);
    QTRY_COMPARE_WITH_TIMEOUT(floodTab->transcript().size(), floodSessionEvents + floodEvents, boundMs);
    QTRY_VERIFY_WITH_TIMEOUT(showsLastLine(floodTab, "250 2.0.0 flood done"), boundMs);
    QTRY_VERIFY_WITH_TIMEOUT(showsLastLine(dripTab, "250 2.0.0 drip done"), boundMs);
    probe.stop();
    const double longestStallMs = probe.takeLongestStallMs();
    const double longestBusyMs = probe.takeLongestBusyMs();

    // The flood went through whole: every line recorded (the oldest on disk), the view within its cap.
    QCOMPARE(sent, floodCommands);
    QVERIFY(floodTab->transcript().spilledCount() > 0);
    const SmtpUi::TranscriptModel *model = floodTab->transcriptView()->model();
    QVERIFY(model->rowCount() <= model->maximumRows());
    QVERIFY(model->droppedCount() > 0);

    qInfo("%lld flood lines and %d dripped lines; %lld probe samples, 99th percentile %.1f ms, longest stall %.1f ms, "
          "longest work between two samples %.1f ms (bound %.0f ms%s)",
          qint64(floodEvents), dripLines, qint64(probe.samples()), probe.percentile(0.99), longestStallMs,
          longestBusyMs, busyBoundMs, sanitizedBuild ? ", not asserted in a sanitizer build" : "");
    if (!sanitizedBuild)
        QVERIFY2(longestBusyMs < busyBoundMs,
                 qPrintable(QStringLiteral("the window's thread worked for %1 ms without serving its event loop")
                                .arg(longestBusyMs, 0, 'f', 1)));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
