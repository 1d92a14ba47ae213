#pragma once

#include "certificatefactory.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace SmtpTest
{

/// How the aiosmtpd server is started. The defaults give a plain server without AUTH on 127.0.0.1.
struct AiosmtpdOptions
{
    enum class Tls
    {
        None,
        StartTls,    ///< offer STARTTLS (RFC 3207)
        ImplicitTls, ///< TLS from the first byte (RFC 8314 §3.3)
    };

    Tls tls = Tls::None;
    ServerCertificate certificate = ServerCertificate::Valid; ///< from CertificateFactory::shared()
    /// RFC 3207 §4: answer 530 to commands other than EHLO, STARTTLS, NOOP and QUIT before TLS.
    bool requireStartTls = false;
    bool requireClientCertificate = false; ///< demand a client certificate signed by the factory's client CA
    QStringList users;                     ///< "user:password" entries accepted by AUTH PLAIN and LOGIN
    bool authAllowPlaintext = false;       ///< offer AUTH before TLS
    bool authRequired = false;             ///< refuse MAIL before AUTH
    bool storeMessages = false;            ///< keep received messages (see storedMessages())
    QString hostname;                      ///< banner / EHLO name; empty keeps "aiosmtpd.test"
    QStringList extraArguments;            ///< passed to aiosmtpd_server.py as they are
};

/// A message aiosmtpd received: the DATA payload as received (after dot-unstuffing) and its envelope
/// (mail_from, rcpt_tos, mail_options, helo, tls, tls_version, client_certificate, authenticated, auth_login …).
struct StoredMessage
{
    QByteArray content;
    QJsonObject envelope;
};

/// Runs tests/support/aiosmtpd_server.py with /usr/bin/python3 for integration tests. The server ends with this
/// object (and, should the test crash, when its stdin closes).
class AiosmtpdProcess final : public QObject
{
    Q_OBJECT

public:
    explicit AiosmtpdProcess(QObject *parent = nullptr);
    ~AiosmtpdProcess() override;
    Q_DISABLE_COPY_MOVE(AiosmtpdProcess)

    /// True if /usr/bin/python3 can import aiosmtpd. Integration tests QSKIP otherwise.
    static bool isAvailable();
    static QString pythonPath();
    static QString scriptPath();

    /// Starts the server and waits (spinning the event loop, at most \a timeoutMs) until it listens.
    bool start(const AiosmtpdOptions &options = {}, int timeoutMs = 20000);
    /// Starts the script with exactly these arguments ("--port 0" is added if no --port is given).
    bool startWithArguments(const QStringList &arguments, int timeoutMs = 20000);
    /// Closes stdin and waits for the server to exit; kills it if it does not within a few seconds.
    void stop();

    quint16 port() const { return m_port; }
    bool isRunning() const;
    /// Why start() failed, with the server's stderr.
    QString errorString() const { return m_error; }
    QByteArray standardError() const;
    QString storeDirectory() const;
    /// The lines a server started with "--log-commands PATH" wrote so far: "AUTH PLAIN alice OK", "QUIT" …
    static QStringList commandLog(const QString &path);
    /// Messages stored so far, in arrival order (only with storeMessages).
    QList<StoredMessage> storedMessages() const;

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_store;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace SmtpTest
