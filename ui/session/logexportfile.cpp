#include "logexportfile.h"

#include "core/sessionlog/sessionlogexporter.h"
#include "ui/common/replaceconfirmation.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QRegularExpression>

namespace SmtpUi
{

QString LogExportFile::defaultFileName(const QString &title, const QDateTime &startedAt)
{
    static const QRegularExpression awkward(QStringLiteral("[^A-Za-z0-9._@+-]+"));
    QString name = title;
    name.replace(awkward, QStringLiteral("-"));
    // No leading dot (a hidden file) or dash (read as an option), none trailing.
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("session");
    const QDateTime when = startedAt.isValid() ? startedAt.toLocalTime() : QDateTime::currentDateTime();
    return QStringLiteral("%1_%2.txt").arg(name, when.toString(QStringLiteral("yyyy-MM-dd_HHmm")));
}

QString LogExportFile::choose(QWidget *parent, const QString &title, const QDateTime &startedAt)
{
    const QString textFilter = QCoreApplication::translate("SmtpUi::LogExportFile", "Text (*.txt)");
    const QString htmlFilter = QCoreApplication::translate("SmtpUi::LogExportFile", "HTML (*.html)");
    const QString jsonFilter = QCoreApplication::translate("SmtpUi::LogExportFile", "JSON (*.json)");
    QString selectedFilter = textFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("SmtpUi::LogExportFile", "Export Session Log"),
        defaultFileName(title, startedAt), QStringList{textFilter, htmlFilter, jsonFilter}.join(QStringLiteral(";;")),
        &selectedFilter, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    if (!Smtp::SessionLogExporter::formatForPath(path)) {
        path += selectedFilter == htmlFilter   ? QStringLiteral(".html")
                : selectedFilter == jsonFilter ? QStringLiteral(".json")
                                               : QStringLiteral(".txt");
    }
    // Asked here, with the suffix: the dialog would have asked about the name without it.
    return ReplaceConfirmation::ask(parent, path) ? path : QString();
}

} // namespace SmtpUi
