#pragma once

#include "core/connection/connectionsettings.h"
#include "core/connection/sessionerror.h"

#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>

namespace Smtp
{

/// The TLS configuration and proxy a session's settings ask for, built before anything touches the network so that
/// a missing CA file or a wrong key passphrase is reported as a local problem.
struct TlsSetup
{
    QSslConfiguration configuration;
    std::optional<QNetworkProxy> proxy;
    /// The certificates of the CA file, which the verdict trusts besides the system's anchors.
    QList<QSslCertificate> extraAnchors;
    /// OpenSSL's security level of the connection: the library's configured default, or what the cipher list sets
    /// (@SECLEVEL=N, or 0 for TLS 1.0 and 1.1). OpenSSL's handshake verifies the peer's chain at this level (key
    /// sizes, signature digests), so the verdict uses it too (see PeerVerifier::verify).
    int securityLevel = 0;
    /// What was loaded, for the transcript ("client certificate CN=… loaded from …").
    QStringList notes;
    SessionError error;

    static TlsSetup fromSettings(const ConnectionSettings &settings);

    /// A cipher list (see ConnectionSettings::ciphers) split as OpenSSL takes it: the TLS 1.3 suites (TLS_…) and the
    /// cipher list of TLS 1.2 and earlier, each joined by ':'.
    struct CipherChoice
    {
        QByteArray tls13Suites;
        QByteArray olderCiphers;
    };
    static CipherChoice splitCiphers(const QString &ciphers);
    /// Why OpenSSL can use none of the ciphers of \a ciphers (see ConnectionSettings::ciphers); empty when it can, or
    /// when the list is empty.
    static QString cipherListProblem(const QString &ciphers);
    /// "socks5://[user@]host:port" or "http://[user@]host:port" (see ProxyUrl) with @p password (empty: a password
    /// in the address, if any); nullopt and an error message when unusable.
    static std::optional<QNetworkProxy> parseProxy(const QString &url, const QString &password, QString *error);
};

} // namespace Smtp
