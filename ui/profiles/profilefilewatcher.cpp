#include "profilefilewatcher.h"

#include "core/profiles/profilestore.h"
#include "ui/common/infobar.h"

#include <QFileInfo>

namespace SmtpUi
{

namespace
{
constexpr int settleMs = 200;
} // namespace

ProfileFileWatcher::ProfileFileWatcher(Smtp::ProfileStore *store, QWidget *barParent)
    : QObject(barParent), m_store(store), m_bar(new InfoBar(barParent))
{
    m_bar->setObjectName(QStringLiteral("profileReloadBar"));
    m_bar->setMessage(tr("The profile file was changed by another program."));
    m_bar->setActionText(tr("&Reload"));
    connect(m_bar, &InfoBar::actionTriggered, this, &ProfileFileWatcher::reload);

    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &ProfileFileWatcher::checkFile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    // A save of this window merges the other program's changes too; then there is nothing left to offer.
    connect(m_store, &Smtp::ProfileStore::changed, this, [this] {
        watch();
        if (!m_bar->isHidden())
            checkFile();
    });
    watch();
}

void ProfileFileWatcher::watch()
{
    // A folder that does not exist yet is watched once a save of this window has made it (see the constructor).
    const QFileInfo file(m_store->filePath());
    if (QFileInfo::exists(file.absolutePath()) && !m_watcher.directories().contains(file.absolutePath()))
        m_watcher.addPath(file.absolutePath());
    if (file.exists() && !m_watcher.files().contains(file.absoluteFilePath()))
        m_watcher.addPath(file.absoluteFilePath());
}

void ProfileFileWatcher::checkFile()
{
    watch();
    m_bar->setVisible(m_store->fileChangedOnDisk());
}

void ProfileFileWatcher::reload()
{
    const Smtp::ProfileStoreError error = m_store->reload();
    checkFile();
    emit statusMessage(error.isError() ? error.message : tr("Profiles reloaded from %1").arg(m_store->filePath()));
}

} // namespace SmtpUi
