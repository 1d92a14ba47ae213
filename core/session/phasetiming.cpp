#include "phasetiming.h"

#include <algorithm>

namespace Smtp
{

std::optional<qint64> totalDurationMs(const PhaseTimings &timings)
{
    if (timings.isEmpty())
        return std::nullopt;
    qint64 end = 0;
    for (const PhaseTiming &phase : timings) {
        if (phase.name == QLatin1String("total"))
            return phase.durationMs;
        end = std::max(end, phase.startMs + phase.durationMs);
    }
    return end;
}

} // namespace Smtp
