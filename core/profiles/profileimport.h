#pragma once

#include "importplan.h"
#include "profilestoreerror.h"

#include <QList>
#include <QString>

namespace Smtp
{

class ProfileStore;

/// Importing profiles from a file, the one way the window and the command line do it: the constructor reads the file
/// and plans (nothing changes yet), the caller shows notices() and chooses what happens to changed profiles, and
/// apply() carries out the plan that was shown, never a new reading of a file that may have changed since, and saves.
class ProfileImport
{
public:
    /// Something to show before the import is carried out (the window) or while it is (the command line).
    struct Notice
    {
        enum class Kind
        {
            Refused,         ///< an entry of the file that was not taken, with why
            SecurityWarning, ///< the import would lower security (trusted site, no TLS, a new destination …)
            Change,          ///< one changed field of an existing profile, old → new
        };
        Kind kind = Kind::Change;
        /// The profile concerned; empty for refused entries and folder warnings.
        QString profileName;
        /// Translated, one line.
        QString text;
    };

    ProfileImport(ProfileStore &store, const QString &path);

    /// Set when the file could not be read at all; nothing can be applied then.
    ProfileStoreError error() const { return m_plan.error; }
    const ImportPlan &plan() const { return m_plan; }
    /// Refused entries, then security warnings of what would be imported, then each change to an existing profile.
    QList<Notice> notices() const;

    /// Applies the plan, changed profiles getting @p conflictAction (Replace, KeepBoth or Skip), and saves the store.
    /// The plan then says what was done.
    ProfileStoreError apply(ImportAction conflictAction);

private:
    ProfileStore &m_store;
    ImportPlan m_plan;
};

} // namespace Smtp
