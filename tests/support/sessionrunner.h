#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/sessionresult.h"
#include "core/transcript/transcript.h"

namespace SmtpTest
{

/// Everything a test looks at after a session ended.
struct SessionOutcome
{
    Smtp::SessionResult result;
    Smtp::Transcript transcript;
    bool finished = false;
    /// Every signal of the handle arrived in the thread that ran the session (the test's).
    bool signalsInCallerThread = true;

    /// The transcript as "kind: text" lines, for failure messages.
    QString text() const;
    bool hasEvent(Smtp::TranscriptEvent::Kind kind, const QString &fragment) const;
    /// Every byte the transcript holds, raw and shown, to search for secrets.
    QByteArray allTranscriptBytes() const;
};

/// Settings for a session against a test server on this machine: "localhost" (the name in the test certificates),
/// the test CA trusted, a 5-second timeout and the EHLO name "client.test".
Smtp::ConnectionSettings testSettings(quint16 port, Smtp::SecurityMode security);

/// Runs one session on a SessionHost of its own and waits (bounded) until it finishes.
SessionOutcome runSession(const Smtp::ConnectionSettings &settings, int waitMs = 15000);

} // namespace SmtpTest
