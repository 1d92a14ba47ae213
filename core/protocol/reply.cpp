#include "reply.h"

#include "core/text/untrustedtext.h"

namespace Smtp
{

QString EnhancedStatusCode::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(codeClass).arg(subject).arg(detail);
}

QString Reply::text() const
{
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n';
        out += escapeUntrustedBytes(lines.at(i));
    }
    return out;
}

QString Reply::summary() const
{
    // The text is server-controlled: escape it so a status bar shows what it holds instead of obeying it.
    const QString code3 = QString::number(code);
    if (lines.isEmpty() || lines.first().isEmpty())
        return code3;
    return code3 + u' ' + escapeUntrustedBytes(lines.first());
}

} // namespace Smtp
