#include "batchcheck.h"

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"

#include <QThread>

#include <algorithm>

namespace Smtp
{

namespace
{

// Sessions spend their time waiting for servers, so a few threads carry many of them.
int threadsFor(int parallel)
{
    return std::clamp(QThread::idealThreadCount(), 1, std::max(1, std::min(parallel, 4)));
}

} // namespace

BatchCheck::BatchCheck(const QList<CheckTarget> &targets, int parallel, QObject *parent)
    : QObject(parent), m_targets(targets), m_parallel(std::max(1, parallel))
{}

BatchCheck::~BatchCheck()
{
    // The handles go before the host that runs their sessions.
    m_running.clear();
}

void BatchCheck::start()
{
    if (m_host)
        return;
    m_host = std::make_unique<SessionHost>(threadsFor(m_parallel));
    if (m_targets.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_finished = true;
                emit finished(0);
            },
            Qt::QueuedConnection);
        return;
    }
    while (int(m_running.size()) < m_parallel && m_next < m_targets.size())
        startNext();
}

void BatchCheck::cancel()
{
    m_cancelled = true;
    for (const auto &[index, handle] : m_running)
        handle->cancel();
}

void BatchCheck::startNext()
{
    const int index = m_next++;
    std::unique_ptr<SessionHandle> handle = m_host->createSession(m_targets.at(index).settings);
    connect(handle.get(), &SessionHandle::finished, this,
            [this, index](const SessionResult &result) { onSessionFinished(index, result); });
    SessionHandle *started = handle.get();
    m_running[index] = std::move(handle);
    started->start();
}

void BatchCheck::onSessionFinished(int index, const SessionResult &result)
{
    const auto running = m_running.find(index);
    if (running == m_running.end())
        return;
    // Not destroyed inside its own signal: released to the event loop.
    running->second.release()->deleteLater();
    m_running.erase(running);
    if (!result.ok())
        ++m_failed;
    emit checkFinished(index, CheckOutcome{m_targets.at(index), result});
    if (!m_cancelled && m_next < m_targets.size()) {
        startNext();
        return;
    }
    if (m_running.empty() && !m_finished) {
        m_finished = true;
        emit finished(m_failed);
    }
}

} // namespace Smtp
