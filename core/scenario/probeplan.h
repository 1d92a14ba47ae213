#pragma once

#include "core/connection/securitymode.h"
#include "core/connection/tlsversion.h"
#include "probe.h"
#include "scenariostep.h"

#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace Smtp
{

/// What the probes need to know of the session the settings describe.
struct ProbeContext
{
    SecurityMode security = SecurityMode::None;
    /// The port connected to (the settings' port with 0 resolved). On 25, the port of public MX servers, RFC 3207
    /// §4 forbids requiring TLS, and old TLS versions are better than none for opportunistic TLS (RFC 7435); the
    /// verdicts take that into account.
    int port = 25;
    /// The MAIL FROM address of starttls-required and open-relay (--from); empty for the default.
    QString sender;
    /// The RCPT TO address of open-relay: in a domain the server must not relay to.
    QString outsideRecipient;

    /// The sender used: sender, or a made-up address at example.org (RFC 2606), outside every real server.
    QString effectiveSender() const;
    /// The recipient used: outsideRecipient, or a made-up address at example.com (RFC 2606).
    QString effectiveOutsideRecipient() const;
    bool isPublicMxPort() const { return port == 25; }
};

/// What a probe reads from the reply to a step.
enum class ProbeStepRole
{
    None,          ///< a step the verdict does not read (RSET, QUIT …)
    PlaintextEhlo, ///< the EHLO before any TLS: its capabilities
    MailBeforeTls, ///< MAIL FROM in plaintext
    RelayMail,     ///< MAIL FROM before the relay attempt
    RelayRcpt,     ///< RCPT TO the outside address, without AUTH
    KnownMailbox,  ///< VRFY or EXPN of postmaster, which every server must have (RFC 5321 §4.5.1)
    MadeUpMailbox, ///< VRFY or EXPN of a mailbox nobody has
    TlsHandshake,  ///< the starttls step, or the connect of implicit TLS, with only one TLS version allowed
};

struct ProbeStep
{
    /// A scenario step; its expectation is unset: a probe observes replies, it expects nothing.
    ScenarioStep step;
    ProbeStepRole role = ProbeStepRole::None;
};

/// One connection of a probe. The engine connects as the settings say, except as noted here, and sends every step
/// whatever the replies are (a refusal is what the probe observes, not an error); it stops early only when the
/// connection ends. It never sends a step that is not in the plan: no automatic EHLO, STARTTLS or AUTH.
struct ProbeConnection
{
    /// Connect in plaintext and never start TLS, whatever the settings ask (they ask STARTTLS at most: a plan for
    /// implicit TLS never asks for plaintext).
    bool plaintext = false;
    /// Allow only this TLS version (minimum and maximum), for tls-versions.
    std::optional<TlsVersion> onlyTlsVersion;
    QList<ProbeStep> steps;
};

/// How a probe is run: the connections it makes, one after the other. A plan without connections means the probe
/// does not apply to these settings (its verdict says why).
struct ProbePlan
{
    Probe probe = Probe::StartTlsRequired;
    QList<ProbeConnection> connections;

    static ProbePlan forProbe(Probe probe, const ProbeContext &context);

    /// The made-up local part that VRFY and EXPN ask about.
    static QString madeUpMailbox();
};

/// What the engine saw when it ran a plan with reply-based steps.
struct ProbeObservation
{
    /// The reply to each step whose role is not None, by role; a role is absent when its step got no reply.
    std::map<ProbeStepRole, Reply> replies;
    /// Why the run ended before every step was answered (the session's error message), or empty.
    QString stoppedBecause;

    std::optional<Reply> reply(ProbeStepRole role) const;
};

/// What happened when one TLS version was tried alone.
struct TlsVersionAttempt
{
    enum class Outcome
    {
        Accepted,   ///< the handshake completed with this version
        Refused,    ///< the server refused it (handshake failed)
        NotTryable, ///< this program's TLS library would not offer it, so the server was not asked
        NotReached, ///< the connection ended before the handshake (no STARTTLS, a network error …)
    };

    TlsVersion version = TlsVersion::Tls1_2;
    Outcome outcome = Outcome::NotReached;
    /// The TLS library's error, or why the version could not be tried or reached.
    QString detail;
};

} // namespace Smtp
