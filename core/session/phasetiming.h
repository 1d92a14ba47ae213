#pragma once

#include <QList>
#include <QString>

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

} // namespace Smtp
