#pragma once

#include "core/dns/mxlookup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Smtp
{

/// What a person must know about a domain's route besides its checks, in the words the command line and the window
/// both use: why there is nothing to check, or what the checks leave out.
struct RouteNote
{
    Q_DECLARE_TR_FUNCTIONS(RouteNote)

public:
    enum class Kind
    {
        LookupFailed,     ///< no answer to use (no such domain, a server failure, a timeout): nothing is checked
        NullMx,           ///< RFC 7505: the domain accepts no mail; nothing to check, and nothing failed
        ImplicitMx,       ///< no MX record: the domain's own address is checked (RFC 5321 §5.1)
        ExchangerProblem, ///< an exchanger has no address to try; the others are checked
    };

    Kind kind = Kind::LookupFailed;
    QString text;

    /// The notes of a looked-up route, the lookup's failure or the domain's kind first, then each exchanger's
    /// problem in preference order; none for a domain whose exchangers all have addresses.
    static QList<RouteNote> forRoute(const MailRoute &route);
};

} // namespace Smtp
