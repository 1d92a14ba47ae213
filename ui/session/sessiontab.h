#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/sessionhandle.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace Smtp
{
struct CertificateMemoryCheck;
struct Remedy;
} // namespace Smtp

namespace Ui
{
class SessionTab;
}

namespace SmtpUi
{

class CapabilitiesModel;
class SmtpCommandEdit;
class TranscriptView;

/// One running (or finished) session: the live transcript, an SMTP command input with the common commands, and a side
/// panel with state, security, capabilities before and after STARTTLS, and phase timings. It shows the state of the
/// session handle it is given, which keeps the one record of the session (transcript, capabilities, TLS report,
/// timings, result), and asks for commands through signals; it never owns a socket.
class SessionTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTab)

public:
    /// @p session must outlive the tab (its SessionController, a child of the tab, owns it).
    SessionTab(const QString &title, const Smtp::SessionHandle &session, QWidget *parent = nullptr);
    ~SessionTab() override;

    QString title() const { return m_title; }
    /// The saved profile the session was started from; empty for an ad-hoc session or a test.
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id) { m_profileId = id; }

    /// The session shown: its transcript (every event, never capped; the view may show fewer), capabilities, TLS
    /// report, timings and result.
    const Smtp::SessionHandle &session() const { return m_session; }
    const Smtp::ConnectionSettings &settings() const { return m_session.settings(); }
    const Smtp::Transcript &transcript() const { return m_session.transcript(); }
    Smtp::SessionState state() const { return m_session.state(); }
    const std::optional<Smtp::CertificateReport> &tlsReport() const { return m_session.tlsReport(); }
    const std::optional<Smtp::SessionResult> &result() const { return m_session.result(); }
    bool isFinished() const { return m_session.isFinished(); }
    /// One line for the status bar: what the session is doing.
    QString statusText() const;

    TranscriptView *transcriptView() const;
    SmtpCommandEdit *smtpCommandEdit() const;

    /// How the certificate compares with the one the profile remembers (CertificateMemoryView); @p rememberable: it
    /// may be remembered, so rememberCertificateRequested() can be offered.
    void setCertificateMemory(const Smtp::CertificateMemoryCheck &check, bool rememberable);

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
    /// The session ended: how, with everything learned on the way.
    void finished(const Smtp::SessionResult &result);
    /// The server refused the password and the user wants to type it again (and reconnect).
    void retypePasswordRequested();
    /// The user chose to remember the session's certificate in its profile (the first one, or a new one accepted).
    void rememberCertificateRequested();

private:
    void setUpCommandButtons();
    void setUpSidePanel();
    QList<QPushButton *> commandButtons() const;
    void showEvents(const QList<Smtp::TranscriptEvent> &events);
    void showState();
    void showCapabilities(const Smtp::Capabilities &capabilities, bool afterTls);
    void showTlsReport();
    void showTimings();
    void showMessageProgress(qint64 sent, qint64 total);
    void showResult(const Smtp::SessionResult &result);
    void sendTypedCommand();
    void updateControls();
    void updateSecurity();
    bool isImplicitTls() const;
    int sidePanelMinimumWidth() const;

    std::unique_ptr<Ui::SessionTab> m_ui;
    const Smtp::SessionHandle &m_session;
    CapabilitiesModel *m_capabilitiesModel = nullptr;
    QString m_title;
    QString m_profileId;
};

} // namespace SmtpUi
