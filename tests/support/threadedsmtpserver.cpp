#include "threadedsmtpserver.h"

#include <QCoreApplication>

namespace SmtpTest
{

ThreadedSmtpServer::ThreadedSmtpServer()
{
    m_thread.start();
    m_server.moveToThread(&m_thread);
}

ThreadedSmtpServer::~ThreadedSmtpServer()
{
    // The server is a member: it is destroyed on this thread, so it closes its sockets and comes back here first.
    QMetaObject::invokeMethod(
        &m_server,
        [this] {
            m_server.close();
            m_server.moveToThread(QCoreApplication::instance()->thread());
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool ThreadedSmtpServer::listen(const std::function<void(ScriptableSmtpServer &)> &configure)
{
    bool listening = false;
    QMetaObject::invokeMethod(
        &m_server,
        [&] {
            configure(m_server);
            listening = m_server.listen();
            m_port = m_server.port();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace SmtpTest
