#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

namespace Smtp
{

/// What OpenSSL knows of one session's TLS connection and Qt does not tell: the key-exchange group, the server's
/// signature, whether the server asked for a client certificate and which CAs it named, and the key log for
/// Wireshark (--keylog).
///
/// Qt's TLS backend makes its OpenSSL connection (SSL) inside QSslSocket::startClientEncryption(). OpenSSL calls the
/// constructor hook of every registered ex_data index for each SSL it makes; an inspection attaches to the one made
/// while its Attach scope is open on this thread, and OpenSSL's destructor hook detaches it when the SSL goes. Every
/// call happens on the session's thread.
class TlsInspection final
{
public:
    /// Opens the window in which the next SSL made on this thread is the inspection's: around startClientEncryption().
    class Attach final
    {
    public:
        explicit Attach(TlsInspection &inspection);
        ~Attach();
        Attach(const Attach &) = delete;
        Attach &operator=(const Attach &) = delete;
    };

    /// \a keyLogPath: where the NSS key log lines go (appended, mode 0600); empty writes none.
    explicit TlsInspection(const QString &keyLogPath = {});
    ~TlsInspection();
    TlsInspection(const TlsInspection &) = delete;
    TlsInspection &operator=(const TlsInspection &) = delete;

    /// An OpenSSL connection was found to inspect.
    bool isAttached() const { return m_ssl != nullptr; }

    /// "X25519", "prime256v1", "ffdhe2048": the group of the key exchange; empty before the handshake ends.
    QString keyExchange() const;
    /// "RSA-PSS SHA256", "ECDSA SHA256", "Ed25519": how the server signed the handshake; empty when unknown.
    QString serverSignature() const;
    /// The server sent a CertificateRequest.
    bool clientCertificateRequested() const { return m_certificateRequested; }
    /// The CA names of that request (RFC 2253 form, escaped: the server's text), in its order.
    QStringList acceptableClientCaNames() const { return m_caNames; }
    /// Lines written to the key log so far.
    int keyLogLineCount() const { return m_keyLogLines; }
    /// Why the key log could not be written; empty when it could (or none was asked for).
    QString keyLogError() const { return m_keyLogError; }

private:
    friend class TlsInspectionHooks;

    void attach(SSL *ssl);
    void detach();
    void onHandshakeMessage(bool written, unsigned char type);
    void onKeyLogLine(const char *line);

    SSL *m_ssl = nullptr;
    QString m_keyLogPath;
    QFile m_keyLog;
    int m_keyLogLines = 0;
    QString m_keyLogError;
    bool m_certificateRequested = false;
    QStringList m_caNames;
};

} // namespace Smtp
