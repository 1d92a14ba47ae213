#pragma once

#include "profile.h"
#include "profilechanges.h"
#include "profiledocument.h"
#include "profilestoreerror.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QSaveFile;

namespace Smtp
{

struct ImportPlan;

/// The saved profiles: a versioned JSON file (see ProfileDocument for the format), by default
/// QStandardPaths::AppConfigLocation/profiles.json. The store is the façade; its parts live apart:
/// - profiledocument.cpp reads and writes the format, profilemigration.cpp reads older versions;
/// - profilestorefile.cpp loads, saves (lock, merge, backup, atomic write) and recovers the file;
/// - profilechanges.cpp tracks this instance's changes and merges them with another instance's save;
/// - profilestoreexchange.cpp exports and plans and applies imports;
/// - profilestore.cpp (here) holds the profiles and folders and resolves what a profile inherits.
///
/// Safety rules, because an admin must never lose a profile:
/// - Saving writes a temporary file and renames it (AtomicFile), mode 0600; the file it replaces is kept as
///   profiles.json.bak. A failed or interrupted save leaves the previous file intact.
/// - A file that cannot be read or parsed is never overwritten: load() reports what and where (line, column,
///   offset), copies it to profiles.json.corrupt-<timestamp> and makes the store read-only until the caller chooses
///   restoreBackup() or discardUnreadableFile(). A file whose only fault is invalid UTF-8 is shown from a repaired
///   copy (invalid sequences replaced), still read-only, so no profile disappears from view.
/// - A profile or folder entry that is invalid (wrong types, port out of range, CR/LF/NUL in a name, duplicate id) is
///   refused with its own error, the others load, and the refused entry is written back unchanged on save.
/// - Fields and top-level keys this version does not know are kept and written back. A file from a newer version
///   (unknown "version") is loaded as far as it is understood and is read-only.
/// - Two instances on one file: save() takes a QLockFile, re-reads the file and merges by id: profiles (and folders,
///   by path) this instance added, changed or removed since its last load or save are taken from this instance, all
///   others from the file. So the last writer wins per profile, and changes to different profiles are never lost.
///
/// - Version 0, the legacy shape, is a flat array of {"name", "server", "port", "timeout", "localName", "serverName",
///   "user", "from", "options": ["extended", "secure", "secure-implicit", "trustedsite"]}; it is migrated on load
///   (fresh ids, a Migrated notice in loadWarnings()) and saved as version 1, the old file becoming the backup.
///
/// Secrets are not part of the file; see SecretStore.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// Files larger than this are refused unread.
    static constexpr qint64 maxFileSize = ProfileDocument::maxFileSize;
    static constexpr int currentVersion = ProfileDocument::currentVersion;

    /// @p filePath empty: defaultFilePath().
    explicit ProfileStore(const QString &filePath = {}, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// QStandardPaths::AppConfigLocation/profiles.json.
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString backupFilePath() const;

    /// Reads the file. A missing file is an empty store, not an error. Per-entry problems are in loadWarnings().
    ProfileStoreError load();
    /// Problems with single entries found by the last load() (and notices such as a migration).
    QList<ProfileStoreError> loadWarnings() const { return m_warnings; }
    /// Writes the profiles (see the class comment for locking and merging).
    ProfileStoreError save();
    /// True when save() would refuse: the file on disk is unreadable or from a newer version.
    bool isReadOnly() const { return m_readOnly; }
    /// True when the file on disk is no longer what this store last read or wrote: another instance or program (the
    /// command line's --save-profile, say) saved it since. Reads the file.
    bool fileChangedOnDisk() const;
    /// Takes in what another instance or program saved: reads the file again, or, when this store has changes not
    /// saved yet, saves, which merges them with the file (see save()).
    ProfileStoreError reload();
    /// True when there are changes not yet saved.
    bool hasUnsavedChanges() const;

    /// Replaces the file with profiles.json.bak (after checking that the backup is readable) and loads it.
    ProfileStoreError restoreBackup();
    /// After an unreadable file was copied away: start with an empty store that may overwrite it.
    ProfileStoreError discardUnreadableFile();

    QList<Profile> profiles() const { return m_document.profiles; }
    std::optional<Profile> find(const QString &id) const;
    /// Exact name first, then case-insensitive; "Folder/Sub/Name" also matches by folder path.
    std::optional<Profile> findByName(const QString &name) const;

    /// Adds @p profile, giving it a new id when it has none (written back into @p profile). add() and update()
    /// keep a proxy address without its password.
    ProfileStoreError add(Profile &profile);
    ProfileStoreError update(const Profile &profile);
    /// Removes the profile. Its secrets are the caller's to remove (ProfileSecrets::removeAll), once the deletion is
    /// final: the window keeps them while the deletion can be undone.
    ProfileStoreError remove(const QString &id);
    /// Records a use: when and with what result.
    ProfileStoreError markUsed(const QString &id, const QDateTime &when, const QString &result, bool ok);

    /// Folders that carry defaults; folderPaths() also lists folders that exist only through their profiles.
    QList<ProfileFolder> folders() const { return m_document.folders; }
    QStringList folderPaths() const;
    std::optional<ProfileFolder> folder(const QString &path) const;
    /// Adds or replaces the folder with this path.
    ProfileStoreError setFolder(const ProfileFolder &folder);
    /// Removes the folder and its subfolders; their profiles move to the folder's parent.
    ProfileStoreError removeFolder(const QString &path);

    ProfileSettings applicationDefaults() const { return m_document.applicationDefaults; }
    void setApplicationDefaults(const ProfileSettings &defaults);

    /// What a profile in @p folderPath inherits: application defaults overridden by each folder from the outermost.
    ProfileSettings inheritedSettings(const QString &folderPath) const;
    /// The profile's settings with inheritance applied, ready for a session (secrets are not filled in).
    std::optional<ConnectionSettings> resolvedSettings(const QString &id) const;
    ConnectionSettings resolvedSettings(const Profile &profile) const;

    /// Export (no secrets, no secret bindings): the profiles with these ids, and the folders they need, in the file
    /// format.
    QByteArray exportJson(const QStringList &ids) const;
    ProfileStoreError exportProfiles(const QStringList &ids, const QString &path) const;
    /// Export a folder with its subfolders and their profiles.
    ProfileStoreError exportFolder(const QString &folderPath, const QString &path) const;

    /// What importing this data (a profile file or an export) would change; nothing is changed yet. Importing a file
    /// goes through ProfileImport, which plans, shows and applies with these. A secret binding
    /// in the data is ignored; a changed destination is listed in ImportItem::destinationChanges.
    ImportPlan planImport(const QByteArray &data, const QString &sourceName = {}) const;
    ImportPlan planImportFile(const QString &path) const;
    /// Carries out a plan made by planImport() with the actions the caller chose. A replaced profile keeps the
    /// secret binding it had here, so its saved secrets do not follow a changed destination.
    ProfileStoreError applyImport(const ImportPlan &plan);

    /// For tests: called after the new content is written and before it is committed; cancelWriting() on the file
    /// simulates a save interrupted between write and commit.
    void setBeforeCommitHook(std::function<void(QSaveFile &)> hook) { m_beforeCommit = std::move(hook); }

signals:
    /// Profiles, folders or defaults changed (by this instance, a load, or a merge with another instance's save).
    void changed();

private:
    /// Replaces what is held with @p document (its warnings aside).
    void adopt(const ProfileDocument &document);
    /// @p data nullopt: copy the file itself (too large to hold in memory).
    ProfileStoreError copyAway(const std::optional<QByteArray> &data, ProfileStoreError error) const;
    ProfileStoreError writeAtomically(const QString &path, const QByteArray &data) const;

    QString m_filePath;
    /// The profiles, folders and defaults held, with the entries refused and the fields not understood.
    ProfileDocument m_document;
    QList<ProfileStoreError> m_warnings;
    bool m_readOnly = false;
    bool m_unreadable = false;
    QString m_corruptCopyPath;
    ProfileChanges m_changes;
    bool m_migrated = false;
    /// SHA-256 of the file's bytes as this store last read or wrote them; empty when there was no file.
    QByteArray m_syncedDigest;

    std::function<void(QSaveFile &)> m_beforeCommit;
};

} // namespace Smtp
