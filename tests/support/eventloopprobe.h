#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace SmtpTest
{

/// Measures how late a repeating timer on the current thread fires, less its interval: how long the event loop was
/// kept from serving it, as a user would feel it.
class EventLoopProbe final : public QObject
{
public:
    explicit EventLoopProbe(int intervalMs = 5);

    void start();
    void stop();

    /// The longest stall since start() or the last call, and starts over.
    double takeLongestStallMs();
    /// The stall at or below which @p fraction of all samples since start() lie (0.99: the 99th percentile).
    double percentile(double fraction) const;
    qsizetype samples() const { return m_stallsMs.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestMs = 0;
    QList<double> m_stallsMs;
};

} // namespace SmtpTest
