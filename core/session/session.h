#pragma once

#include "auth/authexchange.h"
#include "connectionsettings.h"
#include "protocol/commandline.h"
#include "protocol/replyparser.h"
#include "replyrules.h"
#include "sessionresult.h"
#include "sessionstate.h"
#include "transcript/transcriptevent.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QHostInfo;
class QSslSocket;
class QTimer;

namespace Smtp
{

/// One SMTP session as a state machine over a QSslSocket. Lives on a worker thread; its socket and timers are created
/// there. Other threads reach it only through SessionHandle, which queues every call. Never blocks.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Session() override;

    void start();
    void sendCommand(const QString &line);
    void startTls();
    void authenticate();
    void sendMessage(const Smtp::MessageSettings &message);
    void quit();
    void cancel();

signals:
    void eventsAppended(const QList<Smtp::TranscriptEvent> &events);
    void stateChanged(Smtp::SessionState state);
    void capabilitiesChanged(const Smtp::Capabilities &capabilities, bool afterTls);
    void tlsReportChanged(const Smtp::CertificateReport &report);
    void timingsChanged(const Smtp::PhaseTimings &timings);
    void finished(const Smtp::SessionResult &result);

private:
    /// The reply the session waits for; decides what a reply means.
    enum class Awaiting
    {
        Nothing,
        Banner,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        DataEnd,
        Quit,
        UserCommand,
    };

    // Steps of the scripted plan, in order.
    bool prepareTlsConfiguration();
    void resolve();
    void onHostResolved(const QHostInfo &info);
    void connectToNextAddress();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onDeadline();
    void recordServerLines(const QByteArray &bytes);
    void recordIncompleteLine();
    void handleReply(const Reply &reply);
    void handleBanner(const Reply &reply);
    void handleEhlo(const Reply &reply);
    void handleHelo(const Reply &reply);
    void handleStartTls(const Reply &reply);
    void handleAuth(const Reply &reply);
    void handleMail(const Reply &reply);
    void handleRcpt(const Reply &reply);
    void handleData(const Reply &reply);
    void handleDataEnd(const Reply &reply);
    void handleUserCommandReply(const Reply &reply);
    void sendGreeting();
    void sendHelo();
    void afterGreeting();
    void beginStartTls();
    void beginAuth();
    void performAuthAction(const AuthExchange::Action &action, const std::optional<Reply> &reply);
    const Capabilities &currentCapabilities() const;
    void endMessageWithError(Verdict verdict, Reply reply);
    void continueAfterAuth();
    void beginMessage(const MessageSettings &message);
    void sendNextRecipient();
    void sendPipelinedEnvelope(const QStringList &mailParameters);
    bool useChunking() const;
    void finishScript();
    void apply(const Verdict &verdict, std::optional<Reply> reply = std::nullopt);

    // Helpers.
    bool send(const CommandLine &command, Awaiting awaiting, const QString &stageTiming = {},
              const QByteArray &loggedForm = {});
    void writeRaw(const QByteArray &bytes);
    void armDeadline(int milliseconds = -1);
    void disarmDeadline();
    QString localName() const;
    bool stopsAfter(Stage stage) const;
    bool isUsable() const;
    bool hasValidatedTls() const;
    void setState(SessionState state);
    void beginPhase(const QString &name);
    void endPhase(const QString &name);
    void record(TranscriptEvent::Kind kind, const QString &text, const QByteArray &raw = {}, bool redacted = false);
    void info(const QString &text) { record(TranscriptEvent::Kind::Info, text); }
    void tls(const QString &text) { record(TranscriptEvent::Kind::Tls, text); }
    void warn(const QString &text) { record(TranscriptEvent::Kind::Warning, text); }
    void flushEvents();
    void updateTlsReport();
    void sendQuitThenFinish();
    void fail(ErrorCode code, const QString &message, std::optional<Reply> reply = std::nullopt);
    void abortAndFail(ErrorCode code, const QString &message, std::optional<Reply> reply = std::nullopt);
    /// Records the session's error, unless it has one already.
    void setError(ErrorCode code, const QString &message, std::optional<Reply> reply);
    void onSessionDeadline();
    void acknowledgePromptly();
    void closeAndFinish();
    void finish();
    QString waitDescription() const;

    ConnectionSettings m_settings;
    SessionState m_state = SessionState::Idle;
    Awaiting m_awaiting = Awaiting::Nothing;
    std::optional<Stage> m_stage;
    QSslSocket *m_socket = nullptr;
    QTimer *m_deadline = nullptr;
    QTimer *m_sessionDeadline = nullptr; // bounds the scripted part of the session as a whole
    QTimer *m_flushTimer = nullptr;
    ReplyParser m_parser;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_phaseStarts;
    SessionResult m_result;
    QList<QSslCertificate> m_extraAnchors; // the profile's CA file, trusted besides the system's anchors
    QList<TranscriptEvent> m_pendingEvents;
    bool m_tlsActive = false;
    bool m_scriptDone = false; // interactive: the scripted steps are over, the user leads
    QByteArray m_lineBuffer;   // server bytes of a line not yet complete, for the transcript
    bool m_finished = false;
    int m_commandsSent = 0;
    bool m_ending = false;       // the socket is being closed on purpose: its disconnect is expected
    bool m_userDataMode = false; // interactive: after a typed DATA got 354, lines go out as message text
    bool m_userAuthContinuation = false;
    QString m_userCommandVerb;
    // The message being sent, and where it stands.
    MessageSettings m_message;
    QByteArray m_payload; // for DATA: dot-stuffed, with the final dot
    QByteArray m_chunk;   // for BDAT: the same message unstuffed
    qsizetype m_nextRecipient = 0;
    int m_acceptedRecipients = 0;
    std::unique_ptr<AuthExchange> m_authExchange;
    bool m_pipelined = false;
    QList<Awaiting> m_queuedAwaits; // replies still due for a pipelined group, after m_awaiting
    struct PipelineError
    {
        Verdict verdict;
        Reply reply;
        std::optional<Stage> stage;
    };
    std::optional<PipelineError> m_pipelineError; // the first failure inside a pipelined group
};

} // namespace Smtp
