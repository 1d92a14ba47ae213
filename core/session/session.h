#pragma once

#include "core/connection/connectionsettings.h"
#include "core/message/messagetext.h"
#include "core/tls/tlsinspection.h"
#include "core/transcript/transcriptevent.h"
#include "dialogue.h"
#include "sessionresult.h"
#include "sessionstate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSsl>
#include <QSslCertificate>
#include <QSslError>

#include <memory>
#include <optional>

class QHostInfo;
class QSslSocket;
class QTimer;

namespace Smtp
{

/// One SMTP session over a QSslSocket: it performs what its Dialogue decides (bytes, TLS, deadlines, transcript) and
/// feeds the dialogue what happens (resolving, connecting, bytes read, TLS, errors, time running out). Lives on a
/// worker thread; its socket and timers are created there. Other threads reach it only through SessionHandle, which
/// queues every call. Never blocks.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(const ConnectionSettings &settings, Dialogue::Mode mode = Dialogue::Mode::Plan,
                     QObject *parent = nullptr);
    ~Session() override;

    void start();
    void sendCommand(const QString &line);
    void sendEhlo();
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
    /// A driven session finished a step and waits for the next; @p reply is the reply that ended it, if one did.
    void stepFinished(const std::optional<Smtp::Reply> &reply);
    void finished(const Smtp::SessionResult &result);
    /// The message text being written: sent of total octets of its wire form, a few times a second and at its end.
    void messageProgress(qint64 sent, qint64 total);

private:
    void feed(const DialogueEvent &event);
    void perform(DialogueAction &action);
    bool prepareTlsConfiguration();
    void resolve();
    void onHostResolved(const QHostInfo &info);
    void connectToNextAddress();
    QString familyMismatch() const;
    void sendProxyHeader();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type);
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void acknowledgePromptly();
    void beginMessageText(const DialogueAction &action);
    void writeMessageText();
    void reportMessageProgress(bool force);
    void record(TranscriptEvent event);
    void note(TranscriptEvent::Kind kind, const QString &text);
    /// Says once how many key log lines were written, or why none could be.
    void noteKeyLog();
    /// Before a failed handshake is reported: the key log, and whether the server asked for a client certificate.
    void noteFailedHandshake();
    void flushEvents();
    void beginPhase(const QString &name);
    void endPhase(const QString &name);
    void finish();

    ConnectionSettings m_settings;
    Dialogue m_dialogue;
    QList<DialogueAction> m_pendingActions; // actions still to perform, in order (performing may feed events)
    bool m_performing = false;
    QSslSocket *m_socket = nullptr;
    QTimer *m_deadline = nullptr;
    QTimer *m_sessionDeadline = nullptr; // bounds the scripted part of the session as a whole
    QTimer *m_flushTimer = nullptr;
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_phaseStarts;
    PhaseTimings m_timings;
    QList<QSslCertificate> m_extraAnchors; // the profile's CA file, trusted besides the system's anchors
    int m_securityLevel = 0;               // OpenSSL's security level of the connection, for the verdict
    QList<TranscriptEvent> m_pendingEvents;
    std::optional<QSsl::AlertType> m_fatalAlert;    // the last fatal TLS alert the server sent
    std::unique_ptr<TlsInspection> m_tlsInspection; // what OpenSSL knows of the connection and Qt does not tell
    bool m_keyLogNoted = false;
    QList<QSslError> m_handshakeErrors;        // what Qt found in the handshake; the OCSP report reads it
    std::unique_ptr<MessageTextReader> m_text; // the message text being written, piece by piece
    qint64 m_textSize = 0;                     // octets of its wire form, as the dialogue announced them
    QElapsedTimer m_progressClock;             // since the last progress report
    bool m_binding = false;                    // bind() is running: its error is reported by connectToNextAddress()
    bool m_ending = false;                     // the socket is being closed on purpose: its disconnect is expected
};

} // namespace Smtp
