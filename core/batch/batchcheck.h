#pragma once

#include "checktarget.h"

#include <QList>
#include <QObject>

#include <map>
#include <memory>

namespace Smtp
{

class SessionHandle;
class SessionHost;

/// Runs many checks at once, at most a given number at a time, on a few worker threads. Each check is an ordinary
/// session; its outcome is reported as soon as it ends, in the order the checks end.
class BatchCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCheck)

public:
    /// Sessions mostly wait for servers: eight at a time keeps a check of a fleet or a domain quick without flooding
    /// anyone. The window always uses it; the command line unless --parallel says otherwise.
    static constexpr int defaultParallel = 8;

    BatchCheck(const QList<CheckTarget> &targets, int parallel, QObject *parent = nullptr);
    ~BatchCheck() override;

    /// Whether each outcome carries its session's transcript (off by default: a command line checking a large fleet
    /// prints each check as it ends and needs none of them). Set before start().
    void setKeepTranscripts(bool keep) { m_keepTranscripts = keep; }

    void start();
    /// Cancels the checks running and starts no more; finished() follows once they have ended.
    void cancel();

    int total() const { return int(m_targets.size()); }
    /// Checks running now: never more than the parallel count given.
    int running() const { return int(m_running.size()); }

signals:
    /// One check ended; index is its place in the targets given.
    void checkFinished(int index, const Smtp::CheckOutcome &outcome);
    /// Every check ended (or was cancelled); failed counts those that did not succeed.
    void finished(int failed);

private:
    void startNext();
    void onSessionFinished(int index, const SessionResult &result);

    QList<CheckTarget> m_targets;
    int m_parallel;
    std::unique_ptr<SessionHost> m_host;
    std::map<int, std::unique_ptr<SessionHandle>> m_running;
    int m_next = 0;
    int m_failed = 0;
    bool m_keepTranscripts = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::CheckOutcome)
