#pragma once

#include "protocol/capabilities.h"
#include "protocol/reply.h"
#include "sessionstate.h"
#include "transcript/transcriptevent.h"

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
        Send,                ///< bytes: write them (their transcript form came as a Record before)
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
