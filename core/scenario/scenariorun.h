#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/sessionresult.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Smtp
{

class ScriptedRun;
class SessionHandle;
class SessionHost;

/// How one expectation of a scenario fared.
struct ExpectationCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExpectationCheck)

public:
    Expectation expectation;
    /// The reply it was checked against; none when the session ended without one.
    std::optional<Reply> reply;
    bool passed = false;

    /// "* FILE:LINE: expect 250: held (250 OK)", neutralised for a terminal.
    QString toTextLine() const;
    /// {"kind":"expectation","file","line","expect","passed","reply"}, strings neutralised.
    QJsonObject toJson() const;
};

/// Runs a scenario (`--scenario FILE`) over the connection the settings describe and checks its expectations. The
/// session's result comes back with the scenario's verdict in it: an expectation that does not hold is the error
/// ExpectationFailed (naming the line, the expectation and the reply) and QUIT follows; a session that ends for
/// another reason keeps its own error. A session that ended with the reply the last step expected (a STARTTLS
/// refused as the scenario says) succeeded.
class ScenarioRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioRun)

public:
    /// The session is created on @p host, which must outlive the run.
    ScenarioRun(SessionHost &host, const ConnectionSettings &settings, const Scenario &scenario,
                QObject *parent = nullptr);
    ~ScenarioRun() override;

    /// What the settings lack for the scenario's steps (a recipient for `message`, a mechanism for `auth`); empty
    /// when it can run.
    static QStringList problems(const Scenario &scenario, const ConnectionSettings &settings);

    void start();
    void cancel();

    const SessionHandle &handle() const;
    /// The expectations checked so far, in order.
    const QList<ExpectationCheck> &checks() const { return m_checks; }

signals:
    /// One expectation was checked.
    void expectationChecked(const Smtp::ExpectationCheck &check);
    /// The session is over; @p result carries the scenario's verdict.
    void finished(const Smtp::SessionResult &result);

private:
    bool checkStep(int stepIndex, const std::optional<Reply> &reply);
    void onFinished(SessionResult result);

    Scenario m_scenario;
    std::unique_ptr<ScriptedRun> m_run;
    QList<ExpectationCheck> m_checks;
    std::optional<SessionError> m_failure;
};

} // namespace Smtp
