#pragma once

#include <QDialog>

#include <memory>

class QStringListModel;

namespace Smtp
{
struct Profile;
}

namespace Ui
{
class RunComparisonDialog;
}

namespace SmtpUi
{

class RunHistoryModel;

/// Profile ▸ Compare Runs: the profile's runs, newest first, and what changed between the two chosen
/// (RunHistory::differences: the outcome, TLS version and cipher, the certificate, capabilities added and removed).
/// The two newest are chosen when it opens. A snapshot of the history when it opened.
class RunComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunComparisonDialog)

public:
    explicit RunComparisonDialog(const Smtp::Profile &profile, QWidget *parent = nullptr);
    ~RunComparisonDialog() override;

    /// Compares the runs in these rows of the list (0 is the newest), in either order.
    void compareRows(int first, int second);
    /// The lines shown: what changed, or nothing when nothing did or no two runs are chosen.
    QStringList differences() const;

private:
    void showSelectedDifferences();

    std::unique_ptr<Ui::RunComparisonDialog> m_ui;
    RunHistoryModel *m_runsModel = nullptr;
    QStringListModel *m_differencesModel = nullptr;
};

} // namespace SmtpUi
