#pragma once

#include "session/connectionsettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Smtp
{
class SessionHost;
}

namespace SmtpUi
{

class SessionTab;
class UiSettings;

/// The application's main window: profiles on the left, one tab per running session on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts a session in a new tab and makes it current.
    SessionTab *openSession(const QString &title, const Smtp::ConnectionSettings &settings);
    SessionTab *currentSessionTab() const;
    QTabWidget *sessionTabWidget() const { return m_sessionTabWidget; }
    /// Closes a session tab; its session is cancelled.
    void closeSessionTab(int index);

    /// Writes the current session's log; the format follows the extension (.txt, .html, .json). Returns an error
    /// message, or an empty string on success.
    QString exportCurrentSessionLog(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreUiState();
    void saveUiState();
    void updateActions();
    void updateStatus();
    void chooseLogExportFile();
    void showAbout();

    std::unique_ptr<UiSettings> m_uiSettings;
    std::unique_ptr<Smtp::SessionHost> m_sessionHost;
    QSplitter *m_mainSplitter = nullptr;
    QStackedWidget *m_sessionStackedWidget = nullptr;
    QTabWidget *m_sessionTabWidget = nullptr;
    QLabel *m_statusLabel = nullptr;

    QAction *m_exportLogAction = nullptr;
    QAction *m_certificateAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace SmtpUi
