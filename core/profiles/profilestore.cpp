#include "profilestore.h"

#include "core/connection/proxyurl.h"
#include "importplan.h"

#include <QStandardPaths>

namespace Smtp
{

namespace
{

ProfileStoreError makeError(ProfileStoreError::Code code, const QString &message, const QString &path)
{
    return ProfileStoreError::make(code, message, path);
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

void ProfileStore::adopt(const ProfileDocument &document)
{
    m_document = document;
    m_document.warnings.clear();
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &profile : m_document.profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_document.profiles) {
        if (profile.name == name)
            return profile;
    }
    for (const Profile &profile : m_document.profiles) {
        if (profile.qualifiedName() == name)
            return profile;
    }
    for (const Profile &profile : m_document.profiles) {
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
    m_document.profiles << profile;
    m_changes.markProfileChanged(profile.id);
    emit changed();
    return {};
}

ProfileStoreError ProfileStore::update(const Profile &profile)
{
    auto it = std::find_if(m_document.profiles.begin(), m_document.profiles.end(),
                           [&profile](const Profile &existing) { return existing.id == profile.id; });
    if (it == m_document.profiles.end()) {
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
    m_changes.markProfileChanged(profile.id);
    emit changed();
    return {};
}

ProfileStoreError ProfileStore::remove(const QString &id)
{
    const qsizetype removed = m_document.profiles.removeIf([&id](const Profile &profile) { return profile.id == id; });
    if (removed == 0) {
        ProfileStoreError error =
            makeError(ProfileStoreError::Code::NotFound, tr("There is no profile with the id %1.").arg(id), {});
        error.profileId = id;
        return error;
    }
    m_changes.markProfileRemoved(id);
    emit changed();
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
    for (const ProfileFolder &folder : m_document.folders)
        paths << ProfileFolder::ancestry(folder.path);
    for (const Profile &profile : m_document.profiles)
        paths << ProfileFolder::ancestry(profile.folder);
    paths.removeDuplicates();
    paths.sort(Qt::CaseInsensitive);
    return paths;
}

std::optional<ProfileFolder> ProfileStore::folder(const QString &path) const
{
    const QString normalised = ProfileFolder::normalisedPath(path);
    for (const ProfileFolder &folder : m_document.folders) {
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
    auto it = std::find_if(m_document.folders.begin(), m_document.folders.end(),
                           [&normalised](const ProfileFolder &existing) { return existing.path == normalised.path; });
    if (it != m_document.folders.end()) {
        if (*it == normalised)
            return {};
        *it = normalised;
    } else {
        m_document.folders << normalised;
    }
    m_changes.markFolderChanged(normalised.path);
    emit changed();
    return {};
}

ProfileStoreError ProfileStore::removeFolder(const QString &path)
{
    const QString normalised = ProfileFolder::normalisedPath(path);
    if (normalised.isEmpty() || !folderPaths().contains(normalised))
        return makeError(ProfileStoreError::Code::NotFound, tr("There is no folder %1.").arg(normalised), {});
    auto inside = [&normalised](const QString &candidate) { return ProfileFolder::contains(normalised, candidate); };
    for (const ProfileFolder &folder : std::as_const(m_document.folders)) {
        if (inside(folder.path)) {
            m_changes.markFolderRemoved(folder.path);
        }
    }
    m_document.folders.removeIf([&inside](const ProfileFolder &folder) { return inside(folder.path); });
    const QString parent = normalised.contains(u'/') ? normalised.section(u'/', 0, -2) : QString();
    for (Profile &profile : m_document.profiles) {
        if (inside(profile.folder)) {
            profile.folder = parent;
            m_changes.markProfileChanged(profile.id);
        }
    }
    emit changed();
    return {};
}

void ProfileStore::setApplicationDefaults(const ProfileSettings &defaults)
{
    if (defaults == m_document.applicationDefaults && m_document.applicationDefaultsValid)
        return;
    m_document.applicationDefaults = defaults;
    m_document.applicationDefaultsValid = true;
    m_changes.markApplicationDefaultsChanged();
    emit changed();
}

ProfileSettings ProfileStore::inheritedSettings(const QString &folderPath) const
{
    ProfileSettings settings = m_document.applicationDefaults;
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
