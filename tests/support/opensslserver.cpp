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
                          const QStringList &options, Conversation conversation)
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
                          QStringLiteral("1")};
    if (conversation == Conversation::ReversedLines)
        arguments << QStringLiteral("-rev");
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
    if (conversation == Conversation::Smtp) {
        // s_server sends what it reads from its standard input once a client is connected: the greeting waits there
        // for the handshake. Every other answer follows a line the client sent.
        m_process.write("220 openssl.test ESMTP\r\n");
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { answer(); });
    }
    return true;
}

void OpensslServer::answer()
{
    m_received += m_process.readAllStandardOutput();
    for (qsizetype end = m_received.indexOf('\n'); end >= 0; end = m_received.indexOf('\n')) {
        const QByteArray line = m_received.left(end).trimmed().toUpper();
        m_received.remove(0, end + 1);
        if (line.startsWith("EHLO") || line.startsWith("HELO"))
            m_process.write("250 openssl.test\r\n");
        else if (line.startsWith("QUIT"))
            m_process.write("221 bye\r\n");
    }
}

} // namespace SmtpTest
