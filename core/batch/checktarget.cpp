#include "checktarget.h"

#include "core/connection/securitymode.h"

namespace Smtp
{

namespace
{

struct Mode
{
    quint16 port;
    SecurityMode security;
    bool submission;
};

// The four ways a mail server is reached: relay on 25 with and without STARTTLS, submission on 587 (RFC 6409)
// and implicit TLS on 465 (RFC 8314).
constexpr Mode matrixModes[] = {
    {25, SecurityMode::None, false},
    {25, SecurityMode::StartTls, false},
    {587, SecurityMode::StartTls, true},
    {465, SecurityMode::Implicit, false},
};

ConnectionSettings checkSettings(const ConnectionSettings &base)
{
    ConnectionSettings settings = base;
    settings.auth = {};
    settings.message = {};
    settings.interactive = false;
    return settings;
}

CheckTarget withMode(CheckTarget target, const Mode &mode)
{
    target.settings.port = mode.port;
    target.settings.security = mode.security;
    target.settings.submission = mode.submission;
    return target;
}

} // namespace

QString CheckTarget::label() const
{
    if (!profile.isEmpty())
        return profile;
    const QString address = settings.hostAndPort();
    const QString mode = securityModeName(settings.security);
    if (exchanger.isEmpty() || exchanger == settings.host)
        return QStringLiteral("%1 %2").arg(address, mode);
    return QStringLiteral("%1 %2 %3").arg(exchanger, address, mode);
}

QList<CheckTarget> CheckPlan::forRoute(const MailRoute &route, const ConnectionSettings &base, bool matrix)
{
    QList<CheckTarget> targets;
    for (const MailExchanger &exchanger : route.exchangers) {
        for (const QHostAddress &address : exchanger.addresses) {
            CheckTarget target;
            target.exchanger = exchanger.host;
            if (route.kind == MailRoute::Kind::Exchangers)
                target.preference = exchanger.preference;
            target.settings = checkSettings(base);
            target.settings.host = address.toString();
            // The certificate must name the exchanger (RFC 7672 §3.2.2 for DANE, and what MTA-STS checks too), not
            // the address dialled.
            target.settings.serverName = exchanger.host;
            if (!matrix) {
                targets << target;
                continue;
            }
            for (const Mode &mode : matrixModes)
                targets << withMode(target, mode);
        }
    }
    return targets;
}

QList<CheckTarget> CheckPlan::matrixForHost(const ConnectionSettings &base)
{
    CheckTarget target;
    target.exchanger = base.host;
    target.settings = checkSettings(base);
    QList<CheckTarget> targets;
    for (const Mode &mode : matrixModes)
        targets << withMode(target, mode);
    return targets;
}

CheckTarget CheckPlan::forProfile(const QString &name, const ConnectionSettings &settings)
{
    CheckTarget target;
    target.profile = name;
    target.settings = checkSettings(settings);
    return target;
}

} // namespace Smtp
