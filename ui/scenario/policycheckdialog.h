#pragma once

#include "core/connection/connectionsettings.h"
#include "core/scenario/finding.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui
{
class PolicyCheckDialog;
}

namespace Smtp
{
class ProbeRun;
class SessionHost;
} // namespace Smtp

namespace SmtpUi
{

/// Runs every policy probe over one profile's server (the settings without secrets: no probe authenticates or
/// sends a message) and lists the findings as each probe is judged: verdict, probe and what was found. Stop ends
/// the run; when no connection reached the server, the dialog says why instead of a list of "not checked".
/// Non-modal; closing it stops what still runs.
class PolicyCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyCheckDialog)

public:
    PolicyCheckDialog(const QString &profileName, const Smtp::ConnectionSettings &settings, QWidget *parent = nullptr);
    ~PolicyCheckDialog() override;

    bool isRunning() const { return m_running; }
    /// The verdict as the list shows it: "PASS", "WARN", "FAIL", "N/A".
    static QString verdictText(Smtp::Finding::Verdict verdict);

signals:
    /// The run has ended (done, stopped or unreachable); the list and status line are final.
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addFindings(const QList<Smtp::Finding> &findings);
    void onFinished(const QList<Smtp::Finding> &findings);
    void showStatus(const QString &text, bool isProblem);

    std::unique_ptr<Ui::PolicyCheckDialog> m_ui;
    QPushButton *m_stopButton = nullptr;
    // Declared before the run: the run's sessions live on the host, so the host goes last.
    std::unique_ptr<Smtp::SessionHost> m_host;
    std::unique_ptr<Smtp::ProbeRun> m_run;
    int m_probeCount = 0;
    int m_probesJudged = 0;
    bool m_running = false;
    bool m_stopped = false;
};

} // namespace SmtpUi
