#include "profilestoreerror.h"

#include <QCoreApplication>

namespace Smtp
{

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
