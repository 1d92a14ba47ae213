#include "replaceconfirmation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace SmtpUi
{

bool ReplaceConfirmation::ask(QWidget *parent, const QString &path)
{
    const QFileInfo file(path);
    QString question;
    if (file.isSymLink()) {
        const QString target = file.symLinkTarget();
        question = QFileInfo::exists(target)
                       ? tr("“%1” is a symbolic link to “%2”. Saving replaces the contents of “%2”.").arg(path, target)
                       : tr("“%1” is a symbolic link to “%2”, which does not exist yet. Saving creates “%2”.")
                             .arg(path, target);
    } else if (file.exists()) {
        question = tr("“%1” already exists. Saving replaces it.").arg(path);
    } else {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Replace the File?"), question, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("replaceConfirmationMessageBox"));
    // The path is the user's, but a name can hold anything: it is shown as it is, never as markup.
    box.setTextFormat(Qt::PlainText);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

QString ReplaceConfirmation::saveFileName(QWidget *parent, const QString &caption, const QString &proposedName,
                                          const QString &filter)
{
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, proposedName, filter, nullptr, QFileDialog::DontConfirmOverwrite);
    return path.isEmpty() || !ask(parent, path) ? QString() : path;
}

} // namespace SmtpUi
