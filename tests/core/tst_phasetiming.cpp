#include "core/session/phasetiming.h"

#include <QTest>

using Smtp::PhaseTiming;
using Smtp::PhaseTimings;

class TestPhaseTiming : public QObject
{
    Q_OBJECT

private slots:
    void totalDuration_data();
    void totalDuration();
};

void TestPhaseTiming::totalDuration_data()
{
    QTest::addColumn<PhaseTimings>("timings");
    QTest::addColumn<qint64>("expected"); ///< -1: none

    const auto phase = [](const char *name, qint64 start, qint64 duration) {
        return PhaseTiming{QString::fromLatin1(name), start, duration};
    };
    QTest::addRow("nothing timed") << PhaseTimings{} << qint64(-1);
    QTest::addRow("the total phase") << PhaseTimings{phase("total", 0, 420), phase("connect", 2, 10),
                                                     phase("ehlo", 50, 30)}
                                     << qint64(420);
    QTest::addRow("total listed last") << PhaseTimings{phase("connect", 2, 10), phase("total", 0, 99)} << qint64(99);
    QTest::addRow("still running: end of the last phase")
        << PhaseTimings{phase("connect", 2, 10), phase("banner", 12, 40), phase("ehlo", 52, 3)} << qint64(55);
    QTest::addRow("phases out of order") << PhaseTimings{phase("ehlo", 52, 3), phase("connect", 2, 10)} << qint64(55);
}

void TestPhaseTiming::totalDuration()
{
    QFETCH(PhaseTimings, timings);
    QFETCH(qint64, expected);

    const std::optional<qint64> total = Smtp::totalDurationMs(timings);
    QCOMPARE(total.has_value(), expected >= 0);
    if (total)
        QCOMPARE(*total, expected);
}

QTEST_APPLESS_MAIN(TestPhaseTiming)
#include "tst_phasetiming.moc"
