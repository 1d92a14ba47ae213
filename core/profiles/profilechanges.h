#pragma once

#include "profiledocument.h"

#include <QSet>
#include <QString>

namespace Smtp
{

/// What one instance changed since it last loaded or saved the profile file, so that a save can merge with what
/// another instance wrote meanwhile: profiles (by id) and folders (by path) this instance added, changed or removed
/// are taken from it, all others from the file. So the last writer wins per profile, and changes to different
/// profiles are never lost.
class ProfileChanges
{
public:
    /// Added or changed.
    void markProfileChanged(const QString &id);
    void markProfileRemoved(const QString &id);
    void markFolderChanged(const QString &path);
    void markFolderRemoved(const QString &path);
    void markApplicationDefaultsChanged() { m_applicationDefaultsChanged = true; }

    void clear();
    bool isEmpty() const;

    /// @p disk, with this instance's changes taken from @p mine on top.
    ProfileDocument mergedInto(const ProfileDocument &disk, const ProfileDocument &mine) const;

private:
    QSet<QString> m_changedProfiles;
    QSet<QString> m_removedProfiles;
    QSet<QString> m_changedFolders;
    QSet<QString> m_removedFolders;
    bool m_applicationDefaultsChanged = false;
};

} // namespace Smtp
