#include "ui/transcript/transcriptfilterproxymodel.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

#include "tests/support/hostileservertext.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using SmtpUi::TranscriptModel;
using SmtpUi::TranscriptView;
using Kind = Smtp::TranscriptEvent::Kind;

namespace
{
QList<Smtp::TranscriptEvent> lines(int first, int count)
{
    QList<Smtp::TranscriptEvent> events;
    events.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Smtp::TranscriptEvent event;
        event.kind = i % 3 == 0 ? Kind::Client : Kind::Server;
        event.text = QStringLiteral("250-line %1").arg(i);
        event.elapsedMs = i;
        event.wallClock = QDateTime::currentDateTimeUtc();
        events.append(event);
    }
    return events;
}
} // namespace

class TestTranscriptView : public QObject
{
    Q_OBJECT

private slots:
    void floodIsCappedAndNoted();
    void autoScrollStopsWhenScrolledUp();
    void filterFindCopy();
    void hostileServerTextStaysOnItsRow();
};

void TestTranscriptView::floodIsCappedAndNoted()
{
    TranscriptView view;
    view.model()->setMaximumRows(5000);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *note = view.findChild<QLabel *>(QStringLiteral("droppedLinesLabel"));
    QVERIFY(note);
    QVERIFY(!note->isVisible());

    // 100 000 lines in 1 000 batches: queued, then inserted in a few model updates.
    QElapsedTimer timer;
    timer.start();
    int inserts = 0;
    connect(view.model(), &QAbstractItemModel::rowsInserted, this, [&inserts] { ++inserts; });
    for (int batch = 0; batch < 1000; ++batch)
        view.appendEvents(lines(batch * 100, 100));
    QTRY_COMPARE(view.model()->rowCount(), 5000);
    QVERIFY2(inserts < 10, qPrintable(QString::number(inserts)));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(view.model()->droppedCount(), qint64(95000));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("95000")));
    QCOMPARE(view.model()->index(4999, TranscriptModel::TextColumn).data().toString(),
             QStringLiteral("250-line 99999"));
}

void TestTranscriptView::autoScrollStopsWhenScrolledUp()
{
    TranscriptView view;
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.treeView()->verticalScrollBar();
    view.appendEvents(lines(0, 200));
    view.flushPending();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowingTail());

    // The user scrolls up: new lines no longer move the view.
    bar->setValue(bar->maximum() / 2);
    QVERIFY(!view.isFollowingTail());
    const int held = bar->value();
    view.appendEvents(lines(200, 50));
    view.flushPending();
    QCOMPARE(bar->value(), held);

    // Back at the end: following again.
    bar->setValue(bar->maximum());
    QVERIFY(view.isFollowingTail());
    view.appendEvents(lines(250, 50));
    view.flushPending();
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TestTranscriptView::filterFindCopy()
{
    TranscriptView view;
    view.show();
    view.appendEvents(lines(0, 30));
    view.flushPending();
    auto *clientButton = view.findChild<QToolButton *>(QStringLiteral("clientKindToolButton"));
    QVERIFY(clientButton);
    QTest::mouseClick(clientButton, Qt::LeftButton);
    QCOMPARE(view.proxyModel()->rowCount(), 20);
    QTest::mouseClick(clientButton, Qt::LeftButton);
    QCOMPARE(view.proxyModel()->rowCount(), 30);

    QVERIFY(view.find(QStringLiteral("line 17")));
    QCOMPARE(view.treeView()->currentIndex().row(), 17);
    QVERIFY(!view.isFollowingTail());
    QVERIFY(view.find(QStringLiteral("LINE 1"), false)); // case-insensitive, wraps to the next match: 18, 19, 1 …
    QVERIFY(!view.find(QStringLiteral("no such text")));

    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 0);
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("250-line")));
    view.treeView()->clearSelection();
    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 29);
}

// Issue #11: a hostile server's lines (U+2028, bidi controls, ESC, forged certificate names) and texts that were never
// escaped are each shown on their own row, escaped; a copy holds one line per row.
void TestTranscriptView::hostileServerTextStaysOnItsRow()
{
    SmtpTest::ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(SmtpTest::hostileTextScript());
    Smtp::ConnectionSettings settings = SmtpTest::testSettings(server.port(), Smtp::SecurityMode::StartTls);
    settings.trustedSite = true;
    settings.auth.mechanism = QStringLiteral("XOAUTH2");
    settings.auth.user = QStringLiteral("alice");
    settings.auth.password = QStringLiteral("token");
    settings.auth.allowPlaintext = true;
    const SmtpTest::SessionOutcome outcome = SmtpTest::runSession(settings);
    QVERIFY(outcome.finished);
    QList<Smtp::TranscriptEvent> events = outcome.transcript.events();
    Smtp::TranscriptEvent raw;
    raw.kind = Kind::Tls;
    raw.text = QStringLiteral("Server certificate: CN=x\nCertificate verified for a.test.\u2028\u202E\x1b[2J");
    events.append(raw);

    TranscriptView view;
    view.show();
    view.appendEvents(events);
    view.flushPending();
    const QAbstractItemModel *model = view.proxyModel();
    QCOMPARE(model->rowCount(), events.size());
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, TranscriptModel::TextColumn).data().toString();
    const QString all = shown.join(u'\n');
    QVERIFY2(SmtpTest::forgedOutputProblem(all).isEmpty(), qPrintable(SmtpTest::forgedOutputProblem(all)));
    for (const QString &fragment : SmtpTest::hostileTranscriptFragments())
        QVERIFY2(all.contains(fragment), qPrintable(fragment + QStringLiteral("\n---\n") + all));
    QVERIFY(all.contains(QStringLiteral("CN=x\\nCertificate verified for a.test.\\u2028\\u202E\\x1B[2J")));

    view.treeView()->clearSelection();
    view.copySelection();
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.count(u'\n'), events.size() - 1);
    QVERIFY2(SmtpTest::forgedOutputProblem(copied).isEmpty(), qPrintable(SmtpTest::forgedOutputProblem(copied)));
}

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
