#include "filewriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace SmtpUi
{

QString writeFileAtomically(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("SmtpUi", "Cannot open %1 for writing: %2").arg(path, file.errorString());
    if (file.write(contents) != contents.size() || !file.commit())
        return QCoreApplication::translate("SmtpUi", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace SmtpUi
