#include "scenariorundialog.h"

#include "ui_scenariorundialog.h"

#include "ui/app/theme.h"

#include "core/scenario/scenariorun.h"
#include "core/session/sessionhost.h"
#include "core/session/sessionresult.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QPushButton>

namespace SmtpUi
{

namespace
{

enum Column
{
    ResultColumn,
    LineColumn,
    ExpectationColumn,
    ReplyColumn,
};

} // namespace

ScenarioRunDialog::ScenarioRunDialog(const QString &profileName, const Smtp::ConnectionSettings &settings,
                                     const Smtp::Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ScenarioRunDialog>()), m_host(std::make_unique<Smtp::SessionHost>(1))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scenarioRunDialog"));
    setWindowTitle(tr("Run Scenario: %1").arg(profileName));
    QHeaderView *header = m_ui->checksTreeWidget->header();
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExpectationColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_stopButton = m_ui->buttonBox->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopPushButton"));
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_stopButton->setEnabled(false);
        m_run->cancel();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);

    m_run = std::make_unique<Smtp::ScenarioRun>(*m_host, settings, scenario);
    connect(m_run.get(), &Smtp::ScenarioRun::expectationChecked, this, &ScenarioRunDialog::addCheck);
    connect(m_run.get(), &Smtp::ScenarioRun::finished, this, &ScenarioRunDialog::onFinished);
    m_running = true;
    showStatus(tr("Running the scenario against %1:%2 …").arg(settings.host).arg(settings.port), false);
    m_run->start();
}

ScenarioRunDialog::~ScenarioRunDialog() = default;

void ScenarioRunDialog::closeEvent(QCloseEvent *event)
{
    if (m_running)
        m_run->cancel();
    QDialog::closeEvent(event);
}

void ScenarioRunDialog::addCheck(const Smtp::ExpectationCheck &check)
{
    // QTreeWidgetItem text is plain text; the reply summary is server text, already escaped.
    const QString reply = check.reply ? check.reply->summary() : tr("(no reply: the session ended)");
    auto *item = new QTreeWidgetItem(m_ui->checksTreeWidget,
                                     {check.passed ? tr("passed") : tr("failed"), check.expectation.where.location(),
                                      tr("expect %1").arg(check.expectation.toString()), reply});
    item->setToolTip(ReplyColumn, reply);
    const QPalette &palette = m_ui->checksTreeWidget->palette();
    item->setForeground(ResultColumn, check.passed ? successTextColour(palette) : errorTextColour(palette));
}

void ScenarioRunDialog::onFinished(const Smtp::SessionResult &result)
{
    m_running = false;
    m_stopButton->setEnabled(false);
    const int checks = m_ui->checksTreeWidget->topLevelItemCount();
    if (result.error.isError())
        showStatus(tr("Failed: %1").arg(result.error.message), true);
    else
        showStatus(tr("Passed: every expectation held (%n checked).", nullptr, checks), false);
}

void ScenarioRunDialog::showStatus(const QString &text, bool isProblem)
{
    showStatusText(m_ui->statusLabel, text, isProblem);
}

} // namespace SmtpUi
