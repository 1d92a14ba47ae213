#pragma once

#include "finding.h"
#include "probeplan.h"

#include <QCoreApplication>
#include <QList>

namespace Smtp
{

/// The verdict of each probe from what its plan observed: pure rules, no socket. Replies are quoted escaped
/// (Reply::summary()). A probe whose run stopped before the reply it reads is a WARN that says why ("not
/// checked"): never a PASS on missing evidence.
///
/// starttls-required, from the reply to MAIL FROM in plaintext:
///   530, or any 5xx with enhanced code 5.7.x      PASS (WARN when the EHLO did not offer STARTTLS: no client can
///                                                 reach the TLS the server asks for)
///   2xx                                           FAIL; WARN on port 25, where a public MX must accept mail without
///                                                 TLS (RFC 3207 §4)
///   other 5xx (a refused sender …), 4xx           WARN: not conclusive
///   implicit TLS                                  N/A: there is no plaintext phase
/// auth-before-tls, from the capabilities of the EHLO in plaintext:
///   no AUTH                                       PASS
///   a mechanism that sends the secret itself      FAIL
///   (PLAIN, LOGIN, XOAUTH2, OAUTHBEARER, and any
///   mechanism not known to be challenge-response)
///   only challenge-response mechanisms            WARN: no password in clear, but open to offline guessing and
///   (CRAM-MD5, DIGEST-MD5, SCRAM-*, GSSAPI, NTLM)  to a path that strips the offer
///   AUTH without any mechanism, EHLO refused      WARN
///   implicit TLS                                  N/A
/// open-relay, from the reply to RCPT TO an outside address, without AUTH (RSET follows; DATA is never sent):
///   2xx                                           FAIL: an open relay (or a source of backscatter)
///   5xx                                           PASS, except a refusal of the recipient's domain itself
///                                                 (X.1.2 bad destination system, X.1.10 null MX, 556): WARN, not
///                                                 conclusive
///   4xx                                           WARN: greylisting or a failed lookup, not conclusive
///   MAIL FROM refused                             WARN: the recipient could not be tried
/// vrfy and expn: see AddressDisclosure. tls-versions: see tlsVersions().
class ProbeVerdicts
{
    Q_DECLARE_TR_FUNCTIONS(ProbeVerdicts)

public:
    /// The finding of a reply-based probe (every probe but tls-versions).
    static Finding judge(Probe probe, const ProbeObservation &observation, const ProbeContext &context);

    static Finding startTlsRequired(const ProbeObservation &observation, const ProbeContext &context);
    static Finding authBeforeTls(const ProbeObservation &observation, const ProbeContext &context);
    static Finding openRelay(const ProbeObservation &observation, const ProbeContext &context);

    /// One finding per version tried, in the order given:
    ///   1.0, 1.1 accepted   FAIL (RFC 8996); WARN on port 25, where old TLS still beats plaintext (RFC 7435)
    ///   1.0, 1.1 refused    PASS
    ///   1.2 accepted        PASS
    ///   1.2 refused         FAIL when 1.3 is refused too (no current client can use TLS), else WARN (RFC 9325
    ///                       asks for 1.2)
    ///   1.3 accepted        PASS
    ///   1.3 refused         WARN (RFC 9325 recommends it)
    ///   not tryable here    N/A: this program's TLS library does not offer that version
    ///   not reached         WARN: not checked, and why
    static QList<Finding> tlsVersions(const QList<TlsVersionAttempt> &attempts, const ProbeContext &context);

    /// "Not checked: WHY" for a probe whose run stopped before the reply it reads.
    static Finding notChecked(Probe probe, const ProbeObservation &observation);
};

} // namespace Smtp
