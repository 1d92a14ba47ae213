#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace SmtpTest
{

/// `openssl s_server` as an implicit-TLS peer on a loopback port. It runs at security level 0, so it presents what a
/// Qt server in the test process cannot: old protocol versions, RSA-1024 keys, SHA-1 signatures. It accepts one
/// connection and is killed when the object goes.
class OpensslServer final
{
public:
    /// What it says once TLS is up.
    enum class Conversation
    {
        /// Each line back reversed (s_server -rev): enough for a client that stops after the handshake, and its QUIT
        /// gets an answer at once, not a timeout.
        ReversedLines,
        /// A minimal SMTP server: a 220 greeting, 250 to EHLO, 221 to QUIT, so a whole session can run.
        Smtp,
    };

    OpensslServer() = default;
    ~OpensslServer();
    Q_DISABLE_COPY_MOVE(OpensslServer)

    /// Serves \a certificateFile (its first certificate) with \a keyFile, sending the intermediates of
    /// \a intermediatesFile (empty: none) behind it; \a options are further s_server options ("-tls1"). False with
    /// errorString() when the server did not come up within 5 s.
    bool start(const QString &certificateFile, const QString &keyFile, const QString &intermediatesFile = {},
               const QStringList &options = {}, Conversation conversation = Conversation::ReversedLines);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    /// Smtp conversation: answers what the client sent, which s_server prints on its standard output.
    void answer();

    QProcess m_process;
    QByteArray m_received;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace SmtpTest
