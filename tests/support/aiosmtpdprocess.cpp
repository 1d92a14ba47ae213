#include "aiosmtpdprocess.h"

#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace SmtpTest
{

AiosmtpdProcess::AiosmtpdProcess(QObject *parent) : QObject(parent) {}

AiosmtpdProcess::~AiosmtpdProcess()
{
    stop();
}

QString AiosmtpdProcess::pythonPath()
{
    // The python3 first on PATH may not be Debian's and then lacks python3-aiosmtpd.
    return QStringLiteral("/usr/bin/python3");
}

QString AiosmtpdProcess::scriptPath()
{
    return supportDir() + QStringLiteral("/aiosmtpd_server.py");
}

bool AiosmtpdProcess::isAvailable()
{
    static const bool available = [] {
        QProcess process;
        process.start(pythonPath(), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(2000);
            return false;
        }
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }();
    return available;
}

bool AiosmtpdProcess::start(const AiosmtpdOptions &options, int timeoutMs)
{
    QStringList arguments;
    const CertificateSet &certificates = CertificateFactory::shared();
    const CertificateFiles &server = certificates.server(options.certificate);
    switch (options.tls) {
    case AiosmtpdOptions::Tls::None:
        break;
    case AiosmtpdOptions::Tls::StartTls:
        arguments << QStringLiteral("--starttls") << server.certificate << server.key;
        break;
    case AiosmtpdOptions::Tls::ImplicitTls:
        arguments << QStringLiteral("--implicit-tls") << server.certificate << server.key;
        break;
    }
    if (options.requireStartTls)
        arguments << QStringLiteral("--require-starttls");
    if (options.requireClientCertificate)
        arguments << QStringLiteral("--require-client-cert") << certificates.clientCa.certificate;
    for (const QString &user : options.users)
        arguments << QStringLiteral("--auth-user") << user;
    if (options.authAllowPlaintext)
        arguments << QStringLiteral("--auth-allow-plaintext");
    if (options.authRequired)
        arguments << QStringLiteral("--auth-required");
    if (options.storeMessages) {
        m_store = std::make_unique<QTemporaryDir>();
        if (!m_store->isValid()) {
            m_error = QStringLiteral("cannot create a message store: %1").arg(m_store->errorString());
            return false;
        }
        arguments << QStringLiteral("--store") << m_store->path();
    }
    if (!options.hostname.isEmpty())
        arguments << QStringLiteral("--hostname") << options.hostname;
    arguments << options.extraArguments;
    return startWithArguments(arguments, timeoutMs);
}

bool AiosmtpdProcess::startWithArguments(const QStringList &arguments, int timeoutMs)
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_error.clear();
    m_port = 0;

    QStringList all{scriptPath()};
    all << arguments;
    if (!arguments.contains(QStringLiteral("--port")))
        all << QStringLiteral("--port") << QStringLiteral("0");

    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { m_stderr += process->readAllStandardError(); });

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    connect(process, &QProcess::readyReadStandardOutput, &loop, [this, process, &loop] {
        m_stdout += process->readAllStandardOutput();
        const qsizetype ready = m_stdout.indexOf("READY ");
        if (ready < 0)
            return;
        const qsizetype end = m_stdout.indexOf('\n', ready);
        if (end < 0)
            return;
        bool ok = false;
        const uint port = m_stdout.mid(ready + 6, end - ready - 6).trimmed().toUInt(&ok);
        if (ok && port > 0 && port <= 65535)
            m_port = quint16(port);
        loop.quit();
    });

    process->start(pythonPath(), all);
    deadline.start(timeoutMs);
    if (m_port == 0 && process->state() != QProcess::NotRunning)
        loop.exec();

    if (m_port != 0)
        return true;
    m_stderr += process->readAllStandardError();
    if (process->state() == QProcess::NotRunning) {
        m_error = QStringLiteral("aiosmtpd_server.py exited (%1, code %2) before listening: %3")
                      .arg(process->errorString())
                      .arg(process->exitCode())
                      .arg(QString::fromLocal8Bit(m_stderr));
    } else {
        m_error = QStringLiteral("aiosmtpd_server.py did not report READY within %1 ms: %2")
                      .arg(timeoutMs)
                      .arg(QString::fromLocal8Bit(m_stderr));
    }
    stop();
    return false;
}

void AiosmtpdProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // End of stdin is the script's cue to shut down cleanly.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(2000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process->disconnect(this);
    m_process.reset();
}

bool AiosmtpdProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray AiosmtpdProcess::standardError() const
{
    return m_stderr;
}

QString AiosmtpdProcess::storeDirectory() const
{
    return m_store ? m_store->path() : QString();
}

QList<StoredMessage> AiosmtpdProcess::storedMessages() const
{
    QList<StoredMessage> messages;
    if (!m_store)
        return messages;
    const QDir directory(m_store->path());
    // The .json sidecar is written last, so its presence means the message file is complete.
    const QStringList sidecars = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &sidecar : sidecars) {
        QFile envelopeFile(directory.filePath(sidecar));
        QString messageName = sidecar;
        messageName.chop(5);
        QFile messageFile(directory.filePath(messageName + QStringLiteral(".eml")));
        if (!envelopeFile.open(QIODevice::ReadOnly) || !messageFile.open(QIODevice::ReadOnly))
            continue;
        messages.append({messageFile.readAll(), QJsonDocument::fromJson(envelopeFile.readAll()).object()});
    }
    return messages;
}

QStringList AiosmtpdProcess::commandLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace SmtpTest
