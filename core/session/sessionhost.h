#pragma once

#include "core/connection/connectionsettings.h"
#include "dialogue.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace Smtp
{

class SessionHandle;

/// Owns a few worker threads with event loops and places sessions on them, so hundreds of sessions stay cheap.
/// Destroying the host cancels every session still running (a handle still alive reports finished() with
/// ErrorCode::Cancelled once its thread's event loop runs again), then ends its threads and waits for them.
class SessionHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHost)

public:
    explicit SessionHost(int threadCount = 2, QObject *parent = nullptr);
    ~SessionHost() override;

    /// Creates a session on a worker thread; the handle belongs to the caller's thread. Call start() on it. A driven
    /// session waits after the banner for each step (SessionHandle::sendEhlo(), startTls() …; see Dialogue::Mode).
    std::unique_ptr<SessionHandle> createSession(const ConnectionSettings &settings,
                                                 Dialogue::Mode mode = Dialogue::Mode::Plan);

private:
    struct ThreadDeleter
    {
        void operator()(QThread *thread) const;
    };
    /// One worker thread and the object there that its sessions are children of. Only that thread touches the
    /// children list, so the host reaches its sessions by asking the thread.
    struct Worker
    {
        std::unique_ptr<QThread, ThreadDeleter> thread;
        QObject *sessions = nullptr;
    };
    std::vector<Worker> m_workers;
    std::size_t m_nextThread = 0;
};

} // namespace Smtp
