#include "sessionhost.h"

#include "session.h"
#include "sessionhandle.h"

#include <QThread>

namespace Smtp
{

void SessionHost::ThreadDeleter::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

SessionHost::SessionHost(int threadCount, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Smtp::TranscriptEvent>();
    qRegisterMetaType<QList<Smtp::TranscriptEvent>>();
    qRegisterMetaType<Smtp::SessionState>();
    qRegisterMetaType<Smtp::Capabilities>();
    qRegisterMetaType<Smtp::CertificateReport>();
    qRegisterMetaType<Smtp::PhaseTimings>();
    qRegisterMetaType<Smtp::SessionResult>();
    qRegisterMetaType<Smtp::MessageSettings>();

    const int count = std::max(1, threadCount);
    for (int i = 0; i < count; ++i) {
        Worker worker{std::unique_ptr<QThread, ThreadDeleter>(new QThread), new QObject};
        worker.thread->setObjectName(QStringLiteral("smtp-session-%1").arg(i));
        worker.sessions->moveToThread(worker.thread.get());
        // Deleted with the thread's last events, and with it every session still there.
        connect(worker.thread.get(), &QThread::finished, worker.sessions, &QObject::deleteLater);
        worker.thread->start();
        m_workers.push_back(std::move(worker));
    }
}

SessionHost::~SessionHost()
{
    // Each thread cancels its own sessions (closing their connections, reporting to their handles) before it ends.
    for (const Worker &worker : m_workers) {
        QMetaObject::invokeMethod(
            worker.sessions,
            [sessions = worker.sessions] {
                for (Session *session : sessions->findChildren<Session *>(Qt::FindDirectChildrenOnly))
                    session->cancel();
            },
            Qt::BlockingQueuedConnection);
    }
    m_workers.clear();
}

std::unique_ptr<SessionHandle> SessionHost::createSession(const ConnectionSettings &settings, Dialogue::Mode mode)
{
    const Worker &worker = m_workers.at(m_nextThread);
    m_nextThread = (m_nextThread + 1) % m_workers.size();

    // The session is created here without a parent and moved before anything else touches it; from then on only
    // its own thread calls it. Its socket and timers are made in start(), on that thread.
    auto *session = new Session(settings, mode);
    session->moveToThread(worker.thread.get());
    // Parented there, by that thread, so that the children list is only ever touched by one thread.
    QMetaObject::invokeMethod(
        worker.sessions, [session, parent = worker.sessions] { session->setParent(parent); }, Qt::QueuedConnection);
    return std::unique_ptr<SessionHandle>(new SessionHandle(session, settings, nullptr));
}

} // namespace Smtp
