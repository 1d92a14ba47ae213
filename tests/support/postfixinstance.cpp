#include "postfixinstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace SmtpTest
{

namespace
{

constexpr int scriptTimeoutMs = 60000;

QString scriptPath()
{
    return QStringLiteral(SMTP_TEST_SUPPORT_DIR "/../servers/postfix-instance.sh");
}

QString modeName(PostfixInstance::Mode mode)
{
    switch (mode) {
    case PostfixInstance::Mode::StartTls:
        return QStringLiteral("starttls");
    case PostfixInstance::Mode::Plain:
        return QStringLiteral("plain");
    case PostfixInstance::Mode::Submission:
        return QStringLiteral("submission");
    case PostfixInstance::Mode::Implicit:
        return QStringLiteral("implicit");
    case PostfixInstance::Mode::Xclient:
        return QStringLiteral("xclient");
    }
    return {};
}

// ADDRESS:PORT:MODE as the script takes it, an IPv6 address in brackets.
QString listenerArgument(const PostfixInstance::Listener &listener)
{
    const bool ipv6 = QHostAddress(listener.address).protocol() == QAbstractSocket::IPv6Protocol;
    const QString address = ipv6 ? QStringLiteral("[%1]").arg(listener.address) : listener.address;
    return QStringLiteral("%1:%2:%3").arg(address).arg(listener.port).arg(modeName(listener.mode));
}

bool acceptsConnections(const PostfixInstance::Listener &listener)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(listener.address), listener.port);
    // A loopback connection is accepted or refused at once; the bound is for a machine under load.
    return socket.waitForConnected(1000);
}

} // namespace

PostfixInstance::PostfixInstance() = default;

PostfixInstance::~PostfixInstance()
{
    stop();
}

QString PostfixInstance::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("a private Postfix needs root (CI runs as root)");
    const QStringList places = {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")};
    if (QStandardPaths::findExecutable(QStringLiteral("postfix"), places).isEmpty())
        return QStringLiteral("Postfix is not installed (package postfix)");
    return {};
}

QString PostfixInstance::unusableListener(const QList<Listener> &listeners)
{
    for (const Listener &listener : listeners) {
        QTcpServer server;
        if (!server.listen(QHostAddress(listener.address), listener.port)) {
            return QStringLiteral("cannot listen on %1 port %2: %3")
                .arg(listener.address)
                .arg(listener.port)
                .arg(server.errorString());
        }
    }
    return {};
}

bool PostfixInstance::start(const QList<Listener> &listeners, const CertificateFiles &certificate, int timeoutMs)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    // Postfix's daemons run as the postfix user and must reach their queue below this folder.
    if (!m_dir->isValid() ||
        !QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther)) {
        m_error = QStringLiteral("cannot prepare a folder for Postfix: %1").arg(m_dir->errorString());
        return false;
    }
    QStringList arguments = {QStringLiteral("listen"),
                             QStringLiteral("--stop-with"),
                             QString::number(QCoreApplication::applicationPid()),
                             m_dir->path(),
                             certificate.certificate,
                             certificate.key};
    for (const Listener &listener : listeners)
        arguments << listenerArgument(listener);
    m_listeners = listeners;
    // Running (or half started) from here on, so that stop() tidies up whatever the script got to.
    m_running = true;
    if (!runScript(arguments, timeoutMs))
        return false;

    // `postfix start` returns once the master is up; that its listeners accept is checked, not assumed.
    QList<Listener> waiting = listeners;
    const bool ready = QTest::qWaitFor(
        [&waiting] {
            waiting.removeIf(acceptsConnections);
            return waiting.isEmpty();
        },
        timeoutMs);
    if (!ready) {
        m_error = QStringLiteral("Postfix did not accept connections on %1 within %2 ms; its log:\n%3")
                      .arg(listenerArgument(waiting.first()))
                      .arg(timeoutMs)
                      .arg(QString::fromLocal8Bit(log()));
        return false;
    }
    return true;
}

void PostfixInstance::stop()
{
    if (m_running) {
        runScript({QStringLiteral("stop"), m_dir->path()}, scriptTimeoutMs);
        m_running = false;
    }
    m_dir.reset();
}

QByteArray PostfixInstance::log() const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(QStringLiteral("maillog")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool PostfixInstance::runScript(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/bash"), QStringList{scriptPath()} + arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_error = QStringLiteral("postfix-instance.sh %1 did not finish within %2 ms")
                      .arg(arguments.constFirst())
                      .arg(timeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("postfix-instance.sh %1 failed (exit %2): %3")
                      .arg(arguments.constFirst())
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace SmtpTest
