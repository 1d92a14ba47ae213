#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SmtpUi
{

/// The one question before a save replaces a file. The file dialogs are told not to ask
/// (QFileDialog::DontConfirmOverwrite): they cannot know a suffix added after they close, and they name a symbolic
/// link, not the file a save writes through it.
class ReplaceConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpUi::ReplaceConfirmation)

public:
    /// True when nothing is at @p path, or when the user agrees to replace it; a symbolic link is resolved and its
    /// target named, as that is what the save replaces.
    static bool ask(QWidget *parent, const QString &path);
    /// QFileDialog::getSaveFileName() told not to ask, then ask(): the path chosen, or empty when the user cancelled
    /// either. For dialogs that take the path as chosen (one that adds a suffix afterwards calls ask() itself).
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &proposedName,
                                const QString &filter);
};

} // namespace SmtpUi
