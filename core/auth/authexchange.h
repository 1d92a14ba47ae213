#pragma once

#include "core/protocol/reply.h"
#include "saslmechanism.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Smtp
{

/// Drives one AUTH exchange (RFC 4954 §4) over a SaslMechanism: for each server reply, what to send next, already
/// framed, base64-encoded and redacted for the transcript. Socket-free: the session writes Action::line, records
/// Action::loggedLine, and feeds every reply to handleReply() until the action is Succeeded or Failed.
///
/// Hostile servers (C9): an undecodable, oversized or multi-line challenge, a mechanism failure (wrong SCRAM server
/// signature, a third LOGIN prompt) or too many rounds make the exchange send "*" to cancel; the server's reply to
/// the cancel (normally 501) then ends it as Failed with the reason.
class AuthExchange
{
    Q_DECLARE_TR_FUNCTIONS(AuthExchange)

public:
    /// RFC 5321 §4.5.3.1.4: a command line is at most 512 octets with CRLF.
    static constexpr qsizetype maxCommandLength = 512;

    struct Action
    {
        enum class Kind
        {
            Send,      ///< write line, then wait for the next reply
            Succeeded, ///< 235 accepted, and the mechanism is satisfied with the server
            Failed,    ///< stop: error says why
        };

        Kind kind = Kind::Failed;
        QByteArray line;       ///< Send: the bytes to write, CRLF included; secret: zero them once written
        QByteArray loggedLine; ///< Send: what the transcript shows, without CRLF
        bool redacted = false; ///< Send: loggedLine hides part of line
        QString error;         ///< Failed: why
        /// Failed because the server broke the protocol (exit 8) rather than refused the credentials (exit 6).
        bool protocolViolation = false;
        /// Text from the server worth showing, e.g. the decoded JSON of an XOAUTH2/OAUTHBEARER error.
        QString serverMessage;
    };

    /// useInitialResponse: send the first client data with the AUTH command when the mechanism has any (RFC 4954 §4);
    /// it is held back anyway when the line would exceed 512 octets, and sent after the server's empty 334.
    explicit AuthExchange(std::unique_ptr<SaslMechanism> mechanism, bool useInitialResponse = true,
                          int maxChallenges = 10);
    /// Zeroes an initial response still held back (hostile servers E8).
    ~AuthExchange();
    AuthExchange(const AuthExchange &) = delete;
    AuthExchange &operator=(const AuthExchange &) = delete;

    /// The AUTH command. Call once, first.
    Action start();
    /// The next step after a server reply to the last line sent.
    Action handleReply(const Reply &reply);

    const SaslMechanism &mechanism() const { return *m_mechanism; }
    bool isFinished() const { return m_state == State::Finished; }

    /// The base64 text of a challenge: the text of a single-line 334 reply (RFC 4954 §4 continue-req).
    static std::optional<QByteArray> challengeText(const Reply &reply);
    /// The additional data a 235 reply may carry (RFC 4954 §4): the last word of its text after the enhanced status
    /// code, when it is the only word and valid base64; empty otherwise.
    static QByteArray successData(const Reply &reply);

private:
    enum class State
    {
        NotStarted,
        Waiting,
        Cancelled,
        Finished,
    };

    /// Frames the response and zeroes it, and every copy made on the way, once the line is built (E8).
    Action send(QByteArray rawResponse);
    Action cancel(const QString &reason, bool protocolViolation);
    Action fail(const QString &reason, bool protocolViolation);

    std::unique_ptr<SaslMechanism> m_mechanism;
    bool m_useInitialResponse;
    int m_maxChallenges;
    int m_challenges = 0;
    State m_state = State::NotStarted;
    /// An initial response held back because the AUTH line would have been too long.
    std::optional<QByteArray> m_pendingInitialResponse;
    QString m_cancelReason;
    bool m_cancelIsViolation = false;
};

} // namespace Smtp
