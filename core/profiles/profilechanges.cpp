#include "profilechanges.h"

#include <algorithm>

namespace Smtp
{

void ProfileChanges::markProfileChanged(const QString &id)
{
    m_changedProfiles.insert(id);
    m_removedProfiles.remove(id);
}

void ProfileChanges::markProfileRemoved(const QString &id)
{
    m_changedProfiles.remove(id);
    m_removedProfiles.insert(id);
}

void ProfileChanges::markFolderChanged(const QString &path)
{
    m_changedFolders.insert(path);
    m_removedFolders.remove(path);
}

void ProfileChanges::markFolderRemoved(const QString &path)
{
    m_changedFolders.remove(path);
    m_removedFolders.insert(path);
}

void ProfileChanges::clear()
{
    m_changedProfiles.clear();
    m_removedProfiles.clear();
    m_changedFolders.clear();
    m_removedFolders.clear();
    m_applicationDefaultsChanged = false;
}

bool ProfileChanges::isEmpty() const
{
    return m_changedProfiles.isEmpty() && m_removedProfiles.isEmpty() && m_changedFolders.isEmpty() &&
           m_removedFolders.isEmpty() && !m_applicationDefaultsChanged;
}

ProfileDocument ProfileChanges::mergedInto(const ProfileDocument &disk, const ProfileDocument &mine) const
{
    ProfileDocument result = disk;
    // Profiles: the file's list, with this instance's removals, changes and additions applied on top.
    result.profiles.removeIf([this](const Profile &profile) { return m_removedProfiles.contains(profile.id); });
    for (const Profile &changed : mine.profiles) {
        if (!m_changedProfiles.contains(changed.id))
            continue;
        auto it = std::find_if(result.profiles.begin(), result.profiles.end(),
                               [&changed](const Profile &profile) { return profile.id == changed.id; });
        if (it != result.profiles.end())
            *it = changed;
        else
            result.profiles << changed;
    }
    result.folders.removeIf([this](const ProfileFolder &folder) { return m_removedFolders.contains(folder.path); });
    for (const ProfileFolder &changed : mine.folders) {
        if (!m_changedFolders.contains(changed.path))
            continue;
        auto it = std::find_if(result.folders.begin(), result.folders.end(),
                               [&changed](const ProfileFolder &folder) { return folder.path == changed.path; });
        if (it != result.folders.end())
            *it = changed;
        else
            result.folders << changed;
    }
    if (m_applicationDefaultsChanged) {
        result.applicationDefaults = mine.applicationDefaults;
        result.applicationDefaultsValid = true;
    }
    return result;
}

} // namespace Smtp
