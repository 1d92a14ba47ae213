#pragma once

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SmtpTest
{

/// What a window or dialog under test is given: a loaded, empty profile store in a temporary folder of its own and an
/// empty secret store in memory. A test makes one in init() and drops it in cleanup(), so that every test function
/// starts from nothing.
class TemporaryProfiles final
{
public:
    TemporaryProfiles();

    /// Empty when the folder was made and the store loaded; otherwise what went wrong.
    QString problem() const { return m_problem; }
    /// A path in the temporary folder, for files a test writes beside the profiles.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    Smtp::ProfileStore *store() { return m_store.get(); }
    Smtp::MemorySecretStore *secrets() { return &m_secrets; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Smtp::ProfileStore> m_store;
    Smtp::MemorySecretStore m_secrets;
    QString m_problem;
};

} // namespace SmtpTest
