#pragma once

#include "core/protocol/reply.h"
#include "core/transcript/transcriptevent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Smtp
{

/// One client line of a finished session and the reply that answered it, rebuilt from the transcript.
///
/// Replies are matched to the lines they answer in order, so pipelined commands (RFC 2920) pair up too. Server lines
/// are reassembled into replies by ReplyParser. What is not a command is told apart by what came before it: the line
/// after a 334 to AUTH is an AUTH response; after a 354 to DATA, the client lines are message text and the next reply
/// answers the end of data.
struct RecordedExchange
{
    enum class Role
    {
        Banner,       ///< the greeting: a reply before any command
        Command,      ///< a command line
        AuthResponse, ///< a line sent in answer to a 334 during AUTH
        EndOfData,    ///< the message text after a 354; no line of it is kept
        Unsolicited,  ///< a reply no command asked for (a 421 at shutdown …)
        Malformed,    ///< server lines that are no valid reply: nothing after them is read
    };

    Role role = Role::Command;
    /// The client line as recorded (its redacted form when it held a secret), without CRLF; empty for the roles
    /// that have none.
    QByteArray line;
    /// The line was recorded redacted: it must never be reproduced.
    bool redacted = false;
    /// Absent when the session ended before the reply came.
    std::optional<Reply> reply;

    /// The first word of the line, upper-cased ("MAIL" for "mail from:<a@b>").
    QByteArray verb() const;

    /// The exchanges of a transcript in the order the commands were sent. Events other than server and client lines
    /// (TLS, info, warnings, errors) are skipped.
    static QList<RecordedExchange> fromTranscript(const QList<TranscriptEvent> &events);
};

} // namespace Smtp
