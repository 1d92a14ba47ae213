#pragma once

#include "connectionsettings.h"
#include "dialogue.h"

#include <QList>
#include <QObject>

#include <memory>

class QThread;

namespace Smtp
{

class SessionHandle;

/// Owns a few worker threads with event loops and places sessions on them, so hundreds of sessions stay cheap.
/// Destroying the host cancels every session and waits for its threads.
class SessionHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHost)

public:
    explicit SessionHost(int threadCount = 2, QObject *parent = nullptr);
    ~SessionHost() override;

    /// Creates a session on a worker thread; the handle belongs to the caller's thread. Call start() on it. A driven
    /// session waits after the banner for each step (SessionHandle::ehlo(), startTls() …; see Dialogue::Mode).
    std::unique_ptr<SessionHandle> createSession(const ConnectionSettings &settings,
                                                 Dialogue::Mode mode = Dialogue::Mode::Plan);

private:
    struct ThreadDeleter
    {
        void operator()(QThread *thread) const;
    };
    std::vector<std::unique_ptr<QThread, ThreadDeleter>> m_threads;
    std::size_t m_nextThread = 0;
};

} // namespace Smtp
