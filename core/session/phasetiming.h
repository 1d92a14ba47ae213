#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Smtp
{

/// How long one phase of a session took: resolve, connect, banner, tls, ehlo, auth, quit, total …
struct PhaseTiming
{
    QString name;
    qint64 startMs = 0;
    qint64 durationMs = 0;
};

using PhaseTimings = QList<PhaseTiming>;

/// How long the whole session took: its "total" phase; while it runs (no total yet), the end of the last phase so far;
/// nothing when no phase was timed. The one reading for the batch table and the command line's batch rows.
std::optional<qint64> totalDurationMs(const PhaseTimings &timings);

} // namespace Smtp
