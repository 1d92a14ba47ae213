#include "transcriptevent.h"

namespace Smtp
{

QString TranscriptEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Info:
        return QStringLiteral("info");
    case Kind::Warning:
        return QStringLiteral("warning");
    case Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace Smtp
