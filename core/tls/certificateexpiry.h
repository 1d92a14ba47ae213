#pragma once

#include <QDateTime>

namespace Smtp
{

/// When a certificate's coming expiry is worth a warning, and when it is critical: days left at or below each.
/// The defaults are the command line's --warn-days and --crit-days, and what the profile list's badge shows.
struct ExpiryThresholds
{
    int warnDays = 21;
    int critDays = 7;
};

enum class ExpiryLevel
{
    Fine,
    Warning,  ///< warnDays or fewer left
    Critical, ///< critDays or fewer left, or expired
};

ExpiryLevel expiryLevel(qint64 daysLeft, const ExpiryThresholds &thresholds = {});
/// Whole days from @p now until @p notAfter, negative once expired: the one way days left are counted.
qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now);

} // namespace Smtp
