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
        auto thread = std::unique_ptr<QThread, ThreadDeleter>(new QThread);
        thread->setObjectName(QStringLiteral("smtp-session-%1").arg(i));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

SessionHost::~SessionHost() = default;

std::unique_ptr<SessionHandle> SessionHost::createSession(const ConnectionSettings &settings, Dialogue::Mode mode)
{
    QThread *thread = m_threads.at(m_nextThread).get();
    m_nextThread = (m_nextThread + 1) % m_threads.size();

    // The session is created here without a parent and moved before anything else touches it; from then on only
    // its own thread calls it. Its socket and timers are made in start(), on that thread.
    auto *session = new Session(settings, mode);
    session->moveToThread(thread);
    // A session whose thread ends before its handle lets go is deleted with the thread's last events.
    connect(thread, &QThread::finished, session, &QObject::deleteLater);
    return std::unique_ptr<SessionHandle>(new SessionHandle(session, settings, nullptr));
}

} // namespace Smtp
