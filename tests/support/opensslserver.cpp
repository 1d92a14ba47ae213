#include "opensslserver.h"

#include <QHostAddress>
#include <QTcpServer>

namespace SmtpTest
{

OpensslServer::~OpensslServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool OpensslServer::start(const QString &certificateFile, const QString &keyFile, const QString &intermediatesFile,
                          const QStringList &options)
{
    {
        // s_server cannot report the port it chose; a port just free on loopback is taken again at once.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            m_error = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
    }
    QStringList arguments{QStringLiteral("s_server"),
                          QStringLiteral("-accept"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("-cert"),
                          certificateFile,
                          QStringLiteral("-key"),
                          keyFile,
                          QStringLiteral("-cipher"),
                          QStringLiteral("DEFAULT:@SECLEVEL=0"),
                          QStringLiteral("-naccept"),
                          QStringLiteral("1"),
                          QStringLiteral("-rev")};
    if (!intermediatesFile.isEmpty())
        arguments << QStringLiteral("-cert_chain") << intermediatesFile;
    arguments << options;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("openssl"), arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray output;
    while (!output.contains("ACCEPT") && m_process.waitForReadyRead(5000))
        output += m_process.readAll();
    if (!output.contains("ACCEPT")) {
        m_error = QStringLiteral("openssl s_server did not start listening: %1").arg(QString::fromLocal8Bit(output));
        return false;
    }
    return true;
}

} // namespace SmtpTest
