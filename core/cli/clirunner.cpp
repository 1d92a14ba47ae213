#include "clirunner.h"

#include "clioutput.h"
#include "exitstatus.h"
#include "session/sessionhandle.h"
#include "session/sessionhost.h"
#include "transcript/sessionlogexporter.h"

#include <QSslSocket>

namespace Smtp
{

CliRunner::CliRunner(const CommandLineOptions &options, CliOutput &output, QObject *parent)
    : QObject(parent), m_options(options), m_output(output)
{}

CliRunner::~CliRunner() = default;

void CliRunner::finishLater(int exitStatus)
{
    if (m_done)
        return;
    m_done = true;
    // Queued, so that the caller's event loop is running when it hears the status.
    QMetaObject::invokeMethod(
        this, [this, exitStatus] { emit finished(exitStatus); }, Qt::QueuedConnection);
}

void CliRunner::start()
{
    if (!m_options.isValid()) {
        m_output.writeFailure(ErrorCode::InvalidSettings, m_options.error());
        finishLater(int(ExitStatus::BadInput));
        return;
    }
    switch (m_options.action()) {
    case CommandLineOptions::Action::Help:
        m_output.writeLines({CommandLineOptions::helpText().trimmed()});
        finishLater(int(ExitStatus::Success));
        return;
    case CommandLineOptions::Action::Version:
        m_output.writeLines({tr("smtp-workbench-cli %1 (Qt %2, %3)")
                                 .arg(QStringLiteral(SMTP_WORKBENCH_VERSION), QString::fromLatin1(qVersion()),
                                      QSslSocket::sslLibraryVersionString())});
        finishLater(int(ExitStatus::Success));
        return;
    case CommandLineOptions::Action::ListProfiles:
    case CommandLineOptions::Action::ImportProfiles:
    case CommandLineOptions::Action::ExportProfiles:
    case CommandLineOptions::Action::SaveProfile:
        m_output.writeFailure(ErrorCode::InvalidSettings,
                              tr("Saved profiles are not available yet in this version of the command line."));
        finishLater(int(ExitStatus::BadInput));
        return;
    case CommandLineOptions::Action::Run:
        break;
    }
    if (!m_options.profileName().isEmpty()) {
        m_output.writeFailure(ErrorCode::InvalidSettings,
                              tr("--profile: saved profiles are not available yet in this version of the command "
                                 "line; give the settings as flags."));
        finishLater(int(ExitStatus::BadInput));
        return;
    }
    runSession(m_options.settings(), m_options.settings().host);
}

void CliRunner::runSession(const ConnectionSettings &settings, const QString &title)
{
    if (const QStringList problems = CommandLineOptions::problems(settings); !problems.isEmpty()) {
        m_output.writeFailure(ErrorCode::InvalidSettings, problems.join(u'\n'));
        finishLater(int(ExitStatus::BadInput));
        return;
    }
    m_title = title;
    m_output.writeSettings(settings);
    m_host = std::make_unique<SessionHost>(1);
    m_handle = m_host->createSession(settings);
    connect(m_handle.get(), &SessionHandle::eventsAppended, this,
            [this](const QList<TranscriptEvent> &events) { m_output.writeEvents(events); });
    connect(m_handle.get(), &SessionHandle::finished, this, &CliRunner::onSessionFinished);
    m_handle->start();
}

void CliRunner::onSessionFinished(const SessionResult &result)
{
    // Events still in flight when the session ended are in the handle's transcript: print what is missing.
    const QList<TranscriptEvent> &events = m_handle->transcript().events();
    if (m_output.eventsWritten() < events.size())
        m_output.writeEvents(events.mid(m_output.eventsWritten()));
    m_output.writeResult(result, m_handle->settings());

    int status = int(exitStatusFor(result.error.code));
    if (!m_options.exportPath().isEmpty()) {
        const SessionLog log = SessionLog::create(m_title, m_handle->settings(), m_handle->transcript(), result);
        const ExportResult written = SessionLogExporter::writeToFile(log, m_options.exportPath());
        if (!written.ok()) {
            m_output.writeWarning(written.errorMessage);
            // The session's own failure says more; a failed export matters when all else went well.
            if (status == int(ExitStatus::Success))
                status = int(ExitStatus::BadInput);
        }
    }
    finishLater(status);
}

void CliRunner::interrupt()
{
    if (m_handle && !m_handle->isFinished() && !m_interrupted) {
        m_interrupted = true;
        m_handle->cancel();
        return;
    }
    if (!m_done) {
        m_output.writeFailure(ErrorCode::Cancelled, tr("Interrupted."));
        finishLater(int(ExitStatus::Cancelled));
    }
}

} // namespace Smtp
