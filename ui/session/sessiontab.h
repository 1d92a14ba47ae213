#pragma once

#include "core/connection/connectionsettings.h"
#include "core/protocol/capabilities.h"
#include "core/session/phasetiming.h"
#include "core/session/remedy.h"
#include "core/session/sessionresult.h"
#include "core/session/sessionstate.h"
#include "core/tls/certificatereport.h"
#include "core/transcript/transcript.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace SmtpUi
{

class CapabilitiesModel;
class SmtpCommandEdit;
class ComposePanel;
class RemedyBar;
class InfoBar;
class TimingChartWidget;
class TranscriptView;

/// One running (or finished) session: the live transcript, a command line with the common commands, and a side
/// panel with state, security, capabilities before and after STARTTLS, and phase timings. It shows what it is
/// told and asks for commands through signals; it never owns a socket.
class SessionTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTab)

public:
    SessionTab(const QString &title, const Smtp::ConnectionSettings &settings, QWidget *parent = nullptr);
    ~SessionTab() override;

    QString title() const { return m_title; }
    /// The saved profile the session was started from; empty for an ad-hoc session or a test.
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id) { m_profileId = id; }
    const Smtp::ConnectionSettings &settings() const { return m_settings; }
    /// Every event of the session, never capped (the view may show fewer).
    const Smtp::Transcript &transcript() const { return m_transcript; }
    Smtp::SessionState state() const { return m_state; }
    const std::optional<Smtp::CertificateReport> &tlsReport() const { return m_tlsReport; }
    const std::optional<Smtp::SessionResult> &result() const { return m_result; }
    /// The result once finished; before that, what is known so far (capabilities, TLS report, timings) for an export.
    Smtp::SessionResult resultSoFar() const;
    std::optional<Smtp::Capabilities> capabilities(bool afterTls) const;
    const Smtp::PhaseTimings &timings() const { return m_timings; }
    bool isFinished() const { return m_result.has_value(); }
    /// Implicit TLS: there was never plaintext, so every capability is one offered over TLS.
    bool isImplicitTls() const;
    /// One line for the status bar: what the session is doing.
    QString statusText() const;

    TranscriptView *transcriptView() const { return m_transcriptView; }
    SmtpCommandEdit *smtpCommandEdit() const { return m_commandLineEdit; }
    QSplitter *splitter() const { return m_splitter; }

    void appendEvents(const QList<Smtp::TranscriptEvent> &events);
    void setState(Smtp::SessionState state);
    void setCapabilities(const Smtp::Capabilities &capabilities, bool afterTls);
    void setTlsReport(const Smtp::CertificateReport &report);
    void setTimings(const Smtp::PhaseTimings &timings);
    void setResult(const Smtp::SessionResult &result);
    /// The message text being sent: shown in a progress bar while the session sends a message.
    void setMessageProgress(qint64 sent, qint64 total);

    /// Opens the certificate details of the session (modeless); nullptr when there is no TLS report yet.
    QWidget *showCertificateDetails();

    /// Checks the compose fields and, when they are valid and the session is ready, asks for the message to be sent
    /// (sendMessageRequested). Returns false, with the reason shown next to the field, when nothing was sent.
    bool sendComposedMessage();

signals:
    void commandRequested(const QString &line);
    void ehloRequested();
    void startTlsRequested();
    void authenticateRequested();
    void sendMessageRequested(const Smtp::MessageSettings &message);
    void quitRequested();
    void statusTextChanged(const QString &text);
    void tlsReportAvailable(bool available);
    /// The user chose a fix offered for the failed session of a saved profile.
    void remedyRequested(const Smtp::Remedy &remedy);
    /// The session ended (setResult()): how, with everything learned on the way.
    void finished(const Smtp::SessionResult &result);
    /// The server refused the password and the user wants to type it again (and reconnect).
    void retypePasswordRequested();

private:
    void sendTypedCommand();
    void sendCommand(const QString &line);
    void updateControls();
    void updateSecurity();
    int sidePanelMinimumWidth() const;
    QPushButton *addCommandButton(const QString &text, const QString &objectName, const QString &toolTip);

    QString m_title;
    QString m_profileId;
    Smtp::ConnectionSettings m_settings;
    Smtp::Transcript m_transcript;
    Smtp::SessionState m_state = Smtp::SessionState::Idle;
    std::optional<Smtp::CertificateReport> m_tlsReport;
    std::optional<Smtp::SessionResult> m_result;
    std::optional<Smtp::Capabilities> m_capabilitiesBefore;
    std::optional<Smtp::Capabilities> m_capabilitiesAfter;
    Smtp::PhaseTimings m_timings;

    QSplitter *m_splitter = nullptr;
    InfoBar *m_authFailedInfoBar = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    SmtpCommandEdit *m_commandLineEdit = nullptr;
    ComposePanel *m_composePanel = nullptr;
    RemedyBar *m_remedyBar = nullptr;
    QPushButton *m_sendPushButton = nullptr;
    QList<QPushButton *> m_commandButtons;
    QPushButton *m_authenticatePushButton = nullptr;
    QLabel *m_stateValueLabel = nullptr;
    QProgressBar *m_messageProgressBar = nullptr;
    QLabel *m_protocolValueLabel = nullptr;
    QLabel *m_cipherValueLabel = nullptr;
    QLabel *m_verificationValueLabel = nullptr;
    QPushButton *m_certificatePushButton = nullptr;
    CapabilitiesModel *m_capabilitiesModel = nullptr;
    QTableView *m_capabilitiesTableView = nullptr;
    TimingChartWidget *m_timingChartWidget = nullptr;
};

} // namespace SmtpUi
