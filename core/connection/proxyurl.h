#pragma once

#include <QCoreApplication>
#include <QString>

namespace Smtp
{

/// The one rule for proxy addresses, for the profile editor, the command line and the session:
/// "socks5://[user[:password]@]host:port" or "http://[user[:password]@]host:port", the host a name, an IPv4 address or
/// an IPv6 address in brackets, the port 1 to 65535, at most a "/" after it.
/// A proxy password is a secret like the AUTH password: profiles, exports, generated command lines and output keep
/// the address without it, and it travels separately (ConnectionSettings::proxyPassword, the keychain).
class ProxyUrl
{
    // Smtp::-qualified: the context the translations already use.
    Q_DECLARE_TR_FUNCTIONS(Smtp::ProxyUrl)

public:
    /// Why @p url is not a usable proxy address (translated; quotes the address without credentials), or empty.
    static QString problem(const QString &url);
    /// @p url without its password; the user name stays (it says which proxy account the saved password is for).
    static QString withoutPassword(const QString &url);
    /// @p url without user name and password, for showing; "(unparsable proxy address)" when it is not a URL.
    static QString withoutCredentials(const QString &url);
    static QString userName(const QString &url);
    static QString password(const QString &url);
    /// "host:port" of the proxy, IPv6 literals in brackets.
    static QString hostAndPort(const QString &url);
    /// The proxy's host (an IPv6 literal without brackets) and port, of an address without problem().
    static QString host(const QString &url);
    static quint16 port(const QString &url);
    /// Whether the address is a SOCKS5 proxy (else an HTTP proxy, for an address without problem()).
    static bool isSocks5(const QString &url);
};

} // namespace Smtp
