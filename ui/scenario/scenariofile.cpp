#include "scenariofile.h"

#include "ui/session/logexportfile.h"

#include "core/io/atomicfile.h"
#include "core/scenario/scenariorecorder.h"
#include "core/transcript/transcript.h"
#include "ui/common/replaceconfirmation.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace SmtpUi
{

QString ScenarioFile::defaultFileName(const QString &title, const QDateTime &startedAt)
{
    const QString logName = LogExportFile::defaultFileName(title, startedAt);
    return QFileInfo(logName).completeBaseName() + QStringLiteral(".scenario");
}

QString ScenarioFile::write(const QString &path, const QList<Smtp::TranscriptEvent> &events)
{
    // A recording holds commands and reply codes, never a secret (the recorder leaves AUTH's lines out).
    const QByteArray scenario = Smtp::ScenarioRecorder::record(events).toUtf8();
    return Smtp::AtomicFile::write(path, scenario, Smtp::FileAccess::OwnerOnly).message;
}

QString ScenarioFile::saveSession(QWidget *parent, const QString &title, const Smtp::Transcript &transcript)
{
    QFileDialog dialog(parent, tr("Save as Scenario"));
    dialog.setObjectName(QStringLiteral("saveScenarioFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({tr("Scenarios (*.scenario)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("scenario"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.selectFile(defaultFileName(title, transcript.startedAt()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (!ReplaceConfirmation::ask(parent, path))
        return {};
    if (const QString problem = write(path, transcript.events()); !problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Scenario Not Saved"), problem, QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("scenarioNotSavedMessageBox"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return {};
    }
    return path;
}

} // namespace SmtpUi
