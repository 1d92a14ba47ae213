#include "profilestoreerror.h"

#include <QCoreApplication>

namespace Smtp
{

ProfileStoreError ProfileStoreError::make(Code code, const QString &message, const QString &path)
{
    ProfileStoreError error;
    error.code = code;
    error.message = message;
    error.path = path;
    return error;
}

QString ProfileStoreError::toString() const
{
    QString text = message;
    if (!path.isEmpty()) {
        if (line > 0)
            text = QCoreApplication::translate("Smtp::ProfileStoreError", "%1:%2:%3: %4")
                       .arg(path)
                       .arg(line)
                       .arg(column)
                       .arg(message);
        else
            text = QCoreApplication::translate("Smtp::ProfileStoreError", "%1: %2").arg(path, message);
    }
    if (!corruptCopyPath.isEmpty())
        text = QCoreApplication::translate("Smtp::ProfileStoreError", "%1 (a copy was kept as %2)")
                   .arg(text, corruptCopyPath);
    return text;
}

} // namespace Smtp
