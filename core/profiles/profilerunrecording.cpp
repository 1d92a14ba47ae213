#include "profilerunrecording.h"

#include "core/session/sessionresult.h"
#include "core/tls/certificatereport.h"
#include "profile.h"
#include "profilestore.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{

// The translation context of this file's sentences.
struct ProfileRunRecordingText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRunRecording)
};

} // namespace

std::optional<CertificateMemoryCheck> ProfileRunRecording::checkCertificate(const Profile &profile,
                                                                            const SessionResult &result)
{
    if (!result.tls || !result.tls->tlsEstablished)
        return std::nullopt;
    return CertificateMemory::check(profile.rememberedCertificate, *result.tls);
}

ProfileRunRecording::Recorded ProfileRunRecording::record(ProfileStore &store, const QString &profileId,
                                                          const SessionResult &result, const QDateTime &now)
{
    Recorded recorded;
    std::optional<Profile> profile = store.find(profileId);
    if (!profile)
        return recorded;
    recorded.found = true;
    recorded.certificate = checkCertificate(*profile, result);
    if (store.isReadOnly())
        return recorded;
    profile->lastUsed = now.toUTC();
    profile->lastResult = result.ok() ? QStringLiteral("OK") : errorCodeName(result.error.code);
    profile->lastResultOk = result.ok();
    if (result.error.code != ErrorCode::Cancelled)
        profile->history = RunHistory::withRun(profile->history, RunRecord::fromResult(result, now));
    recorded.changed = !store.update(*profile).isError();
    return recorded;
}

ProfileRunRecording::Remembered ProfileRunRecording::remember(ProfileStore &store, const QString &profileId,
                                                              const CertificateReport &report, const QDateTime &now)
{
    Remembered remembered;
    std::optional<Profile> profile = store.find(profileId);
    if (!profile) {
        remembered.outcome = Remembered::Outcome::ProfileGone;
        return remembered;
    }
    remembered.certificate = CertificateMemory::fromReport(report, now);
    if (!remembered.certificate) {
        remembered.outcome = Remembered::Outcome::NotVerified;
        return remembered;
    }
    if (CertificateMemory::check(profile->rememberedCertificate, report).state == CertificateMemoryCheck::State::Same) {
        remembered.outcome = Remembered::Outcome::AlreadyRemembered;
        remembered.certificate = profile->rememberedCertificate;
        return remembered;
    }
    if (store.isReadOnly()) {
        remembered.outcome = Remembered::Outcome::Refused;
        remembered.error = ProfileStoreError::make(
            ProfileStoreError::Code::ReadOnly,
            ProfileRunRecordingText::tr("The profile file is read-only; the certificate was not remembered."),
            store.filePath());
        return remembered;
    }
    profile->rememberedCertificate = remembered.certificate;
    remembered.error = store.update(*profile);
    remembered.outcome = remembered.error.isError() ? Remembered::Outcome::Refused : Remembered::Outcome::Remembered;
    return remembered;
}

void ProfileRunRecording::keepRecordedRuns(Profile &edited, const Profile &current)
{
    edited.lastUsed = current.lastUsed;
    edited.lastResult = current.lastResult;
    edited.lastResultOk = current.lastResultOk;
    edited.history = current.history;
    edited.rememberedCertificate = current.rememberedCertificate;
}

} // namespace Smtp
