#include "recordedexchange.h"

#include "core/protocol/replyparser.h"

namespace Smtp
{

namespace
{

class Pairing
{
public:
    QList<RecordedExchange> run(const QList<TranscriptEvent> &events);

private:
    void clientLine(const TranscriptEvent &event);
    // False once the server's lines are no valid reply.
    bool serverLine(const TranscriptEvent &event);
    void answer(Reply reply);

    QList<RecordedExchange> m_exchanges;
    // Indices of exchanges whose reply has not come yet, oldest first.
    QList<qsizetype> m_outstanding;
    ReplyParser m_parser;
    bool m_bannerSeen = false;
    bool m_nextLineIsAuthResponse = false;
    bool m_inMessageText = false;
};

QList<RecordedExchange> Pairing::run(const QList<TranscriptEvent> &events)
{
    for (const TranscriptEvent &event : events) {
        if (event.kind == TranscriptEvent::Kind::Client)
            clientLine(event);
        else if (event.kind == TranscriptEvent::Kind::Server && !serverLine(event))
            break;
    }
    return m_exchanges;
}

void Pairing::clientLine(const TranscriptEvent &event)
{
    // RFC 5321 §4.1.1.4: after the 354, lines are message text until the lone dot; no reply comes before its end.
    if (m_inMessageText)
        return;
    RecordedExchange exchange;
    exchange.role = m_nextLineIsAuthResponse ? RecordedExchange::Role::AuthResponse : RecordedExchange::Role::Command;
    exchange.line = event.raw;
    exchange.redacted = event.redacted;
    m_nextLineIsAuthResponse = false;
    m_exchanges.append(exchange);
    m_outstanding.append(m_exchanges.size() - 1);
}

bool Pairing::serverLine(const TranscriptEvent &event)
{
    // The transcript holds each line without its line end; the parser needs it to see where a reply ends.
    if (!m_parser.feed(QByteArray(event.raw + "\r\n"))) {
        RecordedExchange malformed;
        malformed.role = RecordedExchange::Role::Malformed;
        m_exchanges.append(malformed);
        return false;
    }
    while (m_parser.hasReply())
        answer(m_parser.takeReply());
    return true;
}

void Pairing::answer(Reply reply)
{
    if (m_outstanding.isEmpty()) {
        RecordedExchange exchange;
        exchange.role = m_bannerSeen ? RecordedExchange::Role::Unsolicited : RecordedExchange::Role::Banner;
        exchange.reply = std::move(reply);
        m_exchanges.append(exchange);
        m_bannerSeen = true;
        return;
    }
    m_bannerSeen = true;
    RecordedExchange &exchange = m_exchanges[m_outstanding.takeFirst()];
    exchange.reply = std::move(reply);
    const int code = exchange.reply->code;
    const bool inAuth = exchange.role == RecordedExchange::Role::AuthResponse ||
                        (exchange.role == RecordedExchange::Role::Command && exchange.verb() == "AUTH");
    // RFC 4954 §4: a 334 asks for one more line of the exchange.
    m_nextLineIsAuthResponse = inAuth && code == 334;
    if (exchange.role == RecordedExchange::Role::EndOfData) {
        m_inMessageText = false;
    } else if (exchange.role == RecordedExchange::Role::Command && exchange.verb() == "DATA" && code == 354) {
        m_inMessageText = true;
        RecordedExchange endOfData;
        endOfData.role = RecordedExchange::Role::EndOfData;
        m_exchanges.append(endOfData);
        m_outstanding.append(m_exchanges.size() - 1);
    }
}

} // namespace

QByteArray RecordedExchange::verb() const
{
    const QByteArray trimmed = line.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed.at(end) != ' ' && trimmed.at(end) != '\t')
        ++end;
    return trimmed.left(end).toUpper();
}

QList<RecordedExchange> RecordedExchange::fromTranscript(const QList<TranscriptEvent> &events)
{
    return Pairing().run(events);
}

} // namespace Smtp
