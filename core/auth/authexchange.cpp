#include "authexchange.h"

#include "core/protocol/smtpcommand.h"
#include "redaction.h"
#include "secretwipe.h"

#include <utility>

namespace Smtp
{

namespace
{

QByteArray withoutCrlf(const QByteArray &line)
{
    return line.endsWith("\r\n") ? line.chopped(2) : line;
}

} // namespace

AuthExchange::AuthExchange(std::unique_ptr<SaslMechanism> mechanism, bool useInitialResponse, int maxChallenges)
    : m_mechanism(std::move(mechanism)), m_useInitialResponse(useInitialResponse), m_maxChallenges(maxChallenges)
{
    Q_ASSERT(m_mechanism);
}

AuthExchange::~AuthExchange()
{
    if (m_pendingInitialResponse)
        wipeSecret(*m_pendingInitialResponse);
}

AuthExchange::Action AuthExchange::start()
{
    if (m_state != State::NotStarted)
        return fail(AuthExchange::tr("The AUTH exchange was already started."), false);
    m_state = State::Waiting;
    const QString name = m_mechanism->name();
    SmtpCommand command = SmtpCommand::auth(name);
    if (m_useInitialResponse && m_mechanism->hasInitialResponse()) {
        QByteArray initial = m_mechanism->initialResponse();
        QByteArray encoded = encodeInitialResponse(initial);
        SmtpCommand withResponse = SmtpCommand::auth(name, encoded);
        wipeSecret(encoded);
        // RFC 4954 §4: if the initial response would make the AUTH line too long, the client MUST NOT use it and
        // sends it after the server's empty challenge instead.
        if (withResponse.isValid() && withResponse.bytes.size() <= maxCommandLength)
            command = std::move(withResponse);
        else
            m_pendingInitialResponse = std::exchange(initial, QByteArray());
        wipeSecret(initial);
        wipeSecret(withResponse.bytes);
    }
    if (!command.isValid())
        return fail(command.error, false);
    Action action;
    action.kind = Action::Kind::Send;
    action.line = command.bytes;
    action.loggedLine =
        m_pendingInitialResponse ? withoutCrlf(command.bytes) : m_mechanism->redactedForm(command.bytes, true);
    action.redacted = isRedactedForm(command.bytes, action.loggedLine);
    return action;
}

std::optional<QByteArray> AuthExchange::challengeText(const Reply &reply)
{
    // RFC 4954 §7: continue-req = "334" SP [base64] CRLF, one line.
    if (reply.code != 334 || reply.lines.size() != 1)
        return std::nullopt;
    return reply.lines.first();
}

QByteArray AuthExchange::successData(const Reply &reply)
{
    if (reply.code != 235 || reply.lines.isEmpty())
        return {};
    QByteArray text = reply.lines.first().trimmed();
    if (reply.enhanced.isValid()) {
        const qsizetype space = text.indexOf(' ');
        text = space < 0 ? QByteArray() : text.mid(space + 1).trimmed();
    }
    if (text.isEmpty() || text.contains(' '))
        return {};
    return decodeStrictBase64(text).value_or(QByteArray());
}

AuthExchange::Action AuthExchange::handleReply(const Reply &reply)
{
    switch (m_state) {
    case State::NotStarted:
        return fail(AuthExchange::tr("The server replied before the AUTH command was sent."), true);
    case State::Finished:
        return fail(AuthExchange::tr("The server sent a reply after the AUTH exchange had ended."), true);
    case State::Cancelled:
        // The reply to "*" (RFC 4954 §4: the server rejects with 501) ends the exchange with the reason for it.
        return fail(m_cancelReason, m_cancelIsViolation);
    case State::Waiting:
        break;
    }

    if (reply.code == 235) {
        // Only a mechanism still waiting for the server's proof (SCRAM) looks at the 235 text.
        const QByteArray data = m_mechanism->isComplete() ? QByteArray() : successData(reply);
        if (const QString problem = m_mechanism->verifyFinal(data); !problem.isEmpty())
            return fail(problem, false);
        if (!m_mechanism->isComplete())
            return fail(AuthExchange::tr("The server reported success before the %1 exchange was complete.")
                            .arg(m_mechanism->name()),
                        true);
        Action action;
        action.kind = Action::Kind::Succeeded;
        m_state = State::Finished;
        return action;
    }
    if (reply.code != 334) {
        if (reply.isTransientFailure() || reply.isPermanentFailure())
            return fail(AuthExchange::tr("The server refused the authentication: %1").arg(reply.summary()), false);
        return fail(
            AuthExchange::tr("The server answered the AUTH exchange with an unexpected reply: %1").arg(reply.summary()),
            true);
    }

    if (++m_challenges > m_maxChallenges)
        return cancel(AuthExchange::tr("The server sent more than %1 AUTH challenges.").arg(m_maxChallenges), true);
    const std::optional<QByteArray> text = challengeText(reply);
    if (!text)
        return cancel(AuthExchange::tr("The server sent a multi-line AUTH challenge."), true);
    if (text->size() > maxChallengeSize)
        return cancel(AuthExchange::tr("The server sent an AUTH challenge of %1 octets; at most %2 are accepted.")
                          .arg(text->size())
                          .arg(maxChallengeSize),
                      true);
    // RFC 4954 §4: "If the client cannot BASE64 decode any of the server's challenges, it MUST cancel".
    const std::optional<QByteArray> challenge = decodeStrictBase64(*text);
    if (!challenge)
        return cancel(AuthExchange::tr("The server sent an AUTH challenge that is not valid base64."), true);

    if (m_pendingInitialResponse) {
        QByteArray initial = std::move(*m_pendingInitialResponse);
        m_pendingInitialResponse.reset();
        if (!challenge->isEmpty()) {
            wipeSecret(initial);
            return cancel(AuthExchange::tr("The server sent a non-empty challenge where the client speaks first."),
                          true);
        }
        return send(std::move(initial));
    }

    SaslMechanism::Step step = m_mechanism->respond(*challenge);
    if (step.isFailure())
        return cancel(step.error, false);
    Action action = send(std::move(step.response));
    action.serverMessage = step.serverMessage;
    return action;
}

AuthExchange::Action AuthExchange::send(QByteArray rawResponse)
{
    QByteArray encoded = rawResponse.toBase64();
    wipeSecret(rawResponse);
    const SmtpCommand line = SmtpCommand::authResponse(encoded);
    wipeSecret(encoded);
    if (!line.isValid())
        return cancel(line.error, false);
    Action action;
    action.kind = Action::Kind::Send;
    action.line = line.bytes;
    action.loggedLine = m_mechanism->redactedForm(line.bytes, false);
    action.redacted = isRedactedForm(line.bytes, action.loggedLine);
    return action;
}

AuthExchange::Action AuthExchange::cancel(const QString &reason, bool protocolViolation)
{
    m_state = State::Cancelled;
    m_cancelReason = reason;
    m_cancelIsViolation = protocolViolation;
    Action action;
    action.kind = Action::Kind::Send;
    action.line = QByteArrayLiteral("*\r\n");
    action.loggedLine = QByteArrayLiteral("*");
    action.error = reason;
    action.protocolViolation = protocolViolation;
    return action;
}

AuthExchange::Action AuthExchange::fail(const QString &reason, bool protocolViolation)
{
    m_state = State::Finished;
    Action action;
    action.kind = Action::Kind::Failed;
    action.error = reason;
    action.protocolViolation = protocolViolation;
    return action;
}

} // namespace Smtp
