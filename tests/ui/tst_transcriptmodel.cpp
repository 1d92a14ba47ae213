#include "ui/transcript/transcriptfilterproxymodel.h"
#include "ui/transcript/transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using SmtpUi::TranscriptFilterProxyModel;
using SmtpUi::TranscriptModel;
using Kind = Smtp::TranscriptEvent::Kind;

namespace
{
Smtp::TranscriptEvent makeEvent(Kind kind, const QString &text, qint64 elapsed = 0, bool beforeTls = false)
{
    Smtp::TranscriptEvent e;
    e.kind = kind;
    e.text = text;
    e.elapsedMs = elapsed;
    e.wallClock = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678));
    e.beforeTls = beforeTls;
    return e;
}

QList<Smtp::TranscriptEvent> numbered(int count)
{
    QList<Smtp::TranscriptEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(makeEvent(i % 2 ? Kind::Client : Kind::Server, QStringLiteral("line %1").arg(i), i));
    return events;
}
} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private slots:
    void cap_data();
    void cap();
    void filterByKind_data();
    void filterByKind();
    void plainTextAndMarkers();
    void bytesInHexOnTheText();
    void timeStamps();
    void coloursDifferPerKindAndPalette();
};

void TestTranscriptModel::cap_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<qint64>("expectedDropped");
    QTest::addColumn<QString>("expectedFirst");

    QTest::addRow("under the cap") << 10 << QList<int>{3, 4} << 7 << qint64(0) << QStringLiteral("line 0");
    QTest::addRow("exactly the cap") << 5 << QList<int>{5} << 5 << qint64(0) << QStringLiteral("line 0");
    QTest::addRow("over the cap across batches") << 5 << QList<int>{4, 4} << 5 << qint64(3) << QStringLiteral("line 3");
    QTest::addRow("one batch larger than the cap") << 5 << QList<int>{12} << 5 << qint64(7) << QStringLiteral("line 7");
    // A batch that fills the whole view replaces every row at once (a reset rather than removals and insertions).
    QTest::addRow("a full batch replaces every row")
        << 5 << QList<int>{5, 5} << 5 << qint64(5) << QStringLiteral("line 5");
    QTest::addRow("a larger batch replaces every row")
        << 5 << QList<int>{3, 8} << 5 << qint64(6) << QStringLiteral("line 6");
    QTest::addRow("a flood in many batches")
        << 100 << QList<int>{50, 50, 50, 50, 50} << 100 << qint64(150) << QStringLiteral("line 150");
}

void TestTranscriptModel::cap()
{
    QFETCH(int, maximum);
    QFETCH(QList<int>, batches);
    QFETCH(int, expectedRows);
    QFETCH(qint64, expectedDropped);
    QFETCH(QString, expectedFirst);

    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaximumRows(maximum);
    QSignalSpy droppedSpy(&model, &TranscriptModel::droppedCountChanged);
    const QList<Smtp::TranscriptEvent> all =
        numbered(static_cast<int>(std::accumulate(batches.begin(), batches.end(), 0)));
    qsizetype offset = 0;
    for (int size : std::as_const(batches)) {
        model.appendEvents(all.mid(offset, size));
        offset += size;
    }
    QCOMPARE(model.rowCount(), expectedRows);
    QCOMPARE(model.droppedCount(), expectedDropped);
    QCOMPARE(model.index(0, TranscriptModel::TextColumn).data().toString(), expectedFirst);
    QCOMPARE(model.index(expectedRows - 1, TranscriptModel::TextColumn).data().toString(),
             QStringLiteral("line %1").arg(all.size() - 1));
    QCOMPARE(droppedSpy.isEmpty(), expectedDropped == 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), qint64(0));
}

void TestTranscriptModel::filterByKind_data()
{
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<int>("expectedRows");

    QTest::addRow("nothing hidden") << QList<int>{} << 6;
    QTest::addRow("server hidden") << QList<int>{int(Kind::Server)} << 4;
    QTest::addRow("server and client hidden") << QList<int>{int(Kind::Server), int(Kind::Client)} << 3;
    QTest::addRow("everything hidden") << QList<int>{0, 1, 2, 3, 4, 5} << 0;
}

void TestTranscriptModel::filterByKind()
{
    QFETCH(QList<int>, hidden);
    QFETCH(int, expectedRows);

    TranscriptModel model;
    TranscriptFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEvents(
        {makeEvent(Kind::Server, QStringLiteral("220 hi")), makeEvent(Kind::Client, QStringLiteral("EHLO x")),
         makeEvent(Kind::Server, QStringLiteral("250 ok")), makeEvent(Kind::Tls, QStringLiteral("TLS 1.3")),
         makeEvent(Kind::Info, QStringLiteral("info")), makeEvent(Kind::Error, QStringLiteral("bad"))});
    for (int kind : std::as_const(hidden))
        proxy.setKindVisible(static_cast<Kind>(kind), false);
    QCOMPARE(proxy.rowCount(), expectedRows);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(!hidden.contains(proxy.index(row, 0).data(TranscriptModel::KindRole).toInt()));
    for (int kind : std::as_const(hidden))
        proxy.setKindVisible(static_cast<Kind>(kind), true);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestTranscriptModel::plainTextAndMarkers()
{
    TranscriptModel model;
    const QString hostile = QStringLiteral("554 <a href=\"https://evil.test/\">click</a> <b>bold</b>");
    model.appendEvents(
        {makeEvent(Kind::Server, hostile, 0, true), makeEvent(Kind::Server, QStringLiteral("250 ok"), 1, false)});
    // The text is handed to the delegate unchanged; QStyledItemDelegate draws DisplayRole strings literally.
    QCOMPARE(model.index(0, TranscriptModel::TextColumn).data().toString(), hostile);
    QVERIFY(model.index(0, TranscriptModel::KindColumn).data().toString().contains(QChar(0x26a0)));
    QVERIFY(!model.index(0, TranscriptModel::KindColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(1, TranscriptModel::KindColumn).data().toString().contains(QChar(0x26a0)));
    QVERIFY(model.index(0, 0).data(TranscriptModel::CopyTextRole).toString().endsWith(hostile));
}

void TestTranscriptModel::bytesInHexOnTheText()
{
    TranscriptModel model;
    Smtp::TranscriptEvent server = makeEvent(Kind::Server, QStringLiteral("250 <b>\\0</b>"));
    server.raw = QByteArray("250 <b>\0</b>", 12);
    Smtp::TranscriptEvent flood = makeEvent(Kind::Server, QStringLiteral("250 long"));
    flood.raw = QByteArray(600, 'x');
    model.appendEvents({server, flood, makeEvent(Kind::Info, QStringLiteral("note"))});
    // The same dump as smtp-workbench-cli --hex, in a fixed-width font, the dump's own '<' escaped.
    QCOMPARE(model.index(0, TranscriptModel::TextColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral(
                 "<pre>0000  32 35 30 20 3c 62 3e 00  3c 2f 62 3e              |250 &lt;b&gt;.&lt;/b&gt;|</pre>"));
    const QString long_ = model.index(1, TranscriptModel::TextColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(long_.contains(QStringLiteral("01f0  78")) && !long_.contains(QStringLiteral("0200  78")),
             qPrintable(long_));
    QVERIFY2(long_.contains(QStringLiteral("and 88 more byte(s)")), qPrintable(long_));
    // A note has no bytes of its own.
    QVERIFY(model.index(2, TranscriptModel::TextColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestTranscriptModel::timeStamps()
{
    TranscriptModel model;
    model.appendEvents({makeEvent(Kind::Info, QStringLiteral("x"), 1234)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.index(0, TranscriptModel::TimeColumn).data().toString(), QStringLiteral("+1.234 s"));
    model.setTimeStampMode(TranscriptModel::TimeStampMode::WallClock);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, TranscriptModel::TimeColumn).data().toString(),
             QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678)).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
}

void TestTranscriptModel::coloursDifferPerKindAndPalette()
{
    TranscriptModel model;
    const QList<Kind> kinds{Kind::Server, Kind::Client, Kind::Tls, Kind::Info, Kind::Warning, Kind::Error};
    for (bool dark : {false, true}) {
        model.setDarkPalette(dark);
        QSet<QRgb> colours;
        for (Kind kind : kinds) {
            const QColor colour = model.colourFor(kind);
            colours.insert(colour.rgb());
            // Readable: light text on dark, dark text on light.
            QVERIFY2(dark ? colour.lightness() > 140 : colour.lightness() < 110,
                     qPrintable(QStringLiteral("%1 %2").arg(Smtp::TranscriptEvent::kindName(kind)).arg(colour.name())));
        }
        QCOMPARE(colours.size(), kinds.size());
    }
}

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
