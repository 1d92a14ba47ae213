#include "proxyurl.h"

#include <QCoreApplication>
#include <QUrl>

namespace Smtp
{

namespace
{

QUrl parsed(const QString &url)
{
    return QUrl(url, QUrl::StrictMode);
}

} // namespace

QString ProxyUrl::problem(const QString &url)
{
    const QUrl proxy = parsed(url);
    // QUrl refuses a port over 65535, an IPv6 address without brackets and spaces in the host.
    if (!proxy.isValid() || proxy.host().isEmpty())
        return tr("The proxy must look like socks5://host:port or http://host:port (user:password@ before the host "
                  "is allowed), not \"%1\".")
            .arg(withoutCredentials(url));
    const QString scheme = proxy.scheme().toLower();
    if (scheme != QStringLiteral("socks5") && scheme != QStringLiteral("http"))
        return tr("The proxy must start with socks5:// or http://, not \"%1\".").arg(withoutCredentials(url));
    // Neither kind has a default port a user could rely on; 0 would let the system pick one.
    if (proxy.port() <= 0)
        return tr("The proxy needs a port from 1 to 65535, as in %1://host:1080.").arg(scheme);
    // "http://proxy:3128/" is how proxies are often written (http_proxy); anything after that slash means nothing.
    if ((!proxy.path().isEmpty() && proxy.path() != QStringLiteral("/")) || proxy.hasQuery() || proxy.hasFragment())
        return tr("The proxy address ends after the port: nothing may follow it in \"%1\".")
            .arg(withoutCredentials(url));
    return {};
}

QString ProxyUrl::withoutPassword(const QString &url)
{
    QUrl proxy = parsed(url);
    // An address that is not a URL may still hold "user:password@": keep none of it rather than guess.
    if (!proxy.isValid())
        return url.contains(u'@') ? withoutCredentials(url) : url;
    if (proxy.password().isEmpty())
        return url;
    proxy.setPassword(QString());
    return proxy.toString();
}

QString ProxyUrl::withoutCredentials(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl proxy = parsed(url);
    if (!proxy.isValid())
        return tr("(unparsable proxy address)");
    return proxy.toString(QUrl::RemoveUserInfo);
}

QString ProxyUrl::userName(const QString &url)
{
    return parsed(url).userName(QUrl::FullyDecoded);
}

QString ProxyUrl::password(const QString &url)
{
    return parsed(url).password(QUrl::FullyDecoded);
}

QString ProxyUrl::hostAndPort(const QString &url)
{
    const QUrl proxy = parsed(url);
    const QString host = proxy.host().contains(u':') ? u'[' + proxy.host() + u']' : proxy.host();
    return host + u':' + QString::number(proxy.port());
}

QString ProxyUrl::host(const QString &url)
{
    return parsed(url).host();
}

quint16 ProxyUrl::port(const QString &url)
{
    const int port = parsed(url).port();
    return port > 0 && port <= 65535 ? static_cast<quint16>(port) : 0;
}

bool ProxyUrl::isSocks5(const QString &url)
{
    return parsed(url).scheme().compare(u"socks5", Qt::CaseInsensitive) == 0;
}

} // namespace Smtp
