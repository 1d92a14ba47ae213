#include "clirunner.h"

#include "batchrunner.h"
#include "clioutput.h"
#include "core/io/atomicfile.h"
#include "core/profiles/keychainsecretstore.h"
#include "core/profiles/profileimport.h"
#include "core/profiles/profilerunrecording.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/scenario/proberun.h"
#include "core/scenario/scenariorecorder.h"
#include "core/scenario/scenariorun.h"
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "core/sessionlog/sessionlogexporter.h"
#include "core/sessionlog/settingsreport.h"
#include "exitstatus.h"

#include <QSslSocket>

namespace Smtp
{

CliRunner::CliRunner(const CommandLineOptions &options, CliOutput &output, QObject *parent)
    : QObject(parent), m_options(options), m_output(output)
{}

CliRunner::~CliRunner() = default;

void CliRunner::finishLater(int exitStatus)
{
    if (m_done)
        return;
    m_done = true;
    // Queued, so that the caller's event loop is running when it hears the status.
    QMetaObject::invokeMethod(
        this, [this, exitStatus] { emit finished(exitStatus); }, Qt::QueuedConnection);
}

void CliRunner::fail(ErrorCode code, const QString &message)
{
    m_output.writeFailure(code, message);
    finishLater(m_output.mode() == CliOutput::Mode::Nagios ? int(NagiosReport::forFailure(code, message).status)
                                                           : int(exitStatusFor(code)));
}

void CliRunner::start()
{
    if (!m_options.isValid()) {
        fail(ErrorCode::InvalidSettings, m_options.error());
        return;
    }
    switch (m_options.action()) {
    case CommandLineOptions::Action::Help:
        m_output.writeLines({CommandLineOptions::helpText().trimmed()});
        finishLater(int(ExitStatus::Success));
        return;
    case CommandLineOptions::Action::Version:
        m_output.writeLines({tr("smtp-workbench-cli %1 (Qt %2, %3)")
                                 .arg(QStringLiteral(SMTP_WORKBENCH_VERSION), QString::fromLatin1(qVersion()),
                                      QSslSocket::sslLibraryVersionString())});
        finishLater(int(ExitStatus::Success));
        return;
    case CommandLineOptions::Action::ListProfiles:
        listProfiles();
        return;
    case CommandLineOptions::Action::ImportProfiles:
        importProfiles();
        return;
    case CommandLineOptions::Action::ExportProfiles:
        exportProfiles();
        return;
    case CommandLineOptions::Action::SaveProfile:
        saveProfile();
        return;
    case CommandLineOptions::Action::DeleteProfile:
        deleteProfile();
        return;
    case CommandLineOptions::Action::CheckDomain:
        startBatch()->runDomain(m_options.mxDomain(), m_options.dnsServer(), m_options.settings(), m_options.matrix());
        return;
    case CommandLineOptions::Action::CheckAll:
        checkAllProfiles();
        return;
    case CommandLineOptions::Action::Run:
        break;
    }
    if (m_options.matrix()) {
        if (const QStringList problems = CommandLineOptions::problems(m_options.settings()); !problems.isEmpty()) {
            fail(ErrorCode::InvalidSettings, problems.join(u'\n'));
            return;
        }
        startBatch()->runTargets(CheckPlan::matrixForHost(m_options.settings()));
        return;
    }
    if (!m_options.profileName().isEmpty()) {
        runProfile();
        return;
    }
    runSession(m_options.settings(), m_options.settings().host);
}

bool CliRunner::loadProfiles()
{
    m_store = std::make_unique<ProfileStore>(m_profilesFile);
    if (const ProfileStoreError error = m_store->load(); error.isError()) {
        fail(ErrorCode::InvalidSettings, tr("The profiles cannot be read: %1").arg(error.toString()));
        return false;
    }
    for (const ProfileStoreError &warning : m_store->loadWarnings())
        m_output.writeWarning(warning.toString());
    return true;
}

std::optional<Profile> CliRunner::findProfile(const QString &name)
{
    std::optional<Profile> profile = m_store->findByName(name);
    if (!profile)
        fail(ErrorCode::InvalidSettings,
             tr("There is no profile named \"%1\" in %2; --list-profiles shows them.").arg(name, m_store->filePath()));
    return profile;
}

SecretStore &CliRunner::secretStore()
{
    if (!m_secretStore) {
        m_ownSecretStore = std::make_unique<KeychainSecretStore>();
        m_secretStore = m_ownSecretStore.get();
    }
    return *m_secretStore;
}

void CliRunner::listProfiles()
{
    if (!loadProfiles())
        return;
    const QList<Profile> profiles = m_store->profiles();
    if (profiles.isEmpty() && m_output.mode() == CliOutput::Mode::Text)
        m_output.writeLines({tr("No saved profiles in %1.").arg(m_store->filePath())});
    for (const Profile &profile : profiles) {
        const ConnectionSettings resolved = m_store->resolvedSettings(profile);
        m_output.writeRecord(profile.summaryLine(resolved),
                             QJsonObject{{QStringLiteral("kind"), QStringLiteral("profile")},
                                         {QStringLiteral("id"), profile.id},
                                         {QStringLiteral("name"), profile.name},
                                         {QStringLiteral("folder"), profile.folder},
                                         {QStringLiteral("summary"), profile.summaryLine(resolved)},
                                         {QStringLiteral("settings"), SettingsReport::toJson(resolved)}});
    }
    m_output.writeSuccess();
    finishLater(int(ExitStatus::Success));
}

void CliRunner::importProfiles()
{
    if (!loadProfiles())
        return;
    ProfileImport import(*m_store, m_options.profilesFile());
    if (import.error().isError()) {
        fail(ErrorCode::InvalidSettings, import.error().toString());
        return;
    }
    for (const ProfileImport::Notice &notice : import.notices()) {
        // A refused entry is named by the file it is in, the other notices by their profile.
        const QString subject =
            notice.kind == ProfileImport::Notice::Kind::Refused ? m_options.profilesFile() : notice.profileName;
        const QString text = subject.isEmpty() ? notice.text : tr("%1: %2").arg(subject, notice.text);
        if (notice.kind != ProfileImport::Notice::Kind::Change) {
            m_output.writeWarning(text);
            continue;
        }
        m_output.writeRecord(text, QJsonObject{{QStringLiteral("kind"), QStringLiteral("info")},
                                               {QStringLiteral("profile"), notice.profileName},
                                               {QStringLiteral("text"), notice.text}});
    }
    // Unattended, so nothing is lost: a changed profile is kept beside the existing one.
    if (const ProfileStoreError error = import.apply(ImportAction::KeepBoth); error.isError()) {
        fail(ErrorCode::InvalidSettings, tr("The imported profiles were not saved: %1").arg(error.toString()));
        return;
    }
    const ImportPlan &plan = import.plan();
    m_output.writeRecord(tr("Imported from %1: %2").arg(m_options.profilesFile(), plan.summary()),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("info")},
                                     {QStringLiteral("text"), plan.summary()},
                                     {QStringLiteral("new"), plan.count(ImportStatus::New)},
                                     {QStringLiteral("changed"), plan.count(ImportStatus::Changed)},
                                     {QStringLiteral("identical"), plan.count(ImportStatus::Identical)}});
    m_output.writeSuccess();
    finishLater(int(ExitStatus::Success));
}

void CliRunner::exportProfiles()
{
    if (!loadProfiles())
        return;
    QStringList ids;
    for (const Profile &profile : m_store->profiles())
        ids << profile.id;
    if (const ProfileStoreError error = m_store->exportProfiles(ids, m_options.profilesFile()); error.isError()) {
        fail(ErrorCode::InvalidSettings, error.toString());
        return;
    }
    m_output.writeRecord(
        tr("Exported %n profile(s) to %1 (without secrets).", nullptr, int(ids.size())).arg(m_options.profilesFile()),
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("info")},
                    {QStringLiteral("text"), m_options.profilesFile()},
                    {QStringLiteral("profiles"), ids.size()}});
    m_output.writeSuccess();
    finishLater(int(ExitStatus::Success));
}

void CliRunner::saveProfile()
{
    if (!loadProfiles())
        return;
    ConnectionSettings settings;
    if (!m_options.profileName().isEmpty()) {
        const std::optional<Profile> base = findProfile(m_options.profileName());
        if (!base)
            return;
        settings = m_store->resolvedSettings(*base);
    }
    m_options.applyTo(settings);
    if (const QStringList problems = settings.validate(); !problems.isEmpty()) {
        fail(ErrorCode::InvalidSettings, problems.join(u'\n'));
        return;
    }

    const QString name = m_options.saveProfileName();
    std::optional<Profile> existing = m_store->findByName(name);
    if (existing && existing->name != name)
        existing.reset(); // only an exact name is replaced; a case variant becomes a profile of its own
    Profile profile = existing ? *existing : Profile::fromConnectionSettings(settings, name);
    // A secret given now is given for this destination: bind the profile's secrets to it. Without one, the secrets
    // already saved stay bound to where they were confirmed (a changed host does not take them along).
    const bool secretGiven = !settings.auth.password.isEmpty() || !settings.proxyPassword.isEmpty();
    QList<DestinationChange> unbound;
    if (existing) {
        unbound = ProfileSecrets::effectiveBinding(*existing, m_store->resolvedSettings(*existing))
                      .changesTo(SecretBinding::of(settings));
        if (!secretGiven && !unbound.isEmpty())
            profile.secretBinding = ProfileSecrets::effectiveBinding(*existing, m_store->resolvedSettings(*existing));
    }
    if (secretGiven)
        profile.secretBinding = SecretBinding::of(settings);
    ProfileStoreError error;
    if (existing) {
        profile.settings = ProfileSettings::fromConnectionSettings(settings);
        error = m_store->update(profile);
    } else {
        error = m_store->add(profile);
    }
    if (!error.isError())
        error = m_store->save();
    if (error.isError()) {
        fail(ErrorCode::InvalidSettings, tr("The profile was not saved: %1").arg(error.toString()));
        return;
    }
    m_output.writeRecord(existing ? tr("Updated profile \"%1\" in %2.").arg(name, m_store->filePath())
                                  : tr("Saved profile \"%1\" in %2.").arg(name, m_store->filePath()),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("profile")},
                                     {QStringLiteral("id"), profile.id},
                                     {QStringLiteral("name"), profile.name},
                                     {QStringLiteral("settings"), SettingsReport::toJson(settings)}});
    if (!secretGiven && !unbound.isEmpty())
        m_output.writeWarning(tr("Saved passwords of \"%1\" are not used for the new destination (%2) until you "
                                 "confirm it: save again with --password-file (and --proxy with the proxy password).")
                                  .arg(name, SecretBinding::describe(unbound)));

    // Secrets go to the keychain only; the profile file never sees them.
    QList<QPair<SecretKind, QByteArray>> secrets;
    if (!settings.auth.password.isEmpty())
        secrets.append({SecretKind::Password, settings.auth.password.toUtf8()});
    if (!settings.clientKeyPassphrase.isEmpty())
        secrets.append({SecretKind::KeyPassphrase, settings.clientKeyPassphrase});
    if (!settings.proxyPassword.isEmpty())
        secrets.append({SecretKind::ProxyPassword, settings.proxyPassword.toUtf8()});
    if (secrets.isEmpty()) {
        m_output.writeSuccess();
        finishLater(int(ExitStatus::Success));
        return;
    }
    m_pendingSecretWrites = int(secrets.size());
    for (const auto &[kind, secret] : secrets) {
        const QString what = kind == SecretKind::Password        ? tr("password")
                             : kind == SecretKind::ProxyPassword ? tr("proxy password")
                                                                 : tr("key passphrase");
        secretStore().write(profile.id, kind, secret, this, [this, what](const SecretResult &result) {
            if (!result.ok())
                m_output.writeWarning(tr("The %1 was not stored in the keychain: %2").arg(what, result.message));
            if (--m_pendingSecretWrites == 0) {
                m_output.writeSuccess();
                finishLater(int(ExitStatus::Success));
            }
        });
    }
}

void CliRunner::deleteProfile()
{
    if (!loadProfiles())
        return;
    const QString name = m_options.deleteProfileName();
    const std::optional<Profile> profile = findProfile(name);
    if (!profile)
        return;
    // A deletion cannot be undone here: only the exact name (or "Folder/Name") deletes, never a case variant.
    if (profile->name != name && profile->qualifiedName() != name) {
        fail(ErrorCode::InvalidSettings, tr("There is no profile named exactly \"%1\" (did you mean \"%2\"?); nothing "
                                            "was deleted.")
                                             .arg(name, profile->qualifiedName()));
        return;
    }
    ProfileStoreError error = m_store->remove(profile->id);
    if (!error.isError())
        error = m_store->save();
    if (error.isError()) {
        fail(ErrorCode::InvalidSettings, tr("The profile was not deleted: %1").arg(error.toString()));
        return;
    }
    const QString qualifiedName = profile->qualifiedName();
    m_output.writeRecord(tr("Deleted profile \"%1\" from %2.").arg(qualifiedName, m_store->filePath()),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("info")},
                                     {QStringLiteral("text"), tr("Deleted profile \"%1\".").arg(qualifiedName)},
                                     {QStringLiteral("deleted"), profile->id}});
    ProfileSecrets::removeAll(
        secretStore(), {profile->id}, this, [this, qualifiedName](const QList<SecretResult> &failures) {
            QList<SecretResult> refused;
            for (const SecretResult &failure : failures) {
                if (failure.code == SecretResult::Code::NoKeychain)
                    m_output.writeWarning(tr("No keychain is reachable, so secrets saved for \"%1\" could not be "
                                             "removed: %2")
                                              .arg(qualifiedName, failure.message));
                else
                    refused.append(failure);
            }
            if (!refused.isEmpty()) {
                fail(ErrorCode::InvalidSettings,
                     tr("Profile \"%1\" was deleted, but its secrets could not be removed from the keychain: %2")
                         .arg(qualifiedName, ProfileSecrets::describe(refused)));
                return;
            }
            m_output.writeSuccess();
            finishLater(int(ExitStatus::Success));
        });
}

void CliRunner::runProfile()
{
    if (!loadProfiles())
        return;
    const std::optional<Profile> profile = findProfile(m_options.profileName());
    if (!profile)
        return;
    m_profileId = profile->id;
    const ConnectionSettings resolved = m_store->resolvedSettings(*profile);
    ConnectionSettings settings = resolved;
    m_options.applyTo(settings);
    // Secrets given as flags win; the others come from the keychain when the profile's binding allows.
    const QString name = profile->name;
    ProfileSecrets::read(secretStore(), *profile, resolved, settings, this, [this, name](const ProfileSecrets &read) {
        if (!read.withheld.isEmpty()) {
            fail(ErrorCode::AuthenticationRefused,
                 tr("The saved password of profile \"%1\" was confirmed for another destination and was not used "
                    "(%2). To confirm the new destination, save it again: --save-profile \"%1\" --password-file FILE "
                    "(--proxy with the proxy password), or confirm it in the window's profile editor; for this run "
                    "only, give --password-file.")
                     .arg(name, SecretBinding::describe(read.unbound)));
            return;
        }
        if (read.needsPassword()) {
            const std::optional<SecretResult> failure = read.failure(SecretKind::Password);
            m_output.writeWarning(tr("No password for profile \"%1\" from the keychain: %2 Give --password-file.")
                                      .arg(name, failure ? failure->message : QString()));
        }
        if (read.needsProxyPassword())
            m_output.writeWarning(
                tr("No proxy password for profile \"%1\" from the keychain; give it in --proxy.").arg(name));
        runSession(read.settings, name);
    });
}

BatchRunner *CliRunner::startBatch()
{
    m_batch = std::make_unique<BatchRunner>(m_output, m_options.parallel());
    connect(m_batch.get(), &BatchRunner::finished, this, &CliRunner::finishLater);
    return m_batch.get();
}

void CliRunner::checkAllProfiles()
{
    if (!loadProfiles())
        return;
    const QString folder = m_options.checkAllFolder();
    QList<CheckTarget> targets;
    for (const Profile &profile : m_store->profiles()) {
        if (!profile.isIn(folder))
            continue;
        ConnectionSettings settings = m_store->resolvedSettings(profile);
        m_options.applyTo(settings);
        targets << CheckPlan::forProfile(profile.qualifiedName(), settings);
    }
    if (targets.isEmpty() && !folder.isEmpty()) {
        fail(ErrorCode::InvalidSettings,
             tr("No saved profile is in the folder \"%1\"; --list-profiles shows them.").arg(folder));
        return;
    }
    startBatch()->runTargets(targets);
}

void CliRunner::runSession(const ConnectionSettings &settings, const QString &title)
{
    QStringList problems = CommandLineOptions::problems(settings);
    if (m_options.scenario())
        problems += ScenarioRun::problems(*m_options.scenario(), settings);
    if (!problems.isEmpty()) {
        fail(ErrorCode::InvalidSettings, problems.join(u'\n'));
        return;
    }
    m_title = title;
    m_output.writeSettings(settings);
    m_host = std::make_unique<SessionHost>(1);
    if (!m_options.probes().isEmpty()) {
        runProbes(settings);
        return;
    }
    if (m_options.scenario()) {
        runScenario(settings);
        return;
    }
    m_handle = m_host->createSession(settings);
    connect(m_handle.get(), &SessionHandle::eventsAppended, this,
            [this](const QList<TranscriptEvent> &events) { m_output.writeEvents(events); });
    connect(m_handle.get(), &SessionHandle::messageProgress, this,
            [this](qint64 sent, qint64 total) { m_output.writeProgress(sent, total); });
    connect(m_handle.get(), &SessionHandle::finished, this,
            [this](const SessionResult &result) { onSessionFinished(*m_handle, result); });
    m_handle->start();
}

void CliRunner::runScenario(const ConnectionSettings &settings)
{
    m_scenarioRun = std::make_unique<ScenarioRun>(*m_host, settings, *m_options.scenario());
    connect(&m_scenarioRun->handle(), &SessionHandle::eventsAppended, this,
            [this](const QList<TranscriptEvent> &events) { m_output.writeEvents(events); });
    connect(&m_scenarioRun->handle(), &SessionHandle::messageProgress, this,
            [this](qint64 sent, qint64 total) { m_output.writeProgress(sent, total); });
    connect(m_scenarioRun.get(), &ScenarioRun::expectationChecked, this,
            [this](const ExpectationCheck &check) { m_output.writeRecord(check.toTextLine(), check.toJson()); });
    connect(m_scenarioRun.get(), &ScenarioRun::finished, this,
            [this](const SessionResult &result) { onSessionFinished(m_scenarioRun->handle(), result); });
    m_scenarioRun->start();
}

void CliRunner::runProbes(const ConnectionSettings &settings)
{
    m_probeRun = std::make_unique<ProbeRun>(*m_host, settings, m_options.probes());
    // The transcripts of the probe connections are detail; the findings are the output.
    if (m_options.verbose())
        connect(m_probeRun.get(), &ProbeRun::eventsAppended, this,
                [this](const QList<TranscriptEvent> &events) { m_output.writeEvents(events); });
    connect(m_probeRun.get(), &ProbeRun::probeJudged, this, [this](const QList<Finding> &findings) {
        for (const Finding &finding : findings)
            m_output.writeRecord(finding.toTextLine(), finding.toJson());
    });
    connect(m_probeRun.get(), &ProbeRun::finished, this, &CliRunner::onProbesFinished);
    m_probeRun->start();
}

void CliRunner::onProbesFinished(const QList<Finding> &findings)
{
    if (m_interrupted) {
        fail(ErrorCode::Cancelled, tr("Interrupted; the findings above are those made before."));
        return;
    }
    if (const std::optional<SessionError> unreachable = m_probeRun->unreachable()) {
        fail(unreachable->code, tr("No probe reached the server: %1").arg(unreachable->message));
        return;
    }
    m_output.writeProbeSummary(findings);
    finishLater(int(Finding::anyFailed(findings) ? ExitStatus::PolicyFailed : ExitStatus::Success));
}

void CliRunner::onSessionFinished(const SessionHandle &handle, const SessionResult &result)
{
    // Events still in flight when the session ended are in the handle's transcript: print what is missing.
    const QList<TranscriptEvent> &events = handle.transcript().events();
    if (m_output.eventsWritten() < events.size())
        m_output.writeEvents(events.mid(m_output.eventsWritten()));
    const std::optional<CertificateMemoryCheck> memory = checkCertificateMemory(result);
    m_output.writeResult(result, handle.settings(), memory);

    int status = int(exitStatusFor(result.error.code));
    if (m_output.mode() == CliOutput::Mode::Nagios) {
        const NagiosReport report =
            NagiosReport::forResult(result, handle.settings(), m_options.expiryThresholds(), memory);
        m_output.writeNagios(report);
        status = int(report.status);
    }
    // The session's own failure says more; a failed export or recording matters when all else went well.
    const auto writeFailed = [this, &status](const QString &message) {
        m_output.writeWarning(message);
        if (status == int(ExitStatus::Success))
            status = int(ExitStatus::BadInput);
    };
    if (!m_options.exportPath().isEmpty()) {
        const SessionLog log = SessionLog::create(m_title, handle.settings(), handle.transcript(), result);
        if (const ExportResult written = SessionLogExporter::writeToFile(log, m_options.exportPath()); !written.ok())
            writeFailed(written.errorMessage);
    }
    if (!m_options.peerChainPath().isEmpty())
        writePeerChain(result, writeFailed);
    if (!m_options.recordPath().isEmpty()) {
        // A recording holds commands and reply codes, never a secret (ScenarioRecorder leaves AUTH out).
        const QByteArray scenario = ScenarioRecorder::record(events).toUtf8();
        if (const AtomicFile::Result written =
                AtomicFile::write(m_options.recordPath(), scenario, FileAccess::OwnerOnly);
            !written.ok())
            writeFailed(written.message);
    }
    finishLater(status);
}

void CliRunner::writePeerChain(const SessionResult &result, const std::function<void(const QString &)> &writeFailed)
{
    // The chain as the server sent it, verified or not: what s_client's -showcerts prints, to be read by other tools.
    const QByteArray pem = result.tls ? result.tls->chainPem() : QByteArray();
    if (pem.isEmpty()) {
        writeFailed(tr("--get-peer-chain: the server sent no certificate, so %1 was not written.")
                        .arg(m_options.peerChainPath()));
        return;
    }
    if (const AtomicFile::Result written = AtomicFile::write(m_options.peerChainPath(), pem, FileAccess::Default);
        !written.ok())
        writeFailed(written.message);
}

std::optional<CertificateMemoryCheck> CliRunner::checkCertificateMemory(const SessionResult &result)
{
    const std::optional<Profile> profile =
        m_store && !m_profileId.isEmpty() ? m_store->find(m_profileId) : std::nullopt;
    if (!profile)
        return std::nullopt;
    const std::optional<CertificateMemoryCheck> check = ProfileRunRecording::checkCertificate(*profile, result);
    if (!check || !m_options.remember())
        return check;
    const ProfileRunRecording::Remembered remembered =
        ProfileRunRecording::remember(*m_store, m_profileId, *result.tls, QDateTime::currentDateTimeUtc());
    using Outcome = ProfileRunRecording::Remembered::Outcome;
    if (remembered.outcome == Outcome::NotVerified) {
        m_output.writeWarning(tr("The certificate was not remembered: it was not verified."));
        return check;
    }
    if (remembered.outcome != Outcome::Remembered && remembered.outcome != Outcome::Refused)
        return check;
    const ProfileStoreError error = remembered.error.isError() ? remembered.error : m_store->save();
    if (error.isError())
        m_output.writeWarning(tr("The certificate could not be remembered in the profile: %1").arg(error.message));
    else if (m_output.mode() == CliOutput::Mode::Text)
        m_output.writeLines({tr("Remembered the certificate (key pin %1) in profile \"%2\".")
                                 .arg(remembered.certificate->spkiSha256, profile->name)});
    return check;
}

void CliRunner::interrupt()
{
    if (m_batch && !m_interrupted) {
        m_interrupted = true;
        m_batch->interrupt();
        return;
    }
    if (m_handle && !m_handle->isFinished() && !m_interrupted) {
        m_interrupted = true;
        m_handle->cancel();
        return;
    }
    if (m_scenarioRun && !m_scenarioRun->handle().isFinished() && !m_interrupted) {
        m_interrupted = true;
        m_scenarioRun->cancel();
        return;
    }
    if (m_probeRun && !m_interrupted) {
        m_interrupted = true;
        m_probeRun->cancel();
        return;
    }
    if (!m_done) {
        m_output.writeFailure(ErrorCode::Cancelled, tr("Interrupted."));
        finishLater(int(ExitStatus::Cancelled));
    }
}

} // namespace Smtp
