#include "reply.h"

#include "transcript/transcriptevent.h"

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
        out += QString::fromUtf8(lines.at(i));
    }
    return out;
}

QString Reply::summary() const
{
    // The text is server-controlled: escape control characters so a status bar shows them instead of obeying them.
    const QString code3 = QString::number(code);
    if (lines.isEmpty() || lines.first().isEmpty())
        return code3;
    return code3 + u' ' + TranscriptEvent::escapeBytes(lines.first());
}

} // namespace Smtp
