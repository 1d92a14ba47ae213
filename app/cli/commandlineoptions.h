#pragma once

#include "core/batch/batchcheck.h"
#include "core/connection/connectionsettings.h"
#include "core/scenario/probe.h"
#include "core/scenario/scenario.h"
#include "nagiosreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QIODevice;

namespace Smtp
{

/// What the command line of smtp-workbench-cli asks for, checked and with the files it names already read.
/// The flags are a stable contract (docs/cli.md): scripts depend on them, so they are only ever added.
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    enum class Action
    {
        Run,            ///< run one session
        Help,           ///< --help
        Version,        ///< --version
        ListProfiles,   ///< --list-profiles
        ImportProfiles, ///< --import FILE
        ExportProfiles, ///< --export-profiles FILE
        SaveProfile,    ///< --save-profile NAME: store the settings given, do not connect
        DeleteProfile,  ///< --delete-profile NAME: delete the profile and its secrets
        CheckDomain,    ///< --mx DOMAIN: check every address of the domain's exchangers
        CheckAll,       ///< --check-all [FOLDER]: check every saved profile (of FOLDER)
    };

    /// Parses @p arguments (the program name first, as QCoreApplication::arguments() gives them). Files named by
    /// --password-file, --client-key-password-file and --data are read here, --data - from @p standardInput; the
    /// other files are checked for being readable. On failure the options are unusable and error() says why.
    static CommandLineOptions parse(const QStringList &arguments, QIODevice *standardInput = nullptr);
    /// The --help text.
    static QString helpText();

    bool isValid() const { return m_error.isEmpty(); }
    /// Why the arguments cannot be used, naming the flag or the file.
    QString error() const { return m_error; }

    Action action() const { return m_action; }
    /// The defaults with every setting flag applied.
    const ConnectionSettings &settings() const { return m_settings; }
    /// Applies only the setting flags that were given, so that they override a profile's fields.
    void applyTo(ConnectionSettings &settings) const;
    /// The setting flags given, without dashes ("host", "port" …), in the order of the command line.
    QStringList givenSettingFlags() const { return m_givenSettingFlags; }

    bool json() const { return m_json; }
    bool verbose() const { return m_verbose; }
    /// --hex: also show every line's bytes in hex.
    bool hex() const { return m_hex; }
    /// --export FILE: also write the session log there (format by extension).
    QString exportPath() const { return m_exportPath; }
    /// --get-peer-chain: where the chain the server sent goes (PEM); empty when not asked for.
    QString peerChainPath() const { return m_peerChainPath; }
    QString profileName() const { return m_profileName; }
    QString saveProfileName() const { return m_saveProfileName; }
    QString deleteProfileName() const { return m_deleteProfileName; }
    /// --import FILE or --export-profiles FILE.
    QString profilesFile() const { return m_profilesFile; }
    /// --mx DOMAIN.
    QString mxDomain() const { return m_mxDomain; }
    /// --matrix: every address × {25 plain, 25 STARTTLS, 587 STARTTLS, 465 implicit TLS}.
    bool matrix() const { return m_matrix; }
    /// --dns-server ADDRESS[@PORT]; empty for the system's resolvers.
    QString dnsServer() const { return m_dnsServer; }
    /// The folder given after --check-all; empty for every profile.
    QString checkAllFolder() const { return m_checkAllFolder; }
    /// --parallel N: checks of a batch at once.
    int parallel() const { return m_parallel; }
    /// --scenario FILE, parsed.
    const std::optional<Scenario> &scenario() const { return m_scenario; }
    /// --record FILE.
    QString recordPath() const { return m_recordPath; }
    /// --probe NAMES: the probes in the order given; empty without --probe.
    const QList<Probe> &probes() const { return m_probes; }
    /// --nagios: one Monitoring Plugins status line.
    bool nagios() const { return m_nagios; }
    /// --warn-days and --crit-days.
    ExpiryThresholds expiryThresholds() const { return m_thresholds; }
    /// --remember: keep the verified certificate in the profile.
    bool remember() const { return m_remember; }

    /// Whether the raw arguments ask for JSON output; used to report errors in the right form when parsing failed.
    static bool wantsJson(const QStringList &arguments);
    /// The same for --nagios.
    static bool wantsNagios(const QStringList &arguments);

    /// Problems of the final settings (after a profile was applied) that stop a run: ConnectionSettings::validate()
    /// plus what the command line needs on top (a user name for AUTH).
    static QStringList problems(const ConnectionSettings &settings);
    /// Why @p path cannot be read as the file of --@p flag (it is opened to prove it), or an empty string.
    static QString checkReadable(const QString &flag, const QString &path);

private:
    /// One flag: how --help shows it and how its value is checked and applied.
    struct Option
    {
        QString name;
        /// Empty for a switch.
        QString valueName;
        QString description;
        /// Checks the values given (the last one counts, except for --to, --header, --attach and
        /// --xclient) and records what they
        /// ask for; returns why they cannot be used, or an empty string.
        std::function<QString(CommandLineOptions &options, const QStringList &values, QIODevice *standardInput)> apply;
    };
    /// Every flag, in the order --help lists them and the values are applied.
    static QList<Option> optionTable();
    /// The flags of the envelope and the built-in message (messageoptions.cpp).
    static QList<Option> messageOptionTable();
    /// -4/-6, --bind, --protocol, --xclient, the PROXY header, --tls-min, --tls-max, --ciphers (transportoptions.cpp).
    static QList<Option> transportOptionTable();
    /// --profile and the profile actions (profileoptions.cpp).
    static QList<Option> profileOptionTable();
    /// The flags of the actions on saved profiles, without dashes; at most one action is given.
    static const QStringList &profileActionFlags();
    static void setUp(QCommandLineParser &parser, const QList<Option> &table);
    /// Why --scenario, --probe or --record cannot go with the other flags given, or an empty string.
    static QString scriptConflict(const QCommandLineParser &parser);
    /// Why --nagios, --warn-days, --crit-days or --remember cannot go with the other flags given, or an empty string.
    static QString monitoringConflict(const QCommandLineParser &parser);
    /// Why --subject, --body, --header or --attach cannot go with --data, or an empty string.
    static QString messageConflict(const QCommandLineParser &parser);
    /// Why -4 goes with -6, or --proxy-header without --proxy-source, or an empty string.
    static QString transportConflict(const QCommandLineParser &parser);
    /// Reads and parses --scenario FILE; returns every problem of the file ("FILE:LINE: …"), one per line.
    QString readScenario(const QString &path);
    /// Records a setting flag: its name for givenSettingFlags() and what it does to the settings.
    void set(const QString &flag, std::function<void(ConnectionSettings &)> setter);

    QString m_error;
    Action m_action = Action::Run;
    ConnectionSettings m_settings;
    QList<std::function<void(ConnectionSettings &)>> m_setters;
    QStringList m_givenSettingFlags;
    bool m_json = false;
    bool m_verbose = false;
    bool m_hex = false;
    QString m_exportPath;
    QString m_peerChainPath;
    QString m_profileName;
    QString m_saveProfileName;
    QString m_deleteProfileName;
    QString m_profilesFile;
    QString m_mxDomain;
    bool m_matrix = false;
    QString m_dnsServer;
    QString m_checkAllFolder;
    int m_parallel = BatchCheck::defaultParallel;
    std::optional<Scenario> m_scenario;
    QString m_recordPath;
    QList<Probe> m_probes;
    bool m_nagios = false;
    ExpiryThresholds m_thresholds;
    bool m_remember = false;
};

} // namespace Smtp
