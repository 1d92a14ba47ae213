#pragma once

#include "tests/support/scriptablesmtpserver.h"

#include <QThread>

#include <functional>

namespace SmtpTest
{

/// A ScriptableSmtpServer on a thread of its own, for tests that measure the window's event loop: the server's own
/// work (a flood written in one go, a reply written a byte per write()) must not count against the window's thread.
class ThreadedSmtpServer final
{
public:
    ThreadedSmtpServer();
    ~ThreadedSmtpServer();
    ThreadedSmtpServer(const ThreadedSmtpServer &) = delete;
    ThreadedSmtpServer &operator=(const ThreadedSmtpServer &) = delete;

    /// Runs @p configure (set the script and replies) on the server's thread, then listens there. Blocks until done.
    bool listen(const std::function<void(ScriptableSmtpServer &)> &configure);
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    ScriptableSmtpServer m_server;
    quint16 m_port = 0;
};

} // namespace SmtpTest
