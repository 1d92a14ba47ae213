#pragma once

#include "core/profiles/profile.h"

#include <QString>

namespace SmtpTest
{

/// The folder of the test support sources (scripts, the aiosmtpd launcher).
QString supportDir();

/// This process's resident memory (VmRSS) in KiB, or -1 where /proc cannot tell; for the benchmarks' figures.
qint64 residentMemoryKiB();
/// The highest resident memory of this process so far (VmHWM), in KiB; -1 where the system does not say.
qint64 peakResidentMemoryKiB();
/// The threads this process runs now; -1 where the system does not say.
int threadCount();

/// A profile with only a name, a host and a folder set, for the profile store's tests.
Smtp::Profile makeProfile(const QString &name, const QString &host, const QString &folder = {});

/// For the tests that need a real keychain: unless already there (SMTP_KEYRING_WRAPPED), re-executes this test
/// through tests/integration/run-with-keyring.sh, which gives it a private D-Bus session and a throwaway unlocked
/// gnome-keyring. Returns only when already wrapped; on a failed exec it exits with 1.
void reexecUnderKeyring(int argc, char *argv[]);

} // namespace SmtpTest
