#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace SmtpTest
{

/// Measures how late a repeating timer on the current thread fires, less its interval: how long the event loop was
/// kept from serving it, as a user would feel it. Also measures the thread's own processor time between two firings:
/// the part of a stall that was work done on this thread, not time the system gave to other processes.
class EventLoopProbe final : public QObject
{
public:
    explicit EventLoopProbe(int intervalMs = 5);

    void start();
    void stop();

    /// The longest stall since start() or the last call, and starts over.
    double takeLongestStallMs();
    /// The most processor time this thread spent between two firings since start() or the last call, and starts
    /// over. Unlike the stall, it does not grow when a loaded machine leaves the thread waiting for a core.
    double takeLongestBusyMs();
    /// The stall at or below which @p fraction of all samples since start() lie (0.99: the 99th percentile).
    double percentile(double fraction) const;
    qsizetype samples() const { return m_stallsMs.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastBusyNs = 0;
    double m_longestMs = 0;
    double m_longestBusyMs = 0;
    QList<double> m_stallsMs;
};

} // namespace SmtpTest
