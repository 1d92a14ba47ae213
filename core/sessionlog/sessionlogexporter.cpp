#include "sessionlogexporter.h"

#include "core/connection/proxyurl.h"
#include "core/io/atomicfile.h"
#include "core/protocol/replyexplanation.h"
#include "core/text/untrustedtext.h"
#include "sessionloghtml.h"
#include "sessionloghtmlstyle.h"
#include "settingsreport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace Smtp
{

namespace
{

constexpr int logFormatVersion = 1;
using SessionLogHtml::appendCertificateReport;
using SessionLogHtml::appendRow;
using SessionLogHtml::html;
using SessionLogHtml::htmlLines;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString enhancedText(const EnhancedStatusCode &code)
{
    if (!code.isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(code.codeClass).arg(code.subject).arg(code.detail);
}

// Output-side defence in depth: server text was escaped where it entered, but a message may quote it, and nothing
// of it may break a line or steer a terminal, an editor or a browser. Callers with several lines pass each alone.
QString plainText(const QString &text)
{
    return neutraliseForDisplay(text);
}

QJsonValue jsonText(const QString &text)
{
    return neutraliseForDisplay(text);
}

QString capabilityLine(const Capability &capability)
{
    if (capability.parameters.isEmpty())
        return capability.keyword;
    return capability.keyword + u' ' + capability.parameters.join(u' ');
}

QJsonValue capabilitiesToJson(const std::optional<Capabilities> &capabilities)
{
    if (!capabilities)
        return QJsonValue::Null;
    QJsonArray keywords;
    for (const Capability &capability : capabilities->all())
        keywords.append(jsonText(capabilityLine(capability)));
    QJsonObject object{
        {QStringLiteral("greeting"), escapeUntrustedBytes(capabilities->greetingLine())},
        {QStringLiteral("keywords"), keywords},
    };
    if (!capabilities->warnings().isEmpty())
        object.insert(QStringLiteral("warnings"),
                      neutraliseJsonStrings(QJsonArray::fromStringList(capabilities->warnings())));
    return object;
}

QJsonObject replyToJson(const Reply &reply)
{
    return QJsonObject{
        {QStringLiteral("code"), reply.code},
        {QStringLiteral("enhanced"), stringOrNull(enhancedText(reply.enhanced))},
        {QStringLiteral("text"), SessionLogExporter::replyText(reply)},
    };
}

/// The recipient of the \a index-th RCPT TO reply.
QString recipientAt(const SessionLog &log, qsizetype index)
{
    const SessionResult &result = *log.result;
    const QStringList &recipients = result.recipients.isEmpty() ? log.settings.message.to : result.recipients;
    return index < recipients.size() ? recipients.at(index) : QString();
}

/// ISO 8601 with the offset from UTC, so that a log read in another zone is not an hour off.
QString zonedTime(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString elapsedText(qint64 ms)
{
    return QStringLiteral("+%1.%2s").arg(ms / 1000, 4).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString wallText(const QDateTime &wall)
{
    return wall.isValid() ? wall.toString(QStringLiteral("HH:mm:ss.zzz")) : QStringLiteral("--:--:--.---");
}

QString indentLines(const QString &text, const QString &indent)
{
    QString out = text;
    out.replace(u'\n', u'\n' + indent);
    return out;
}

QString resultHeadline(const SessionResult &result, bool finished)
{
    if (!finished)
        return SessionLogExporter::tr("Still running when exported");
    if (result.ok())
        return SessionLogExporter::tr("Succeeded");
    if (result.error.stage)
        return SessionLogExporter::tr("Failed: %1 at stage %2")
            .arg(errorCodeName(result.error.code), stageName(*result.error.stage));
    return SessionLogExporter::tr("Failed: %1").arg(errorCodeName(result.error.code));
}

} // namespace

std::optional<SessionLogExporter::Format> SessionLogExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt" || suffix == u"log")
        return Format::Text;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

QString SessionLogExporter::prefixFor(TranscriptEvent::Kind kind)
{
    switch (kind) {
    case TranscriptEvent::Kind::Server:
        return QStringLiteral("S: ");
    case TranscriptEvent::Kind::Client:
        return QStringLiteral("C: ");
    case TranscriptEvent::Kind::Tls:
    case TranscriptEvent::Kind::Info:
        return QStringLiteral("* ");
    case TranscriptEvent::Kind::Warning:
    case TranscriptEvent::Kind::Error:
        return QStringLiteral("! ");
    }
    return {};
}

QString SessionLogExporter::proxyWithoutCredentials(const QString &proxy)
{
    return ProxyUrl::withoutCredentials(proxy);
}

QString SessionLogExporter::replyText(const Reply &reply)
{
    if (reply.lines.isEmpty())
        return QString::number(reply.code);
    QStringList lines;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        const QChar separator = i + 1 < reply.lines.size() ? u'-' : u' ';
        lines << QString::number(reply.code) + separator + escapeUntrustedBytes(reply.lines.at(i));
    }
    return lines.join(u'\n');
}

QJsonObject SessionLogExporter::eventToJson(const TranscriptEvent &event)
{
    QJsonObject object{
        {QStringLiteral("t_ms"), event.elapsedMs},
        {QStringLiteral("wall"), event.wallClock.isValid() ? QJsonValue(event.wallClock.toString(Qt::ISODateWithMs))
                                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("kind"), TranscriptEvent::kindName(event.kind)},
        {QStringLiteral("text"), jsonText(event.text)},
        {QStringLiteral("redacted"), event.redacted},
        {QStringLiteral("before_tls"), event.beforeTls},
    };
    // Redacted lines hold only their redacted form in raw, so the bytes are safe to include.
    if (!event.raw.isEmpty())
        object.insert(QStringLiteral("raw_base64"), QString::fromLatin1(event.raw.toBase64()));
    return object;
}

QJsonObject SessionLogExporter::timingsToJson(const PhaseTimings &timings)
{
    QJsonObject object;
    for (const PhaseTiming &timing : timings) {
        QString key = timing.name;
        for (int n = 2; object.contains(key); ++n)
            key = timing.name + u'#' + QString::number(n);
        object.insert(key, QJsonObject{
                               {QStringLiteral("start_ms"), timing.startMs},
                               {QStringLiteral("duration_ms"), timing.durationMs},
                           });
    }
    return object;
}

QJsonObject SessionLogExporter::resultToJson(const SessionResult &result, const QStringList &settingsRecipients)
{
    const QStringList &recipients = result.recipients.isEmpty() ? settingsRecipients : result.recipients;
    QJsonValue error = QJsonValue::Null;
    if (result.error.isError()) {
        const SessionError &e = result.error;
        QJsonObject object{
            {QStringLiteral("code"), errorCodeName(e.code)},
            {QStringLiteral("message"), jsonText(e.message)},
            {QStringLiteral("stage"), e.stage ? QJsonValue(stageName(*e.stage)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reply"), e.reply ? QJsonValue(replyText(*e.reply)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reply_code"), e.reply ? QJsonValue(e.reply->code) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("enhanced"),
             e.reply ? stringOrNull(enhancedText(e.reply->enhanced)) : QJsonValue(QJsonValue::Null)},
        };
        // What the reply's code means and what to do, for whoever reads the failure.
        if (const QString explanation = e.reply ? ReplyExplanation::explain(*e.reply) : QString();
            !explanation.isEmpty())
            object.insert(QStringLiteral("explanation"), explanation);
        error = object;
    }
    QJsonArray recipientReplies;
    for (qsizetype i = 0; i < result.recipientReplies.size(); ++i) {
        QJsonObject reply = replyToJson(result.recipientReplies.at(i));
        reply.insert(QStringLiteral("recipient"),
                     i < recipients.size() ? jsonText(recipients.at(i)) : QJsonValue(QJsonValue::Null));
        recipientReplies.append(reply);
    }
    QJsonObject object{
        {QStringLiteral("ok"), result.ok()},
        {QStringLiteral("error"), error},
        {QStringLiteral("tls"),
         result.tls ? neutraliseJsonStrings(result.tls->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("timings"), timingsToJson(result.timings)},
        {QStringLiteral("capabilities"),
         QJsonObject{
             {QStringLiteral("before_tls"), capabilitiesToJson(result.capabilitiesBeforeTls)},
             {QStringLiteral("after_tls"), capabilitiesToJson(result.capabilitiesAfterTls)},
         }},
        {QStringLiteral("recipients"), recipientReplies},
    };
    // LMTP (RFC 2033 §4.2): one reply to the message per accepted recipient.
    QJsonArray deliveries;
    for (qsizetype i = 0; i < result.deliveryReplies.size(); ++i) {
        QJsonObject reply = replyToJson(result.deliveryReplies.at(i));
        reply.insert(QStringLiteral("recipient"), jsonText(result.deliveryRecipients.value(i)));
        deliveries.append(reply);
    }
    if (!deliveries.isEmpty())
        object.insert(QStringLiteral("deliveries"), deliveries);
    return object;
}

QJsonObject SessionLogExporter::logResultJson(const SessionLog &log)
{
    QJsonObject result = resultToJson(*log.result, log.settings.message.to);
    // A snapshot of a running session is neither a success nor a failure.
    result.insert(QStringLiteral("finished"), log.finished);
    if (!log.finished)
        result.insert(QStringLiteral("ok"), QJsonValue::Null);
    return result;
}

QString SessionLogExporter::durationText(qint64 ms)
{
    constexpr qint64 millisecondsShownUpTo = 10 * 1000;
    constexpr qint64 minute = 60 * 1000;
    if (ms < millisecondsShownUpTo)
        return tr("%1 ms").arg(ms);
    if (ms < minute)
        return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / minute).arg(QString::number(double(ms % minute) / 1000.0, 'f', 1));
}

QStringList SessionLogExporter::timingsToTextLines(const PhaseTimings &timings)
{
    qsizetype width = 0;
    for (const PhaseTiming &timing : timings)
        width = std::max(width, timing.name.size());
    QStringList lines;
    for (const PhaseTiming &timing : timings)
        lines << QStringLiteral("%1 %2").arg(timing.name, -int(width)).arg(durationText(timing.durationMs), 12);
    return lines;
}

namespace
{

/// The text log, one line at a time into @p out (which takes QString lines with operator<<), so that a long transcript
/// can be written as it is read rather than held whole.
template <typename LineSink>
void textLog(const SessionLog &log, LineSink &out, QString *transcriptError)
{
    out << SessionLogExporter::tr("SMTP Workbench session log: %1").arg(plainText(log.title));
    if (log.transcript.startedAt().isValid())
        out << SessionLogExporter::tr("Started: %1").arg(zonedTime(log.transcript.startedAt()));
    if (log.exportedAt.isValid())
        out << SessionLogExporter::tr("Exported: %1").arg(zonedTime(log.exportedAt));
    out << SessionLogExporter::tr("Software: SMTP Workbench %1, Qt %2, %3")
               .arg(log.appVersion, log.qtVersion,
                    log.sslLibraryVersion.isEmpty() ? SessionLogExporter::tr("no TLS library") : log.sslLibraryVersion);

    out << QString() << SessionLogExporter::tr("Settings");
    for (const QString &line : SettingsReport::toTextLines(log.settings))
        out << QStringLiteral("  ") + line;

    out << QString() << SessionLogExporter::tr("Transcript");
    const auto isPlaintext = [](const TranscriptEvent &event) {
        return event.beforeTls && event.kind == TranscriptEvent::Kind::Server;
    };
    // The note comes before the lines; a first pass finds whether it is needed (cheap: nothing is formatted).
    bool anyPlaintext = false;
    log.transcript.forEach([&](const TranscriptEvent &event) { anyPlaintext = anyPlaintext || isPlaintext(event); });
    if (anyPlaintext)
        out << SessionLogExporter::tr("(Server lines marked [plaintext] were received before TLS: not authenticated.)");
    log.transcript.forEach(
        [&](const TranscriptEvent &event) {
            // One event, one line: a line break in the text is shown as \n, never started.
            QString line = QStringLiteral("%1 %2 %3%4")
                               .arg(wallText(event.wallClock), elapsedText(event.elapsedMs),
                                    SessionLogExporter::prefixFor(event.kind), plainText(event.text));
            if (event.redacted)
                line += SessionLogExporter::tr("  [redacted]");
            // The same mark as the HTML export's badge, after the text: the server's text cannot remove it.
            if (isPlaintext(event))
                line += SessionLogExporter::tr("  [plaintext]");
            out << line;
        },
        transcriptError);

    if (log.result) {
        const SessionResult &result = *log.result;
        out << QString() << SessionLogExporter::tr("Result")
            << QStringLiteral("  ") + resultHeadline(result, log.finished);
        if (result.error.isError()) {
            out << QStringLiteral("  ") + plainText(result.error.message);
            if (result.error.reply)
                out << SessionLogExporter::tr("  Server reply: %1")
                           .arg(indentLines(SessionLogExporter::replyText(*result.error.reply),
                                            QStringLiteral("                ")));
        }
        for (qsizetype i = 0; i < result.recipientReplies.size(); ++i) {
            const QString recipient = recipientAt(log, i);
            out << SessionLogExporter::tr("  RCPT %1: %2")
                       .arg(plainText(recipient),
                            SessionLogExporter::replyText(result.recipientReplies.at(i)).replace(u'\n', u' '));
        }

        const auto addCapabilities = [&out](const QString &heading, const std::optional<Capabilities> &caps) {
            if (!caps)
                return;
            out << QString() << heading;
            for (const Capability &capability : caps->all())
                out << QStringLiteral("  ") + plainText(capabilityLine(capability));
            for (const QString &warning : caps->warnings())
                out << QStringLiteral("  ! ") + plainText(warning);
        };
        addCapabilities(result.capabilitiesAfterTls ? SessionLogExporter::tr("Capabilities before TLS")
                                                    : SessionLogExporter::tr("Capabilities"),
                        result.capabilitiesBeforeTls);
        addCapabilities(SessionLogExporter::tr("Capabilities after TLS"), result.capabilitiesAfterTls);

        if (result.tls) {
            out << QString() << SessionLogExporter::tr("TLS and certificates");
            for (const QString &line : result.tls->toTextLines())
                out << QStringLiteral("  ") + plainText(line);
        }
        if (!result.timings.isEmpty()) {
            out << QString() << SessionLogExporter::tr("Timings");
            for (const QString &line : SessionLogExporter::timingsToTextLines(result.timings))
                out << QStringLiteral("  ") + line;
        }
    } else {
        out << QString() << SessionLogExporter::tr("Result")
            << SessionLogExporter::tr("  The session had not finished.");
    }
}

/// Collects UTF-8 lines and writes them to a file a megabyte at a time.
class FileLineSink
{
public:
    explicit FileLineSink(QIODevice &file) : m_file(file) {}
    FileLineSink &operator<<(const QString &line)
    {
        m_buffer += line.toUtf8();
        m_buffer += '\n';
        if (m_buffer.size() >= 1024 * 1024)
            flush();
        return *this;
    }
    bool flush()
    {
        m_ok = m_ok && m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return m_ok;
    }

private:
    QIODevice &m_file;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace

QString SessionLogExporter::toText(const SessionLog &log, QString *transcriptError)
{
    QStringList out;
    textLog(log, out, transcriptError);
    return out.join(u'\n') + u'\n';
}

QString SessionLogExporter::toHtml(const SessionLog &log, QString *transcriptError)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Defence in depth: even if some text escaped its escaping, the page may run no script and load nothing.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<title>%1</title>\n")
               .arg(html(SessionLogExporter::tr("SMTP Workbench session log: %1").arg(log.title)));
    out += QStringLiteral("<style>") + QString::fromUtf8(sessionLogHtmlStyle) +
           QStringLiteral("</style>\n</head>\n<body>\n");

    out += QStringLiteral("<h1>%1</h1>\n").arg(html(SessionLogExporter::tr("Session log: %1").arg(log.title)));
    QStringList meta;
    if (log.transcript.startedAt().isValid())
        meta << SessionLogExporter::tr("Started %1").arg(zonedTime(log.transcript.startedAt()));
    meta << SessionLogExporter::tr("SMTP Workbench %1, Qt %2, %3")
                .arg(log.appVersion, log.qtVersion,
                     log.sslLibraryVersion.isEmpty() ? SessionLogExporter::tr("no TLS library")
                                                     : log.sslLibraryVersion);
    out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(html(meta.join(QStringLiteral(" · "))));

    if (log.result) {
        const SessionResult &result = *log.result;
        out += QStringLiteral("<p class=\"%1\">%2</p>\n")
                   .arg(!log.finished ? QStringLiteral("running")
                        : result.ok() ? QStringLiteral("ok")
                                      : QStringLiteral("failed"),
                        html(resultHeadline(result, log.finished)));
        if (result.error.isError()) {
            out += QStringLiteral("<p>%1</p>\n").arg(html(result.error.message));
            if (result.error.reply)
                out += QStringLiteral("<pre>%1</pre>\n").arg(htmlLines(replyText(*result.error.reply).split(u'\n')));
        }
    }

    out += QStringLiteral("<h2>%1</h2>\n<table class=\"kv\">\n").arg(html(SessionLogExporter::tr("Settings")));
    for (const QString &line : SettingsReport::toTextLines(log.settings)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        appendRow(out, line.left(colon), line.mid(colon + 2));
    }
    out += QStringLiteral("</table>\n");

    out +=
        QStringLiteral("<h2>%1</h2>\n<table class=\"transcript\">\n").arg(html(SessionLogExporter::tr("Transcript")));
    log.transcript.forEach(
        [&out](const TranscriptEvent &event) {
            QString badges;
            if (event.redacted)
                badges +=
                    QStringLiteral("<span class=\"badge\">%1</span>").arg(html(SessionLogExporter::tr("redacted")));
            if (event.beforeTls && event.kind == TranscriptEvent::Kind::Server)
                badges += QStringLiteral("<span class=\"badge\" title=\"%1\">%2</span>")
                              .arg(html(SessionLogExporter::tr("Received before TLS: not authenticated")),
                                   html(SessionLogExporter::tr("plaintext")));
            out += QStringLiteral("<tr class=\"%1\"><td class=\"time\" title=\"%2\">%3</td><td class=\"prefix\">%4</td>"
                                  "<td class=\"text\">%5%6</td></tr>\n")
                       .arg(TranscriptEvent::kindName(event.kind), html(wallText(event.wallClock)),
                            html(elapsedText(event.elapsedMs)), html(prefixFor(event.kind).trimmed()), html(event.text),
                            badges);
        },
        transcriptError);
    out += QStringLiteral("</table>\n");

    if (log.result) {
        const SessionResult &result = *log.result;
        if (!result.recipientReplies.isEmpty()) {
            out +=
                QStringLiteral("<h2>%1</h2>\n<table class=\"kv\">\n").arg(html(SessionLogExporter::tr("Recipients")));
            for (qsizetype i = 0; i < result.recipientReplies.size(); ++i)
                appendRow(out, recipientAt(log, i), replyText(result.recipientReplies.at(i)).replace(u'\n', u' '));
            out += QStringLiteral("</table>\n");
        }
        const auto addCapabilities = [&out](const QString &heading, const std::optional<Capabilities> &caps) {
            if (!caps)
                return;
            out += QStringLiteral("<h2>%1</h2>\n<pre>").arg(html(heading));
            QStringList lines;
            for (const Capability &capability : caps->all())
                lines << capabilityLine(capability);
            for (const QString &warning : caps->warnings())
                lines << QStringLiteral("! ") + warning;
            out += htmlLines(lines) + QStringLiteral("</pre>\n");
        };
        addCapabilities(result.capabilitiesAfterTls ? SessionLogExporter::tr("Capabilities before TLS")
                                                    : SessionLogExporter::tr("Capabilities"),
                        result.capabilitiesBeforeTls);
        addCapabilities(SessionLogExporter::tr("Capabilities after TLS"), result.capabilitiesAfterTls);
        if (result.tls) {
            out += QStringLiteral("<h2>%1</h2>\n").arg(html(SessionLogExporter::tr("TLS and certificates")));
            appendCertificateReport(out, *result.tls);
        }
        if (!result.timings.isEmpty()) {
            out += QStringLiteral("<h2>%1</h2>\n<table class=\"kv\">\n").arg(html(SessionLogExporter::tr("Timings")));
            for (const PhaseTiming &timing : result.timings)
                appendRow(out, timing.name, durationText(timing.durationMs));
            out += QStringLiteral("</table>\n");
        }
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QJsonObject SessionLogExporter::toJson(const SessionLog &log, QString *transcriptError)
{
    QJsonArray events;
    log.transcript.forEach([&events](const TranscriptEvent &event) { events.append(eventToJson(event)); },
                           transcriptError);
    const QDateTime started = log.transcript.startedAt();
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("smtp-workbench-session-log")},
        {QStringLiteral("version"), logFormatVersion},
        {QStringLiteral("meta"),
         QJsonObject{
             {QStringLiteral("title"), jsonText(log.title)},
             {QStringLiteral("app_version"), log.appVersion},
             {QStringLiteral("qt_version"), log.qtVersion},
             {QStringLiteral("ssl_library"), log.sslLibraryVersion},
             {QStringLiteral("started_at"),
              started.isValid() ? QJsonValue(zonedTime(started)) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("exported_at"),
              log.exportedAt.isValid() ? QJsonValue(zonedTime(log.exportedAt)) : QJsonValue(QJsonValue::Null)},
         }},
        {QStringLiteral("settings"), SettingsReport::toJson(log.settings)},
        {QStringLiteral("events"), events},
        {QStringLiteral("result"), log.result ? QJsonValue(logResultJson(log)) : QJsonValue(QJsonValue::Null)},
    };
}

QByteArray SessionLogExporter::render(const SessionLog &log, Format format, QString *transcriptError)
{
    switch (format) {
    case Format::Html:
        return toHtml(log, transcriptError).toUtf8();
    case Format::Json:
        return QJsonDocument(toJson(log, transcriptError)).toJson(QJsonDocument::Indented);
    case Format::FromExtension:
    case Format::Text:
        break;
    }
    return toText(log, transcriptError).toUtf8();
}

ExportResult SessionLogExporter::writeToFile(const SessionLog &log, const QString &path, Format format)
{
    ExportResult result;
    result.path = path;
    if (format == Format::FromExtension) {
        const std::optional<Format> chosen = formatForPath(path);
        if (!chosen) {
            result.errorMessage =
                SessionLogExporter::tr("Cannot tell the format of %1: use a name ending in .txt, .log, .html, "
                                       ".htm or .json.")
                    .arg(path);
            return result;
        }
        format = *chosen;
    }

    // A log may name users, hosts and message contents: readable by its owner only.
    result.errorMessage = AtomicFile::write(path, FileAccess::OwnerOnly, [&log, format](QIODevice &file) {
                              QString transcriptError;
                              bool written = true;
                              if (format == Format::Text) {
                                  // Streamed: a transcript of a million lines is never held whole as text.
                                  FileLineSink sink(file);
                                  textLog(log, sink, &transcriptError);
                                  written = sink.flush();
                              } else {
                                  const QByteArray bytes = render(log, format, &transcriptError);
                                  written = file.write(bytes) == bytes.size();
                              }
                              // A log with lines missing must not pass for the whole session.
                              if (!transcriptError.isEmpty())
                                  return transcriptError;
                              return written ? QString() : file.errorString();
                          }).message;
    return result;
}

} // namespace Smtp
