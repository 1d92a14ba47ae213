#include "profileloadprompt.h"

#include "ui/mainwindow.h"

#include "core/profiles/profilestore.h"

#include <QMessageBox>
#include <QPushButton>

namespace SmtpUi
{

// The strings keep the window's translation context: they were the window's and are translated there.
void loadProfilesOrAsk(Smtp::ProfileStore &store, QWidget *window)
{
    const Smtp::ProfileStoreError error = store.load();
    if (!error.isError())
        return;
    // The unreadable file was copied away and is never overwritten; the user chooses what happens next.
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Profiles Not Loaded"), error.toString(),
                    QMessageBox::NoButton, window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(MainWindow::tr("The profiles are read-only until you choose. A backup of the last good "
                                          "file may exist."));
    QPushButton *restore = box.addButton(MainWindow::tr("Restore Backup"), QMessageBox::AcceptRole);
    QPushButton *empty = box.addButton(MainWindow::tr("Start Empty"), QMessageBox::DestructiveRole);
    box.addButton(MainWindow::tr("Continue Read-Only"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == restore) {
        if (const Smtp::ProfileStoreError restoreError = store.restoreBackup(); restoreError.isError()) {
            QMessageBox failed(QMessageBox::Warning, MainWindow::tr("Backup Not Restored"), restoreError.toString(),
                               QMessageBox::Ok, window);
            failed.setTextFormat(Qt::PlainText);
            failed.exec();
        }
    } else if (box.clickedButton() == empty) {
        store.discardUnreadableFile();
    }
}

} // namespace SmtpUi
