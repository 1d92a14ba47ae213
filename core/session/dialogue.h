#pragma once

#include "core/auth/authexchange.h"
#include "core/connection/connectionsettings.h"
#include "core/connection/stage.h"
#include "core/protocol/replyparser.h"
#include "core/protocol/smtpcommand.h"
#include "dialogueaction.h"
#include "dialogueevent.h"
#include "replyrules.h"
#include "sessionresult.h"
#include "sessionstate.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace Smtp
{

/// The SMTP dialogue of one session, without a socket: it takes what happened (DialogueEvent) and answers with what
/// to do (DialogueAction): bytes to send, TLS to start, deadlines to arm, transcript lines to record, and finally
/// the result. Session performs the actions over a QSslSocket and feeds the events; the tests feed tables.
///
/// The dialogue stands in exactly one State at a time: what it waits for. Everything the session reports
/// (SessionState, the failed Stage, "while waiting for …") follows from it.
///
/// Driving it step by step: in Mode::Driven the dialogue does nothing on its own after the greeting (no EHLO, no
/// STARTTLS, no AUTH, no message, no QUIT) and stands Ready; a driver then feeds the steps as requests
/// (EhloRequested, StartTlsRequested, AuthenticateRequested, CommandTyped for a raw line, SendMessageRequested,
/// QuitRequested). Each step ends with a StepFinished action carrying the reply that ended it, or with Finish when
/// the step ended the session. The session deadline keeps bounding a driven dialogue as a whole. The interactive window
/// uses the same requests after the scripted plan (Mode::Plan with ConnectionSettings::interactive).
class Dialogue final
{
    Q_DECLARE_TR_FUNCTIONS(Dialogue)

public:
    enum class Mode
    {
        Plan,   ///< run the settings' plan: greeting, STARTTLS, AUTH, the message, QUIT (or Ready when interactive)
        Driven, ///< after the greeting, wait for each step to be requested
    };

    /// Where the dialogue stands. "Awaiting…" states wait for the reply to what was sent.
    enum class State
    {
        Idle,
        Resolving,
        Connecting,
        TlsHandshake, ///< implicit TLS, or after the STARTTLS 220
        AwaitingBanner,
        AwaitingEhlo,
        AwaitingHelo,
        AwaitingStartTls,
        AwaitingXclient,
        AwaitingAuth,
        AwaitingMail,
        AwaitingRcpt,
        AwaitingData,
        SendingMessageText, ///< the session writes the message text (SendMessageText); a reply now is out of turn
        AwaitingDataEnd,
        HandlingReply, ///< a reply arrived and is being acted on: no reply is due
        Ready,         ///< the user (or a driver) leads
        AwaitingUserReply,
        UserMessageText, ///< after a typed DATA got 354: typed lines are message text until the lone dot
        AwaitingQuit,
        Finished,
    };

    explicit Dialogue(const ConnectionSettings &settings, Mode mode = Mode::Plan);
    ~Dialogue();
    Q_DISABLE_COPY_MOVE(Dialogue)

    /// The actions for one event, in order. Events after Finish are ignored (no actions).
    DialogueActions handle(const DialogueEvent &event);

    State state() const { return m_state; }
    SessionState sessionState() const { return m_reportedState; }
    bool isFinished() const { return m_state == State::Finished; }
    /// Everything learned so far; the phase timings are the session's to add.
    const SessionResult &result() const { return m_result; }
    /// "waiting for the reply to EHLO" …, for messages about the connection.
    QString waitDescription() const;

private:
    // The greeting and TLS (dialogue.cpp).
    void onConnected(const QString &ehloName);
    void onTlsEstablished(const CertificateReport &report);
    void onTlsFailed(TlsFailure failure, const QString &description);
    void onReceived(const QByteArray &bytes, bool moreWaiting);
    void onPeerClosed();
    void onDeadline();
    void onSessionDeadline();
    void handleReply(const Reply &reply);
    void handleBanner(const Reply &reply);
    void sendGreeting();
    void handleEhlo(const Reply &reply);
    void handleHelo(const Reply &reply);
    void afterGreeting(const Reply &reply);
    QString greetingPhase() const;
    void beginXclient();
    void handleXclient(const Reply &reply);
    /// \a greeting is the EHLO reply, for going on when opportunistic TLS finds no offer.
    void beginStartTls(const Reply &greeting);
    void handleStartTls(const Reply &reply);
    void finishScript();
    const Capabilities &currentCapabilities() const;
    bool hasValidatedTls() const;
    bool stopsAfter(Stage stage) const;
    int quitWaitMs() const;

    // AUTH and the message (dialoguetransaction.cpp).
    void beginAuth();
    void performAuthAction(const AuthExchange::Action &action, const std::optional<Reply> &reply);
    void continueAfterAuth();
    void beginMessage(const MessageSettings &message);
    void sendPipelinedEnvelope(const QStringList &mailParameters);
    void handleMail(const Reply &reply);
    void sendNextRecipient();
    void handleRcpt(const Reply &reply);
    void sendMessageData();
    void handleData(const Reply &reply);
    void streamMessageText(bool dotStuff);
    void onMessageTextSent();
    void handleReplyDuringText(const Reply &reply);
    void handleDataEnd(const Reply &reply);
    bool awaitsMoreDeliveries(const Reply &reply);
    void endMessageWithError(Verdict verdict, Reply reply); // by value: it may be given m_pipelineError's
    bool useChunking() const;

    // What the user or a driver asks for (dialoguerequests.cpp).
    void onCommandTyped(const QString &line);
    void sendMessageText(const QString &line);
    void handleUserCommandReply(const Reply &reply);
    void onStartTlsRequested();
    void onAuthenticateRequested();
    void onSendMessageRequested(const MessageSettings &message);
    void onQuitRequested();
    void onCancelled();
    void becomeReady(const std::optional<Reply> &reply = std::nullopt);
    void emitStepFinished(const std::optional<Reply> &reply);

    // Sending, ending and reporting (dialogueoutput.cpp).
    bool sendCommand(const SmtpCommand &command, State awaiting, const QString &phase = {},
                     const QByteArray &loggedForm = {});
    void transmit(const QByteArray &bytes, State awaiting, bool secret = false);
    void setState(State state);
    void apply(const Verdict &verdict, const std::optional<Reply> &reply);
    void sendQuitThenFinish();
    bool canSendQuit() const;
    bool isAwaitingReply() const;
    void fail(ErrorCode code, const QString &message, const std::optional<Reply> &reply = std::nullopt);
    void abortAndFail(ErrorCode code, const QString &message, const std::optional<Reply> &reply = std::nullopt);
    void setError(ErrorCode code, const QString &message, const std::optional<Reply> &reply);
    void closeAndFinish();
    void finish();
    void recordServerLines(const QByteArray &bytes);
    void recordIncompleteLine();
    void record(TranscriptEvent::Kind kind, const QString &text, const QByteArray &raw = {}, bool redacted = false);
    void info(const QString &text) { record(TranscriptEvent::Kind::Info, text); }
    void warn(const QString &text) { record(TranscriptEvent::Kind::Warning, text); }
    void tlsNote(const QString &text) { record(TranscriptEvent::Kind::Tls, text); }
    void emitAction(DialogueAction action) { m_actions.append(std::move(action)); }
    void emitSimple(DialogueAction::Kind kind);
    void armDeadline(int milliseconds = -1);
    void beginPhase(const QString &name);
    void endPhase(const QString &name);

    ConnectionSettings m_settings;
    Mode m_mode;
    State m_state = State::Idle;
    /// The plan step a failure is attributed to (SessionError::stage); it never decides what happens next.
    std::optional<Stage> m_stage;
    SessionState m_reportedState = SessionState::Idle;
    DialogueActions m_actions; // the answer to the event being handled
    SessionResult m_result;
    ReplyParser m_parser;
    QByteArray m_lineBuffer; // server bytes of a line not yet complete, for the transcript
    QString m_ehloName;
    bool m_connected = false;
    bool m_tlsActive = false;
    bool m_userLeads = false; // the scripted plan is over (or was never run): requests lead
    bool m_xclientSent = false;
    bool m_plaintextAccepted = false; // opportunistic TLS found no STARTTLS offer and goes on without it
    bool m_xclientAccepted = false;   // the server now stands for the client XCLIENT named: greet it again
    int m_commandsSent = 0;
    // Typed commands.
    QString m_userCommandVerb;
    bool m_userAuthContinuation = false; // the user's own AUTH exchange waits for a response: lines are secret
    // The message being sent, and where it stands.
    MessageSettings m_message;
    // The text as given (empty when it comes from m_message.file); the session encodes it while writing it.
    QByteArray m_text;
    MessageTextFacts m_textFacts;
    qsizetype m_nextRecipient = 0;
    int m_acceptedRecipients = 0;
    std::unique_ptr<AuthExchange> m_authExchange;
    bool m_pipelined = false;
    QList<State> m_queuedReplies; // replies still due for a pipelined group, after the one m_state awaits
    struct PipelineError
    {
        Verdict verdict;
        Reply reply;
        std::optional<Stage> stage;
    };
    std::optional<PipelineError> m_pipelineError; // the first failure inside a pipelined group
};

} // namespace Smtp
