#include "probeplan.h"

namespace Smtp
{

namespace
{

ProbeStep step(ScenarioStep::Kind kind, ProbeStepRole role = ProbeStepRole::None)
{
    ProbeStep probeStep;
    probeStep.step.kind = kind;
    probeStep.role = role;
    return probeStep;
}

ProbeStep send(const QString &line, ProbeStepRole role = ProbeStepRole::None)
{
    ProbeStep probeStep = step(ScenarioStep::Kind::Send, role);
    probeStep.step.argument = line;
    return probeStep;
}

// The greeting of a connection that may use TLS as the settings ask: EHLO, then STARTTLS (which greets again) when
// they ask for it. Implicit TLS needs no step: the handshake comes before the banner.
QList<ProbeStep> greeting(const ProbeContext &context)
{
    QList<ProbeStep> steps{step(ScenarioStep::Kind::Ehlo)};
    if (usesStartTls(context.security))
        steps.append(step(ScenarioStep::Kind::StartTls));
    return steps;
}

ProbeConnection plaintextConnection(const QList<ProbeStep> &steps)
{
    ProbeConnection connection;
    connection.plaintext = true;
    connection.steps = steps;
    return connection;
}

ProbeConnection connectionAsSettings(const QList<ProbeStep> &steps)
{
    ProbeConnection connection;
    connection.steps = steps;
    return connection;
}

} // namespace

QString ProbeContext::effectiveSender() const
{
    return sender.isEmpty() ? QStringLiteral("probe@example.org") : sender;
}

QString ProbeContext::effectiveOutsideRecipient() const
{
    return outsideRecipient.isEmpty() ? QStringLiteral("probe@example.com") : outsideRecipient;
}

QString ProbePlan::madeUpMailbox()
{
    return QStringLiteral("no-such-mailbox-7q2xk9");
}

ProbePlan ProbePlan::forProbe(Probe probe, const ProbeContext &context)
{
    ProbePlan plan;
    plan.probe = probe;
    const bool implicitTls = context.security == SecurityMode::Implicit;
    const QString mailFrom = QStringLiteral("MAIL FROM:<%1>").arg(context.effectiveSender());
    switch (probe) {
    case Probe::StartTlsRequired:
        // There is no plaintext phase to check over implicit TLS. RSET ends the transaction; no RCPT is ever sent.
        if (!implicitTls) {
            plan.connections.append(
                plaintextConnection({step(ScenarioStep::Kind::Ehlo, ProbeStepRole::PlaintextEhlo),
                                     send(mailFrom, ProbeStepRole::MailBeforeTls), send(QStringLiteral("RSET")),
                                     step(ScenarioStep::Kind::Quit)}));
        }
        break;
    case Probe::AuthBeforeTls:
        if (!implicitTls) {
            plan.connections.append(plaintextConnection(
                {step(ScenarioStep::Kind::Ehlo, ProbeStepRole::PlaintextEhlo), step(ScenarioStep::Kind::Quit)}));
        }
        break;
    case Probe::OpenRelay:
        // Never DATA: a relay that accepts the recipient is found without sending anyone a message. RSET drops the
        // transaction before QUIT.
        plan.connections.append(connectionAsSettings(
            greeting(context) +
            QList<ProbeStep>{
                send(mailFrom, ProbeStepRole::RelayMail),
                send(QStringLiteral("RCPT TO:<%1>").arg(context.effectiveOutsideRecipient()), ProbeStepRole::RelayRcpt),
                send(QStringLiteral("RSET")), step(ScenarioStep::Kind::Quit)}));
        break;
    case Probe::Vrfy:
    case Probe::Expn: {
        const QString verb = probe == Probe::Vrfy ? QStringLiteral("VRFY") : QStringLiteral("EXPN");
        plan.connections.append(connectionAsSettings(
            greeting(context) +
            QList<ProbeStep>{send(verb + QStringLiteral(" postmaster"), ProbeStepRole::KnownMailbox),
                             send(verb + u' ' + madeUpMailbox(), ProbeStepRole::MadeUpMailbox),
                             step(ScenarioStep::Kind::Quit)}));
        break;
    }
    case Probe::TlsVersions:
        // One connection per version, so that each answer is the server's to that version alone. Without TLS in
        // the settings, STARTTLS is how TLS is reached.
        for (TlsVersion version : {TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2, TlsVersion::Tls1_3}) {
            ProbeConnection connection;
            connection.onlyTlsVersion = version;
            if (implicitTls) {
                connection.steps = {step(ScenarioStep::Kind::Quit)};
            } else {
                connection.steps = {step(ScenarioStep::Kind::Ehlo),
                                    step(ScenarioStep::Kind::StartTls, ProbeStepRole::TlsHandshake),
                                    step(ScenarioStep::Kind::Quit)};
            }
            plan.connections.append(connection);
        }
        break;
    }
    return plan;
}

std::optional<Reply> ProbeObservation::reply(ProbeStepRole role) const
{
    const auto found = replies.find(role);
    if (found == replies.end())
        return std::nullopt;
    return found->second;
}

} // namespace Smtp
