#pragma once

#include "profile.h"
#include "profilestoreerror.h"

#include <QList>

#include <optional>

namespace Smtp
{

/// How an imported profile compares with the store, matched by id.
enum class ImportStatus
{
    New,       ///< no profile with this id
    Changed,   ///< a profile with this id exists and differs
    Identical, ///< a profile with this id exists and is the same
};

/// What applying the plan does with one imported profile.
enum class ImportAction
{
    Add,      ///< add as it is (new profiles)
    Replace,  ///< overwrite the existing profile with this id
    KeepBoth, ///< keep the existing one and add the import under a new id, its name marked as imported
    Skip,     ///< leave the store as it is
};

struct ImportItem
{
    Profile incoming;
    std::optional<Profile> existing;
    ImportStatus status = ImportStatus::New;
    /// Defaults: New → Add, Identical → Skip, Changed → KeepBoth (nothing is lost unless the caller chooses Replace).
    ImportAction action = ImportAction::Add;
    /// JSON keys of the fields that differ from the existing profile.
    QStringList changedFields;
    /// How replacing the existing profile would change where its secrets go (host, port, server name, proxy, CA
    /// file, security mode, AUTH mechanism; see SecretBinding), old → new. A replaced profile keeps its secrets bound
    /// to the old destination: they are not used for the new one until the user confirms.
    QList<DestinationChange> destinationChanges;
    /// Ways this import lowers security compared with the existing profile (or with secure defaults for a new one):
    /// trusted site, plaintext AUTH allowed, no TLS, a changed destination. Translated, for showing before the user
    /// confirms.
    QStringList securityWarnings;

    /// Every changed field with its old and new value, one per line, for a preview ("host: a → b"); the destination
    /// fields are marked as security changes.
    QStringList changeLines() const;
};

/// The preview of an import: made by ProfileStore::planImport(), shown to the user, adjusted, then applied with
/// ProfileStore::applyImport().
struct ImportPlan
{
    /// File name or description of where the data came from.
    QString source;
    /// Set when the data could not be read at all; the plan is then empty.
    ProfileStoreError error;
    /// Entries of the import that were refused (with their reason); the others are in items.
    QList<ProfileStoreError> warnings;
    QList<ImportItem> items;
    /// Folders (with defaults) in the import that the store does not have yet; applying adds them.
    QList<ProfileFolder> newFolders;
    /// Security warnings about imported folder defaults.
    QStringList folderWarnings;

    /// Sets the action of every Changed item: Replace, KeepBoth or Skip.
    void setConflictAction(ImportAction action);
    qsizetype count(ImportStatus status) const;
    bool lowersSecurity() const;
    /// "2 new, 1 changed, 3 identical".
    QString summary() const;

    /// The security warnings for @p incoming compared with @p existing (nullopt: compared with secure defaults).
    static QStringList securityWarnings(const ProfileSettings &incoming,
                                        const std::optional<ProfileSettings> &existing);
    /// The warning for a replaced profile whose destination changes.
    static QString destinationWarning(const QList<DestinationChange> &changes);
};

} // namespace Smtp
