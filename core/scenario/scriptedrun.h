#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/sessionresult.h"
#include "scenariostep.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Smtp
{

class SessionHandle;
class SessionHost;

/// Runs scenario steps over a driven session (Dialogue::Mode::Driven): the banner, then each step when the one
/// before it has finished, whatever its reply was; a check decides after each final reply whether to go on. After
/// the last step it sends QUIT, unless the last step was `quit`. Scenarios and probes both run on it.
///
/// A step's final reply (ScenarioStep::expectation says which one it is) is handed to the check, with index -1 for
/// the banner. When the session ends during a step (a refused STARTTLS under --security starttls, a network error),
/// that step's check gets the reply the session ended with, or none.
class ScriptedRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedRun)

public:
    /// The final reply of the banner (stepIndex -1) or of a step; returns whether to go on (false sends QUIT).
    using StepCheck = std::function<bool(int stepIndex, const std::optional<Reply> &reply)>;

    /// The session is created on @p host, which must outlive the run.
    ScriptedRun(SessionHost &host, const ConnectionSettings &settings, const QList<ScenarioStep> &steps,
                QObject *parent = nullptr);
    ~ScriptedRun() override;

    void setStepCheck(StepCheck check) { m_check = std::move(check); }
    void start();
    void cancel();

    /// The session: its transcript and live signals.
    const SessionHandle &handle() const { return *m_handle; }
    /// Every step ran and its final reply was checked (the session may still be closing).
    bool ranEveryStep() const { return m_current >= m_steps.size(); }

signals:
    void finished(const Smtp::SessionResult &result);

private:
    void onStepFinished(const std::optional<Reply> &reply);
    void onSessionFinished(const SessionResult &result);
    void check(const std::optional<Reply> &reply);
    void requestStep(const ScenarioStep &step);

    std::unique_ptr<SessionHandle> m_handle;
    QList<ScenarioStep> m_steps;
    MessageSettings m_message;
    StepCheck m_check;
    /// The step running: -1 while the banner is awaited, m_steps.size() once every step was checked.
    qsizetype m_current = -1;
    /// The current step is `starttls` and its handshake is done: the EHLO after it is running.
    bool m_greetingAfterTls = false;
    bool m_stopped = false;
};

} // namespace Smtp
