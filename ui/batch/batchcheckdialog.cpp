#include "batchcheckdialog.h"

#include "batchresultsmodel.h"
#include "core/io/atomicfile.h"

#include "core/batch/batchcheck.h"
#include "core/profiles/profilerunrecording.h"
#include "core/profiles/profilestore.h"
#include "ui/common/replaceconfirmation.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace SmtpUi
{

BatchCheckDialog::BatchCheckDialog(Smtp::ProfileStore *store, const QStringList &profileIds, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("batchCheckDialog"));
    setWindowTitle(tr("Check Profiles"));
    QList<Smtp::CheckTarget> targets;
    QList<std::optional<Smtp::RunRecord>> previousRuns;
    for (const QString &id : profileIds) {
        const std::optional<Smtp::Profile> profile = store->find(id);
        if (!profile)
            continue;
        targets << Smtp::CheckPlan::forProfile(profile->qualifiedName(), store->resolvedSettings(*profile));
        previousRuns << (profile->history.isEmpty() ? std::nullopt
                                                    : std::optional<Smtp::RunRecord>(profile->history.first()));
        m_profileIds << id;
    }

    m_model = new BatchResultsModel(targets, previousRuns, this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(BatchResultsModel::SortRole);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("resultsTableView"));
    m_tableView->setModel(sorted);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tableView->setColumnWidth(BatchResultsModel::TargetColumn, 220);
    m_tableView->setColumnWidth(BatchResultsModel::VerdictColumn, 240);
    m_tableView->setColumnWidth(BatchResultsModel::TlsColumn, 220);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("checkProgressBar"));
    m_progressBar->setRange(0, int(targets.size()));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(tr("Cancel Checks"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelChecksPushButton"));
    m_exportCsvButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_exportJsonButton = buttons->addButton(tr("Export JSON…"), QDialogButtonBox::ActionRole);
    m_exportJsonButton->setObjectName(QStringLiteral("exportJsonPushButton"));
    QPushButton *closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        m_batch->cancel();
    });
    connect(m_exportCsvButton, &QPushButton::clicked, this,
            [this] { exportAs(tr("CSV (*.csv)"), QStringLiteral("csv")); });
    connect(m_exportJsonButton, &QPushButton::clicked, this,
            [this] { exportAs(tr("JSON (*.json)"), QStringLiteral("json")); });

    auto *progressLayout = new QHBoxLayout;
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_summaryLabel, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressLayout);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(buttons);
    resize(1000, 420);

    m_batch = new Smtp::BatchCheck(targets, Smtp::BatchCheck::defaultParallel, this);
    connect(m_batch, &Smtp::BatchCheck::checkFinished, this, &BatchCheckDialog::onCheckFinished);
    connect(m_batch, &Smtp::BatchCheck::finished, this, &BatchCheckDialog::onBatchFinished);
    m_running = true;
    updateProgress();
    m_batch->start();
}

BatchCheckDialog::~BatchCheckDialog() = default;

void BatchCheckDialog::closeEvent(QCloseEvent *event)
{
    if (m_running)
        m_batch->cancel();
    QDialog::closeEvent(event);
}

void BatchCheckDialog::onCheckFinished(int index, const Smtp::CheckOutcome &outcome)
{
    const Smtp::RunRecord run = Smtp::RunRecord::fromResult(outcome.result, QDateTime::currentDateTimeUtc());
    m_model->setOutcome(index, outcome, run);
    // The same record as a session's in the window; saved once the whole batch is over.
    Smtp::ProfileRunRecording::record(*m_store, m_profileIds.value(index), outcome.result, run.when);
    updateProgress();
}

void BatchCheckDialog::onBatchFinished()
{
    m_running = false;
    m_cancelButton->setEnabled(false);
    if (const Smtp::ProfileStoreError error = m_store->save(); error.isError())
        m_saveError = tr("The results could not be kept in the profiles: %1").arg(error.message);
    updateProgress();
}

void BatchCheckDialog::updateProgress()
{
    m_progressBar->setValue(m_model->finishedCount());
    QString summary = tr("%1 of %2 checked, %3 failed")
                          .arg(m_model->finishedCount())
                          .arg(m_model->rowCount())
                          .arg(m_model->failedCount());
    if (!m_running)
        summary = tr("%1. Done.").arg(summary);
    if (!m_saveError.isEmpty())
        summary = tr("%1 %2").arg(summary, m_saveError);
    m_summaryLabel->setText(summary);
}

void BatchCheckDialog::exportAs(const QString &filter, const QString &suffix)
{
    const QString path = ReplaceConfirmation::saveFileName(
        this, tr("Export Check Results"),
        QStringLiteral("checks_%1.%2")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmm")), suffix),
        filter);
    if (path.isEmpty())
        return;
    const QByteArray contents = suffix == QLatin1String("csv")
                                    ? m_model->toCsv()
                                    : QJsonDocument(m_model->toJson()).toJson(QJsonDocument::Indented);
    if (const QString problem = Smtp::AtomicFile::write(path, contents, Smtp::FileAccess::OwnerOnly).message;
        !problem.isEmpty())
        QMessageBox::warning(this, tr("Export Check Results"), problem);
}

} // namespace SmtpUi
