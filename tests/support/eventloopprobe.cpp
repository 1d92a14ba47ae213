#include "eventloopprobe.h"

#include <time.h>

#include <algorithm>
#include <utility>

namespace SmtpTest
{

namespace
{

qint64 threadProcessorNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

EventLoopProbe::EventLoopProbe(int intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this, intervalMs] {
        const qint64 now = m_clock.nsecsElapsed();
        const double stallMs = std::max(0.0, double(now - m_lastNs) / 1e6 - intervalMs);
        m_lastNs = now;
        m_longestMs = std::max(m_longestMs, stallMs);
        const qint64 busyNs = threadProcessorNs();
        m_longestBusyMs = std::max(m_longestBusyMs, double(busyNs - m_lastBusyNs) / 1e6);
        m_lastBusyNs = busyNs;
        m_stallsMs.append(stallMs);
    });
}

void EventLoopProbe::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_lastBusyNs = threadProcessorNs();
    m_longestMs = 0;
    m_longestBusyMs = 0;
    m_stallsMs.clear();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

double EventLoopProbe::takeLongestStallMs()
{
    return std::exchange(m_longestMs, 0.0);
}

double EventLoopProbe::takeLongestBusyMs()
{
    return std::exchange(m_longestBusyMs, 0.0);
}

double EventLoopProbe::percentile(double fraction) const
{
    if (m_stallsMs.isEmpty())
        return 0;
    QList<double> sorted = m_stallsMs;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(qMin(sorted.size() - 1, qsizetype(fraction * double(sorted.size()))));
}

} // namespace SmtpTest
