#include "routenote.h"

namespace Smtp
{

QList<RouteNote> RouteNote::forRoute(const MailRoute &route)
{
    switch (route.kind) {
    case MailRoute::Kind::Failed:
        return {RouteNote{Kind::LookupFailed, route.error}};
    case MailRoute::Kind::NullMx:
        return {RouteNote{Kind::NullMx, tr("%1 has a null MX (RFC 7505): it accepts no mail.").arg(route.domain)}};
    case MailRoute::Kind::ImplicitMx:
    case MailRoute::Kind::Exchangers:
        break;
    }
    QList<RouteNote> notes;
    if (route.kind == MailRoute::Kind::ImplicitMx)
        notes << RouteNote{
            Kind::ImplicitMx,
            tr("%1 has no MX record: its own address is the exchanger (RFC 5321 §5.1).").arg(route.domain)};
    for (const MailExchanger &exchanger : route.exchangers) {
        if (!exchanger.problem.isEmpty())
            notes << RouteNote{Kind::ExchangerProblem, exchanger.problem};
    }
    return notes;
}

} // namespace Smtp
