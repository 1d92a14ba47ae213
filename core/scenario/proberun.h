#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/sessionresult.h"
#include "core/transcript/transcriptevent.h"
#include "finding.h"
#include "probeplan.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Smtp
{

class ScriptedRun;
class SessionHost;

/// Runs policy probes (`--probe`) over the server the settings describe: each probe's plan (ProbePlan), one
/// connection after another on the scripted engine, then its verdict (ProbeVerdicts). No probe sends a message,
/// and none authenticates.
class ProbeRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRun)

public:
    /// The sessions are created on @p host, which must outlive the run.
    ProbeRun(SessionHost &host, const ConnectionSettings &settings, const QList<Probe> &probes,
             QObject *parent = nullptr);
    ~ProbeRun() override;

    /// What the probes read from the settings: security, the port dialled, --from as the sender and the first --to
    /// as the outside recipient of open-relay.
    static ProbeContext contextFor(const ConnectionSettings &settings);
    /// The settings of one probe connection: the server and its TLS as given, without AUTH or a message; plaintext
    /// or a single TLS version when the connection asks for it (STARTTLS reaches TLS when the settings have none).
    static ConnectionSettings settingsFor(const ConnectionSettings &settings, const ProbeConnection &connection);
    /// What trying @p version alone found, from how its session ended.
    static TlsVersionAttempt attemptFrom(TlsVersion version, const SessionResult &result);

    void start();
    /// Stops the connection running; the findings so far follow.
    void cancel();

    const QList<Finding> &findings() const { return m_findings; }
    /// When no connection of the run reached the server (the name did not resolve, nothing answered), why: the
    /// findings then say only "not checked".
    std::optional<SessionError> unreachable() const;

signals:
    /// The transcript of the probe connection running, as it grows.
    void eventsAppended(const QList<Smtp::TranscriptEvent> &events);
    /// One probe has been judged (tls-versions gives a finding per version).
    void probeJudged(const QList<Smtp::Finding> &findings);
    void finished(const QList<Smtp::Finding> &findings);

private:
    void startNextConnection();
    void onConnectionFinished(const SessionResult &result);
    void judgeProbe();

    SessionHost &m_host;
    ConnectionSettings m_settings;
    ProbeContext m_context;
    QList<Probe> m_probes;
    qsizetype m_probeIndex = 0;
    ProbePlan m_plan;
    qsizetype m_connectionIndex = 0;
    ProbeObservation m_observation;
    QList<TlsVersionAttempt> m_attempts;
    std::unique_ptr<ScriptedRun> m_run;
    QList<Finding> m_findings;
    int m_connectionsMade = 0;
    int m_connectionsUnreached = 0;
    SessionError m_lastUnreached;
    bool m_cancelled = false;
};

} // namespace Smtp
