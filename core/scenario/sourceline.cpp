#include "sourceline.h"

namespace Smtp
{

QString SourceLine::location() const
{
    if (fileName.isEmpty())
        return tr("line %1").arg(number);
    return QStringLiteral("%1:%2").arg(fileName).arg(number);
}

} // namespace Smtp
