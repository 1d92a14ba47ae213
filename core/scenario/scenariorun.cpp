#include "scenariorun.h"

#include "core/session/sessionhandle.h"
#include "core/text/untrustedtext.h"
#include "scriptedrun.h"

namespace Smtp
{

namespace
{

/// The plan step a scenario step belongs to, for the error's stage.
std::optional<Stage> stageOf(const ScenarioStep &step)
{
    switch (step.kind) {
    case ScenarioStep::Kind::Ehlo:
        return Stage::Ehlo;
    case ScenarioStep::Kind::StartTls:
        return Stage::Tls;
    case ScenarioStep::Kind::Auth:
        return Stage::Auth;
    case ScenarioStep::Kind::Message:
        return Stage::Mail;
    case ScenarioStep::Kind::Send:
    case ScenarioStep::Kind::Quit:
        break;
    }
    return std::nullopt;
}

bool endedWith(const SessionError &error, const std::optional<Reply> &reply)
{
    return error.reply && reply && error.reply->raw == reply->raw;
}

} // namespace

QString ExpectationCheck::toTextLine() const
{
    const QString reply = this->reply ? this->reply->summary() : tr("no reply");
    const QString text = passed ? tr("* %1: expect %2: held (%3)") : tr("! %1: expect %2: did not hold (%3)");
    return neutraliseForDisplay(text.arg(expectation.where.location(), expectation.toString(), reply));
}

QJsonObject ExpectationCheck::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), QStringLiteral("expectation")},
                       {QStringLiteral("file"), expectation.where.fileName},
                       {QStringLiteral("line"), expectation.where.number},
                       {QStringLiteral("expect"), expectation.toString()},
                       {QStringLiteral("passed"), passed}};
    if (reply)
        object.insert(QStringLiteral("reply"), reply->summary());
    return neutraliseJsonStrings(object).toObject();
}

ScenarioRun::ScenarioRun(SessionHost &host, const ConnectionSettings &settings, const Scenario &scenario,
                         QObject *parent)
    : QObject(parent), m_scenario(scenario), m_run(std::make_unique<ScriptedRun>(host, settings, scenario.steps))
{
    m_run->setStepCheck(
        [this](int stepIndex, const std::optional<Reply> &reply) { return checkStep(stepIndex, reply); });
    connect(m_run.get(), &ScriptedRun::finished, this, &ScenarioRun::onFinished);
}

ScenarioRun::~ScenarioRun() = default;

QStringList ScenarioRun::problems(const Scenario &scenario, const ConnectionSettings &settings)
{
    QStringList problems;
    for (const ScenarioStep &step : scenario.steps) {
        if (step.kind == ScenarioStep::Kind::Message && !settings.message.isRequested())
            problems << tr("%1: the step \"message\" needs a recipient (--to).").arg(step.where.location());
        if (step.kind == ScenarioStep::Kind::Auth && !settings.auth.isRequested())
            problems << tr("%1: the step \"auth\" needs credentials (--user, or --auth).").arg(step.where.location());
    }
    return problems;
}

void ScenarioRun::start()
{
    m_run->start();
}

void ScenarioRun::cancel()
{
    m_run->cancel();
}

const SessionHandle &ScenarioRun::handle() const
{
    return m_run->handle();
}

bool ScenarioRun::checkStep(int stepIndex, const std::optional<Reply> &reply)
{
    const std::optional<Expectation> &expectation =
        stepIndex < 0 ? m_scenario.bannerExpectation : m_scenario.steps.at(stepIndex).expectation;
    if (!expectation)
        return true;
    // Without a reply the session has ended, and its own error says why.
    if (!reply)
        return false;
    ExpectationCheck check{*expectation, reply, expectation->matches(*reply)};
    m_checks << check;
    emit expectationChecked(check);
    if (check.passed)
        return true;
    const std::optional<Stage> stage =
        stepIndex < 0 ? std::optional<Stage>(Stage::Banner) : stageOf(m_scenario.steps.at(stepIndex));
    m_failure = SessionError{ErrorCode::ExpectationFailed, expectation->failureMessage(*reply), stage, reply};
    return false;
}

void ScenarioRun::onFinished(SessionResult result)
{
    if (m_failure) {
        result.error = *m_failure;
    } else if (result.error.isError() && m_run->ranEveryStep() && !m_checks.isEmpty() && m_checks.constLast().passed &&
               endedWith(result.error, m_checks.constLast().reply)) {
        // The session ended with the very reply the scenario's last expectation asked for.
        result.error = {};
    }
    emit finished(result);
}

} // namespace Smtp
