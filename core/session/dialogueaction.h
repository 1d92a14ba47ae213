#pragma once

#include "core/protocol/capabilities.h"
#include "core/protocol/reply.h"
#include "core/transcript/transcriptevent.h"
#include "sessionstate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Smtp
{

/// One thing the session is to do for the dialogue, in the order given. Only the fields a kind names are used.
struct DialogueAction
{
    enum class Kind
    {
        Send, ///< bytes: write them (their transcript form came as a Record before)
        /// The message text: bytes, or the file at path, written piece by piece in its wire form (dotStuff for
        /// DATA, which adds the final ".\r\n"), size octets in all; then feed MessageTextSent. The deadline armed
        /// after it bounds each stall of the write: the session restarts it whenever the write moves on.
        SendMessageText,
        StartTls,            ///< begin the client side of the TLS handshake
        ArmDeadline,         ///< milliseconds: (re)start the per-step deadline
        DisarmDeadline,      ///< stop the per-step deadline
        StopSessionDeadline, ///< the user leads from here: only per-step deadlines bound the session
        Record,              ///< event: append it to the transcript (the session stamps the time)
        BeginPhase,          ///< name: a timed phase starts
        EndPhase,            ///< name: a timed phase ends
        StateChanged,        ///< state
        CapabilitiesChanged, ///< capabilities, afterTls
        TlsReportChanged,    ///< the dialogue's result().tls changed
        StepFinished,        ///< reply (when one ended it): a requested step is over and the dialogue is Ready
        Close,               ///< close the connection now, without another byte
        Disconnect,          ///< close the connection politely (QUIT was answered)
        Finish,              ///< the session is over: report result()
    };

    explicit DialogueAction(Kind kind) : kind(kind) {}

    Kind kind;
    QByteArray bytes;
    /// Send: bytes carry credentials; the session zeroes them once written (hostile servers E8).
    bool secret = false;
    QString path;
    bool dotStuff = false;
    qint64 size = 0;
    int milliseconds = 0;
    TranscriptEvent event;
    QString name;
    SessionState state = SessionState::Idle;
    Capabilities capabilities;
    bool afterTls = false;
    std::optional<Reply> reply;
};

using DialogueActions = QList<DialogueAction>;

} // namespace Smtp
