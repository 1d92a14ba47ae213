#pragma once

#include <QString>

namespace SmtpTest
{

/// The folder of the test support sources (scripts, the aiosmtpd launcher).
QString supportDir();

/// This process's resident memory (VmRSS) in KiB, or -1 where /proc cannot tell; for the benchmarks' figures.
qint64 residentMemoryKiB();

} // namespace SmtpTest
