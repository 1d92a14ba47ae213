#pragma once

#include "core/connection/connectionsettings.h"
#include "core/session/remedy.h"
#include "core/session/sessionresult.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QTimer;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Smtp
{
class ProfileStore;
class SecretStore;
class SessionHost;
} // namespace Smtp

namespace SmtpUi
{

class ProfilesPanel;
class SessionCloser;
class SessionSecretsPrompt;
class SessionTab;
class UiSettings;

/// The application's main window: profiles on the left, one tab per running session on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Uses the given stores (not owned; tests pass their own); null: the profile file in the standard location and
    /// the system keychain.
    explicit MainWindow(Smtp::ProfileStore *store = nullptr, Smtp::SecretStore *secrets = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfilesPanel *profilesPanel() const { return m_profilesPanel; }

    /// Starts a session in a new tab and makes it current. A session with a profile id records its result in the
    /// profile. Interactive sessions stay open for typed commands; a test runs its steps and quits.
    SessionTab *openSession(const QString &title, const Smtp::ConnectionSettings &settings,
                            const QString &profileId = {}, bool interactive = true);
    /// Connects the profile: its resolved settings, secrets from the keychain (or asked for), in a new tab.
    void connectProfile(const QString &profileId);
    /// Connects the saved profile of that name (exact, then case-insensitive, or "Folder/Name": the command line's
    /// rule). An unknown name is reported in the window; returns false then. Used by --connect.
    bool connectProfileByName(const QString &name);
    SessionTab *currentSessionTab() const;
    QTabWidget *sessionTabWidget() const { return m_sessionTabWidget; }
    /// Closes a session tab. A live session says QUIT first: the tab goes at once, its session ends in the
    /// background (when the server answers, at most closeTimeoutMs later).
    void closeSessionTab(int index);
    /// Closes every tab whose session has ended.
    void closeFinishedSessionTabs();
    /// Runs the ended session of the tab again with the same settings, in the same place; returns the new tab.
    SessionTab *reconnectSessionTab(int index);
    /// Sessions still running (closed tabs that are still saying QUIT not counted).
    int liveSessionCount() const;

    static constexpr int closeTimeoutMs = 3000; ///< SessionCloser::timeoutMs

    /// Writes the current session's log on a worker thread, so a long transcript never stalls the window; the format
    /// follows the extension (.txt, .html, .json). sessionLogExported() tells how it went. Returns false when there is
    /// no session to export.
    bool exportCurrentSessionLog(const QString &path);

signals:
    /// An export started by exportCurrentSessionLog() ended: errorMessage is empty on success.
    void sessionLogExported(const QString &path, const QString &errorMessage);
    /// Recording a session's result in its profile failed; the message is shown in the status bar too.
    void profileSaveFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    SessionTab *openSessionAt(int replaceIndex, const QString &title, const Smtp::ConnectionSettings &settings,
                              const QString &profileId, bool interactive);
    void createActions();
    void createMenus();
    void updateActions();
    void updateStatus();
    void chooseLogExportFile();
    void reportLogExport(const QString &path, const QString &errorMessage);
    void showAbout();
    void showPreferences();
    void showKeyboardShortcuts();
    void quitSessionsThenClose();
    void finishQuit();
    void scheduleProfileSave();
    void saveProfiles();
    void recordResult(const QString &profileId, const Smtp::SessionResult &result);
    void applyRemedy(SessionTab *tab, const Smtp::Remedy &remedy);
    /// After the server refused the password: asks for it again and reconnects the tab with it.
    void retypePassword(SessionTab *tab);
    SessionTab *replaceSessionTab(int index, Smtp::ConnectionSettings settings);

    std::unique_ptr<UiSettings> m_uiSettings;
    std::unique_ptr<Smtp::ProfileStore> m_ownedStore;
    std::unique_ptr<Smtp::SecretStore> m_ownedSecrets;
    Smtp::ProfileStore *m_store = nullptr;
    Smtp::SecretStore *m_secrets = nullptr;
    ProfilesPanel *m_profilesPanel = nullptr;
    std::unique_ptr<Smtp::SessionHost> m_sessionHost;
    QSplitter *m_mainSplitter = nullptr;
    QStackedWidget *m_sessionStackedWidget = nullptr;
    QTabWidget *m_sessionTabWidget = nullptr;
    QLabel *m_statusLabel = nullptr;
    SessionCloser *m_sessionCloser = nullptr;
    SessionSecretsPrompt *m_secretsPrompt = nullptr;
    /// The user agreed to end the open sessions; the window closes when they are over (or after a bound).
    bool m_quitting = false;
    bool m_quitConfirmed = false;
    QTimer *m_profileSaveTimer = nullptr;

    QAction *m_exportLogAction = nullptr;
    QAction *m_saveScenarioAction = nullptr;
    QAction *m_certificateAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_closeFinishedAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace SmtpUi
