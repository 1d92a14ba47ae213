#include "profilestore.h"

#include "importplan.h"
#include "secretstore.h"
#include "session/proxyurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Smtp
{

namespace
{

const QString keyVersion = QStringLiteral("version");
const QString keyProfiles = QStringLiteral("profiles");
const QString keyFolders = QStringLiteral("folders");
const QString keyDefaults = QStringLiteral("defaults");

// Bounded: a second instance holds the lock only for one read and one write.
constexpr int lockTimeoutMs = 5000;
constexpr int staleLockMs = 30000;
constexpr qsizetype maxReportedWarnings = 200;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

ProfileStoreError makeError(ProfileStoreError::Code code, const QString &message, const QString &path)
{
    return ProfileStoreError::make(code, message, path);
}

QString parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return ProfileStore::tr("the file ends too early (truncated?)");
    case QJsonParseError::IllegalUTF8String:
        return ProfileStore::tr("the text is not valid UTF-8");
    case QJsonParseError::DeepNesting:
        return ProfileStore::tr("the data is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return ProfileStore::tr("the document is too large");
    default:
        break;
    }
    return ProfileStore::tr("it is not valid JSON");
}

// The version as written, short enough for a message even when a hostile file puts a huge value there.
QString describeVersion(const QJsonValue &version)
{
    if (version.isUndefined())
        return ProfileStore::tr("(none)");
    const QByteArray text = QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(40);
}

QString profileLabel(const QJsonObject &object, qsizetype index)
{
    const QString name = object.value(QStringLiteral("name")).toString();
    if (!name.isEmpty() && profileTextProblem(name).isEmpty())
        return ProfileStore::tr("Profile \"%1\"").arg(name.left(80));
    return ProfileStore::tr("Profile #%1").arg(index + 1);
}

// The version-0 shape: a flat JSON array of profiles with the option flags of the classic API.
Profile migrateLegacyProfile(const QJsonObject &legacy, QStringList &problems)
{
    QJsonObject current;
    QJsonObject unknown = legacy;
    auto move = [&](const QString &from, const QString &to) {
        if (legacy.contains(from)) {
            current.insert(to, legacy.value(from));
            unknown.remove(from);
        }
    };
    move(QStringLiteral("name"), QStringLiteral("name"));
    move(QStringLiteral("server"), QStringLiteral("host"));
    move(QStringLiteral("port"), QStringLiteral("port"));
    move(QStringLiteral("timeout"), QStringLiteral("timeout"));
    move(QStringLiteral("localName"), QStringLiteral("localName"));
    move(QStringLiteral("serverName"), QStringLiteral("serverName"));
    move(QStringLiteral("user"), QStringLiteral("authUser"));
    move(QStringLiteral("from"), QStringLiteral("from"));
    if (legacy.contains(QStringLiteral("options"))) {
        const QJsonValue optionsValue = legacy.value(QStringLiteral("options"));
        unknown.remove(QStringLiteral("options"));
        if (!optionsValue.isArray()) {
            problems << ProfileStore::tr("\"options\" must be a list of strings.");
        } else {
            QStringList options;
            for (const QJsonValue &option : optionsValue.toArray())
                options << option.toString().toLower();
            current.insert(QStringLiteral("extended"), options.contains(QStringLiteral("extended")));
            current.insert(QStringLiteral("trustedSite"), options.contains(QStringLiteral("trustedsite")));
            QString security = QStringLiteral("none");
            if (options.contains(QStringLiteral("secure-implicit")))
                security = QStringLiteral("implicit");
            else if (options.contains(QStringLiteral("secure")))
                security = QStringLiteral("starttls");
            current.insert(QStringLiteral("security"), security);
        }
    }
    current.insert(QStringLiteral("id"), Profile::newId());
    Profile profile = Profile::fromJson(current, problems);
    profile.unknownFields = unknown;
    return profile;
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json");
}

QString ProfileStore::backupFilePath() const
{
    return m_filePath + QStringLiteral(".bak");
}

ProfileStoreError ProfileStore::parse(const QByteArray &data, const QString &path, Document &document)
{
    document = Document{};
    if (data.trimmed().isEmpty())
        return makeError(ProfileStoreError::Code::ParseFailed, tr("The profile file is empty."), path);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProfileStoreError error =
            makeError(ProfileStoreError::Code::ParseFailed,
                      tr("The profile file cannot be read: %1.").arg(parseErrorText(parseError.error)), path);
        error.offset = qBound(0, parseError.offset, int(data.size()));
        const QByteArray before = data.left(error.offset);
        error.line = int(before.count('\n')) + 1;
        error.column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        if (parseError.error == QJsonParseError::IllegalUTF8String) {
            // Damaged text in one value should not hide every profile: read a repaired copy (invalid sequences
            // become U+FFFD) so the caller can show what is there. The error stands, so nothing is overwritten.
            const QByteArray repaired = QString::fromUtf8(data).toUtf8();
            if (repaired != data && !parse(repaired, path, document).isError())
                document.salvaged = true;
        }
        return error;
    }

    QJsonArray profileEntries;
    QJsonArray folderEntries;
    bool legacy = false;
    if (json.isArray()) {
        legacy = true;
        document.version = 0;
        profileEntries = json.array();
    } else if (json.isObject()) {
        QJsonObject top = json.object();
        const QJsonValue version = top.value(keyVersion);
        if (version.isDouble() && version.toDouble() == currentVersion) {
            document.version = currentVersion;
        } else {
            document.version = -1;
            ProfileStoreError warning =
                makeError(ProfileStoreError::Code::UnsupportedVersion,
                          tr("The profile file has version %1, which this program does not know; it is read as far as "
                             "possible and will not be overwritten.")
                              .arg(describeVersion(version)),
                          path);
            if (version.isDouble() && version.toDouble() > currentVersion && version.toDouble() < 1e9)
                document.version = version.toInt();
            document.warnings << warning;
        }
        const QJsonValue profilesValue = top.value(keyProfiles);
        if (!profilesValue.isUndefined() && !profilesValue.isArray())
            return makeError(ProfileStoreError::Code::InvalidStructure,
                             tr("\"profiles\" in the profile file is not a list."), path);
        const QJsonValue foldersValue = top.value(keyFolders);
        if (!foldersValue.isUndefined() && !foldersValue.isArray())
            return makeError(ProfileStoreError::Code::InvalidStructure,
                             tr("\"folders\" in the profile file is not a list."), path);
        profileEntries = profilesValue.toArray();
        folderEntries = foldersValue.toArray();
        const QJsonValue defaultsValue = top.value(keyDefaults);
        if (defaultsValue.isObject()) {
            QStringList problems;
            document.applicationDefaults = ProfileSettings::readJson(defaultsValue.toObject(), problems);
            if (!problems.isEmpty()) {
                document.applicationDefaults = {};
                document.applicationDefaultsValid = false;
                document.warnings << makeError(
                    ProfileStoreError::Code::InvalidEntry,
                    tr("The application defaults were refused: %1").arg(problems.join(QLatin1Char(' '))), path);
            }
        } else if (!defaultsValue.isUndefined()) {
            document.applicationDefaultsValid = false;
            document.warnings << makeError(ProfileStoreError::Code::InvalidEntry,
                                           tr("The application defaults were refused: not an object."), path);
        }
        top.remove(keyVersion);
        top.remove(keyProfiles);
        top.remove(keyFolders);
        document.otherFields = top;
    } else {
        return makeError(ProfileStoreError::Code::InvalidStructure,
                         tr("The profile file holds neither an object nor a list."), path);
    }

    // A hostile file may hold millions of bad entries: report the first ones and count the rest.
    qsizetype unreported = 0;
    const auto report = [&document, &unreported](const ProfileStoreError &warning) {
        if (document.warnings.size() < maxReportedWarnings)
            document.warnings << warning;
        else
            ++unreported;
    };

    QSet<QString> ids;
    for (qsizetype i = 0; i < profileEntries.size(); ++i) {
        const QJsonValue entry = profileEntries.at(i);
        ProfileStoreError warning;
        warning.path = path;
        if (!entry.isObject()) {
            warning.code = ProfileStoreError::Code::InvalidEntry;
            warning.message = tr("Profile #%1 was refused: it is not an object.").arg(i + 1);
            report(warning);
            document.rejectedProfiles.append(entry);
            continue;
        }
        const QJsonObject object = entry.toObject();
        QStringList problems;
        const Profile profile = legacy ? migrateLegacyProfile(object, problems) : Profile::fromJson(object, problems);
        warning.profileId = profile.id;
        warning.profileName = profile.name;
        if (!problems.isEmpty()) {
            warning.code = ProfileStoreError::Code::InvalidEntry;
            warning.message = tr("%1 was refused: %2").arg(profileLabel(object, i), problems.join(QLatin1Char(' ')));
        } else if (ids.contains(profile.id)) {
            warning.code = ProfileStoreError::Code::DuplicateId;
            warning.message =
                tr("%1 was refused: another profile already has the id %2.").arg(profileLabel(object, i), profile.id);
        }
        if (warning.isError()) {
            report(warning);
            document.rejectedProfiles.append(entry);
            continue;
        }
        ids.insert(profile.id);
        document.profiles << profile;
    }

    QSet<QString> paths;
    for (qsizetype i = 0; i < folderEntries.size(); ++i) {
        const QJsonValue entry = folderEntries.at(i);
        QStringList problems;
        ProfileFolder folder;
        if (entry.isObject())
            folder = ProfileFolder::fromJson(entry.toObject(), problems);
        else
            problems << tr("it is not an object.");
        if (problems.isEmpty() && paths.contains(folder.path))
            problems << tr("another folder has the same path.");
        if (!problems.isEmpty()) {
            report(makeError(ProfileStoreError::Code::InvalidEntry,
                             tr("Folder #%1 was refused: %2").arg(i + 1).arg(problems.join(u' ')), path));
            document.rejectedFolders.append(entry);
            continue;
        }
        paths.insert(folder.path);
        document.folders << folder;
    }

    if (unreported > 0) {
        document.warnings << makeError(ProfileStoreError::Code::InvalidEntry,
                                       tr("%1 more entries were refused.").arg(unreported), path);
    }
    if (legacy) {
        document.warnings << makeError(ProfileStoreError::Code::Migrated,
                                       tr("The profile file was in the old format (version 0); it will be saved "
                                          "in version %1, and the old file kept as the backup.")
                                           .arg(currentVersion),
                                       path);
    }
    return {};
}

ProfileStoreError ProfileStore::readFile(const QString &path, Document &document, QByteArray *rawData)
{
    document = Document{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ProfileStoreError::Code::FileUnreadable,
                         tr("The profile file cannot be opened: %1").arg(file.errorString()), path);
    }
    if (file.size() > maxFileSize) {
        return makeError(
            ProfileStoreError::Code::FileTooLarge,
            tr("The profile file is %1 bytes, more than the limit of %2 bytes.").arg(file.size()).arg(maxFileSize),
            path);
    }
    // Read at most one byte beyond the cap: a file growing while it is read is refused too.
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ProfileStoreError::Code::FileUnreadable,
                         tr("The profile file cannot be read: %1").arg(file.errorString()), path);
    }
    if (data.size() > maxFileSize) {
        return makeError(ProfileStoreError::Code::FileTooLarge,
                         tr("The profile file is larger than the limit of %1 bytes.").arg(maxFileSize), path);
    }
    if (rawData)
        *rawData = data;
    return parse(data, path, document);
}

QByteArray ProfileStore::serialize(const Document &document)
{
    QJsonObject top = document.otherFields;
    top.insert(keyVersion, currentVersion);
    if (document.applicationDefaultsValid) {
        // Keys a newer version added to the defaults are kept beside the ones written here.
        QJsonObject defaults = ProfileSettings::unknownKeys(document.otherFields.value(keyDefaults).toObject());
        document.applicationDefaults.writeJson(defaults);
        if (defaults.isEmpty())
            top.remove(keyDefaults);
        else
            top.insert(keyDefaults, defaults);
    }
    QJsonArray folders;
    for (const ProfileFolder &folder : document.folders)
        folders.append(folder.toJson());
    for (const QJsonValue &rejected : document.rejectedFolders)
        folders.append(rejected);
    top.insert(keyFolders, folders);
    QJsonArray profiles;
    for (const Profile &profile : document.profiles)
        profiles.append(profile.toJson());
    for (const QJsonValue &rejected : document.rejectedProfiles)
        profiles.append(rejected);
    top.insert(keyProfiles, profiles);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

ProfileStoreError ProfileStore::copyAway(const std::optional<QByteArray> &data, ProfileStoreError error) const
{
    const QString copyPath = m_filePath + QStringLiteral(".corrupt-") +
                             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    // The unreadable file itself is never touched; the copy is for the user and for a bug report.
    bool copied = false;
    if (data) {
        // Loading the same damaged file again does not pile up identical copies.
        const QFileInfo info(m_filePath);
        const QFileInfoList earlier =
            info.dir().entryInfoList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files, QDir::Name);
        for (const QFileInfo &candidate : earlier) {
            if (candidate.size() != data->size())
                continue;
            QFile file(candidate.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly) && file.readAll() == *data) {
                error.corruptCopyPath = candidate.absoluteFilePath();
                return error;
            }
        }
        QSaveFile copy(copyPath);
        if (copy.open(QIODevice::WriteOnly)) {
            copy.setPermissions(ownerOnly);
            copy.write(*data);
            copied = copy.commit();
        }
    } else {
        copied = QFile::copy(m_filePath, copyPath);
        if (copied)
            QFile::setPermissions(copyPath, ownerOnly);
    }
    if (copied)
        error.corruptCopyPath = copyPath;
    return error;
}

ProfileStoreError ProfileStore::load()
{
    Document document;
    ProfileStoreError error;
    m_unreadable = false;
    m_corruptCopyPath.clear();
    if (QFileInfo::exists(m_filePath)) {
        QByteArray raw;
        error = readFile(m_filePath, document, &raw);
        if (error.isError()) {
            if (error.code != ProfileStoreError::Code::FileUnreadable)
                error = copyAway(
                    error.code == ProfileStoreError::Code::FileTooLarge ? std::nullopt : std::optional(raw), error);
            m_unreadable = true;
            m_corruptCopyPath = error.corruptCopyPath;
            if (document.salvaged)
                error.message += u' ' + tr("The profiles that could be read are shown, read-only.");
            else
                document = Document{};
            if (QFileInfo::exists(backupFilePath()))
                error.message += u' ' + tr("A backup of the previous version can be restored.");
        }
    }
    adopt(document);
    m_warnings = document.warnings;
    m_readOnly = m_unreadable || document.version > currentVersion || document.version < 0;
    m_migrated = document.version == 0 && !m_unreadable;
    clearChangeTracking();
    Q_EMIT changed();
    return error;
}

ProfileStore::Document ProfileStore::currentDocument() const
{
    Document document;
    document.profiles = m_profiles;
    document.folders = m_folders;
    document.applicationDefaults = m_applicationDefaults;
    document.applicationDefaultsValid = m_applicationDefaultsValid;
    document.rejectedProfiles = m_rejectedProfiles;
    document.rejectedFolders = m_rejectedFolders;
    document.otherFields = m_otherFields;
    return document;
}

void ProfileStore::adopt(const Document &document)
{
    m_profiles = document.profiles;
    m_folders = document.folders;
    m_applicationDefaults = document.applicationDefaults;
    m_applicationDefaultsValid = document.applicationDefaultsValid;
    m_rejectedProfiles = document.rejectedProfiles;
    m_rejectedFolders = document.rejectedFolders;
    m_otherFields = document.otherFields;
}

void ProfileStore::clearChangeTracking()
{
    m_changedProfiles.clear();
    m_removedProfiles.clear();
    m_changedFolders.clear();
    m_removedFolders.clear();
    m_applicationDefaultsChanged = false;
}

bool ProfileStore::hasUnsavedChanges() const
{
    return m_migrated || !m_changedProfiles.isEmpty() || !m_removedProfiles.isEmpty() || !m_changedFolders.isEmpty() ||
           !m_removedFolders.isEmpty() || m_applicationDefaultsChanged;
}

ProfileStore::Document ProfileStore::merged(const Document &disk) const
{
    Document result = disk;
    // Profiles: the file's list, with this instance's removals, changes and additions applied on top.
    result.profiles.removeIf([this](const Profile &profile) { return m_removedProfiles.contains(profile.id); });
    for (const Profile &mine : m_profiles) {
        if (!m_changedProfiles.contains(mine.id))
            continue;
        auto it = std::find_if(result.profiles.begin(), result.profiles.end(),
                               [&mine](const Profile &profile) { return profile.id == mine.id; });
        if (it != result.profiles.end())
            *it = mine;
        else
            result.profiles << mine;
    }
    result.folders.removeIf([this](const ProfileFolder &folder) { return m_removedFolders.contains(folder.path); });
    for (const ProfileFolder &mine : m_folders) {
        if (!m_changedFolders.contains(mine.path))
            continue;
        auto it = std::find_if(result.folders.begin(), result.folders.end(),
                               [&mine](const ProfileFolder &folder) { return folder.path == mine.path; });
        if (it != result.folders.end())
            *it = mine;
        else
            result.folders << mine;
    }
    if (m_applicationDefaultsChanged) {
        result.applicationDefaults = m_applicationDefaults;
        result.applicationDefaultsValid = true;
    }
    return result;
}

ProfileStoreError ProfileStore::writeAtomically(const QString &path, const QByteArray &data) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The profile file cannot be written: %1").arg(file.errorString()), path);
    }
    // Set on the temporary file before any data is in it, so no other user can ever read the profiles.
    file.setPermissions(ownerOnly);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The profile file cannot be written: %1").arg(file.errorString()), path);
    }
    if (m_beforeCommit && path == m_filePath)
        m_beforeCommit(file);
    if (!file.commit()) {
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The profile file cannot be saved; the previous version is unchanged: %1")
                             .arg(file.errorString().isEmpty() ? tr("writing was cancelled") : file.errorString()),
                         path);
    }
    return {};
}

ProfileStoreError ProfileStore::save()
{
    if (m_readOnly) {
        ProfileStoreError error = makeError(
            ProfileStoreError::Code::ReadOnly,
            m_unreadable ? tr("The profile file could not be read, so it is not overwritten. Restore the backup or "
                              "discard the unreadable file first.")
                         : tr("The profile file was written by a newer version of this program and is not "
                              "overwritten."),
            m_filePath);
        error.corruptCopyPath = m_corruptCopyPath;
        return error;
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The folder %1 cannot be created.").arg(info.absolutePath()), m_filePath);
    }

    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(staleLockMs);
    if (!lock.tryLock(lockTimeoutMs)) {
        return makeError(ProfileStoreError::Code::Locked,
                         tr("Another instance is saving the profiles; try again in a moment."), m_filePath);
    }

    // Re-read under the lock so another instance's save since our load is merged, not overwritten.
    Document result = currentDocument();
    QByteArray previous;
    if (QFileInfo::exists(m_filePath)) {
        Document disk;
        ProfileStoreError error = readFile(m_filePath, disk, &previous);
        if (error.isError()) {
            error.message = tr("The profile file changed on disk and cannot be read any more, so it is not "
                               "overwritten: %1")
                                .arg(error.message);
            return error;
        }
        if (disk.version > currentVersion || disk.version < 0) {
            return makeError(ProfileStoreError::Code::ReadOnly,
                             tr("The profile file was replaced by a newer version of this program and is not "
                                "overwritten."),
                             m_filePath);
        }
        if (!m_migrated || disk.version != 0)
            result = merged(disk);
    }

    const QByteArray data = serialize(result);
    if (!previous.isNull() && previous != data) {
        if (ProfileStoreError error = writeAtomically(backupFilePath(), previous); error.isError())
            return error;
    }
    if (ProfileStoreError error = writeAtomically(m_filePath, data); error.isError())
        return error;

    const bool othersChanged = result.profiles != m_profiles || result.folders != m_folders ||
                               result.applicationDefaults != m_applicationDefaults;
    adopt(result);
    clearChangeTracking();
    m_migrated = false;
    if (othersChanged)
        Q_EMIT changed();
    return {};
}

ProfileStoreError ProfileStore::restoreBackup()
{
    const QString backup = backupFilePath();
    if (!QFileInfo::exists(backup))
        return makeError(ProfileStoreError::Code::NoBackup, tr("There is no backup to restore."), backup);
    Document document;
    QByteArray data;
    if (ProfileStoreError error = readFile(backup, document, &data); error.isError()) {
        error.message = tr("The backup cannot be restored: %1").arg(error.message);
        return error;
    }
    if (QFileInfo::exists(m_filePath) && !m_unreadable) {
        // The current file is readable: keep it as a copy rather than losing it to the restore.
        QFile current(m_filePath);
        if (current.open(QIODevice::ReadOnly))
            copyAway(current.readAll(), {});
    }
    if (ProfileStoreError error = writeAtomically(m_filePath, data); error.isError())
        return error;
    m_readOnly = false;
    return load();
}

ProfileStoreError ProfileStore::discardUnreadableFile()
{
    if (!m_unreadable)
        return {};
    if (m_corruptCopyPath.isEmpty()) {
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The unreadable file could not be copied away, so it is not discarded."), m_filePath);
    }
    m_unreadable = false;
    m_readOnly = false;
    // Overwritten with an empty store right away: the next save must not refuse to merge with it.
    adopt(Document{});
    clearChangeTracking();
    if (ProfileStoreError error = writeAtomically(m_filePath, serialize(Document{})); error.isError())
        return error;
    Q_EMIT changed();
    return {};
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    for (const Profile &profile : m_profiles) {
        const QString qualified = profile.folder.isEmpty() ? profile.name : profile.folder + u'/' + profile.name;
        if (qualified == name)
            return profile;
    }
    for (const Profile &profile : m_profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

namespace
{
void normalise(Profile &profile)
{
    profile.folder = ProfileFolder::normalisedPath(profile.folder);
    // Whoever hands over a proxy address with a password, the profile keeps it without (the keychain holds it).
    if (profile.settings.proxy)
        profile.settings.proxy = ProxyUrl::withoutPassword(*profile.settings.proxy);
}

QStringList validationProblems(const Profile &profile)
{
    // The same checks as loading: what add() accepts, load() will accept again.
    QStringList problems;
    Profile::fromJson(profile.toJson(), problems);
    if (profile.id.trimmed() != profile.id)
        problems << ProfileStore::tr("The id must not start or end with spaces.");
    return problems;
}
} // namespace

ProfileStoreError ProfileStore::add(Profile &profile)
{
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    normalise(profile);
    if (const QStringList problems = validationProblems(profile); !problems.isEmpty()) {
        ProfileStoreError error = makeError(ProfileStoreError::Code::InvalidProfile, problems.join(u' '), {});
        error.profileId = profile.id;
        error.profileName = profile.name;
        return error;
    }
    if (find(profile.id)) {
        ProfileStoreError error = makeError(ProfileStoreError::Code::DuplicateId,
                                            tr("A profile with the id %1 already exists.").arg(profile.id), {});
        error.profileId = profile.id;
        return error;
    }
    m_profiles << profile;
    m_changedProfiles.insert(profile.id);
    m_removedProfiles.remove(profile.id);
    Q_EMIT changed();
    return {};
}

ProfileStoreError ProfileStore::update(const Profile &profile)
{
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                           [&profile](const Profile &existing) { return existing.id == profile.id; });
    if (it == m_profiles.end()) {
        ProfileStoreError error =
            makeError(ProfileStoreError::Code::NotFound, tr("There is no profile with the id %1.").arg(profile.id), {});
        error.profileId = profile.id;
        return error;
    }
    Profile normalised = profile;
    normalise(normalised);
    if (const QStringList problems = validationProblems(normalised); !problems.isEmpty()) {
        ProfileStoreError error = makeError(ProfileStoreError::Code::InvalidProfile, problems.join(u' '), {});
        error.profileId = profile.id;
        error.profileName = profile.name;
        return error;
    }
    if (*it == normalised)
        return {};
    *it = normalised;
    m_changedProfiles.insert(profile.id);
    Q_EMIT changed();
    return {};
}

ProfileStoreError ProfileStore::remove(const QString &id)
{
    const qsizetype removed = m_profiles.removeIf([&id](const Profile &profile) { return profile.id == id; });
    if (removed == 0) {
        ProfileStoreError error =
            makeError(ProfileStoreError::Code::NotFound, tr("There is no profile with the id %1.").arg(id), {});
        error.profileId = id;
        return error;
    }
    m_changedProfiles.remove(id);
    m_removedProfiles.insert(id);
    if (m_secretStore) {
        for (const SecretKind kind : SecretStore::allKinds())
            m_secretStore->remove(id, kind, this, {});
    }
    Q_EMIT changed();
    return {};
}

ProfileStoreError ProfileStore::markUsed(const QString &id, const QDateTime &when, const QString &result, bool ok)
{
    std::optional<Profile> profile = find(id);
    if (!profile) {
        ProfileStoreError error =
            makeError(ProfileStoreError::Code::NotFound, tr("There is no profile with the id %1.").arg(id), {});
        error.profileId = id;
        return error;
    }
    profile->lastUsed = when;
    profile->lastResult = result;
    profile->lastResultOk = ok;
    return update(*profile);
}

QStringList ProfileStore::folderPaths() const
{
    QStringList paths;
    for (const ProfileFolder &folder : m_folders)
        paths << ProfileFolder::ancestry(folder.path);
    for (const Profile &profile : m_profiles)
        paths << ProfileFolder::ancestry(profile.folder);
    paths.removeDuplicates();
    paths.sort(Qt::CaseInsensitive);
    return paths;
}

std::optional<ProfileFolder> ProfileStore::folder(const QString &path) const
{
    const QString normalised = ProfileFolder::normalisedPath(path);
    for (const ProfileFolder &folder : m_folders) {
        if (folder.path == normalised)
            return folder;
    }
    return std::nullopt;
}

ProfileStoreError ProfileStore::setFolder(const ProfileFolder &folder)
{
    ProfileFolder normalised = folder;
    normalised.path = ProfileFolder::normalisedPath(folder.path);
    QStringList problems;
    ProfileFolder::fromJson(normalised.toJson(), problems);
    if (!problems.isEmpty())
        return makeError(ProfileStoreError::Code::InvalidProfile, problems.join(u' '), {});
    auto it = std::find_if(m_folders.begin(), m_folders.end(),
                           [&normalised](const ProfileFolder &existing) { return existing.path == normalised.path; });
    if (it != m_folders.end()) {
        if (*it == normalised)
            return {};
        *it = normalised;
    } else {
        m_folders << normalised;
    }
    m_changedFolders.insert(normalised.path);
    m_removedFolders.remove(normalised.path);
    Q_EMIT changed();
    return {};
}

ProfileStoreError ProfileStore::removeFolder(const QString &path)
{
    const QString normalised = ProfileFolder::normalisedPath(path);
    if (normalised.isEmpty() || !folderPaths().contains(normalised))
        return makeError(ProfileStoreError::Code::NotFound, tr("There is no folder %1.").arg(normalised), {});
    auto inside = [&normalised](const QString &candidate) {
        return candidate == normalised || candidate.startsWith(normalised + u'/');
    };
    for (const ProfileFolder &folder : std::as_const(m_folders)) {
        if (inside(folder.path)) {
            m_removedFolders.insert(folder.path);
            m_changedFolders.remove(folder.path);
        }
    }
    m_folders.removeIf([&inside](const ProfileFolder &folder) { return inside(folder.path); });
    const QString parent = normalised.contains(u'/') ? normalised.section(u'/', 0, -2) : QString();
    for (Profile &profile : m_profiles) {
        if (inside(profile.folder)) {
            profile.folder = parent;
            m_changedProfiles.insert(profile.id);
        }
    }
    Q_EMIT changed();
    return {};
}

void ProfileStore::setApplicationDefaults(const ProfileSettings &defaults)
{
    if (defaults == m_applicationDefaults && m_applicationDefaultsValid)
        return;
    m_applicationDefaults = defaults;
    m_applicationDefaultsValid = true;
    m_applicationDefaultsChanged = true;
    Q_EMIT changed();
}

ProfileSettings ProfileStore::inheritedSettings(const QString &folderPath) const
{
    ProfileSettings settings = m_applicationDefaults;
    for (const QString &path : ProfileFolder::ancestry(folderPath)) {
        if (const auto folder = this->folder(path))
            settings = settings.overriddenBy(folder->defaults);
    }
    return settings;
}

std::optional<ConnectionSettings> ProfileStore::resolvedSettings(const QString &id) const
{
    const auto profile = find(id);
    if (!profile)
        return std::nullopt;
    return resolvedSettings(*profile);
}

ConnectionSettings ProfileStore::resolvedSettings(const Profile &profile) const
{
    ConnectionSettings settings;
    inheritedSettings(profile.folder).overriddenBy(profile.settings).applyTo(settings);
    return settings;
}

} // namespace Smtp
