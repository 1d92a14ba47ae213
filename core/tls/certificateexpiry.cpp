#include "certificateexpiry.h"

namespace Smtp
{

ExpiryLevel expiryLevel(qint64 daysLeft, const ExpiryThresholds &thresholds)
{
    if (daysLeft <= thresholds.critDays)
        return ExpiryLevel::Critical;
    if (daysLeft <= thresholds.warnDays)
        return ExpiryLevel::Warning;
    return ExpiryLevel::Fine;
}

qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    return now.daysTo(notAfter);
}

} // namespace Smtp
