#include "localname.h"

#include "core/protocol/smtpcommand.h"

#include <QHostInfo>

#include <future>
#include <mutex>

namespace Smtp
{

namespace
{

QString lookUpMachineName()
{
    const QString host = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    if (!host.isEmpty() && !domain.isEmpty())
        return host + QLatin1Char('.') + domain;
    return host.contains(QLatin1Char('.')) ? host : QString();
}

std::shared_future<QString> &machineNameLookup()
{
    static std::once_flag started;
    static std::shared_future<QString> lookup;
    std::call_once(started, [] { lookup = std::async(std::launch::async, lookUpMachineName).share(); });
    return lookup;
}

} // namespace

void LocalName::prefetch()
{
    machineNameLookup();
}

QString LocalName::machineName()
{
    return machineNameLookup().get();
}

QString LocalName::ehloName(const QString &configured, const QHostAddress &localAddress)
{
    if (!configured.isEmpty())
        return configured;
    if (const QString name = machineName(); !name.isEmpty())
        return name;
    return addressLiteral(localAddress);
}

QString LocalName::problem(const QString &configured)
{
    if (configured.isEmpty())
        return {};
    // HELO takes the same single word (RFC 5321 §4.1.1.1), so one builder's verdict covers both.
    return SmtpCommand::ehlo(configured).error;
}

QString LocalName::addressLiteral(const QHostAddress &address)
{
    // RFC 5321 §4.1.3: an address literal stands in for a domain the client cannot name.
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress copy = address;
        copy.setScopeId(QString());
        return QStringLiteral("[IPv6:%1]").arg(copy.toString());
    }
    return QStringLiteral("[%1]").arg(address.toString());
}

} // namespace Smtp
