#include "profilerunrecorder.h"

#include "ui/session/sessiontab.h"

#include "core/profiles/profilerunrecording.h"
#include "core/profiles/profilestore.h"

namespace SmtpUi
{

using Smtp::ProfileRunRecording::Remembered;

ProfileRunRecorder::ProfileRunRecorder(Smtp::ProfileStore *store, QObject *parent) : QObject(parent), m_store(store) {}

ProfileRunRecorder::~ProfileRunRecorder() = default;

void ProfileRunRecorder::follow(SessionTab *tab)
{
    if (tab->profileId().isEmpty())
        return;
    connect(tab, &SessionTab::finished, this,
            [this, tab](const Smtp::SessionResult &result) { recordEnd(tab, result); });
    connect(tab, &SessionTab::rememberCertificateRequested, this, [this, tab] { rememberCertificate(tab); });
}

void ProfileRunRecorder::recordEnd(SessionTab *tab, const Smtp::SessionResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Smtp::ProfileRunRecording::Recorded recorded =
        Smtp::ProfileRunRecording::record(*m_store, tab->profileId(), result, now);
    if (recorded.certificate)
        tab->setCertificateMemory(*recorded.certificate,
                                  Smtp::CertificateMemory::fromReport(*result.tls, now).has_value());
    if (recorded.changed)
        emit profileChanged();
}

void ProfileRunRecorder::rememberCertificate(SessionTab *tab)
{
    if (!tab->tlsReport())
        return;
    const Smtp::CertificateReport &report = *tab->tlsReport();
    const Remembered remembered =
        Smtp::ProfileRunRecording::remember(*m_store, tab->profileId(), report, QDateTime::currentDateTimeUtc());
    switch (remembered.outcome) {
    case Remembered::Outcome::Remembered:
        emit profileChanged();
        [[fallthrough]];
    case Remembered::Outcome::AlreadyRemembered:
        tab->setCertificateMemory(Smtp::CertificateMemory::check(remembered.certificate, report), true);
        return;
    case Remembered::Outcome::NotVerified:
        emit problem(tr("The certificate was not remembered: its chain was not verified."));
        return;
    case Remembered::Outcome::ProfileGone:
        emit problem(tr("The certificate was not remembered: the profile no longer exists."));
        return;
    case Remembered::Outcome::Refused:
        emit problem(tr("The certificate was not remembered: %1").arg(remembered.error.message));
        return;
    }
}

} // namespace SmtpUi
