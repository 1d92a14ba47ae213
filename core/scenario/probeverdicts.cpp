#include "probeverdicts.h"

#include "addressdisclosure.h"
#include "core/protocol/capabilities.h"

#include <algorithm>

namespace Smtp
{

namespace
{

Finding finding(Probe probe, Finding::Verdict verdict, const QString &text)
{
    return Finding{probe, verdict, text};
}

bool isPolicyRefusal(const Reply &reply)
{
    // RFC 3207 §4: "530 5.7.0 Must issue a STARTTLS command first"; 5.7.x is the security and policy subject.
    return reply.code == 530 || (reply.isPermanentFailure() && reply.enhanced.isValid() && reply.enhanced.subject == 7);
}

// Mechanisms whose exchange never carries the secret itself; any other (PLAIN, LOGIN, tokens, unknown ones) is
// assumed to.
bool isChallengeResponse(const QString &mechanism)
{
    return mechanism == QStringLiteral("CRAM-MD5") || mechanism == QStringLiteral("DIGEST-MD5") ||
           mechanism.startsWith(QStringLiteral("SCRAM-")) || mechanism == QStringLiteral("GSSAPI") ||
           mechanism == QStringLiteral("NTLM");
}

// RFC 3463 X.1.2 (bad destination system), X.1.10 (null MX, RFC 7505) and 556: the recipient's domain was refused
// for itself, which says nothing about relaying.
bool refusesTheDomainItself(const Reply &reply)
{
    if (reply.code == 556)
        return true;
    return reply.enhanced.isValid() && reply.enhanced.subject == 1 &&
           (reply.enhanced.detail == 2 || reply.enhanced.detail == 10);
}

} // namespace

Finding ProbeVerdicts::notChecked(Probe probe, const ProbeObservation &observation)
{
    const QString why =
        observation.stoppedBecause.isEmpty() ? tr("the server did not answer") : observation.stoppedBecause;
    return finding(probe, Finding::Verdict::Warn, tr("Not checked: %1").arg(why));
}

Finding ProbeVerdicts::judge(Probe probe, const ProbeObservation &observation, const ProbeContext &context)
{
    switch (probe) {
    case Probe::StartTlsRequired:
        return startTlsRequired(observation, context);
    case Probe::AuthBeforeTls:
        return authBeforeTls(observation, context);
    case Probe::OpenRelay:
        return openRelay(observation, context);
    case Probe::Vrfy:
    case Probe::Expn:
        return AddressDisclosure::judge(probe, observation);
    case Probe::TlsVersions:
        break;
    }
    return finding(probe, Finding::Verdict::NotApplicable,
                   tr("tls-versions is judged from handshakes, not from replies."));
}

Finding ProbeVerdicts::startTlsRequired(const ProbeObservation &observation, const ProbeContext &context)
{
    const Probe probe = Probe::StartTlsRequired;
    if (context.security == SecurityMode::Implicit) {
        return finding(probe, Finding::Verdict::NotApplicable,
                       tr("The connection uses TLS from its first byte (implicit TLS): there is no plaintext phase "
                          "to check."));
    }
    const std::optional<Reply> mail = observation.reply(ProbeStepRole::MailBeforeTls);
    if (!mail)
        return notChecked(probe, observation);
    const std::optional<Reply> ehlo = observation.reply(ProbeStepRole::PlaintextEhlo);
    const bool offersStartTls = ehlo && Capabilities::fromEhloReply(*ehlo).startTls();

    if (mail->isPositiveCompletion()) {
        const QString notOffered =
            offersStartTls ? QString() : tr(" It does not even offer STARTTLS, so every message travels in clear.");
        if (context.isPublicMxPort()) {
            return finding(probe, Finding::Verdict::Warn,
                           tr("The server accepts MAIL FROM before STARTTLS (%1). On port 25 that is right for a "
                              "public MX, which must accept mail without TLS (RFC 3207 §4); a server only your own "
                              "users send to should require STARTTLS.%2")
                               .arg(mail->summary(), notOffered));
        }
        return finding(probe, Finding::Verdict::Fail,
                       tr("The server accepts MAIL FROM before STARTTLS (%1): messages can travel in clear text. "
                          "Refuse mail on port %2 until the client has started TLS.%3")
                           .arg(mail->summary())
                           .arg(context.port)
                           .arg(notOffered));
    }
    if (isPolicyRefusal(*mail)) {
        if (!offersStartTls) {
            return finding(probe, Finding::Verdict::Warn,
                           tr("The server refuses MAIL FROM before TLS (%1) but does not offer STARTTLS: no client "
                              "can reach the TLS it asks for on this port.")
                               .arg(mail->summary()));
        }
        return finding(probe, Finding::Verdict::Pass,
                       tr("The server refuses MAIL FROM before STARTTLS (%1).").arg(mail->summary()));
    }
    if (mail->isPermanentFailure()) {
        return finding(probe, Finding::Verdict::Warn,
                       tr("Not conclusive: the server refused MAIL FROM:<%1> before STARTTLS, but not for want of "
                          "TLS (%2). Run the probe with --from set to an address the server accepts.")
                           .arg(context.effectiveSender(), mail->summary()));
    }
    return finding(probe, Finding::Verdict::Warn,
                   tr("Not conclusive: the server answered MAIL FROM with %1. Try again later.").arg(mail->summary()));
}

Finding ProbeVerdicts::authBeforeTls(const ProbeObservation &observation, const ProbeContext &context)
{
    const Probe probe = Probe::AuthBeforeTls;
    if (context.security == SecurityMode::Implicit) {
        return finding(probe, Finding::Verdict::NotApplicable,
                       tr("The connection uses TLS from its first byte (implicit TLS): nothing is offered before "
                          "TLS."));
    }
    const std::optional<Reply> ehlo = observation.reply(ProbeStepRole::PlaintextEhlo);
    if (!ehlo)
        return notChecked(probe, observation);
    if (!ehlo->isPositiveCompletion()) {
        return finding(probe, Finding::Verdict::Warn,
                       tr("Not conclusive: the server refused EHLO before TLS (%1), so what it offers there is "
                          "unknown.")
                           .arg(ehlo->summary()));
    }
    const Capabilities capabilities = Capabilities::fromEhloReply(*ehlo);
    const QStringList mechanisms = capabilities.authMechanisms();
    if (mechanisms.isEmpty()) {
        if (capabilities.has(QStringLiteral("AUTH"))) {
            return finding(probe, Finding::Verdict::Warn,
                           tr("The server advertises AUTH before TLS without naming a mechanism. Offer AUTH only "
                              "after STARTTLS."));
        }
        return finding(probe, Finding::Verdict::Pass, tr("The server offers no AUTH before TLS."));
    }
    const QString offered = mechanisms.join(QStringLiteral(", "));
    if (std::all_of(mechanisms.cbegin(), mechanisms.cend(), isChallengeResponse)) {
        return finding(probe, Finding::Verdict::Warn,
                       tr("The server offers AUTH before TLS, with challenge-response mechanisms only (%1): no "
                          "password travels in clear, but anyone on the path can try to guess it offline or strip "
                          "the offer. Offer AUTH only after STARTTLS.")
                           .arg(offered));
    }
    return finding(probe, Finding::Verdict::Fail,
                   tr("The server offers AUTH before TLS (%1): a client that takes the offer sends its password or "
                      "token in clear text, readable by anyone on the path. Offer AUTH only after STARTTLS.")
                       .arg(offered));
}

Finding ProbeVerdicts::openRelay(const ProbeObservation &observation, const ProbeContext &context)
{
    const Probe probe = Probe::OpenRelay;
    const std::optional<Reply> mail = observation.reply(ProbeStepRole::RelayMail);
    if (mail && !mail->isPositiveCompletion()) {
        return finding(probe, Finding::Verdict::Warn,
                       tr("Not conclusive: the server refused MAIL FROM:<%1> (%2) before a recipient could be "
                          "tried. Probe again with --from set to an address the server accepts, or with --security "
                          "starttls if it asks for TLS first.")
                           .arg(context.effectiveSender(), mail->summary()));
    }
    const std::optional<Reply> rcpt = observation.reply(ProbeStepRole::RelayRcpt);
    if (!rcpt)
        return notChecked(probe, observation);
    const QString recipient = context.effectiveOutsideRecipient();
    if (rcpt->isPositiveCompletion()) {
        return finding(probe, Finding::Verdict::Fail,
                       tr("Without AUTH, the server accepted RCPT TO:<%1> (%2): it relays to outside domains, or "
                          "accepts now and bounces later to forged senders. Refuse recipients outside your own "
                          "domains to clients that have not authenticated. (No message was sent: RSET followed.)")
                           .arg(recipient, rcpt->summary()));
    }
    if (rcpt->isPermanentFailure()) {
        if (refusesTheDomainItself(*rcpt)) {
            return finding(probe, Finding::Verdict::Warn,
                           tr("Not conclusive: the server refused RCPT TO:<%1> for its domain (%2), not as "
                              "relaying. Probe again with an outside address whose domain accepts mail.")
                               .arg(recipient, rcpt->summary()));
        }
        return finding(probe, Finding::Verdict::Pass,
                       tr("Without AUTH, the server refused RCPT TO:<%1> (%2): it does not relay.")
                           .arg(recipient, rcpt->summary()));
    }
    return finding(probe, Finding::Verdict::Warn,
                   tr("Not conclusive: the server answered RCPT TO:<%1> with %2 (greylisting or a failed lookup?). "
                      "Try again later.")
                       .arg(recipient, rcpt->summary()));
}

QList<Finding> ProbeVerdicts::tlsVersions(const QList<TlsVersionAttempt> &attempts, const ProbeContext &context)
{
    const auto outcomeOf = [&attempts](TlsVersion version) {
        for (const TlsVersionAttempt &attempt : attempts) {
            if (attempt.version == version)
                return attempt.outcome;
        }
        return TlsVersionAttempt::Outcome::NotReached;
    };
    const Probe probe = Probe::TlsVersions;
    QList<Finding> findings;
    for (const TlsVersionAttempt &attempt : attempts) {
        const QString name = tlsVersionName(attempt.version);
        const bool deprecated = attempt.version == TlsVersion::Tls1_0 || attempt.version == TlsVersion::Tls1_1;
        switch (attempt.outcome) {
        case TlsVersionAttempt::Outcome::NotTryable:
            findings.append(finding(probe, Finding::Verdict::NotApplicable,
                                    tr("TLS %1 was not tried: this program's TLS library does not offer it (%2). "
                                       "Check with a client that still can, if you need to know.")
                                        .arg(name, attempt.detail)));
            continue;
        case TlsVersionAttempt::Outcome::NotReached:
            findings.append(
                finding(probe, Finding::Verdict::Warn, tr("TLS %1 was not checked: %2").arg(name, attempt.detail)));
            continue;
        case TlsVersionAttempt::Outcome::Accepted:
            if (!deprecated) {
                findings.append(finding(probe, Finding::Verdict::Pass, tr("TLS %1 is accepted.").arg(name)));
            } else if (context.isPublicMxPort()) {
                findings.append(finding(probe, Finding::Verdict::Warn,
                                        tr("TLS %1 is accepted. RFC 8996 deprecates it; on a public MX it still "
                                           "beats plaintext for old senders (RFC 7435), so weigh turning it off.")
                                            .arg(name)));
            } else {
                findings.append(
                    finding(probe, Finding::Verdict::Fail,
                            tr("TLS %1 is accepted, which RFC 8996 forbids: allow only TLS 1.2 and 1.3.").arg(name)));
            }
            continue;
        case TlsVersionAttempt::Outcome::Refused:
            break;
        }
        const QString refused = attempt.detail.isEmpty() ? QString() : tr(" (%1)").arg(attempt.detail);
        if (deprecated) {
            findings.append(finding(probe, Finding::Verdict::Pass,
                                    tr("TLS %1 is refused%2, as RFC 8996 asks.").arg(name, refused)));
        } else if (attempt.version == TlsVersion::Tls1_3) {
            findings.append(finding(probe, Finding::Verdict::Warn,
                                    tr("TLS 1.3 is refused%1. RFC 9325 recommends it: it is faster and hides more of "
                                       "the handshake.")
                                        .arg(refused)));
        } else if (outcomeOf(TlsVersion::Tls1_3) == TlsVersionAttempt::Outcome::Refused) {
            findings.append(finding(probe, Finding::Verdict::Fail,
                                    tr("TLS 1.2 is refused%1, and TLS 1.3 too: no current client can use TLS with "
                                       "this server. Enable TLS 1.2 and 1.3.")
                                        .arg(refused)));
        } else {
            findings.append(finding(probe, Finding::Verdict::Warn,
                                    tr("TLS 1.2 is refused%1: clients without TLS 1.3 cannot use TLS with this server. "
                                       "RFC 9325 asks servers to support TLS 1.2.")
                                        .arg(refused)));
        }
    }
    return findings;
}

} // namespace Smtp
