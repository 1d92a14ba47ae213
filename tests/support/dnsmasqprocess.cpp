#include "dnsmasqprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUdpSocket>

#include <unistd.h>

namespace SmtpTest
{

namespace
{

// A port free for both UDP and TCP right now. dnsmasq binds both; another program may still take it in between,
// which start() then reports.
quint16 freeDnsPort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, udp.localPort()))
            return udp.localPort();
    }
    return 0;
}

} // namespace

DnsmasqProcess::DnsmasqProcess(QObject *parent) : QObject(parent) {}

DnsmasqProcess::~DnsmasqProcess()
{
    stop();
}

QString DnsmasqProcess::binaryPath()
{
    const QStringList places = {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")};
    return QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), places);
}

QString DnsmasqProcess::serverAddress() const
{
    return QStringLiteral("127.0.0.1@%1").arg(m_port);
}

bool DnsmasqProcess::start(const QStringList &records, int timeoutMs)
{
    m_port = freeDnsPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port for dnsmasq");
        return false;
    }
    QStringList arguments = {QStringLiteral("--keep-in-foreground"),
                             QStringLiteral("--conf-file=/dev/null"),
                             QStringLiteral("--no-resolv"),
                             QStringLiteral("--no-hosts"),
                             QStringLiteral("--no-poll"),
                             QStringLiteral("--bind-interfaces"),
                             QStringLiteral("--listen-address=127.0.0.1"),
                             QStringLiteral("--port=%1").arg(m_port),
                             QStringLiteral("--pid-file="),
                             QStringLiteral("--log-facility=-"),
                             QStringLiteral("--log-queries")};
    // As root, dnsmasq drops to "nobody" unless told otherwise; a test's files stay the test user's.
    if (::geteuid() == 0)
        arguments << QStringLiteral("--user=root");
    arguments << records;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    bool ready = false;
    connect(m_process.get(), &QProcess::readyRead, &loop, [&] {
        m_log += m_process->readAll();
        // dnsmasq logs "started" once it has bound its sockets.
        if (m_log.contains("started, version")) {
            ready = true;
            loop.quit();
        }
    });
    connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    connect(m_process.get(), &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_process->start(binaryPath(), arguments);
    loop.exec();
    if (!ready) {
        m_error = QStringLiteral("dnsmasq did not start: %1").arg(QString::fromLocal8Bit(m_log));
        stop();
        return false;
    }
    return true;
}

void DnsmasqProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

} // namespace SmtpTest
