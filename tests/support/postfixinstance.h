#pragma once

#include "certificatefactory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SmtpTest
{

/// A private Postfix (tests/servers/postfix-instance.sh) in a temporary folder, listening on the loopback addresses
/// and ports it is given. It stops with this object, and, should the test process be killed, with that process.
class PostfixInstance final
{
public:
    /// What a listener offers.
    enum class Mode
    {
        StartTls,   ///< STARTTLS offered
        Plain,      ///< no STARTTLS
        Submission, ///< STARTTLS required before mail
        Implicit,   ///< TLS at once (SMTPS)
        Xclient,    ///< no STARTTLS; XCLIENT offered to loopback clients
    };

    struct Listener
    {
        QString address; ///< a loopback address: 127.0.0.x or ::1
        quint16 port = 0;
        Mode mode = Mode::StartTls;
    };

    PostfixInstance();
    ~PostfixInstance();
    Q_DISABLE_COPY_MOVE(PostfixInstance)

    /// Why no instance can run here (not root, Postfix not installed); empty when one can.
    static QString unavailableReason();
    /// The first of @p listeners whose address and port cannot be listened on now (taken, or an address this machine
    /// lacks), with the reason; empty when all are free.
    static QString unusableListener(const QList<Listener> &listeners);

    /// Starts it with @p certificate on @p listeners and waits, at most @p timeoutMs, until every listener accepts
    /// connections.
    bool start(const QList<Listener> &listeners, const CertificateFiles &certificate, int timeoutMs = 30000);
    /// Stops it and waits until it has stopped; nothing when it is not running.
    void stop();

    QString errorString() const { return m_error; }
    /// Postfix's own log, for failure messages.
    QByteArray log() const;

private:
    bool runScript(const QStringList &arguments, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Listener> m_listeners;
    QString m_error;
    bool m_running = false;
};

} // namespace SmtpTest
