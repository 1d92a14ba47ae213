#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace SmtpUi::LogExportFile
{

/// "Submission-mail.example.org_2026-11-27_1405.txt": the session's title with every run of spaces, path separators
/// and other characters awkward in a shell replaced by one "-", then the session's start (local time).
QString defaultFileName(const QString &title, const QDateTime &startedAt);

/// Asks where to save the log of the session @p title; the path ends in the chosen format's extension. Empty when
/// the user cancelled.
QString choose(QWidget *parent, const QString &title, const QDateTime &startedAt);

} // namespace SmtpUi::LogExportFile
