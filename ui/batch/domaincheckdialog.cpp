#include "domaincheckdialog.h"

#include "domaincheckform.h"
#include "domaingridmodel.h"
#include "ui/app/theme.h"
#include "ui/transcript/transcriptview.h"

#include "core/batch/batchcheck.h"
#include "core/batch/routenote.h"
#include "core/dns/mxlookup.h"
#include "core/text/untrustedtext.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace SmtpUi
{

DomainCheckDialog::DomainCheckDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("domainCheckDialog"));
    setWindowTitle(tr("Check Domain"));
    m_form = new DomainCheckForm(this);
    m_form->setObjectName(QStringLiteral("domainCheckForm"));

    m_notesLabel = new QLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("routeNotesLabel"));
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setWordWrap(true);
    m_notesLabel->hide();

    m_model = new DomainGridModel(this);
    m_gridView = new QTableView(this);
    m_gridView->setObjectName(QStringLiteral("gridTableView"));
    m_gridView->setAccessibleName(tr("Verdicts by address and mode"));
    m_gridView->setModel(m_model);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setWordWrap(false);
    m_gridView->verticalHeader()->hide();
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("checkProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setValue(0);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkPushButton"));
    m_checkButton->setDefault(true);
    m_transcriptButton = buttons->addButton(tr("Show Transcript"), QDialogButtonBox::ActionRole);
    m_transcriptButton->setObjectName(QStringLiteral("showTranscriptPushButton"));
    m_cancelButton = buttons->addButton(tr("Cancel Checks"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelChecksPushButton"));
    QPushButton *closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_checkButton, &QPushButton::clicked, this, &DomainCheckDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &DomainCheckDialog::cancel);
    connect(m_transcriptButton, &QPushButton::clicked, this, [this] { showTranscript(m_gridView->currentIndex()); });
    connect(m_gridView, &QTableView::doubleClicked, this, &DomainCheckDialog::showTranscript);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DomainCheckDialog::updateButtons);
    // The grid is the record of progress: the summary follows it, whoever fills it.
    connect(m_model, &DomainGridModel::dataChanged, this, [this] {
        updateProgress();
        updateButtons();
    });
    connect(m_model, &DomainGridModel::modelReset, this, &DomainCheckDialog::updateProgress);

    auto *progressLayout = new QHBoxLayout;
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_summaryLabel, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_notesLabel);
    layout->addLayout(progressLayout);
    layout->addWidget(m_gridView, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    updateProgress();
    updateButtons();
}

DomainCheckDialog::~DomainCheckDialog()
{
    // The checks go before the lookup and the model they report to; destroying the batch cancels its sessions.
    m_batch.reset();
    m_lookup.reset();
}

DomainCheckDialog *DomainCheckDialog::showNew(QWidget *window)
{
    auto *dialog = new DomainCheckDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool DomainCheckDialog::start()
{
    if (m_running)
        return false;
    std::optional<DomainCheckRequest> request = m_form->request();
    if (!request)
        return false;
    m_request = std::make_unique<DomainCheckRequest>(*request);
    m_batch.reset();
    m_lookup.reset();
    m_running = true;
    m_cancelling = false;
    m_cancelled = false;
    if (!m_request->isDomain) {
        const QList<Smtp::CheckTarget> targets =
            m_request->matrix ? Smtp::CheckPlan::matrixForHost(m_request->base)
                              : QList<Smtp::CheckTarget>{Smtp::CheckPlan::forHost(m_request->base)};
        showPlan({}, targets);
        runChecks(targets);
        return true;
    }
    showPlan({}, {});
    m_lookup = std::make_unique<Smtp::MxLookup>(m_request->dnsServer, m_request->base.timeoutSeconds * 1000);
    connect(m_lookup.get(), &Smtp::MxLookup::finished, this, &DomainCheckDialog::onRouteFound);
    m_lookup->start(m_request->name);
    updateProgress();
    return true;
}

void DomainCheckDialog::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_batch) {
        // The sessions end with "cancelled"; finished() follows and ends the run.
        m_cancelling = true;
        updateButtons();
        m_batch->cancel();
        return;
    }
    m_lookup.reset();
    onBatchFinished();
}

void DomainCheckDialog::onRouteFound(const Smtp::MailRoute &route)
{
    const QList<Smtp::CheckTarget> targets = Smtp::CheckPlan::forRoute(route, m_request->base, m_request->matrix);
    showPlan(Smtp::RouteNote::forRoute(route), targets);
    runChecks(targets);
}

void DomainCheckDialog::showPlan(const QList<Smtp::RouteNote> &notes, const QList<Smtp::CheckTarget> &targets)
{
    QStringList lines;
    bool failed = false;
    for (const Smtp::RouteNote &note : notes) {
        lines << Smtp::neutraliseForDisplay(note.text);
        failed = failed || note.kind == Smtp::RouteNote::Kind::LookupFailed;
    }
    showStatusText(m_notesLabel, lines.join(u'\n'), failed);
    m_notesLabel->setVisible(!lines.isEmpty());
    m_model->setTargets(targets);
    updateButtons();
}

void DomainCheckDialog::runChecks(const QList<Smtp::CheckTarget> &targets)
{
    if (targets.isEmpty()) {
        onBatchFinished();
        return;
    }
    m_batch = std::make_unique<Smtp::BatchCheck>(targets, Smtp::BatchCheck::defaultParallel);
    // Each cell opens its transcript: the window keeps them, for the few checks of one domain.
    m_batch->setKeepTranscripts(true);
    connect(m_batch.get(), &Smtp::BatchCheck::checkFinished, m_model, &DomainGridModel::setOutcome);
    connect(m_batch.get(), &Smtp::BatchCheck::finished, this, &DomainCheckDialog::onBatchFinished);
    updateButtons();
    m_batch->start();
}

void DomainCheckDialog::onBatchFinished()
{
    m_running = false;
    m_model->markRemainingNotChecked();
    updateProgress();
    updateButtons();
}

void DomainCheckDialog::updateProgress()
{
    const bool lookingUp = m_running && !m_batch;
    m_progressBar->setRange(0, lookingUp ? 0 : std::max(1, m_model->checkCount()));
    m_progressBar->setValue(lookingUp ? 0 : (m_model->checkCount() == 0 && !m_running ? 1 : m_model->finishedCount()));
    QString summary;
    if (lookingUp && m_request)
        summary = tr("Looking up the mail exchangers of %1…").arg(Smtp::neutraliseForDisplay(m_request->name));
    else if (m_model->checkCount() == 0 && m_cancelled)
        summary = tr("Cancelled.");
    else if (m_model->checkCount() == 0)
        summary = m_request ? tr("Nothing to check.") : tr("Give a domain or a host, then Check.");
    else
        summary = tr("%1 of %2 checked, %3 failed")
                      .arg(m_model->finishedCount())
                      .arg(m_model->checkCount())
                      .arg(m_model->failedCount());
    if (!m_running && m_request && m_model->checkCount() > 0)
        summary = m_cancelled ? tr("%1. Cancelled.").arg(summary) : tr("%1. Done.").arg(summary);
    m_summaryLabel->setText(summary);
}

void DomainCheckDialog::updateButtons()
{
    m_checkButton->setEnabled(!m_running);
    m_form->setEnabled(!m_running);
    m_cancelButton->setEnabled(m_running && !m_cancelling);
    m_transcriptButton->setEnabled(m_model->outcomeAt(m_gridView->currentIndex()) != nullptr);
}

QDialog *DomainCheckDialog::showTranscript(const QModelIndex &index)
{
    const Smtp::CheckOutcome *outcome = m_model->outcomeAt(index);
    if (!outcome)
        return nullptr;
    auto *window = new QDialog(this);
    window->setObjectName(QStringLiteral("checkTranscriptDialog"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QString target = Smtp::neutraliseForDisplay(outcome->target.label());
    window->setWindowTitle(tr("Transcript: %1").arg(target));
    auto *verdict = new QLabel(window);
    verdict->setObjectName(QStringLiteral("verdictLabel"));
    verdict->setTextFormat(Qt::PlainText);
    verdict->setWordWrap(true);
    const Smtp::SessionResult &result = outcome->result;
    showStatusText(verdict,
                   result.ok() ? tr("%1: OK").arg(target)
                               : tr("%1: %2").arg(target, Smtp::neutraliseForDisplay(result.error.message)),
                   !result.ok());
    // The same view as a session tab's: server text shown escaped, filters, find and copy; nothing to type into.
    auto *view = new TranscriptView(window);
    view->setObjectName(QStringLiteral("transcriptView"));
    view->appendEvents(outcome->transcript.events());
    view->flushPending();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(verdict);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    window->resize(820, 480);
    window->show();
    return window;
}

void DomainCheckDialog::closeEvent(QCloseEvent *event)
{
    cancel();
    QDialog::closeEvent(event);
}

} // namespace SmtpUi
