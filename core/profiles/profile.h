#pragma once

#include "certificatememory.h"
#include "core/connection/connectionsettings.h"
#include "core/connection/securitymode.h"
#include "runhistory.h"
#include "secretbinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Smtp
{

/// The connection settings a profile or a folder may set or leave unset. An unset setting is inherited: first from
/// the folder defaults (innermost folder first), then from the application defaults, then from ConnectionSettings.
/// Secrets (password, key passphrase, proxy password) are never part of it: they live in a SecretStore keyed by
/// profile id. A proxy address is kept without its password, however it is given.
struct ProfileSettings
{
    std::optional<QString> host;
    std::optional<quint16> port;
    std::optional<SecurityMode> security;
    std::optional<bool> extended;
    std::optional<bool> submission;
    std::optional<int> timeoutSeconds;
    std::optional<QString> localName;
    std::optional<bool> trustedSite;
    std::optional<QString> serverName;
    std::optional<QString> sniName;
    std::optional<bool> noSni;
    std::optional<bool> requestOcsp;
    /// --keylog: every session of the profile appends its TLS secrets there (and warns that it does).
    std::optional<QString> keyLogFile;
    /// --tls-min, --tls-max and --ciphers.
    std::optional<TlsVersion> tlsMinimum;
    std::optional<TlsVersion> tlsMaximum;
    std::optional<QString> ciphers;
    std::optional<QString> proxy;
    /// The transport: -4/-6, --bind, --protocol, --xclient, --proxy-header and --proxy-source.
    std::optional<AddressFamily> addressFamily;
    std::optional<QString> bindAddress;
    std::optional<MailProtocol> protocol;
    std::optional<QStringList> xclient;
    std::optional<ProxyHeaderVersion> proxyHeader;
    std::optional<QString> proxySource;
    std::optional<QString> caFile;
    std::optional<QString> clientCertificateFile;
    std::optional<QString> clientKeyFile;
    std::optional<QString> authMechanism;
    std::optional<QString> authUser;
    std::optional<bool> allowPlaintextAuth;
    std::optional<QString> from;
    std::optional<QStringList> to;
    std::optional<QString> dsnNotify;
    std::optional<QString> dsnReturn;
    std::optional<QString> dsnEnvelopeId;
    std::optional<bool> pipelining;
    std::optional<bool> chunking;
    /// The built-in message's subject, body (several lines), header fields and attachment paths.
    std::optional<QString> subject;
    std::optional<QString> body;
    std::optional<QStringList> headers;
    std::optional<QStringList> attachments;

    bool operator==(const ProfileSettings &other) const = default;

    /// True when no setting is set.
    bool isEmpty() const;
    /// These settings with every setting that @p top sets taken from @p top.
    ProfileSettings overriddenBy(const ProfileSettings &top) const;
    /// Writes every set setting into @p settings and leaves the others alone.
    void applyTo(ConnectionSettings &settings) const;
    /// Every setting of @p settings, all set (secrets are dropped).
    static ProfileSettings fromConnectionSettings(const ConnectionSettings &settings);

    /// The JSON keys of the set settings, merged into @p object.
    void writeJson(QJsonObject &object) const;
    /// Reads the settings keys of @p object. Each malformed value (wrong type, port out of range, CR/LF/NUL in a
    /// name…) adds a human-readable problem to @p problems and leaves that setting unset.
    static ProfileSettings readJson(const QJsonObject &object, QStringList &problems);
    /// The JSON keys readJson() understands.
    static QStringList jsonKeys();
    /// @p object without the keys readJson() understands: what a newer version added.
    static QJsonObject unknownKeys(QJsonObject object);
    /// Names (JSON keys) of the settings that differ between the two.
    static QStringList differences(const ProfileSettings &a, const ProfileSettings &b);
};

/// One saved server profile. A plain value: the ProfileStore owns the list and gives out copies.
struct Profile
{
    // The translation context of all of profile.cpp; Smtp::-qualified: the context the translations already use.
    Q_DECLARE_TR_FUNCTIONS(Smtp::Profile)

public:
    /// Stable identity (a UUID without braces); the key in the secret store and for merging and import.
    QString id;
    QString name;
    /// Folder path, segments separated by '/', e.g. "Customers/ACME"; empty for the top level.
    QString folder;
    QStringList tags;
    bool favourite = false;
    QString notes;
    /// When the profile was last used and with what result (e.g. "OK" or an error code such as "TimedOut").
    QDateTime lastUsed;
    QString lastResult;
    bool lastResultOk = false;

    ProfileSettings settings;
    /// The leaf certificate remembered by a verified run (--remember): trust on first use.
    std::optional<RememberedCertificate> rememberedCertificate;
    /// The latest runs, newest first (RunHistory::maximumRuns at most).
    QList<RunRecord> history;
    /// The scenario file attached to the profile: the last one run on it (Profile ▸ Run Scenario offers it first).
    QString scenarioFile;
    /// Where this profile's secrets may be sent (see SecretBinding); empty for a profile saved before bindings existed.
    /// Written to the profile file, never to an export.
    SecretBinding secretBinding;

    /// Fields of the JSON object this program does not know (written by a newer version); kept for saving.
    QJsonObject unknownFields;

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }

    /// A fresh random id.
    static QString newId();
    /// A profile holding every setting of @p settings (for the command line's --save-profile); secrets are not kept.
    static Profile fromConnectionSettings(const ConnectionSettings &settings, const QString &name);

    QJsonObject toJson() const;
    /// Reads one profile; problems are collected and the profile is usable only when @p problems stays empty.
    static Profile fromJson(const QJsonObject &object, QStringList &problems);

    /// One line for --list-profiles, tab-separated: name, folder ("/" for the top level), host:port, security, last
    /// result (or "never used"). The settings shown are
    /// @p resolved (the profile's settings with inheritance applied, see ProfileStore::resolvedSettings).
    QString summaryLine(const ConnectionSettings &resolved) const;
    /// The same line from the profile's own settings only.
    QString summaryLine() const;
    /// When the server's certificate expires, as last seen: the newest run that saw one, else the remembered
    /// certificate; nullopt when neither knows.
    std::optional<QDateTime> knownCertificateExpiry() const;

    /// "Folder/Name", or "Name" at the top level: how a batch names the profile, and a name --profile accepts.
    QString qualifiedName() const;
    /// Whether the profile lies in @p folderPath or below it (ProfileFolder::contains()).
    bool isIn(const QString &folderPath) const;
};

/// A folder of profiles, with the defaults its profiles (and subfolders) inherit.
struct ProfileFolder
{
    /// Segments separated by '/'.
    QString path;
    ProfileSettings defaults;
    QJsonObject unknownFields;
    /// Keys inside "defaults" this version does not know; kept for saving.
    QJsonObject unknownDefaultFields;

    bool operator==(const ProfileFolder &other) const = default;

    QJsonObject toJson() const;
    static ProfileFolder fromJson(const QJsonObject &object, QStringList &problems);

    /// "A/B/C" → {"A", "A/B", "A/B/C"}.
    static QStringList ancestry(const QString &path);
    /// Trims each segment and drops empty ones: " A//B/ " → "A/B".
    static QString normalisedPath(const QString &path);
    /// Whether @p path is @p folderPath or lies below it; the top level (empty @p folderPath) holds every path.
    /// "A" holds "A/B" but not "AB". Both paths are compared as given (normalisedPath() first where they are typed).
    static bool contains(const QString &folderPath, const QString &path);
};

/// The reason @p text is not usable as a single-line setting (CR, LF, NUL or another control character), or empty.
QString profileTextProblem(const QString &text);

} // namespace Smtp
