#pragma once

#include "saslmechanism.h"

#include <QByteArray>

namespace Smtp
{

/// Which line of an AUTH exchange the session is about to record. The session knows this from the command it is
/// sending; redaction never searches a line for the password (which might be short, common, or encoded).
enum class AuthLineRole
{
    Command,      ///< "AUTH <mechanism>" with or without an initial response (RFC 4954 §4)
    Continuation, ///< a response to a 334 challenge, or "*" to cancel
};

/// The form of a client AUTH line to show and log, without CRLF:
/// - Command: "AUTH PLAIN <redacted>" when an initial response was sent, "AUTH LOGIN" unchanged when none was, and
///   "AUTH PLAIN =" unchanged for the empty initial response. Words may be separated by any run of spaces and tabs,
///   with white space before the first. A line that does not look like "AUTH <mechanism>" is replaced as a whole by
///   "<redacted>".
/// - Continuation: "*" (cancel) and an empty line unchanged; otherwise "<redacted>", or "<redacted user name>" when
///   payload is AuthPayload::UserName.
/// AuthPayload::NoSecret keeps the line as it is (an empty or dummy response).
QByteArray redactAuthLine(const QByteArray &line, AuthLineRole role, AuthPayload payload = AuthPayload::Secret);

/// Whether a line the user typed is an AUTH command: "AUTH" in any case as its first word, whatever white space
/// (spaces, tabs) comes before or after it.
bool isTypedAuthCommand(const QByteArray &line);

/// The form of a line the user typed in an interactive session, to show and log. A typed AUTH command is redacted as
/// redactAuthLine() does for Command; every line typed while the user's own AUTH exchange waits for a response (after
/// a 334, @p authContinuation) as a Continuation; any other line is returned unchanged (without CRLF).
QByteArray redactTypedLine(const QByteArray &line, bool authContinuation);

/// Whether redactAuthLine() changed the line, i.e. the transcript event is to be marked redacted.
bool isRedactedForm(const QByteArray &original, const QByteArray &redacted);

} // namespace Smtp
