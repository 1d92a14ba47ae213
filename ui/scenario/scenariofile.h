#pragma once

#include "core/transcript/transcriptevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QWidget;

namespace Smtp
{
class Transcript;
} // namespace Smtp

namespace SmtpUi
{

/// Save as Scenario: a session tab's transcript written as a scenario (ScenarioRecorder) that `--scenario FILE`
/// replays. The file ends in ".scenario": it says what the file is for, and keeps recordings apart from the ".txt"
/// session logs saved next to them; the command line reads any name.
class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    /// "Submission-mail.example.org_2026-11-27_1405.scenario", named like the session's log.
    static QString defaultFileName(const QString &title, const QDateTime &startedAt);
    /// Writes the recording of @p events to @p path, owner-only and whole or not at all; an error message or "".
    static QString write(const QString &path, const QList<Smtp::TranscriptEvent> &events);
    /// Asks where to save the session @p title, writes it, and says in a message box when that failed. The path
    /// written, or empty when the user cancelled or writing failed.
    static QString saveSession(QWidget *parent, const QString &title, const Smtp::Transcript &transcript);
};

} // namespace SmtpUi
