#include "proberun.h"

#include "core/session/sessionhandle.h"
#include "probeverdicts.h"
#include "scriptedrun.h"

namespace Smtp
{

ProbeRun::ProbeRun(SessionHost &host, const ConnectionSettings &settings, const QList<Probe> &probes, QObject *parent)
    : QObject(parent), m_host(host), m_settings(settings), m_context(contextFor(settings)), m_probes(probes)
{}

ProbeRun::~ProbeRun() = default;

ProbeContext ProbeRun::contextFor(const ConnectionSettings &settings)
{
    ProbeContext context;
    context.security = settings.security;
    context.port = settings.effectivePort();
    context.sender = settings.message.from;
    if (!settings.message.to.isEmpty())
        context.outsideRecipient = settings.message.to.constFirst();
    return context;
}

ConnectionSettings ProbeRun::settingsFor(const ConnectionSettings &settings, const ProbeConnection &connection)
{
    ConnectionSettings probing = settings;
    // A probe observes; it never authenticates and never sends a message.
    probing.auth = {};
    probing.message = {};
    probing.quitAfter.reset();
    probing.interactive = false;
    if (connection.plaintext)
        probing.security = SecurityMode::None;
    probing.tlsMinimum = connection.onlyTlsVersion;
    probing.tlsMaximum = connection.onlyTlsVersion;
    if (connection.onlyTlsVersion && probing.security == SecurityMode::None) {
        // The port stays the one dialled: without TLS in the settings it is reached with STARTTLS there.
        probing.port = settings.effectivePort();
        probing.security = SecurityMode::StartTls;
    }
    return probing;
}

TlsVersionAttempt ProbeRun::attemptFrom(TlsVersion version, const SessionResult &result)
{
    TlsVersionAttempt attempt;
    attempt.version = version;
    if (result.tls && result.tls->tlsEstablished) {
        // The handshake completed; a certificate refused afterwards does not change which version was accepted.
        attempt.outcome = TlsVersionAttempt::Outcome::Accepted;
        attempt.detail = result.tls->protocol;
        return attempt;
    }
    attempt.detail = result.error.message;
    if (!result.tlsFailure) {
        attempt.outcome = TlsVersionAttempt::Outcome::NotReached;
        return attempt;
    }
    switch (*result.tlsFailure) {
    case TlsFailure::VersionUnavailable:
        attempt.outcome = TlsVersionAttempt::Outcome::NotTryable;
        break;
    case TlsFailure::NotTls:
        attempt.outcome = TlsVersionAttempt::Outcome::NotReached;
        break;
    case TlsFailure::VersionRefused:
    case TlsFailure::HandshakeFailed:
    case TlsFailure::FatalAlert:
    case TlsFailure::ClientCertificateRequired:
        attempt.outcome = TlsVersionAttempt::Outcome::Refused;
        break;
    }
    return attempt;
}

std::optional<SessionError> ProbeRun::unreachable() const
{
    if (m_connectionsMade == 0 || m_connectionsUnreached < m_connectionsMade)
        return std::nullopt;
    return m_lastUnreached;
}

void ProbeRun::start()
{
    m_probeIndex = 0;
    m_findings.clear();
    if (m_probes.isEmpty()) {
        emit finished(m_findings);
        return;
    }
    m_plan = ProbePlan::forProbe(m_probes.constFirst(), m_context);
    m_connectionIndex = 0;
    startNextConnection();
}

void ProbeRun::cancel()
{
    m_cancelled = true;
    if (m_run)
        m_run->cancel();
}

void ProbeRun::startNextConnection()
{
    if (m_connectionIndex >= m_plan.connections.size()) {
        judgeProbe();
        return;
    }
    const ProbeConnection &connection = m_plan.connections.at(m_connectionIndex);
    QList<ScenarioStep> steps;
    for (const ProbeStep &probeStep : connection.steps)
        steps << probeStep.step;
    m_run = std::make_unique<ScriptedRun>(m_host, settingsFor(m_settings, connection), steps);
    // Every step is sent whatever its reply: a refusal is what the probe observes.
    m_run->setStepCheck([this, connection](int stepIndex, const std::optional<Reply> &reply) {
        if (stepIndex >= 0 && reply) {
            const ProbeStepRole role = connection.steps.at(stepIndex).role;
            if (role != ProbeStepRole::None)
                m_observation.replies[role] = *reply;
        }
        return true;
    });
    connect(&m_run->handle(), &SessionHandle::eventsAppended, this, &ProbeRun::eventsAppended);
    connect(m_run.get(), &ScriptedRun::finished, this, &ProbeRun::onConnectionFinished);
    m_run->start();
}

void ProbeRun::onConnectionFinished(const SessionResult &result)
{
    const ProbeConnection &connection = m_plan.connections.at(m_connectionIndex);
    ++m_connectionsMade;
    if (result.error.stage == Stage::Resolve || result.error.stage == Stage::Connect) {
        ++m_connectionsUnreached;
        m_lastUnreached = result.error;
    }
    if (connection.onlyTlsVersion)
        m_attempts << attemptFrom(*connection.onlyTlsVersion, result);
    else if (result.error.isError() && !m_run->ranEveryStep())
        m_observation.stoppedBecause = result.error.message;
    ++m_connectionIndex;
    if (m_cancelled) {
        emit finished(m_findings);
        return;
    }
    // Queued: the run that reported is replaced only after its signal has returned.
    QMetaObject::invokeMethod(this, &ProbeRun::startNextConnection, Qt::QueuedConnection);
}

void ProbeRun::judgeProbe()
{
    const Probe probe = m_plan.probe;
    const QList<Finding> judged = probe == Probe::TlsVersions
                                      ? ProbeVerdicts::tlsVersions(m_attempts, m_context)
                                      : QList<Finding>{ProbeVerdicts::judge(probe, m_observation, m_context)};
    m_findings += judged;
    emit probeJudged(judged);
    m_observation = {};
    m_attempts.clear();
    if (++m_probeIndex >= m_probes.size()) {
        emit finished(m_findings);
        return;
    }
    m_plan = ProbePlan::forProbe(m_probes.at(m_probeIndex), m_context);
    m_connectionIndex = 0;
    startNextConnection();
}

} // namespace Smtp
