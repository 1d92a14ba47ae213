#pragma once

#include "certificatememory.h"
#include "profilestoreerror.h"
#include "runhistory.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Smtp
{

class ProfileStore;
struct CertificateReport;
struct Profile;
struct SessionResult;

/// What a finished run of a saved profile does to it, the one rule for the window's sessions, its fleet check and the
/// command line. Each function changes the profile as the store holds it now, and only the fields runs own (last
/// use, history, remembered certificate): a profile edited while the run went on keeps its edits. None of them
/// saves; the caller saves when its burst of changes is over.
namespace ProfileRunRecording
{

/// How the run's certificate compares with the one @p profile remembers; nothing when the run established no TLS.
std::optional<CertificateMemoryCheck> checkCertificate(const Profile &profile, const SessionResult &result);

/// What record() found and did.
struct Recorded
{
    /// The profile still exists (a profile deleted while its session ran is left alone).
    bool found = false;
    /// The store was changed (not when the profile is gone or the store is read-only).
    bool changed = false;
    std::optional<CertificateMemoryCheck> certificate;
};

/// Keeps a finished run in its profile: when it was used and with what outcome, and the run in front of the history
/// unless it was cancelled (a cancelled run says nothing about the server). A read-only store is not changed; the
/// certificate is compared all the same.
Recorded record(ProfileStore &store, const QString &profileId, const SessionResult &result, const QDateTime &now);

/// What remember() did.
struct Remembered
{
    enum class Outcome
    {
        Remembered,        ///< the leaf is now the remembered certificate
        AlreadyRemembered, ///< it was already: nothing changed
        NotVerified,       ///< the chain was not verified: a certificate nobody vouched for is not remembered
        ProfileGone,       ///< no profile with that id (any more)
        Refused,           ///< the store refused the change (read-only, invalid profile): see error
    };
    Outcome outcome = Outcome::NotVerified;
    std::optional<RememberedCertificate> certificate;
    ProfileStoreError error;
};

/// Remembers the leaf of @p report in the profile (trust on first use, or accepting a new certificate), replacing
/// what was remembered before.
Remembered remember(ProfileStore &store, const QString &profileId, const CertificateReport &report,
                    const QDateTime &now);

/// Gives @p edited the fields runs own as @p current has them: an editor opened before a run must not take the run's
/// record (or an accepted certificate) back when it is saved.
void keepRecordedRuns(Profile &edited, const Profile &current);

} // namespace ProfileRunRecording

} // namespace Smtp
