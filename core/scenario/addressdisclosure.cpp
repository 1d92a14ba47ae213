#include "addressdisclosure.h"

#include "probeverdicts.h"

namespace Smtp
{

AddressDisclosure::Answer AddressDisclosure::classify(const Reply &reply)
{
    switch (reply.code) {
    case 250:
    case 251:
        return Answer::Confirmed;
    case 252:
        return Answer::Unconfirmed;
    case 501:
        return Answer::Inconclusive;
    case 550:
    case 551:
    case 553:
        // A policy refusal (5.7.x) or a disabled command (5.5.x) says nothing about the address.
        if (!reply.enhanced.isValid() || reply.enhanced.subject == 1)
            return Answer::NoSuchMailbox;
        return Answer::Refused;
    default:
        break;
    }
    return reply.isPermanentFailure() ? Answer::Refused : Answer::Inconclusive;
}

Finding AddressDisclosure::judge(Probe probe, const ProbeObservation &observation)
{
    const std::optional<Reply> known = observation.reply(ProbeStepRole::KnownMailbox);
    const std::optional<Reply> madeUp = observation.reply(ProbeStepRole::MadeUpMailbox);
    if (!known || !madeUp)
        return ProbeVerdicts::notChecked(probe, observation);

    const bool vrfy = probe == Probe::Vrfy;
    const QString verb = vrfy ? QStringLiteral("VRFY") : QStringLiteral("EXPN");
    const Answer knownAnswer = classify(*known);
    const Answer madeUpAnswer = classify(*madeUp);
    // "postmaster: 250 …; no-such-mailbox-…: 550 …"
    const QString answers =
        tr("postmaster: %1; %2: %3").arg(known->summary(), ProbePlan::madeUpMailbox(), madeUp->summary());
    Finding finding{probe, Finding::Verdict::Pass, {}};

    if (knownAnswer == Answer::Inconclusive || madeUpAnswer == Answer::Inconclusive) {
        finding.verdict = Finding::Verdict::Warn;
        finding.text =
            tr("Not conclusive: the server did not give %1 a clear answer (%2). Try again later.").arg(verb, answers);
        return finding;
    }
    if (!vrfy && (knownAnswer == Answer::Confirmed || madeUpAnswer == Answer::Confirmed)) {
        finding.verdict = Finding::Verdict::Fail;
        finding.text = tr("EXPN is answered (%1): it shows who receives the mail of an address or a list. Disable "
                          "EXPN, as RFC 5321 §7.3 allows.")
                           .arg(answers);
        return finding;
    }
    if (knownAnswer != madeUpAnswer) {
        finding.verdict = Finding::Verdict::Fail;
        finding.text = tr("%1 tells an existing address from a made-up one (%2): anyone can find out which addresses "
                          "exist. Disable %1, or answer 252 to every query (RFC 5321 §3.5.3, §7.3).")
                           .arg(verb, answers);
        return finding;
    }
    switch (knownAnswer) {
    case Answer::Confirmed:
        finding.verdict = Finding::Verdict::Warn;
        finding.text = tr("VRFY confirms even a made-up address (%1). That reveals nothing, but 250 claims the address "
                          "was verified (RFC 5321 §3.5.3); 252 is the honest answer.")
                           .arg(answers);
        break;
    case Answer::NoSuchMailbox:
        if (vrfy) {
            finding.verdict = Finding::Verdict::Warn;
            finding.text = tr("VRFY says that even postmaster does not exist (%1); every server must accept mail for "
                              "postmaster (RFC 5321 §4.5.1).")
                               .arg(answers);
        } else {
            finding.text =
                tr("EXPN expands neither postmaster nor a made-up name (%1): it reveals nothing.").arg(answers);
        }
        break;
    case Answer::Unconfirmed:
        finding.text = tr("%1 answers without confirming anything (%2), as RFC 5321 §3.5.3 allows.").arg(verb, answers);
        break;
    case Answer::Refused:
    case Answer::Inconclusive:
        finding.text = tr("%1 is refused (%2): it reveals nothing.").arg(verb, answers);
        break;
    }
    return finding;
}

} // namespace Smtp
