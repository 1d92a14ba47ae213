#pragma once

#include "scriptablesmtpserver.h"

#include <QString>
#include <QStringList>

namespace SmtpTest
{

// A server whose every text tries to forge output lines or steer a terminal (issue #11, "server text is data"):
// shared by the core, command-line and widget tests so that every output is checked against the same attack.

/// STARTTLS with ServerCertificate::ForgedNames, then XOAUTH2 that fails. The greeting holds U+202E and ESC, the EHLO
/// reply after TLS a U+2028 followed by a fake "S: 235" line, the XOAUTH2 error JSON line breaks, U+2028, U+202E and
/// ESC, the 535 reply U+200E and U+2066. Run it with a trusted site, XOAUTH2 and plaintext AUTH allowed.
Script hostileTextScript();

/// The escaped forms of the hostile texts above, as every output must show them (the certificate's names are in
/// reports and the certificate dialog; the transcript shows the subject and issuer only).
QStringList hostileTranscriptFragments();
/// The certificate's subject as shown: "CN=" and the escaped forged name.
QString escapedForgedSubject();
/// The hostile DNS name among the certificate's SANs as shown.
QString escapedForgedAlternativeName();

/// Empty when \a output is safe to show: no character of Cc (but the line feed between lines), Cf, Zl, Zp or a lone
/// surrogate, and no line that starts like a genuine line of this session (the certificate is never verified in it,
/// and no server said 235). Otherwise what is wrong, for the failure message.
QString forgedOutputProblem(const QString &output);

} // namespace SmtpTest
