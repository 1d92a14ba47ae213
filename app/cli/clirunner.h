#pragma once

#include "commandlineoptions.h"
#include "core/connection/sessionerror.h"
#include "core/profiles/certificatememory.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Smtp
{

class BatchRunner;
class ProbeRun;
class ScenarioRun;
class CliOutput;
class ProfileStore;
class SecretStore;
class SessionHandle;
class SessionHost;
struct Finding;
struct Profile;
struct SessionResult;

/// Carries out what the parsed command line asks for: runs the session (or a profile action), prints through a
/// CliOutput, writes --export, and reports the exit status. Holds what app/main_cli.cpp would otherwise wire.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    /// @p output must outlive the runner.
    CliRunner(const CommandLineOptions &options, CliOutput &output, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Where profiles are read and saved; empty (the default) means ProfileStore::defaultFilePath().
    void setProfilesFile(const QString &path) { m_profilesFile = path; }
    /// The keychain for profile secrets; the runner makes a KeychainSecretStore when none is set. Not owned.
    void setSecretStore(SecretStore *store) { m_secretStore = store; }

    /// Starts the work; finished() follows, always from the event loop.
    void start();
    /// Cancels a running session (the first interrupt); a second one gives up at once.
    void interrupt();

signals:
    void finished(int exitStatus);

private:
    bool loadProfiles();
    std::optional<Profile> findProfile(const QString &name);
    SecretStore &secretStore();
    void listProfiles();
    void importProfiles();
    void exportProfiles();
    void saveProfile();
    /// --delete-profile: the profile leaves the file, its secrets the keychain.
    void deleteProfile();
    void runProfile();
    /// A batch runner that reports its exit status as the runner's.
    BatchRunner *startBatch();
    void checkAllProfiles();
    void runSession(const ConnectionSettings &settings, const QString &title);
    void runScenario(const ConnectionSettings &settings);
    void runProbes(const ConnectionSettings &settings);
    void onProbesFinished(const QList<Finding> &findings);
    void onSessionFinished(const SessionHandle &handle, const SessionResult &result);
    /// For a run of a profile: how its certificate compares with the one remembered; with --remember, remembers it.
    std::optional<CertificateMemoryCheck> checkCertificateMemory(const SessionResult &result);
    /// --get-peer-chain; \a writeFailed says why the file was not written.
    void writePeerChain(const SessionResult &result, const std::function<void(const QString &)> &writeFailed);
    void fail(ErrorCode code, const QString &message);
    void finishLater(int exitStatus);

    CommandLineOptions m_options;
    CliOutput &m_output;
    QString m_profilesFile;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore *m_secretStore = nullptr;
    std::unique_ptr<SecretStore> m_ownSecretStore;
    std::unique_ptr<SessionHost> m_host;
    std::unique_ptr<SessionHandle> m_handle;
    std::unique_ptr<BatchRunner> m_batch;
    std::unique_ptr<ScenarioRun> m_scenarioRun;
    std::unique_ptr<ProbeRun> m_probeRun;
    QString m_title;
    QString m_profileId; // the profile run, if any
    int m_pendingSecretWrites = 0;
    bool m_interrupted = false;
    bool m_done = false;
};

} // namespace Smtp
