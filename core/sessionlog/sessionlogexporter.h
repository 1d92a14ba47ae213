#pragma once

#include "sessionlog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Smtp
{

/// The outcome of writing a session log: errors come back as values the caller can show.
struct ExportResult
{
    /// Empty on success; otherwise a message that names the file and the cause.
    QString errorMessage;
    QString path;

    bool ok() const { return errorMessage.isEmpty(); }
};

/// Renders a SessionLog as plain text, self-contained HTML or JSON, and writes it to a file. No output ever holds
/// the password or the client key passphrase; every piece of server text is escaped for the format.
class SessionLogExporter
{
    Q_DECLARE_TR_FUNCTIONS(SessionLogExporter)

public:
    enum class Format
    {
        FromExtension, ///< chosen by the file name: .txt/.log, .html/.htm, .json
        Text,
        Html,
        Json,
    };

    /// The format a file name asks for; nullopt for an unknown extension.
    static std::optional<Format> formatForPath(const QString &path);

    // Each sets @p transcriptError, when given, if part of the transcript could not be read back from disk (see
    // Transcript::forEach()); the output then lacks those lines.
    static QString toText(const SessionLog &log, QString *transcriptError = nullptr);
    static QString toHtml(const SessionLog &log, QString *transcriptError = nullptr);
    static QJsonObject toJson(const SessionLog &log, QString *transcriptError = nullptr);
    /// The bytes of the file in that format (UTF-8); FromExtension is treated as text.
    static QByteArray render(const SessionLog &log, Format format, QString *transcriptError = nullptr);

    /// Writes atomically (AtomicFile) with mode 0600: the log may name users, hosts and message contents. Writes
    /// nothing, and says why, when part of the transcript could not be read back.
    static ExportResult writeToFile(const SessionLog &log, const QString &path, Format format = Format::FromExtension);

    // Pieces shared with the command line's output, so both speak the same shapes.

    /// "S: ", "C: ", "* " (TLS and info) or "! " (warnings and errors).
    static QString prefixFor(TranscriptEvent::Kind kind);
    /// {t_ms, wall, kind, text, raw_base64?, redacted, before_tls}
    static QJsonObject eventToJson(const TranscriptEvent &event);
    /// {ok, error{code, message, reply, reply_code, enhanced, stage} or null, tls or null, timings, capabilities,
    /// recipients}
    /// \a settingsRecipients name the recipients when the result does not (a result from before it kept them).
    static QJsonObject resultToJson(const SessionResult &result, const QStringList &settingsRecipients = {});
    /// The log's result as resultToJson() gives it, with "finished"; "ok" is null while the session still runs.
    static QJsonObject logResultJson(const SessionLog &log);
    /// "136 ms", "12.3 s", "2 min 16.6 s".
    static QString durationText(qint64 ms);
    /// {"connect": {"start_ms": …, "duration_ms": …}, …}; a repeated phase name gets "#2", "#3" …
    static QJsonObject timingsToJson(const PhaseTimings &timings);
    /// "250-SIZE 1000", one line per reply line, server bytes escaped for display.
    static QString replyText(const Reply &reply);
    /// Aligned "connect    12 ms" lines.
    static QStringList timingsToTextLines(const PhaseTimings &timings);
    /// A proxy address with any user name and password removed.
    static QString proxyWithoutCredentials(const QString &proxy);
};

} // namespace Smtp
