#include "clioutput.h"

#include "core/sessionlog/sessionlogexporter.h"
#include "core/sessionlog/settingsreport.h"
#include "core/text/hexdump.h"
#include "core/text/untrustedtext.h"

#include <QFileDevice>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace Smtp
{

namespace
{

/// The terminal must never obey what a server sent, nor see a line break that did not come from us: server text was
/// escaped where it entered, and this catches what a message quotes of it.
QString printable(const QString &text)
{
    return neutraliseForDisplay(text);
}

/// One output line: a line break inside the text is shown as \n, so no text can start a line of its own.
QString prefixed(const QString &prefix, const QString &text)
{
    return prefix + printable(text);
}

/// Our own multi-line texts (a reply, a message from the profile store): each line prefixed and neutralised alone.
QString prefixedLines(const QString &prefix, const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << prefixed(prefix, line);
    return out.join(u'\n');
}

void flush(QIODevice *device)
{
    // Live output: a script reading the pipe must see each line as it happens, not when the buffer fills.
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

} // namespace

CliOutput::CliOutput(Mode mode, QIODevice *output, QIODevice *error) : m_mode(mode), m_output(output), m_error(error) {}

QString CliOutput::progressText(qint64 sent, qint64 total)
{
    const QLocale locale;
    const int percent = total > 0 ? int(sent * 100 / total) : 100;
    return tr("Sending the message: %1 of %2 (%3%)")
        .arg(locale.formattedDataSize(sent, 1), locale.formattedDataSize(total, 1))
        .arg(percent);
}

void CliOutput::writeProgress(qint64 sent, qint64 total)
{
    if (!m_progressShown || m_mode != Mode::Text)
        return;
    // "\r" and erase-to-end-of-line rewrite the one line; the last report ends it, so the transcript goes on below.
    const QByteArray line = '\r' + progressText(sent, total).toUtf8() + "\x1b[K" + (sent >= total ? "\n" : "");
    m_error->write(line);
    flush(m_error);
}

QString CliOutput::formatEvent(const TranscriptEvent &event)
{
    return prefixed(SessionLogExporter::prefixFor(event.kind), event.text);
}

QJsonObject CliOutput::resultObject(const SessionResult &result, const ConnectionSettings &settings)
{
    QJsonObject object = SessionLogExporter::resultToJson(result, settings.message.to);
    object.insert(QStringLiteral("kind"), QStringLiteral("result"));
    object.insert(QStringLiteral("exit_status"), int(exitStatusFor(result.error.code)));
    return object;
}

QStringList CliOutput::reportLines(const SessionResult &result, const ConnectionSettings &settings, bool verbose)
{
    QStringList lines;
    if (verbose) {
        const auto addCapabilities = [&lines](const QString &heading, const std::optional<Capabilities> &caps) {
            if (!caps)
                return;
            lines << QString() << heading;
            for (const Capability &capability : caps->all()) {
                const QString line = capability.parameters.isEmpty()
                                         ? capability.keyword
                                         : capability.keyword + u' ' + capability.parameters.join(u' ');
                lines << QStringLiteral("  ") + printable(line);
            }
            for (const QString &warning : caps->warnings())
                lines << QStringLiteral("  ! ") + printable(warning);
        };
        addCapabilities(result.capabilitiesAfterTls ? tr("Capabilities before TLS") : tr("Capabilities"),
                        result.capabilitiesBeforeTls);
        addCapabilities(tr("Capabilities after TLS"), result.capabilitiesAfterTls);
    }
    if (!result.recipientReplies.isEmpty()) {
        lines << QString() << tr("Recipients");
        for (qsizetype i = 0; i < result.recipientReplies.size(); ++i) {
            const QString recipient = i < settings.message.to.size() ? settings.message.to.at(i) : QString();
            lines << tr("  %1: %2")
                         .arg(printable(recipient),
                              SessionLogExporter::replyText(result.recipientReplies.at(i)).replace(u'\n', u' '));
        }
    }
    if (!result.deliveryReplies.isEmpty()) {
        lines << QString() << tr("Deliveries (LMTP)");
        for (qsizetype i = 0; i < result.deliveryReplies.size(); ++i)
            lines << tr("  %1: %2")
                         .arg(printable(result.deliveryRecipients.value(i)),
                              SessionLogExporter::replyText(result.deliveryReplies.at(i)).replace(u'\n', u' '));
    }
    if (result.tls) {
        lines << QString() << tr("TLS and certificate");
        for (const QString &line : result.tls->toTextLines())
            lines << QStringLiteral("  ") + printable(line);
    }
    if (!result.timings.isEmpty()) {
        lines << QString() << tr("Timings");
        for (const QString &line : SessionLogExporter::timingsToTextLines(result.timings))
            lines << QStringLiteral("  ") + printable(line);
    }
    lines << QString();
    if (result.ok())
        lines << tr("Result: OK");
    else if (result.error.stage)
        lines << tr("Result: FAILED (%1 at %2)").arg(errorCodeName(result.error.code), stageName(*result.error.stage));
    else
        lines << tr("Result: FAILED (%1)").arg(errorCodeName(result.error.code));
    return lines;
}

void CliOutput::writeSettings(const ConnectionSettings &settings)
{
    if (!m_verbose)
        return;
    if (m_mode == Mode::Json) {
        writeJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("settings")},
                              {QStringLiteral("settings"), SettingsReport::toJson(settings)}});
        return;
    }
    QStringList lines;
    for (const QString &line : SettingsReport::toTextLines(settings))
        lines << prefixed(QStringLiteral("* "), line);
    writeOut(lines.join(u'\n') + u'\n');
}

void CliOutput::writeEvents(const QList<TranscriptEvent> &events)
{
    if (events.isEmpty() || m_mode == Mode::Nagios)
        return;
    m_eventsWritten += events.size();
    if (m_mode == Mode::Json) {
        QByteArray bytes;
        for (const TranscriptEvent &event : events) {
            QJsonObject object = SessionLogExporter::eventToJson(event);
            if (m_hexShown && !event.raw.isEmpty())
                object.insert(QStringLiteral("raw_hex"), QString::fromLatin1(event.raw.toHex()));
            bytes += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        m_output->write(bytes);
        flush(m_output);
        return;
    }
    QString text;
    for (const TranscriptEvent &event : events) {
        text += formatEvent(event) + u'\n';
        // The bytes as recorded: a redacted line's are its redacted form, so no secret shows here either.
        if (m_hexShown)
            for (const QString &line : hexDumpLines(event.raw))
                text += QStringLiteral("    ") + line + u'\n';
    }
    writeOut(text);
}

void CliOutput::writeResult(const SessionResult &result, const ConnectionSettings &settings,
                            const std::optional<CertificateMemoryCheck> &memory)
{
    if (m_mode == Mode::Nagios)
        return;
    if (m_mode == Mode::Json) {
        QJsonObject object = resultObject(result, settings);
        if (memory)
            object.insert(QStringLiteral("certificate_memory"), memory->toJson());
        writeJson(object);
        return;
    }
    writeOut(reportLines(result, settings, m_verbose).join(u'\n') + u'\n');
    if (memory && memory->state == CertificateMemoryCheck::State::Changed)
        writeErr(prefixed(QStringLiteral("! "), memory->message()) + u'\n');
    if (result.error.isError()) {
        QString text =
            prefixed(QStringLiteral("! "), tr("%1: %2").arg(errorCodeName(result.error.code), result.error.message));
        if (result.error.reply) {
            const QString reply = tr("Server reply: %1").arg(SessionLogExporter::replyText(*result.error.reply));
            text += u'\n' + prefixedLines(QStringLiteral("! "), reply.split(u'\n'));
        }
        writeErr(text + u'\n');
    }
}

void CliOutput::writeNagios(const NagiosReport &report)
{
    writeOut(report.line + u'\n');
}

void CliOutput::writeFailure(ErrorCode code, const QString &message)
{
    if (m_mode == Mode::Nagios) {
        writeNagios(NagiosReport::forFailure(code, message));
        return;
    }
    if (m_mode == Mode::Json) {
        writeJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("error")},
                              {QStringLiteral("text"), printable(message)}});
        SessionResult result;
        result.error.code = code;
        result.error.message = message;
        writeJson(resultObject(result, {}));
        return;
    }
    writeErr(prefixedLines(QStringLiteral("! "), message.split(u'\n')) + u'\n');
}

void CliOutput::writeWarning(const QString &message)
{
    if (m_mode == Mode::Json) {
        writeJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("warning")},
                              {QStringLiteral("text"), printable(message)}});
        return;
    }
    writeErr(prefixedLines(QStringLiteral("! "), message.split(u'\n')) + u'\n');
}

void CliOutput::writeLines(const QStringList &lines)
{
    if (m_mode == Mode::Json) {
        for (const QString &line : lines)
            writeJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("info")}, {QStringLiteral("text"), line}});
        return;
    }
    if (!lines.isEmpty())
        writeOut(lines.join(u'\n') + u'\n');
}

void CliOutput::writeRecord(const QString &text, const QJsonObject &object)
{
    if (m_mode == Mode::Json)
        writeJson(object);
    else
        writeOut(printable(text) + u'\n');
}

void CliOutput::writeProbeSummary(const QList<Finding> &findings)
{
    const auto count = [&findings](Finding::Verdict verdict) {
        return int(std::count_if(findings.cbegin(), findings.cend(),
                                 [verdict](const Finding &finding) { return finding.verdict == verdict; }));
    };
    const int failed = count(Finding::Verdict::Fail);
    const ExitStatus status = failed > 0 ? ExitStatus::PolicyFailed : ExitStatus::Success;
    if (m_mode == Mode::Json) {
        writeJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("result")},
                              {QStringLiteral("ok"), failed == 0},
                              {QStringLiteral("exit_status"), int(status)},
                              {QStringLiteral("findings"), int(findings.size())},
                              {QStringLiteral("failed"), failed}});
        return;
    }
    writeOut(tr("Probes: %1 passed, %2 to look at, %3 failed, %4 not applicable.")
                 .arg(count(Finding::Verdict::Pass))
                 .arg(count(Finding::Verdict::Warn))
                 .arg(failed)
                 .arg(count(Finding::Verdict::NotApplicable)) +
             u'\n');
}

void CliOutput::writeSuccess()
{
    if (m_mode == Mode::Json)
        writeJson(resultObject(SessionResult{}, {}));
}

void CliOutput::writeOut(const QString &text)
{
    m_output->write(text.toUtf8());
    flush(m_output);
}

void CliOutput::writeErr(const QString &text)
{
    m_error->write(text.toUtf8());
    flush(m_error);
}

void CliOutput::writeJson(const QJsonObject &object)
{
    m_output->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    flush(m_output);
}

} // namespace Smtp
