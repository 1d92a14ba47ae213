#pragma once

#include "core/transcript/transcriptevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Smtp
{

/// Writes a finished session as a scenario (`--record FILE`) that `--scenario FILE` replays with the same settings.
///
/// Each client command becomes the step that does it again, followed by `expect CODE` with the code of the step's
/// final reply (see ScenarioStep::expectation); the banner's code comes first:
/// - EHLO, HELO or LHLO (and a HELO right after a refused EHLO) → `ehlo`;
/// - STARTTLS, with the greeting after the handshake → `starttls`;
/// - AUTH with every line of its exchange → `auth` (its lines are never written: they hold credentials);
/// - MAIL, the RCPTs after it and a DATA (with the message text and the end of data) or BDAT → `message`; a MAIL
///   that did not go as far as DATA is written as `send` lines, as it was typed;
/// - QUIT → `quit`; any other command → `send LINE`.
/// What cannot be replayed is written as a comment saying why: a line recorded redacted (only that it was left out,
/// never its text), a line `send` refuses, a DATA outside a message, a reply nobody asked for, a malformed reply
/// (the recording stops there). Every text taken from the session is escaped, as server text is everywhere.
/// A session that ended before the banner gives comments only, which Scenario::parse() refuses: nothing replays.
class ScenarioRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioRecorder)

public:
    /// The scenario text for a session's transcript (for a SessionLog: its transcript.events()).
    static QString record(const QList<TranscriptEvent> &events);
};

} // namespace Smtp
