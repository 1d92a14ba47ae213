#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Smtp
{
struct ConnectionSettings;
class ProfileStore;
class Scenario;
class SecretStore;
} // namespace Smtp

namespace SmtpUi
{

/// Opens the non-modal dialogs that run checks over saved profiles, each with the profile's resolved settings:
/// Check Profiles (many profiles at once), Check Policy (the policy probes over one profile's server) and Run
/// Scenario (a scenario file over one profile's server; with the profile's secrets from the keychain, read where
/// every session reads them, when the scenario authenticates or the connection needs them); and Compare Runs, which
/// shows what those runs and the window's sessions left in a profile's history. The dialogs are children of the
/// window and delete themselves when closed.
class ProfileRunLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRunLauncher)

public:
    ProfileRunLauncher(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QWidget *window);

    void checkProfiles(const QStringList &profileIds);
    void checkPolicy(const QString &profileId);
    /// Compare Runs: the profile's history and what changed between two runs.
    void compareRuns(const QString &profileId);
    /// Asks for a scenario file, then runScenarioFile().
    void runScenario(const QString &profileId);
    /// Runs the scenario in @p path over the profile's server; a message box says why when it cannot run.
    void runScenarioFile(const QString &profileId, const QString &path);

    /// Reads and parses @p path for @p settings. Empty with @p scenario set when it can run; otherwise a message for
    /// people: every parse error on a line of its own ("FILE:LINE: problem"), or what the settings lack for the
    /// steps.
    static QString loadScenario(const QString &path, const Smtp::ConnectionSettings &settings,
                                Smtp::Scenario *scenario);

private:
    void refuse(const QString &problem);

    Smtp::ProfileStore *m_store;
    Smtp::SecretStore *m_secrets;
    QWidget *m_window;
};

} // namespace SmtpUi
