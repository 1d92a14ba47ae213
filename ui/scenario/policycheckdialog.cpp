#include "policycheckdialog.h"

#include "ui_policycheckdialog.h"

#include "ui/app/theme.h"

#include "core/scenario/probe.h"
#include "core/scenario/proberun.h"
#include "core/session/sessionhost.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QPushButton>

namespace SmtpUi
{

namespace
{

enum Column
{
    VerdictColumn,
    ProbeColumn,
    TextColumn,
};

} // namespace

PolicyCheckDialog::PolicyCheckDialog(const QString &profileName, const Smtp::ConnectionSettings &settings,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PolicyCheckDialog>()), m_host(std::make_unique<Smtp::SessionHost>(1))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("policyCheckDialog"));
    setWindowTitle(tr("Check Policy: %1").arg(profileName));
    m_ui->findingsTreeWidget->header()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_ui->findingsTreeWidget->header()->setSectionResizeMode(ProbeColumn, QHeaderView::ResizeToContents);
    m_ui->findingsTreeWidget->header()->setStretchLastSection(true);
    m_stopButton = m_ui->buttonBox->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopPushButton"));
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_stopped = true;
        m_stopButton->setEnabled(false);
        m_run->cancel();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);

    const QList<Smtp::Probe> probes = Smtp::allProbes();
    m_probeCount = int(probes.size());
    m_run = std::make_unique<Smtp::ProbeRun>(*m_host, settings, probes);
    connect(m_run.get(), &Smtp::ProbeRun::probeJudged, this, &PolicyCheckDialog::addFindings);
    connect(m_run.get(), &Smtp::ProbeRun::finished, this, &PolicyCheckDialog::onFinished);
    m_running = true;
    showStatus(tr("Probing %1:%2 …").arg(settings.host).arg(settings.port), false);
    m_run->start();
}

PolicyCheckDialog::~PolicyCheckDialog() = default;

QString PolicyCheckDialog::verdictText(Smtp::Finding::Verdict verdict)
{
    switch (verdict) {
    case Smtp::Finding::Verdict::Pass:
        return tr("PASS");
    case Smtp::Finding::Verdict::Warn:
        return tr("WARN");
    case Smtp::Finding::Verdict::Fail:
        return tr("FAIL");
    case Smtp::Finding::Verdict::NotApplicable:
        break;
    }
    return tr("N/A");
}

void PolicyCheckDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        m_stopped = true;
        m_run->cancel();
    }
    QDialog::closeEvent(event);
}

void PolicyCheckDialog::addFindings(const QList<Smtp::Finding> &findings)
{
    ++m_probesJudged;
    const QPalette &palette = m_ui->findingsTreeWidget->palette();
    for (const Smtp::Finding &finding : findings) {
        // QTreeWidgetItem text is plain text: server words in the sentence are shown, never interpreted.
        auto *item = new QTreeWidgetItem(m_ui->findingsTreeWidget,
                                         {verdictText(finding.verdict), Smtp::probeName(finding.probe), finding.text});
        item->setToolTip(TextColumn, finding.text);
        switch (finding.verdict) {
        case Smtp::Finding::Verdict::Pass:
            item->setForeground(VerdictColumn, successTextColour(palette));
            break;
        case Smtp::Finding::Verdict::Fail: {
            QFont bold = item->font(VerdictColumn);
            bold.setBold(true);
            item->setFont(VerdictColumn, bold);
            item->setForeground(VerdictColumn, errorTextColour(palette));
            break;
        }
        case Smtp::Finding::Verdict::Warn:
            item->setForeground(VerdictColumn, warningTextColour(palette));
            break;
        case Smtp::Finding::Verdict::NotApplicable:
            item->setForeground(VerdictColumn, palette.color(QPalette::Disabled, QPalette::Text));
            break;
        }
    }
    if (m_running && !m_stopped)
        showStatus(tr("%1 of %2 probes judged …").arg(m_probesJudged).arg(m_probeCount), false);
}

void PolicyCheckDialog::onFinished(const QList<Smtp::Finding> &findings)
{
    m_running = false;
    m_stopButton->setEnabled(false);
    if (m_stopped) {
        showStatus(tr("Stopped: the findings listed are those made before."), false);
    } else if (const std::optional<Smtp::SessionError> unreachable = m_run->unreachable()) {
        showStatus(tr("No probe reached the server, so nothing was checked: %1").arg(unreachable->message), true);
    } else {
        const auto count = [&findings](Smtp::Finding::Verdict verdict) {
            return int(std::count_if(findings.cbegin(), findings.cend(),
                                     [verdict](const Smtp::Finding &finding) { return finding.verdict == verdict; }));
        };
        showStatus(tr("Done: %1 passed, %2 warnings, %3 failed, %4 not applicable.")
                       .arg(count(Smtp::Finding::Verdict::Pass))
                       .arg(count(Smtp::Finding::Verdict::Warn))
                       .arg(count(Smtp::Finding::Verdict::Fail))
                       .arg(count(Smtp::Finding::Verdict::NotApplicable)),
                   Smtp::Finding::anyFailed(findings));
    }
    emit finished();
}

void PolicyCheckDialog::showStatus(const QString &text, bool isProblem)
{
    showStatusText(m_ui->statusLabel, text, isProblem);
}

} // namespace SmtpUi
