// ProfileStore's exchange with other files: export (without secrets or secret bindings) and the import plan. Kept
// apart from the file handling in profilestore.cpp: importing is where an untrusted file meets the keychain.

#include "importplan.h"
#include "profilesecrets.h"
#include "profilestore.h"

namespace Smtp
{

namespace
{

ProfileStoreError makeError(ProfileStoreError::Code code, const QString &message, const QString &path)
{
    return ProfileStoreError::make(code, message, path);
}

} // namespace

QByteArray ProfileStore::exportJson(const QStringList &ids) const
{
    ProfileDocument document;
    QSet<QString> neededFolders;
    for (const Profile &profile : m_document.profiles) {
        if (!ids.contains(profile.id))
            continue;
        // The binding belongs to this machine's keychain; another machine's secrets were never confirmed for it.
        Profile exported = profile;
        exported.secretBinding = {};
        document.profiles << exported;
        for (const QString &path : ProfileFolder::ancestry(profile.folder))
            neededFolders.insert(path);
    }
    for (const ProfileFolder &folder : m_document.folders) {
        if (neededFolders.contains(folder.path))
            document.folders << folder;
    }
    return ProfileDocument::serialize(document);
}

ProfileStoreError ProfileStore::exportProfiles(const QStringList &ids, const QString &path) const
{
    for (const QString &id : ids) {
        if (!find(id)) {
            ProfileStoreError error =
                makeError(ProfileStoreError::Code::NotFound, tr("There is no profile with the id %1.").arg(id), path);
            error.profileId = id;
            return error;
        }
    }
    return writeAtomically(path, exportJson(ids));
}

ProfileStoreError ProfileStore::exportFolder(const QString &folderPath, const QString &path) const
{
    const QString normalised = ProfileFolder::normalisedPath(folderPath);
    if (!normalised.isEmpty() && !folderPaths().contains(normalised))
        return makeError(ProfileStoreError::Code::NotFound, tr("There is no folder %1.").arg(normalised), path);
    QStringList ids;
    for (const Profile &profile : m_document.profiles) {
        if (profile.isIn(normalised))
            ids << profile.id;
    }
    ProfileDocument document;
    const QByteArray partial = exportJson(ids);
    ProfileDocument::parse(partial, path, document);
    // Subfolders carrying defaults but holding no profile belong to the folder's export too.
    for (const ProfileFolder &folder : m_document.folders) {
        if (ProfileFolder::contains(normalised, folder.path) && !document.folders.contains(folder))
            document.folders << folder;
    }
    return writeAtomically(path, ProfileDocument::serialize(document));
}

ImportPlan ProfileStore::planImport(const QByteArray &data, const QString &sourceName) const
{
    ImportPlan plan;
    plan.source = sourceName;
    ProfileDocument document;
    plan.error = ProfileDocument::parse(data, sourceName, document);
    if (plan.error.isError())
        return plan;
    for (const ProfileStoreError &warning : std::as_const(document.warnings)) {
        if (warning.isError())
            plan.warnings << warning;
    }
    for (Profile incoming : std::as_const(document.profiles)) {
        // A binding in the file would let it pick where this machine's saved password goes: never taken.
        incoming.secretBinding = {};
        ImportItem item;
        item.incoming = incoming;
        item.existing = find(incoming.id);
        if (!item.existing) {
            item.status = ImportStatus::New;
            item.action = ImportAction::Add;
        } else {
            item.changedFields = ProfileSettings::differences(item.existing->settings, incoming.settings);
            if (item.existing->name != incoming.name)
                item.changedFields << QStringLiteral("name");
            if (item.existing->folder != incoming.folder)
                item.changedFields << QStringLiteral("folder");
            if (item.existing->tags != incoming.tags)
                item.changedFields << QStringLiteral("tags");
            if (item.existing->notes != incoming.notes)
                item.changedFields << QStringLiteral("notes");
            if (item.existing->favourite != incoming.favourite)
                item.changedFields << QStringLiteral("favourite");
            if (item.existing->unknownFields != incoming.unknownFields)
                item.changedFields << QStringLiteral("other");
            // When a profile was last used is a property of this machine, not a difference worth a conflict.
            item.status = item.changedFields.isEmpty() ? ImportStatus::Identical : ImportStatus::Changed;
            item.action = item.changedFields.isEmpty() ? ImportAction::Skip : ImportAction::KeepBoth;
        }
        // Compare what the profile would really use, inherited settings included.
        const ProfileSettings incomingEffective = inheritedSettings(incoming.folder).overriddenBy(incoming.settings);
        std::optional<ProfileSettings> existingEffective;
        if (item.existing)
            existingEffective = inheritedSettings(item.existing->folder).overriddenBy(item.existing->settings);
        item.securityWarnings = ImportPlan::securityWarnings(incomingEffective, existingEffective);
        if (item.existing) {
            // Replacing keeps the id and so the keychain entries: name the change of destination, which keeps the
            // saved secrets from being used until the user confirms it.
            ConnectionSettings before;
            ConnectionSettings after;
            existingEffective->applyTo(before);
            incomingEffective.applyTo(after);
            item.destinationChanges =
                ProfileSecrets::effectiveBinding(*item.existing, before).changesTo(SecretBinding::of(after));
            if (!item.destinationChanges.isEmpty())
                item.securityWarnings << ImportPlan::destinationWarning(item.destinationChanges);
        }
        plan.items << item;
    }
    for (const ProfileFolder &incoming : std::as_const(document.folders)) {
        if (folder(incoming.path))
            continue;
        plan.newFolders << incoming;
        for (const QString &warning : ImportPlan::securityWarnings(incoming.defaults, inheritedSettings(incoming.path)))
            plan.folderWarnings << tr("Folder %1: %2").arg(incoming.path, warning);
    }
    return plan;
}

ImportPlan ProfileStore::planImportFile(const QString &path) const
{
    ProfileDocument unused;
    QByteArray data;
    ProfileStoreError error = ProfileDocument::readFile(path, unused, &data);
    if (error.code == ProfileStoreError::Code::FileUnreadable || error.code == ProfileStoreError::Code::FileTooLarge) {
        ImportPlan plan;
        plan.source = path;
        plan.error = error;
        return plan;
    }
    return planImport(data, path);
}

ProfileStoreError ProfileStore::applyImport(const ImportPlan &plan)
{
    if (plan.error.isError())
        return plan.error;
    for (const ProfileFolder &folder : plan.newFolders) {
        if (!this->folder(folder.path)) {
            if (ProfileStoreError error = setFolder(folder); error.isError())
                return error;
        }
    }
    for (const ImportItem &item : plan.items) {
        Profile incoming = item.incoming;
        ProfileStoreError error;
        switch (item.action) {
        case ImportAction::Skip:
            break;
        case ImportAction::Add:
        case ImportAction::Replace:
            if (const std::optional<Profile> existing = find(incoming.id)) {
                // The secrets stay bound to where the existing profile sent them, never to the imported destination.
                incoming.secretBinding = ProfileSecrets::effectiveBinding(*existing, resolvedSettings(*existing));
                error = update(incoming);
            } else {
                incoming.secretBinding = {};
                error = add(incoming);
            }
            break;
        case ImportAction::KeepBoth:
            incoming.secretBinding = {};
            if (find(incoming.id)) {
                incoming.id = Profile::newId();
                incoming.name = tr("%1 (imported)").arg(incoming.name);
            }
            error = add(incoming);
            break;
        }
        if (error.isError())
            return error;
    }
    return {};
}

} // namespace Smtp
