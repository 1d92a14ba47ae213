#include "sourceline.h"

#include <QCoreApplication>

namespace Smtp
{

QString SourceLine::location() const
{
    if (fileName.isEmpty())
        return QCoreApplication::translate("Smtp::SourceLine", "line %1").arg(number);
    return QStringLiteral("%1:%2").arg(fileName).arg(number);
}

} // namespace Smtp
