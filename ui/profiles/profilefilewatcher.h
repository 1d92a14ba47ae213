#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Smtp
{
class ProfileStore;
} // namespace Smtp

namespace SmtpUi
{

class InfoBar;

/// Offers a reload, in an InfoBar over the profile list, when the profile file changed on disk under the window
/// (another instance, or the command line's --save-profile). Nothing reloads by itself: an admin may be in the middle
/// of something, and the list should not change under the mouse.
class ProfileFileWatcher final : public QObject
{
    Q_OBJECT

public:
    /// The bar is made a child of @p barParent, for the caller to place.
    ProfileFileWatcher(Smtp::ProfileStore *store, QWidget *barParent);
    InfoBar *bar() const { return m_bar; }

signals:
    /// What to tell the user after a reload: what went wrong, or that it was done.
    void statusMessage(const QString &message);

private slots:
    void checkFile();
    void reload();

private:
    /// QFileSystemWatcher drops a file that a save replaces by renaming; the folder is watched too, and the file
    /// again after each event.
    void watch();

    Smtp::ProfileStore *m_store;
    InfoBar *m_bar;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // one check after a burst of events: a save writes a lock file, a backup and the file
};

} // namespace SmtpUi
