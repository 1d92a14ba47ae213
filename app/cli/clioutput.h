#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/certificatememory.h"
#include "core/scenario/finding.h"
#include "core/session/sessionresult.h"
#include "core/transcript/transcriptevent.h"
#include "exitstatus.h"
#include "nagiosreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

namespace Smtp
{

/// What smtp-workbench-cli prints. Text mode: the live transcript on the output ("S: ", "C: ", "* ", "! "), then
/// the TLS and certificate report and the phase timings; errors on the error device with "! ". JSON mode: one JSON
/// object per line on the output for every event and a final {"kind":"result", …}; nothing on the error device.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    enum class Mode
    {
        Text,
        Json,
        Nagios, ///< one status line (writeNagios()); no transcript, no report
    };

    /// Writes to @p output and @p error, which must outlive this object and be open for writing.
    CliOutput(Mode mode, QIODevice *output, QIODevice *error);

    Mode mode() const { return m_mode; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    /// --hex: in text mode each server and client line is followed by its bytes in hex (indented, hexdump -C style);
    /// in JSON mode each such event also carries "raw_hex".
    void setHexShown(bool shown) { m_hexShown = shown; }
    /// Whether writeProgress() shows anything: only in text mode, and only when the error device is a terminal
    /// (main decides), so a script or a log file never gets progress lines.
    void setProgressShown(bool shown) { m_progressShown = shown; }

    /// Verbose only: the settings used (without secrets).
    void writeSettings(const ConnectionSettings &settings);
    void writeEvents(const QList<TranscriptEvent> &events);
    /// How many events were written so far, to catch up with a transcript.
    qsizetype eventsWritten() const { return m_eventsWritten; }
    /// The TLS and certificate report, the timings and the outcome; the error, if any, also on the error device.
    /// @p memory: how the certificate compares with the one the profile remembered (JSON "certificate_memory"; in
    /// text a warning when it changed).
    void writeResult(const SessionResult &result, const ConnectionSettings &settings,
                     const std::optional<CertificateMemoryCheck> &memory = std::nullopt);
    /// The status line of --nagios.
    void writeNagios(const NagiosReport &report);
    /// A failure before or outside a session (bad arguments, unknown profile, export failed): in JSON mode also the
    /// final result line, so scripts always get one.
    void writeFailure(ErrorCode code, const QString &message);
    /// The message text being sent: one line on the error device, rewritten in place ("\r"), ended at the end.
    void writeProgress(qint64 sent, qint64 total);
    /// The progress line's text: "Sending the message: 12.5 MiB of 50.0 MiB (25%)".
    static QString progressText(qint64 sent, qint64 total);
    /// A warning outside the transcript, such as an export that failed after the session.
    void writeWarning(const QString &message);
    /// Plain output lines (help, version, profile listings); in JSON mode each becomes {"kind":"info","text":…}.
    void writeLines(const QStringList &lines);
    /// One item of a listing: @p text in text mode, @p object (which should carry a "kind") in JSON mode.
    void writeRecord(const QString &text, const QJsonObject &object);
    /// The totals of --probe: a line in text mode; in JSON mode the final {"kind":"result","ok","exit_status",
    /// "findings","failed"}.
    void writeProbeSummary(const QList<Finding> &findings);
    /// The end of an action without a session: in JSON mode the final {"kind":"result","ok":true,…}; nothing in text.
    void writeSuccess();

    /// "S: 220 mail.example.org ESMTP": the prefix and text of one event, one line per line of text.
    static QString formatEvent(const TranscriptEvent &event);
    /// The final JSON object: {"kind":"result", "ok", "exit_status", "error", "tls", "timings", …}.
    static QJsonObject resultObject(const SessionResult &result, const ConnectionSettings &settings);
    /// The lines of the text report that follows the transcript.
    static QStringList reportLines(const SessionResult &result, const ConnectionSettings &settings, bool verbose);

private:
    void writeOut(const QString &text);
    void writeErr(const QString &text);
    void writeJson(const QJsonObject &object);

    Mode m_mode;
    QIODevice *m_output;
    QIODevice *m_error;
    bool m_verbose = false;
    bool m_hexShown = false;
    bool m_progressShown = false;
    qsizetype m_eventsWritten = 0;
};

} // namespace Smtp
