#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/dialogue.h"

#include <QStringList>

namespace SmtpTest
{

/// Settings for a dialogue under test: host "mx.test", STARTTLS on port 25, a 5-second timeout and the EHLO name
/// "client.test", changed by options: "none", "implicit" (port 465), "helo", "587", "trusted", "interactive",
/// "quit-after=STAGE", "auth" (PLAIN as alice, password CANARY-pw), "auth=MECHANISM", "plaintext", "test-only",
/// "message" (dialogueMessage()), "two recipients", "no pipelining", "timeout=SECONDS".
Smtp::ConnectionSettings dialogueSettings(const QStringList &options = {});

/// The message the "message" step asks to send: from a@mx.test to the given recipients, a two-line body.
Smtp::MessageSettings dialogueMessage(const QStringList &to = {QStringLiteral("b@mx.test")});

/// Feeds a dialogue the steps of a table row and keeps every action it answered with. A step is one of:
///   "connect"                        Started, Resolving, Connecting, then Connected (EHLO name "client.test")
///   "resolving", "connecting"        only Started and Resolving; only Connecting
///   "S: 250 text"                    the server sends the line, CRLF added ("\r\n" inside separates lines)
///   "S>: 220 go"                     the same, and the socket holds more bytes already
///   "tls", "tls untrusted"           the handshake succeeded, with a verified (or an unverified) certificate
///   "tls failed", "tls not tls", "tls certificate required"   the handshake (or TLS right after it) failed
///   "closed", "lost", "failed"       the server closed; a socket error; the transport failed (ConnectFailed)
///   "deadline", "session deadline"   a deadline ran out
///   "type: LINE"                     the user typed LINE
///   "ehlo", "starttls", "auth", "message", "quit", "cancel"   a request (message: dialogueMessage())
///   "text sent"                      the session wrote the whole message text (MessageTextSent)
/// Unless setReportsTextSent(false), every SendMessageText is answered with MessageTextSent at once, as a session
/// whose socket takes the text at once would.
class DialogueScript
{
public:
    explicit DialogueScript(const Smtp::ConnectionSettings &settings,
                            Smtp::Dialogue::Mode mode = Smtp::Dialogue::Mode::Plan);

    void play(const QStringList &steps);
    void step(const QString &step);
    void setReportsTextSent(bool reports) { m_reportsTextSent = reports; }

    /// What went over the wire and to the socket: "C: EHLO client.test" per line sent (the message text in its wire
    /// form), and "starttls", "close", "disconnect", "finish".
    QStringList wire() const;
    /// The lines of wire() sent in actions marked secret, which the session zeroes once written.
    QStringList secretWire() const;
    /// The transcript as "kind: text" lines, redacted client lines marked "(redacted)".
    QStringList transcript() const;
    /// Every action rendered compactly ("arm 5000", "state Greeting", "begin ehlo", "step 250" …).
    QStringList actions() const;
    /// The SessionStates reported, in order.
    QList<Smtp::SessionState> states() const;
    /// Every byte sent and recorded, to search for secrets.
    QByteArray allBytes() const;

    Smtp::Dialogue &dialogue() { return m_dialogue; }
    const Smtp::SessionResult &result() const { return m_dialogue.result(); }

private:
    Smtp::Dialogue m_dialogue;
    Smtp::DialogueActions m_actions;
    bool m_reportsTextSent = true;
};

} // namespace SmtpTest
