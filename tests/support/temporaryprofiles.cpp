#include "temporaryprofiles.h"

namespace SmtpTest
{

TemporaryProfiles::TemporaryProfiles()
{
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    m_store = std::make_unique<Smtp::ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
    if (const Smtp::ProfileStoreError loaded = m_store->load(); loaded.isError())
        m_problem = QStringLiteral("the empty profile store did not load: %1").arg(loaded.message);
}

} // namespace SmtpTest
