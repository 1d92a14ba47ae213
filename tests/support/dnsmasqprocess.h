#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace SmtpTest
{

/// A private dnsmasq on 127.0.0.1 that answers only from the records it is given (no upstream, no hosts file), for
/// tests of anything that resolves names. It ends with this object.
class DnsmasqProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsmasqProcess)

public:
    explicit DnsmasqProcess(QObject *parent = nullptr);
    ~DnsmasqProcess() override;

    /// The dnsmasq binary, or empty when it is not installed (tests QSKIP then).
    static QString binaryPath();

    /// Starts it with these record options (e.g. "--mx-host=example.test,mx1.example.test,10",
    /// "--host-record=mx1.example.test,127.0.0.2,::1", "--dns-rr=null.test,15,000000") and waits, at most
    /// timeoutMs, until it answers.
    bool start(const QStringList &records, int timeoutMs = 10000);
    void stop();

    quint16 port() const { return m_port; }
    /// "127.0.0.1@PORT", as --dns-server takes it.
    QString serverAddress() const;
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace SmtpTest
