#pragma once

#include <QString>

namespace Smtp
{

/// Where a session is; the window shows it, interactive commands are only accepted in Ready.
enum class SessionState
{
    Idle,
    Resolving,
    Connecting,
    AwaitingBanner,
    Greeting,    ///< EHLO/HELO sent
    StartingTls, ///< STARTTLS sent or handshake running
    Authenticating,
    SendingMessage,
    Ready, ///< interactive: waiting for the user's next command
    Busy,  ///< interactive: a user command is waiting for its reply
    Quitting,
    Closed,
};

QString sessionStateName(SessionState state);

} // namespace Smtp
