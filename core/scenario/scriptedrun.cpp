#include "scriptedrun.h"

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"

namespace Smtp
{

ScriptedRun::ScriptedRun(SessionHost &host, const ConnectionSettings &settings, const QList<ScenarioStep> &steps,
                         QObject *parent)
    : QObject(parent), m_handle(host.createSession(settings, Dialogue::Mode::Driven)), m_steps(steps),
      m_message(settings.message)
{
    connect(m_handle.get(), &SessionHandle::stepFinished, this, &ScriptedRun::onStepFinished);
    connect(m_handle.get(), &SessionHandle::finished, this, &ScriptedRun::onSessionFinished);
}

ScriptedRun::~ScriptedRun() = default;

void ScriptedRun::start()
{
    m_handle->start();
}

void ScriptedRun::cancel()
{
    m_handle->cancel();
}

void ScriptedRun::onStepFinished(const std::optional<Reply> &reply)
{
    if (m_stopped)
        return; // the reply to the QUIT that stopped the run ends no step
    const bool inStartTls =
        m_current >= 0 && m_current < m_steps.size() && m_steps.at(m_current).kind == ScenarioStep::Kind::StartTls;
    if (inStartTls && !m_greetingAfterTls && !reply) {
        // The handshake is done; RFC 3207 §4.2: greet again, and that EHLO's reply ends the step.
        m_greetingAfterTls = true;
        m_handle->sendEhlo();
        return;
    }
    check(reply);
    if (m_stopped) {
        m_handle->quit();
        return;
    }
    ++m_current;
    m_greetingAfterTls = false;
    if (m_current < m_steps.size()) {
        requestStep(m_steps.at(m_current));
        return;
    }
    // After `quit` the session is closing by itself.
    if (m_steps.isEmpty() || m_steps.constLast().kind != ScenarioStep::Kind::Quit)
        m_handle->quit();
}

void ScriptedRun::onSessionFinished(const SessionResult &result)
{
    // A session that ended during a step ended that step too, with the reply it ended with, if any.
    if (!m_stopped && m_current < m_steps.size()) {
        check(result.error.reply);
        ++m_current;
    }
    emit finished(result);
}

void ScriptedRun::check(const std::optional<Reply> &reply)
{
    if (m_check && !m_check(int(m_current), reply))
        m_stopped = true;
}

void ScriptedRun::requestStep(const ScenarioStep &step)
{
    switch (step.kind) {
    case ScenarioStep::Kind::Ehlo:
        m_handle->sendEhlo();
        return;
    case ScenarioStep::Kind::StartTls:
        m_handle->startTls();
        return;
    case ScenarioStep::Kind::Auth:
        m_handle->authenticate();
        return;
    case ScenarioStep::Kind::Send:
        m_handle->sendCommand(step.argument);
        return;
    case ScenarioStep::Kind::Message:
        m_handle->sendMessage(m_message);
        return;
    case ScenarioStep::Kind::Quit:
        m_handle->quit();
        return;
    }
}

} // namespace Smtp
