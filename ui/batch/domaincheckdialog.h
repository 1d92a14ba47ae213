#pragma once

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Smtp
{
class BatchCheck;
struct CheckOutcome;
struct CheckTarget;
struct MailRoute;
class MxLookup;
struct RouteNote;
} // namespace Smtp

namespace SmtpUi
{

class DomainCheckForm;
struct DomainCheckRequest;
class DomainGridModel;

/// Checks a mail domain from the window: its exchangers' addresses (or one host) in one mode or every mode, shown as a
/// grid filled in as the checks end, with what the lookup found to say (a null MX, no MX record, a failed lookup)
/// above it. A finished cell opens its check's transcript. Non-modal; closing it cancels what still runs.
class DomainCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainCheckDialog)

public:
    explicit DomainCheckDialog(QWidget *parent = nullptr);
    ~DomainCheckDialog() override;

    /// Opens a new one over @p window, deleted when closed.
    static DomainCheckDialog *showNew(QWidget *window);

    DomainGridModel *model() const { return m_model; }
    DomainCheckForm *form() const { return m_form; }
    bool isRunning() const { return m_running; }

    /// Starts the check the form describes; false (the problems shown at their fields) when it cannot.
    bool start();
    /// Cancels the lookup or the checks; the cells not yet checked say so.
    void cancel();
    /// Shows the notes and lays out the grid for these checks without running them (what start() does once the
    /// lookup is over).
    void showPlan(const QList<Smtp::RouteNote> &notes, const QList<Smtp::CheckTarget> &targets);
    /// Opens the transcript of a finished cell in a window of its own; nullptr for a cell without one.
    QDialog *showTranscript(const QModelIndex &index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onRouteFound(const Smtp::MailRoute &route);
    void runChecks(const QList<Smtp::CheckTarget> &targets);
    void onBatchFinished();
    void updateProgress();
    void updateButtons();

    DomainCheckForm *m_form = nullptr;
    DomainGridModel *m_model = nullptr;
    QTableView *m_gridView = nullptr;
    QLabel *m_notesLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_transcriptButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::unique_ptr<Smtp::MxLookup> m_lookup;
    std::unique_ptr<Smtp::BatchCheck> m_batch;
    std::unique_ptr<DomainCheckRequest> m_request;
    bool m_running = false;
    bool m_cancelling = false;
    /// The user cancelled this run (during the lookup or the checks): the summary says so, not "Nothing to check."
    bool m_cancelled = false;
};

} // namespace SmtpUi
