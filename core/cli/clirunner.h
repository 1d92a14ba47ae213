#pragma once

#include "commandlineoptions.h"

#include <QObject>

#include <memory>

namespace Smtp
{

class CliOutput;
class SessionHandle;
class SessionHost;
struct SessionResult;

/// Carries out what the parsed command line asks for: runs the session (or a profile action), prints through a
/// CliOutput, writes --export, and reports the exit status. Holds what app/main_cli.cpp would otherwise wire.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    /// @p output must outlive the runner.
    CliRunner(const CommandLineOptions &options, CliOutput &output, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Starts the work; finished() follows, always from the event loop.
    void start();
    /// Cancels a running session (the first interrupt); a second one gives up at once.
    void interrupt();

signals:
    void finished(int exitStatus);

private:
    void runSession(const ConnectionSettings &settings, const QString &title);
    void onSessionFinished(const SessionResult &result);
    void finishLater(int exitStatus);

    CommandLineOptions m_options;
    CliOutput &m_output;
    std::unique_ptr<SessionHost> m_host;
    std::unique_ptr<SessionHandle> m_handle;
    QString m_title;
    bool m_interrupted = false;
    bool m_done = false;
};

} // namespace Smtp
