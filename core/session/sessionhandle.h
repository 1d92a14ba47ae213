#pragma once

#include "core/connection/connectionsettings.h"
#include "core/transcript/transcript.h"
#include "sessionresult.h"
#include "sessionstate.h"

#include <QObject>
#include <QPointer>

namespace Smtp
{

class Session;

/// The caller's side of a session that runs on a worker thread. Lives in the thread that created it; every call
/// is queued to the session's thread, so none blocks. Destroying the handle cancels the session.
class SessionHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionHandle)

public:
    ~SessionHandle() override;

    const ConnectionSettings &settings() const { return m_settings; }
    SessionState state() const { return m_state; }
    /// Everything recorded so far, in this (the handle's) thread.
    const Transcript &transcript() const { return m_transcript; }
    /// What EHLO offered before STARTTLS (@p afterTls false) or over TLS; none until the server said it.
    const std::optional<Capabilities> &capabilities(bool afterTls) const;
    /// The TLS handshake's report; none until there was one.
    const std::optional<CertificateReport> &tlsReport() const { return m_tlsReport; }
    const PhaseTimings &timings() const { return m_timings; }
    /// Set once finished() was emitted.
    const std::optional<SessionResult> &result() const { return m_result; }
    bool isFinished() const { return m_result.has_value(); }
    /// The result once finished; before that, what is known so far (capabilities, TLS report, timings), for an
    /// export of a session still running.
    SessionResult resultSoFar() const;

    void start();
    /// Interactive: sends one raw command line; refused (with an error event) if it holds CR, LF or NUL.
    void sendCommand(const QString &line);
    /// EHLO (or HELO, as the settings say) again, with the name the session greeted with; driven: the ehlo step.
    void sendEhlo();
    /// Interactive: STARTTLS then EHLO again; driven: STARTTLS and the handshake only.
    void startTls();
    /// Interactive: AUTH with the session's auth settings.
    void authenticate();
    /// Interactive: send the message of the session's settings (or the one given).
    void sendMessage(const Smtp::MessageSettings &message);
    /// QUIT politely (bounded wait for the reply), then close.
    void quit();
    /// Close now, whatever the state.
    void cancel();

signals:
    void eventsAppended(const QList<Smtp::TranscriptEvent> &events);
    void stateChanged(Smtp::SessionState state);
    void capabilitiesChanged(const Smtp::Capabilities &capabilities, bool afterTls);
    void tlsReportChanged(const Smtp::CertificateReport &report);
    void timingsChanged(const Smtp::PhaseTimings &timings);
    /// Driven: a step is over (see Session::stepFinished).
    void stepFinished(const std::optional<Smtp::Reply> &reply);
    void finished(const Smtp::SessionResult &result);
    /// The message text being sent: sent of total octets, a few times a second and once at its end.
    void messageProgress(qint64 sent, qint64 total);

private:
    friend class SessionHost;
    SessionHandle(Session *session, const ConnectionSettings &settings, QObject *parent);

    QPointer<Session> m_session;
    ConnectionSettings m_settings;
    SessionState m_state = SessionState::Idle;
    Transcript m_transcript;
    std::optional<Capabilities> m_capabilitiesBeforeTls;
    std::optional<Capabilities> m_capabilitiesAfterTls;
    std::optional<CertificateReport> m_tlsReport;
    PhaseTimings m_timings;
    std::optional<SessionResult> m_result;
};

} // namespace Smtp
