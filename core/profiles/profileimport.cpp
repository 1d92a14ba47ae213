#include "profileimport.h"

#include "profilestore.h"

namespace Smtp
{

ProfileImport::ProfileImport(ProfileStore &store, const QString &path)
    : m_store(store), m_plan(store.planImportFile(path))
{}

QList<ProfileImport::Notice> ProfileImport::notices() const
{
    QList<Notice> notices;
    for (const ProfileStoreError &warning : m_plan.warnings)
        notices << Notice{Notice::Kind::Refused, {}, warning.message};
    for (const ImportItem &item : m_plan.items) {
        if (item.action == ImportAction::Skip)
            continue;
        for (const QString &warning : item.securityWarnings)
            notices << Notice{Notice::Kind::SecurityWarning, item.incoming.name, warning};
    }
    for (const QString &warning : m_plan.folderWarnings)
        notices << Notice{Notice::Kind::SecurityWarning, {}, warning};
    // Each changed profile with its changes, old → new, so that a new destination is never a surprise.
    for (const ImportItem &item : m_plan.items) {
        if (item.status != ImportStatus::Changed)
            continue;
        for (const QString &line : item.changeLines())
            notices << Notice{Notice::Kind::Change, item.incoming.name, line};
    }
    return notices;
}

ProfileStoreError ProfileImport::apply(ImportAction conflictAction)
{
    if (m_plan.error.isError())
        return m_plan.error;
    m_plan.setConflictAction(conflictAction);
    if (ProfileStoreError error = m_store.applyImport(m_plan); error.isError())
        return error;
    return m_store.save();
}

} // namespace Smtp
