#include "mainwindow.h"

#include "core/profiles/keychainsecretstore.h"
#include "core/profiles/profilestore.h"
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "core/sessionlog/sessionlog.h"
#include "core/sessionlog/sessionlogexporter.h"
#include "ui/app/aboutdialog.h"
#include "ui/app/keyboardshortcutsdialog.h"
#include "ui/app/preferencesdialog.h"
#include "ui/app/theme.h"
#include "ui/app/uisettings.h"
#include "ui/batch/domaincheckdialog.h"
#include "ui/common/infobar.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/profiles/profileloadprompt.h"
#include "ui/profiles/profilerunlauncher.h"
#include "ui/profiles/profilerunrecorder.h"
#include "ui/profiles/profilespanel.h"
#include "ui/scenario/scenariofile.h"
#include "ui/session/logexportfile.h"
#include "ui/session/sessioncloser.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionsecretsprompt.h"
#include "ui/session/sessiontab.h"
#include "ui/session/testsessionslot.h"
#include "ui/transcript/transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SmtpUi
{

MainWindow::MainWindow(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent), m_uiSettings(std::make_unique<UiSettings>()), m_store(store), m_secrets(secrets),
      m_sessionHost(std::make_unique<Smtp::SessionHost>())
{
    setObjectName(QStringLiteral("mainWindow"));
    installIconTheme();
    if (!m_store) {
        m_ownedStore = std::make_unique<Smtp::ProfileStore>();
        m_store = m_ownedStore.get();
        loadProfilesOrAsk(*m_store, this);
    }
    if (!m_secrets) {
        m_ownedSecrets = std::make_unique<Smtp::KeychainSecretStore>();
        m_secrets = m_ownedSecrets.get();
    }

    m_profilesPanel = new ProfilesPanel(m_store, m_secrets, this);
    m_profilesPanel->setObjectName(QStringLiteral("profilesPanel"));
    connect(m_profilesPanel, &ProfilesPanel::connectRequested, this, &MainWindow::connectProfile);
    auto *launcher = new ProfileRunLauncher(m_store, m_secrets, this);
    connect(m_profilesPanel, &ProfilesPanel::checkRequested, launcher, &ProfileRunLauncher::checkProfiles);
    connect(m_profilesPanel, &ProfilesPanel::policyCheckRequested, launcher, &ProfileRunLauncher::checkPolicy);
    connect(m_profilesPanel, &ProfilesPanel::scenarioRunRequested, launcher, &ProfileRunLauncher::runScenario);
    connect(m_profilesPanel, &ProfilesPanel::compareRunsRequested, launcher, &ProfileRunLauncher::compareRuns);
    connect(m_profilesPanel, &ProfilesPanel::testRequested, new TestSessionSlot(this), &TestSessionSlot::run);
    connect(this, &MainWindow::sessionLogExported, this, &MainWindow::reportLogExport);
    connect(m_profilesPanel, &ProfilesPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_profilesPanel, &ProfilesPanel::currentProfileChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_uiSettings->setLastProfileId(id);
    });

    auto *welcomeLabel = new QLabel(tr("Choose a profile and press Connect (Ctrl+Return) to start a session,\n"
                                       "or create one with New Profile (Ctrl+N) and try it with its Test button.\n"
                                       "Each session opens in its own tab; several can run at once."),
                                    this);
    welcomeLabel->setObjectName(QStringLiteral("welcomeLabel"));
    welcomeLabel->setTextFormat(Qt::PlainText);
    welcomeLabel->setAlignment(Qt::AlignCenter);
    welcomeLabel->setWordWrap(true);

    m_sessionTabWidget = new QTabWidget(this);
    m_sessionTabWidget->setObjectName(QStringLiteral("sessionTabWidget"));
    m_sessionTabWidget->setTabsClosable(true);
    m_sessionTabWidget->setMovable(true);
    m_sessionTabWidget->setDocumentMode(true);
    m_sessionTabWidget->setAccessibleName(tr("Sessions"));
    connect(m_sessionTabWidget, &QTabWidget::tabCloseRequested, this, &MainWindow::closeSessionTab);
    connect(m_sessionTabWidget, &QTabWidget::currentChanged, this, [this] {
        // The profile list follows the active session, so Edit and Connect act on what the user is looking at.
        if (const SessionTab *tab = currentSessionTab(); tab && !tab->profileId().isEmpty())
            m_profilesPanel->selectProfile(tab->profileId());
        updateActions();
        updateStatus();
    });

    m_sessionStackedWidget = new QStackedWidget(this);
    m_sessionStackedWidget->setObjectName(QStringLiteral("sessionStackedWidget"));
    m_sessionStackedWidget->addWidget(welcomeLabel);
    m_sessionStackedWidget->addWidget(m_sessionTabWidget);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_profilesPanel);
    m_mainSplitter->addWidget(m_sessionStackedWidget);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({300, 900});
    // A secret remembered from a prompt is stored as the profile editor stores it.
    m_secretsPrompt = new SessionSecretsPrompt(
        m_store, m_secrets,
        [this](const QString &id, Smtp::SecretKind kind, const QString &secret) {
            m_profilesPanel->storeSecret(id, static_cast<int>(kind), secret);
        },
        this);
    connect(m_secretsPrompt, &SessionSecretsPrompt::profileChanged, this, &MainWindow::scheduleProfileSave);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_secretsPrompt->noKeychainInfoBar());
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("sessionStatusLabel"));
    // The status can carry a server's error text: plain text only (C13).
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    // Results are written once the burst of finishing sessions is over, never inside a session's signal.
    m_sessionCloser = new SessionCloser(this);
    connect(m_sessionCloser, &SessionCloser::allEnded, this, &MainWindow::finishQuit);
    m_profileSaveTimer = new QTimer(this);
    m_profileSaveTimer->setSingleShot(true);
    m_profileSaveTimer->setInterval(0);
    connect(m_profileSaveTimer, &QTimer::timeout, this, &MainWindow::saveProfiles);
    m_runRecorder = new ProfileRunRecorder(m_store, this);
    connect(m_runRecorder, &ProfileRunRecorder::profileChanged, this, &MainWindow::scheduleProfileSave);
    connect(m_runRecorder, &ProfileRunRecorder::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    createActions();
    createMenus();
    resize(1200, 760);
    m_uiSettings->restoreWindow(*this, *m_mainSplitter);
    if (const QString problem = m_uiSettings->writeProblem(); !problem.isEmpty())
        statusBar()->showMessage(problem);
    m_profilesPanel->selectProfile(m_uiSettings->lastProfileId());
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Tabs (and the handles they own) go before the host that runs their sessions; whatever still runs is cancelled.
    while (m_sessionTabWidget->count() > 0)
        delete m_sessionTabWidget->widget(0);
    m_sessionCloser->cancelClosing();
    if (m_profileSaveTimer->isActive())
        saveProfiles();
}

void MainWindow::createActions()
{
    m_exportLogAction = new QAction(tr("&Export Session Log…"), this);
    m_exportLogAction->setObjectName(QStringLiteral("exportLogAction"));
    m_exportLogAction->setShortcut(QKeySequence::Save);
    m_exportLogAction->setIcon(themedIcon(QStringLiteral("document-export")));
    m_exportLogAction->setToolTip(tr("Save the session's transcript as text, HTML or JSON"));
    connect(m_exportLogAction, &QAction::triggered, this, &MainWindow::chooseLogExportFile);
    m_saveScenarioAction = new QAction(tr("Save as &Scenario…"), this);
    m_saveScenarioAction->setObjectName(QStringLiteral("saveScenarioAction"));
    m_saveScenarioAction->setToolTip(tr("Save the session's commands and reply codes as a scenario to replay"));
    connect(m_saveScenarioAction, &QAction::triggered, this, [this] {
        if (SessionTab *tab = currentSessionTab())
            ScenarioFile::saveSession(this, tab->title(), tab->transcript());
    });

    m_certificateAction = new QAction(tr("Cer&tificate Details…"), this);
    m_certificateAction->setObjectName(QStringLiteral("certificateAction"));
    m_certificateAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_certificateAction->setIcon(themedIcon(QStringLiteral("security-high")));
    m_certificateAction->setToolTip(tr("Show the certificate chain the server presented"));
    connect(m_certificateAction, &QAction::triggered, this, [this] {
        if (SessionTab *tab = currentSessionTab())
            tab->showCertificateDetails();
    });

    m_closeTabAction = new QAction(tr("&Close Session"), this);
    m_closeTabAction->setObjectName(QStringLiteral("closeTabAction"));
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, [this] {
        if (m_sessionTabWidget->currentIndex() >= 0)
            closeSessionTab(m_sessionTabWidget->currentIndex());
    });

    m_closeTabAction->setIcon(themedIcon(QStringLiteral("network-disconnect")));
    m_closeTabAction->setToolTip(tr("Close the session tab (QUIT first when it is still open)"));

    m_reconnectAction = new QAction(tr("&Reconnect"), this);
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_reconnectAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_reconnectAction->setIcon(themedIcon(QStringLiteral("view-refresh")));
    m_reconnectAction->setToolTip(tr("Run the ended session again with the same settings, in the same tab"));
    connect(m_reconnectAction, &QAction::triggered, this, [this] {
        if (m_sessionTabWidget->currentIndex() >= 0)
            reconnectSessionTab(m_sessionTabWidget->currentIndex());
    });

    m_closeFinishedAction = new QAction(tr("Close &Finished Sessions"), this);
    m_closeFinishedAction->setObjectName(QStringLiteral("closeFinishedAction"));
    m_closeFinishedAction->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_closeFinishedAction->setToolTip(tr("Close every tab whose session has ended"));
    connect(m_closeFinishedAction, &QAction::triggered, this, &MainWindow::closeFinishedSessionTabs);

    // The platform's NextChild/PreviousChild read "Ctrl+Shift+Backtab" in menus on Linux; these read as typed.
    m_nextTabAction = new QAction(tr("&Next Session"), this);
    m_nextTabAction->setObjectName(QStringLiteral("nextTabAction"));
    m_nextTabAction->setShortcuts({QKeySequence(tr("Ctrl+PgDown")), QKeySequence(tr("Ctrl+Tab"))});
    connect(m_nextTabAction, &QAction::triggered, this, [this] {
        if (const int count = m_sessionTabWidget->count(); count > 0)
            m_sessionTabWidget->setCurrentIndex((m_sessionTabWidget->currentIndex() + 1) % count);
    });
    m_previousTabAction = new QAction(tr("&Previous Session"), this);
    m_previousTabAction->setObjectName(QStringLiteral("previousTabAction"));
    m_previousTabAction->setShortcuts(
        {QKeySequence(tr("Ctrl+PgUp")), QKeySequence(tr("Ctrl+Shift+Tab")), QKeySequence(tr("Ctrl+Shift+Backtab"))});
    connect(m_previousTabAction, &QAction::triggered, this, [this] {
        if (const int count = m_sessionTabWidget->count(); count > 0)
            m_sessionTabWidget->setCurrentIndex((m_sessionTabWidget->currentIndex() + count - 1) % count);
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on some platforms.
    m_quitAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(tr("Ctrl+Q"))));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(tr("P&references…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    // QKeySequence::Preferences is empty outside macOS.
    m_preferencesAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_checkDomainAction = new QAction(tr("Check &Domain…"), this);
    m_checkDomainAction->setObjectName(QStringLiteral("checkDomainAction"));
    m_checkDomainAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_checkDomainAction->setToolTip(tr("Check every address of a domain's mail exchangers, in one mode or all four"));
    connect(m_checkDomainAction, &QAction::triggered, this, [this] { DomainCheckDialog::showNew(this); });
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);

    m_aboutAction = new QAction(tr("&About SMTP Workbench"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_profilesPanel->importAction());
    fileMenu->addAction(m_profilesPanel->exportAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *profileMenu = menuBar()->addMenu(tr("&Profile"));
    profileMenu->setObjectName(QStringLiteral("profileMenu"));
    const QList<QAction *> profileActions = m_profilesPanel->profileActions();
    for (QAction *action : profileActions) {
        if (action == m_profilesPanel->importAction() || action == m_profilesPanel->exportAction())
            continue;
        profileMenu->addAction(action);
        // Window-wide shortcuts (connect, new, find …) must work wherever the focus is.
        if (action->shortcutContext() == Qt::WindowShortcut)
            addAction(action);
    }
    profileMenu->addSeparator();
    profileMenu->addAction(m_checkDomainAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_profilesPanel->connectAction()->icon().isNull())
        m_profilesPanel->connectAction()->setIcon(themedIcon(QStringLiteral("network-connect")));
    if (m_profilesPanel->newAction()->icon().isNull())
        m_profilesPanel->newAction()->setIcon(themedIcon(QStringLiteral("document-new")));
    toolBar->addAction(m_profilesPanel->connectAction());
    toolBar->addAction(m_profilesPanel->newAction());
    toolBar->addSeparator();
    toolBar->addAction(m_reconnectAction);
    toolBar->addAction(m_certificateAction);
    toolBar->addAction(m_exportLogAction);
    toolBar->addAction(m_closeTabAction);
    // Tooltips name the shortcut, so the toolbar teaches the keyboard.
    const QList<QAction *> toolBarActions = toolBar->actions();
    for (QAction *action : toolBarActions) {
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        const QString tip = action->toolTip();
        action->setToolTip(tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    }

    QMenu *sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    sessionMenu->addAction(m_exportLogAction);
    sessionMenu->addAction(m_saveScenarioAction);
    sessionMenu->addAction(m_certificateAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(m_reconnectAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(m_nextTabAction);
    sessionMenu->addAction(m_previousTabAction);
    sessionMenu->addAction(m_closeTabAction);
    sessionMenu->addAction(m_closeFinishedAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addAction(m_aboutAction);
}

SessionTab *MainWindow::openSession(const QString &title, const Smtp::ConnectionSettings &settings,
                                    const QString &profileId, bool interactive)
{
    return openSessionAt(-1, title, settings, profileId, interactive);
}

SessionTab *MainWindow::openSessionAt(int replaceIndex, const QString &title, const Smtp::ConnectionSettings &settings,
                                      const QString &profileId, bool interactive)
{
    Smtp::ConnectionSettings sessionSettings = settings;
    sessionSettings.interactive = interactive;
    if (!interactive && !sessionSettings.quitAfter) {
        // A test connects, upgrades and authenticates as configured, then says QUIT: it never sends a message.
        sessionSettings.message = {};
        sessionSettings.quitAfter = Smtp::Stage::Auth;
        sessionSettings.auth.testOnly = true;
    }
    std::unique_ptr<Smtp::SessionHandle> handle = m_sessionHost->createSession(sessionSettings);
    auto *tab = new SessionTab(title, *handle);
    tab->setObjectName(QStringLiteral("sessionTab"));
    tab->setProfileId(profileId);
    auto *controller = new SessionController(std::move(handle), tab);
    m_runRecorder->follow(tab);
    connect(tab, &SessionTab::statusTextChanged, this, [this, tab] {
        if (tab == currentSessionTab()) {
            updateStatus();
            updateActions(); // Save as Scenario needs a transcript, which starts with the connection
        }
        // No tooltip with the status: tooltips guess rich text, and the status can quote the server (C13).
    });
    connect(tab, &SessionTab::tlsReportAvailable, this, &MainWindow::updateActions);
    connect(tab, &SessionTab::remedyRequested, this,
            [this, tab](const Smtp::Remedy &remedy) { applyRemedy(tab, remedy); });
    // Queued: the prompt runs outside the tab's button handler, and the tab is replaced afterwards.
    connect(
        tab, &SessionTab::retypePasswordRequested, this,
        [this, tab = QPointer<SessionTab>(tab)] {
            if (tab)
                retypePassword(tab);
        },
        Qt::QueuedConnection);
    connect(controller->handle(), &Smtp::SessionHandle::finished, this, &MainWindow::updateActions);
    tab->transcriptView()->setWallClock(m_uiSettings->wallClockTimeStamps());
    connect(tab->transcriptView(), &TranscriptView::wallClockChanged, this,
            [this](bool wallClock) { m_uiSettings->setWallClockTimeStamps(wallClock); });
    const int index = replaceIndex >= 0 ? m_sessionTabWidget->insertTab(replaceIndex, tab, title)
                                        : m_sessionTabWidget->addTab(tab, title);
    m_sessionTabWidget->setCurrentIndex(index);
    m_sessionStackedWidget->setCurrentWidget(m_sessionTabWidget);
    controller->start();
    tab->setFocus();
    updateActions();
    updateStatus();
    return tab;
}

void MainWindow::connectProfile(const QString &profileId)
{
    const std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    m_uiSettings->setLastProfileId(profileId);
    m_secretsPrompt->prepare(profileId, [this, profileId, name = profile->name](const Smtp::ConnectionSettings &s) {
        openSession(name, s, profileId);
    });
}

void MainWindow::retypePassword(SessionTab *tab)
{
    const QPointer<SessionTab> guard(tab);
    const std::optional<Smtp::ConnectionSettings> settings =
        m_secretsPrompt->askPasswordAgain(tab->profileId(), tab->title(), tab->settings());
    // The tab may have been closed while the prompt was open.
    if (const int index = m_sessionTabWidget->indexOf(guard); settings && guard && index >= 0)
        replaceSessionTab(index, *settings);
}

void MainWindow::applyRemedy(SessionTab *tab, const Smtp::Remedy &remedy)
{
    std::optional<Smtp::Profile> profile = m_store->find(tab->profileId());
    if (!profile)
        return;
    if (remedy.kind != Smtp::Remedy::Kind::SetServerName) {
        m_profilesPanel->openEditor(*profile)->showPage(remedy.kind == Smtp::Remedy::Kind::OpenSecuritySettings
                                                            ? ProfileEditorDialog::Page::Security
                                                            : ProfileEditorDialog::Page::Server);
        return;
    }
    // One click: the name is saved in the profile and the session runs again in the failed one's place. A changed
    // server name is a new destination, so a saved password is asked for again rather than sent (SecretBinding).
    profile->settings.serverName = remedy.serverName;
    if (const Smtp::ProfileStoreError error = m_store->update(*profile); error.isError()) {
        statusBar()->showMessage(error.message);
        return;
    }
    saveProfiles();
    closeSessionTab(m_sessionTabWidget->indexOf(tab));
    connectProfile(profile->id);
}

void MainWindow::scheduleProfileSave()
{
    // One save for the sessions that finish together (closing many tabs, quitting), after their signals are done.
    m_profileSaveTimer->start();
}

void MainWindow::saveProfiles()
{
    m_profileSaveTimer->stop();
    // The save is small and local (one JSON file, a lock, a rename): tests/ui/tst_sessionlifecycle times it.
    if (const Smtp::ProfileStoreError error = m_store->save(); error.isError()) {
        const QString message = tr("The session's result was not saved in the profile: %1").arg(error.toString());
        statusBar()->showMessage(message);
        emit profileSaveFailed(message);
    }
}

bool MainWindow::connectProfileByName(const QString &name)
{
    // The same lookup as the command line's --profile.
    if (const std::optional<Smtp::Profile> profile = m_store->findByName(name)) {
        m_profilesPanel->selectProfile(profile->id);
        connectProfile(profile->id);
        return true;
    }
    const QString message =
        tr("There is no saved profile named \"%1\"; nothing was connected. Choose a profile in the list, or check "
           "the name (exact, any case, or Folder/Name).")
            .arg(name);
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Profile Not Found"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("profileNotFoundMessageBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

SessionTab *MainWindow::currentSessionTab() const
{
    return qobject_cast<SessionTab *>(m_sessionTabWidget->currentWidget());
}

void MainWindow::closeSessionTab(int index)
{
    auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index));
    if (!tab)
        return;
    m_sessionTabWidget->removeTab(index);
    // A live session says QUIT in the background; the tab goes from the bar at once.
    m_sessionCloser->closeTab(tab);
    if (m_sessionTabWidget->count() == 0)
        m_sessionStackedWidget->setCurrentIndex(0);
    updateActions();
    updateStatus();
}

void MainWindow::closeFinishedSessionTabs()
{
    for (int index = m_sessionTabWidget->count() - 1; index >= 0; --index) {
        if (const auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index)); tab && tab->isFinished())
            closeSessionTab(index);
    }
}

SessionTab *MainWindow::reconnectSessionTab(int index)
{
    auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index));
    if (!tab || !tab->isFinished())
        return nullptr;
    // The same settings, secrets typed for the session included.
    return replaceSessionTab(index, tab->settings());
}

SessionTab *MainWindow::replaceSessionTab(int index, Smtp::ConnectionSettings settings)
{
    auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index));
    // A new tab in the old one's place: a fresh transcript, the same profile.
    const QString title = tab->title();
    const QString profileId = tab->profileId();
    m_sessionTabWidget->removeTab(index);
    delete tab;
    return openSessionAt(index, title, settings, profileId, settings.interactive);
}

int MainWindow::liveSessionCount() const
{
    int count = 0;
    for (int index = 0; index < m_sessionTabWidget->count(); ++index) {
        if (const auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index)); tab && !tab->isFinished())
            ++count;
    }
    return count;
}

bool MainWindow::exportCurrentSessionLog(const QString &path)
{
    SessionTab *tab = currentSessionTab();
    if (!tab)
        return false;
    // A snapshot of the log as it is now; the session goes on meanwhile. The exporter redacts credentials and writes
    // atomically with private permissions.
    const Smtp::SessionLog log = Smtp::SessionLog::create(tab->title(), tab->settings(), tab->transcript(),
                                                          tab->session().resultSoFar(), tab->isFinished());
    auto *watcher = new QFutureWatcher<Smtp::ExportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        emit sessionLogExported(path, watcher->result().errorMessage);
    });
    watcher->setFuture(QtConcurrent::run([log, path] { return Smtp::SessionLogExporter::writeToFile(log, path); }));
    return true;
}

void MainWindow::reportLogExport(const QString &path, const QString &errorMessage)
{
    if (!errorMessage.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export Failed"), errorMessage, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Session log saved to %1").arg(path), 5000);
}

void MainWindow::chooseLogExportFile()
{
    SessionTab *tab = currentSessionTab();
    if (!tab)
        return;
    const QString path = LogExportFile::choose(this, tab->title(), tab->transcript().startedAt());
    if (!path.isEmpty() && exportCurrentSessionLog(path))
        statusBar()->showMessage(tr("Saving the session log to %1…").arg(path));
}

void MainWindow::updateActions()
{
    SessionTab *tab = currentSessionTab();
    m_exportLogAction->setEnabled(tab != nullptr);
    m_saveScenarioAction->setEnabled(tab && !tab->transcript().isEmpty());
    m_certificateAction->setEnabled(tab && tab->tlsReport().has_value());
    m_closeTabAction->setEnabled(tab != nullptr);
    m_reconnectAction->setEnabled(tab && tab->isFinished());
    m_closeFinishedAction->setEnabled(m_sessionTabWidget->count() > 0);
    m_nextTabAction->setEnabled(m_sessionTabWidget->count() > 1);
    m_previousTabAction->setEnabled(m_sessionTabWidget->count() > 1);
}

void MainWindow::updateStatus()
{
    SessionTab *tab = currentSessionTab();
    m_statusLabel->setText(tab ? tab->statusText() : tr("No session"));
    // The window title names the active session's profile; Qt appends the application's display name.
    setWindowTitle(tab ? tab->title() : QString());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.setObjectName(QStringLiteral("aboutDialog"));
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    dialog.setLanguageCode(m_uiSettings->language());
    dialog.setWallClockTimeStamps(m_uiSettings->wallClockTimeStamps());
    dialog.setThemeName(themeName(themeFromName(m_uiSettings->theme())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Colours apply at once: a palette change reaches every widget without rebuilding one.
    if (dialog.themeName() != themeName(themeFromName(m_uiSettings->theme()))) {
        m_uiSettings->setTheme(dialog.themeName());
        applyTheme(themeFromName(dialog.themeName()));
    }
    if (dialog.languageCode() != m_uiSettings->language()) {
        m_uiSettings->setLanguage(dialog.languageCode());
        statusBar()->showMessage(tr("The new language is used the next time SMTP Workbench starts."), 8000);
    }
    // The time stamp choice applies at once, to the open sessions as well as new ones.
    m_uiSettings->setWallClockTimeStamps(dialog.wallClockTimeStamps());
    for (int index = 0; index < m_sessionTabWidget->count(); ++index) {
        if (auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index)))
            tab->transcriptView()->setWallClock(dialog.wallClockTimeStamps());
    }
    if (!m_uiSettings->sync())
        QMessageBox::warning(this, tr("Preferences Not Saved"), m_uiSettings->writeProblem());
}

void MainWindow::showKeyboardShortcuts()
{
    // The menus in their order, then what only the window or the session tab knows.
    QList<QAction *> actions = KeyboardShortcutsDialog::actionsOf(this);
    if (const SessionTab *tab = currentSessionTab())
        actions += tab->actions();
    KeyboardShortcutsDialog dialog(actions, this);
    dialog.setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitConfirmed) {
        if (m_quitting) {
            // Already saying QUIT everywhere; the window closes by itself when that is done.
            event->ignore();
            return;
        }
        if (const int live = liveSessionCount(); live > 0) {
            event->ignore();
            if (!SessionCloser::confirmQuit(live, this))
                return;
            quitSessionsThenClose();
            return;
        }
    }
    if (m_profileSaveTimer->isActive())
        saveProfiles();
    m_uiSettings->saveWindow(*this, *m_mainSplitter);
    QMainWindow::closeEvent(event);
}

void MainWindow::quitSessionsThenClose()
{
    m_quitting = true;
    statusBar()->showMessage(tr("Saying QUIT to the open sessions…"));
    QList<SessionTab *> tabs;
    for (int index = 0; index < m_sessionTabWidget->count(); ++index) {
        if (auto *tab = qobject_cast<SessionTab *>(m_sessionTabWidget->widget(index)))
            tabs.append(tab);
    }
    // Never hangs on a server that does not answer: the closer gives up after its bound.
    m_sessionCloser->quitAll(tabs);
}

void MainWindow::finishQuit()
{
    if (m_quitConfirmed)
        return;
    m_quitConfirmed = true;
    // Queued: finished() is still being delivered to the tabs.
    QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}

} // namespace SmtpUi
