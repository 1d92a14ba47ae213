#pragma once

#include <QString>

#include <optional>

namespace Smtp
{

/// Each connection has exactly one security mode; the client never falls back from one to another.
enum class SecurityMode
{
    None,     ///< plaintext SMTP (HELO/EHLO only upgrades when the user types STARTTLS)
    StartTls, ///< STARTTLS required: a server that does not offer it is an error (RFC 3207)
    Implicit, ///< TLS straight after the TCP connect (RFC 8314 §3)
    /// STARTTLS when the server offers it; plaintext, said as a warning, when it does not. Offered but failing (a
    /// refusal, a failed handshake, an untrusted certificate) is an error: never a fallback after STARTTLS was tried.
    StartTlsOpportunistic,
};

/// "none", "starttls", "implicit", "starttls-opportunistic": the names the command line and the profile file use.
QString securityModeName(SecurityMode mode);
std::optional<SecurityMode> securityModeFromName(const QString &name);
/// The session sends STARTTLS by itself: required or opportunistic.
bool usesStartTls(SecurityMode mode);

} // namespace Smtp
