#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Smtp
{
class BatchCheck;
struct CheckOutcome;
class ProfileStore;
} // namespace Smtp

namespace SmtpUi
{

class BatchResultsModel;

/// Checks many saved profiles at once and shows the results as they come: a sortable table (verdict, TLS,
/// certificate days left, time, what changed since the previous run), a progress bar and Cancel, and exports as CSV
/// and JSON. Each run is kept in its profile's history. Non-modal; closing it cancels what still runs.
class BatchCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCheckDialog)

public:
    BatchCheckDialog(Smtp::ProfileStore *store, const QStringList &profileIds, QWidget *parent = nullptr);
    ~BatchCheckDialog() override;

    BatchResultsModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onCheckFinished(int index, const Smtp::CheckOutcome &outcome);
    void onBatchFinished();
    void updateProgress();
    void exportAs(const QString &filter, const QString &suffix);

    Smtp::ProfileStore *m_store;
    QStringList m_profileIds;
    BatchResultsModel *m_model = nullptr;
    Smtp::BatchCheck *m_batch = nullptr;
    QTableView *m_tableView = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_exportJsonButton = nullptr;
    bool m_running = false;
    QString m_saveError;
};

} // namespace SmtpUi
