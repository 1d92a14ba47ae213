#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace Smtp
{

/// Turns SIGINT and SIGTERM into a Qt signal in the event loop, so that the command line can cancel its session
/// politely instead of dying mid-line. Only one watcher may exist at a time.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    /// Emitted once per signal received.
    void interrupted(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Smtp
