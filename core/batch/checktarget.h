#pragma once

#include "core/connection/connectionsettings.h"
#include "core/dns/mxlookup.h"
#include "core/session/sessionresult.h"

#include <QList>
#include <QString>

#include <optional>

namespace Smtp
{

/// One check of a batch: the connection it makes and where it came from (a saved profile, or an exchanger of a
/// domain), as the batch output names it.
struct CheckTarget
{
    QString profile;               ///< the saved profile checked; empty for a domain or host check
    QString exchanger;             ///< the MX host (or the host) whose address this is; empty for a profile
    std::optional<int> preference; ///< the MX preference, for a domain check
    ConnectionSettings settings;   ///< host is the address dialled; serverName the name verified

    /// "mx1.example.test [127.0.0.2]:25 STARTTLS" or "profile name", for tables and progress lines.
    QString label() const;
};

/// A check that ran, and how it ended.
struct CheckOutcome
{
    CheckTarget target;
    SessionResult result;
};

/// Which checks a domain or a host gets. Pure: tested with tables.
namespace CheckPlan
{
/// A check of every address of every exchanger, in preference order, with the base settings' port and security,
/// or with matrix every address × {25 plain, 25 STARTTLS, 587 STARTTLS, 465 implicit TLS}. Each connects to the
/// address and verifies the certificate for (and sends SNI with) the exchanger's name. Checks greet, upgrade and
/// QUIT: no AUTH, no message.
QList<CheckTarget> forRoute(const MailRoute &route, const ConnectionSettings &base, bool matrix);

/// The matrix for one host (its name as the base settings give it).
QList<CheckTarget> matrixForHost(const ConnectionSettings &base);

/// The check of a saved profile: its connection as it is, greeted, upgraded and QUIT (no AUTH, no message).
CheckTarget forProfile(const QString &name, const ConnectionSettings &settings);
} // namespace CheckPlan

} // namespace Smtp
