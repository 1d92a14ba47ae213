#pragma once

#include "core/connection/connectionsettings.h"
#include "core/scenario/scenario.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui
{
class ScenarioRunDialog;
}

namespace Smtp
{
struct ExpectationCheck;
class ScenarioRun;
class SessionHost;
struct SessionResult;
} // namespace Smtp

namespace SmtpUi
{

/// Runs a scenario over one profile's server and lists each expectation as it is checked: passed or failed, the
/// line it was written on, what it expected and the reply it got; then the outcome of the whole run. Stop ends the
/// session. Non-modal; closing it stops what still runs.
class ScenarioRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioRunDialog)

public:
    ScenarioRunDialog(const QString &profileName, const Smtp::ConnectionSettings &settings,
                      const Smtp::Scenario &scenario, QWidget *parent = nullptr);
    ~ScenarioRunDialog() override;

    bool isRunning() const { return m_running; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addCheck(const Smtp::ExpectationCheck &check);
    void onFinished(const Smtp::SessionResult &result);
    void showStatus(const QString &text, bool isProblem);

    std::unique_ptr<Ui::ScenarioRunDialog> m_ui;
    QPushButton *m_stopButton = nullptr;
    // Declared before the run: the run's session lives on the host, so the host goes last.
    std::unique_ptr<Smtp::SessionHost> m_host;
    std::unique_ptr<Smtp::ScenarioRun> m_run;
    bool m_running = false;
};

} // namespace SmtpUi
