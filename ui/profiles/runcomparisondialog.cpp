#include "runcomparisondialog.h"

#include "runhistorymodel.h"
#include "ui_runcomparisondialog.h"

#include "core/profiles/profile.h"
#include "core/text/untrustedtext.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStringListModel>

#include <algorithm>

namespace SmtpUi
{

RunComparisonDialog::RunComparisonDialog(const Smtp::Profile &profile, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RunComparisonDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Compare Runs: %1").arg(profile.qualifiedName()));
    m_runsModel = new RunHistoryModel(profile.history, this);
    m_ui->runsTableView->setModel(m_runsModel);
    m_ui->runsTableView->verticalHeader()->hide();
    m_ui->runsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->runsTableView->horizontalHeader()->setStretchLastSection(true);
    m_differencesModel = new QStringListModel(this);
    m_ui->differencesListView->setModel(m_differencesModel);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->runsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunComparisonDialog::showSelectedDifferences);

    if (m_runsModel->rowCount() < 2) {
        m_ui->runsLabel->setText(tr("This profile has %n run(s) on record; comparing needs two. Each session of the "
                                    "profile and each Check Profiles adds one.",
                                    nullptr, m_runsModel->rowCount()));
        m_ui->runsTableView->setSelectionMode(QAbstractItemView::NoSelection);
        m_ui->differencesLabel->hide();
        m_ui->differencesListView->hide();
        return;
    }
    m_ui->runsLabel->setText(tr("Runs, newest first. Select two to compare (Ctrl+click the second)."));
    compareRows(0, 1);
}

RunComparisonDialog::~RunComparisonDialog() = default;

void RunComparisonDialog::compareRows(int first, int second)
{
    QItemSelection selection;
    for (const int row : {first, second})
        selection.select(m_runsModel->index(row, 0), m_runsModel->index(row, RunHistoryModel::ColumnCount - 1));
    m_ui->runsTableView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QStringList RunComparisonDialog::differences() const
{
    return m_differencesModel->stringList();
}

void RunComparisonDialog::showSelectedDifferences()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->runsTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.size() != 2) {
        m_ui->differencesLabel->setText(tr("Select two runs to compare."));
        m_differencesModel->setStringList({});
        return;
    }
    // Newest first: the higher row is the older run.
    std::sort(rows.begin(), rows.end());
    const Smtp::RunRecord &newer = m_runsModel->run(rows.first());
    const Smtp::RunRecord &older = m_runsModel->run(rows.last());
    // Capabilities are the server's words: shown neutralised, as everywhere else.
    QStringList changes = Smtp::RunHistory::differences(older, newer);
    for (QString &change : changes)
        change = Smtp::neutraliseForDisplay(change);
    m_differencesModel->setStringList(changes);
    m_ui->differencesLabel->setText(
        changes.isEmpty()
            ? tr("From %1 to %2: nothing changed.")
                  .arg(RunHistoryModel::whenText(older), RunHistoryModel::whenText(newer))
            : tr("From %1 to %2:").arg(RunHistoryModel::whenText(older), RunHistoryModel::whenText(newer)));
}

} // namespace SmtpUi
