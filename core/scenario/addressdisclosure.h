#pragma once

#include "finding.h"
#include "probeplan.h"

#include <QCoreApplication>

namespace Smtp
{

/// The verdicts of the vrfy and expn probes: does the server tell who has a mailbox, or who is behind an address?
///
/// Each probe asks about postmaster, which every server must have (RFC 5321 §4.5.1), and about a made-up name. A
/// harvester learns something exactly when the two answers differ, so that is the rule, whatever the codes are.
/// Each reply falls in one class:
///   Confirmed      250, 251: the address exists (251: and where it forwards to)
///   Unconfirmed    252: "cannot verify, but will accept" (RFC 5321 §3.5.3), which tells nothing
///   NoSuchMailbox  550, 551, 553 without an enhanced code or with X.1.x (an address status)
///   Refused        any other 5xx (502 not implemented, 530, 5.7.x policy …): the command tells nothing
///   Inconclusive   4xx, 501 (the argument's syntax), anything else
/// Verdicts (RFC 5321 §7.3 lets a site disable both commands):
///   any Inconclusive                              WARN, not conclusive
///   EXPN Confirmed (for either name)              FAIL: EXPN shows who receives an address's mail
///   different classes for the two names           FAIL: existing addresses can be told from made-up ones
///   both Confirmed (VRFY)                         WARN: reveals nothing, but 250 claims a verification
///   both NoSuchMailbox                            VRFY: WARN (postmaster must exist); EXPN: PASS
///   both Unconfirmed, both Refused                PASS
class AddressDisclosure
{
    Q_DECLARE_TR_FUNCTIONS(AddressDisclosure)

public:
    enum class Answer
    {
        Confirmed,
        Unconfirmed,
        NoSuchMailbox,
        Refused,
        Inconclusive,
    };

    static Answer classify(const Reply &reply);

    /// The finding of the vrfy or expn probe (@p probe is Probe::Vrfy or Probe::Expn).
    static Finding judge(Probe probe, const ProbeObservation &observation);
};

} // namespace Smtp
