#include "scenariorecorder.h"

#include "core/text/untrustedtext.h"
#include "recordedexchange.h"
#include "scenariostep.h"

#include <optional>

namespace Smtp
{

namespace
{

using Role = RecordedExchange::Role;
using Kind = ScenarioStep::Kind;

bool isGreeting(const RecordedExchange &exchange)
{
    const QByteArray verb = exchange.verb();
    return exchange.role == Role::Command && (verb == "EHLO" || verb == "HELO" || verb == "LHLO");
}

bool isCommand(const RecordedExchange &exchange, const char *verb)
{
    return exchange.role == Role::Command && exchange.verb() == verb;
}

class Recorder
{
public:
    explicit Recorder(const QList<RecordedExchange> &exchanges) : m_exchanges(exchanges) {}

    QString run();

private:
    // Each returns the index of the last exchange the step took.
    qsizetype greeting(qsizetype first) const;
    qsizetype startTls(qsizetype first) const;
    qsizetype auth(qsizetype first) const;
    std::optional<qsizetype> message(qsizetype first) const;

    qsizetype command(qsizetype index);
    void step(Kind kind, qsizetype first, qsizetype last, const QString &argument = {});
    void comment(const QString &text);

    const QList<RecordedExchange> &m_exchanges;
    QStringList m_lines;
};

QString Recorder::run()
{
    comment(ScenarioRecorder::tr("Recorded by SMTP Workbench. Replay it with --scenario and the same connection "
                                 "settings: auth uses their credentials, message their --from, --to and --data."));
    for (qsizetype i = 0; i < m_exchanges.size(); ++i) {
        const RecordedExchange &exchange = m_exchanges.at(i);
        switch (exchange.role) {
        case Role::Banner:
            m_lines.append(QStringLiteral("expect ") + QString::number(exchange.reply->code));
            break;
        case Role::Unsolicited:
            comment(ScenarioRecorder::tr("The server sent %1 unasked; a scenario cannot expect that.")
                        .arg(exchange.reply->summary()));
            break;
        case Role::Malformed:
            comment(ScenarioRecorder::tr("The server's next reply was malformed; the recording stops here."));
            return m_lines.join(u'\n') + u'\n';
        case Role::AuthResponse:
        case Role::EndOfData:
            // Only after AUTH or DATA, which take them.
            break;
        case Role::Command:
            i = command(i);
            break;
        }
    }
    if (m_exchanges.isEmpty())
        comment(ScenarioRecorder::tr("The session ended before the server's greeting: there is nothing to replay."));
    return m_lines.join(u'\n') + u'\n';
}

qsizetype Recorder::command(qsizetype index)
{
    const RecordedExchange &exchange = m_exchanges.at(index);
    const QByteArray verb = exchange.verb();
    if (verb == "AUTH") {
        const qsizetype last = auth(index);
        step(Kind::Auth, index, last);
        return last;
    }
    if (exchange.redacted) {
        comment(ScenarioRecorder::tr("A line that held a secret was left out."));
        return index;
    }
    if (isGreeting(exchange)) {
        const qsizetype last = greeting(index);
        step(Kind::Ehlo, index, last);
        return last;
    }
    if (verb == "STARTTLS") {
        const qsizetype last = startTls(index);
        step(Kind::StartTls, index, last);
        return last;
    }
    if (verb == "MAIL") {
        if (const std::optional<qsizetype> last = message(index)) {
            step(Kind::Message, index, *last);
            return *last;
        }
    }
    if (verb == "QUIT") {
        step(Kind::Quit, index, index);
        return index;
    }
    const QString line = QString::fromUtf8(exchange.line);
    QString problem = ScenarioStep::sendProblem(line);
    if (problem.isEmpty() && line.toUtf8() != exchange.line)
        problem = ScenarioRecorder::tr("It is not valid UTF-8.");
    if (!problem.isEmpty()) {
        comment(ScenarioRecorder::tr("Left out \"%1\": %2").arg(escapeUntrustedBytes(exchange.line), problem));
        // A lone DATA takes its message text with it.
        const bool takesText = index + 1 < m_exchanges.size() && m_exchanges.at(index + 1).role == Role::EndOfData;
        return takesText ? index + 1 : index;
    }
    step(Kind::Send, index, index, line);
    return index;
}

qsizetype Recorder::greeting(qsizetype first) const
{
    // The session falls back to HELO when EHLO is refused and nothing needs ESMTP: one `ehlo` step does the same.
    const RecordedExchange &exchange = m_exchanges.at(first);
    const bool refused =
        exchange.reply && (exchange.reply->isPermanentFailure() || exchange.reply->isTransientFailure());
    if (refused && exchange.verb() == "EHLO" && first + 1 < m_exchanges.size() &&
        isCommand(m_exchanges.at(first + 1), "HELO"))
        return first + 1;
    return first;
}

qsizetype Recorder::startTls(qsizetype first) const
{
    // RFC 3207 §4.2: the EHLO after the handshake belongs to the step.
    const RecordedExchange &exchange = m_exchanges.at(first);
    if (exchange.reply && exchange.reply->code == 220 && first + 1 < m_exchanges.size() &&
        isGreeting(m_exchanges.at(first + 1)))
        return greeting(first + 1);
    return first;
}

qsizetype Recorder::auth(qsizetype first) const
{
    qsizetype last = first;
    while (last + 1 < m_exchanges.size() && m_exchanges.at(last + 1).role == Role::AuthResponse)
        ++last;
    return last;
}

std::optional<qsizetype> Recorder::message(qsizetype first) const
{
    qsizetype next = first + 1;
    while (next < m_exchanges.size() && isCommand(m_exchanges.at(next), "RCPT"))
        ++next;
    if (next == m_exchanges.size())
        return std::nullopt;
    if (isCommand(m_exchanges.at(next), "BDAT"))
        return next;
    if (!isCommand(m_exchanges.at(next), "DATA"))
        return std::nullopt;
    if (next + 1 < m_exchanges.size() && m_exchanges.at(next + 1).role == Role::EndOfData)
        return next + 1;
    return next;
}

void Recorder::step(Kind kind, qsizetype first, qsizetype last, const QString &argument)
{
    m_lines.append(argument.isEmpty() ? ScenarioStep::kindName(kind) : ScenarioStep::kindName(kind) + u' ' + argument);
    // The final reply: the last one the step received (pipelined replies come in order).
    for (qsizetype i = last; i >= first; --i) {
        if (const std::optional<Reply> &reply = m_exchanges.at(i).reply) {
            m_lines.append(QStringLiteral("expect ") + QString::number(reply->code));
            return;
        }
    }
}

void Recorder::comment(const QString &text)
{
    m_lines.append(QStringLiteral("# ") + neutraliseForDisplay(text));
}

} // namespace

QString ScenarioRecorder::record(const QList<TranscriptEvent> &events)
{
    return Recorder(RecordedExchange::fromTranscript(events)).run();
}

} // namespace Smtp
