#include "sessionstate.h"

namespace Smtp
{

QString sessionStateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle:
        return QStringLiteral("idle");
    case SessionState::Resolving:
        return QStringLiteral("resolving");
    case SessionState::Connecting:
        return QStringLiteral("connecting");
    case SessionState::AwaitingBanner:
        return QStringLiteral("awaiting banner");
    case SessionState::Greeting:
        return QStringLiteral("greeting");
    case SessionState::StartingTls:
        return QStringLiteral("starting TLS");
    case SessionState::Authenticating:
        return QStringLiteral("authenticating");
    case SessionState::SendingMessage:
        return QStringLiteral("sending message");
    case SessionState::Ready:
        return QStringLiteral("ready");
    case SessionState::Busy:
        return QStringLiteral("busy");
    case SessionState::Quitting:
        return QStringLiteral("quitting");
    case SessionState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace Smtp
