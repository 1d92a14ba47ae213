// The window as admins use it all day (issue #12): credentials kept out of the command history, polite ends of
// sessions (close, quit), reconnecting and tidying tabs, the layout at the default size, the theme, shortcuts,
// --connect, and how a profile's last result is saved.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/app/uisettings.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilespanel.h"
#include "ui/session/capabilitiesmodel.h"
#include "ui/session/sessiontab.h"
#include "ui/session/smtpcommandedit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 10000;

const QByteArray longEhlo = QByteArrayLiteral("250-test.example\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                                              "250-ENHANCEDSTATUSCODES\r\n250-AUTH PLAIN LOGIN SCRAM-SHA-256\r\n"
                                              "250-8BITMIME\r\n250 CHUNKING\r\n");

Script plainScript(const QByteArray &ehlo = "250-test.example\r\n250 8BITMIME\r\n")
{
    return {Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"}, Send{ehlo}};
}

void typeLineAndEnter(QWidget *edit, const QString &line)
{
    QTest::keyClicks(edit, line);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool anyServerGot(const ScriptableSmtpServer &server, const QByteArray &line)
{
    const QList<ReceivedLine> lines = server.receivedLines();
    return std::any_of(lines.cbegin(), lines.cend(), [&](const ReceivedLine &l) { return l.line.trimmed() == line; });
}

/// Runs drive() on the next modal widget once it is up, then makes sure it is gone.
void onNextModal(QObject *context, const std::function<void(QWidget *)> &drive, bool *driven)
{
    QTimer::singleShot(0, context, [drive, driven] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *modal = QApplication::activeModalWidget();
        drive(modal);
        *driven = true;
        if (modal->isVisible())
            modal->close();
    });
}

QAction *action(const QWidget &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    if (!found)
        qFatal("no action %s", qPrintable(name));
    return found;
}
} // namespace

class TestSessionLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedAuthLinesStayOutOfTheHistory_data();
    void typedAuthLinesStayOutOfTheHistory();
    void responsesInsideAnAuthExchangeStayOutOfTheHistory();
    void closingALiveTabSaysQuit();
    void quittingAsksOnceAndSaysQuitEverywhere();
    void quittingCanBeCancelled();
    void reconnectAndCloseFinishedTabs();
    void profileSelectionFollowsTheActiveTab();
    void layoutReadsAtTheDefaultSize();
    void implicitTlsCapabilitiesAreOverTls();
    void themeAppliesAtOnce();
    void keyboardShortcutsAreListedAndReadable();
    void toolBarActionsHaveIconsAndTips();
    void connectByName_data();
    void connectByName();
    void unknownProfileNameIsReported();
    void profileSaveErrorIsShown();
    void profileSaveIsFast();

private:
    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    std::unique_ptr<ScriptableSmtpServer> m_server;

    std::unique_ptr<SmtpUi::MainWindow> makeWindow();
    QString addProfile(const QString &name, const QString &folder = {});
};

void TestSessionLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionLifecycle::init()
{
    // A fresh window state: the default size, no remembered splitters.
    SmtpUi::UiSettings settings;
    settings.setMainWindowGeometry({});
    settings.setMainWindowState({});
    settings.setMainSplitterState({});
    settings.setTheme({});
    settings.sync();
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
    m_server = std::make_unique<ScriptableSmtpServer>();
    QVERIFY(m_server->listen());
    m_server->setScript(plainScript());
    m_server->setDefaultReply("250 2.0.0 OK\r\n");
}

void TestSessionLifecycle::cleanup()
{
    m_server.reset();
    m_profiles.reset();
}

std::unique_ptr<SmtpUi::MainWindow> TestSessionLifecycle::makeWindow()
{
    auto window = std::make_unique<SmtpUi::MainWindow>(m_profiles->store(), m_profiles->secrets());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

QString TestSessionLifecycle::addProfile(const QString &name, const QString &folder)
{
    Smtp::Profile profile;
    profile.name = name;
    profile.folder = folder;
    profile.settings =
        Smtp::ProfileSettings::fromConnectionSettings(testSettings(m_server->port(), Smtp::SecurityMode::None));
    if (m_profiles->store()->add(profile).isError() || m_profiles->store()->save().isError())
        return {};
    return m_profiles->store()->findByName(folder.isEmpty() ? name : QStringLiteral("%1/%2").arg(folder, name))->id;
}

void TestSessionLifecycle::typedAuthLinesStayOutOfTheHistory_data()
{
    QTest::addColumn<QString>("line");
    QTest::addRow("AUTH PLAIN with a response") << QStringLiteral("AUTH PLAIN AHVzZXIAczNjcmV0");
    QTest::addRow("lower case") << QStringLiteral("auth plain AHVzZXIAczNjcmV0");
    QTest::addRow("mixed case") << QStringLiteral("AuTh LOGIN dXNlcg==");
    QTest::addRow("leading blanks") << QStringLiteral("   AUTH PLAIN AHVzZXIAczNjcmV0");
    QTest::addRow("tab after the verb") << QStringLiteral("AUTH\tPLAIN AHVzZXIAczNjcmV0");
    QTest::addRow("leading tab") << QStringLiteral("\tAUTH PLAIN AHVzZXIAczNjcmV0");
}

void TestSessionLifecycle::typedAuthLinesStayOutOfTheHistory()
{
    QFETCH(QString, line);
    auto window = makeWindow();
    SmtpUi::SessionTab *tab =
        window->openSession(QStringLiteral("auth"), testSettings(m_server->port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    auto *edit = tab->findChild<SmtpUi::SmtpCommandEdit *>(QStringLiteral("smtpCommandEdit"));
    QVERIFY(edit);
    typeLineAndEnter(edit, QStringLiteral("NOOP"));
    QTRY_VERIFY_WITH_TIMEOUT(anyServerGot(*m_server, "NOOP"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    const qsizetype events = tab->transcript().events().size();
    // keyClicks types a tab as a key press the line edit ignores: the text is set as if pasted.
    edit->setText(line);
    QTest::keyClick(edit, Qt::Key_Return);
    // Sent, or refused by the engine's policy (no TLS): either way the session recorded something.
    QTRY_VERIFY_WITH_TIMEOUT(tab->transcript().events().size() > events, waitMs);
    QCOMPARE(edit->text(), QString());
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("NOOP"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("NOOP"));
    QCOMPARE(edit->history(), QStringList{QStringLiteral("NOOP")});
    // A word that only starts like AUTH is an ordinary command.
    QVERIFY(!SmtpUi::SmtpCommandEdit::isAuthCommand(QStringLiteral("AUTHOR x")));
}

void TestSessionLifecycle::responsesInsideAnAuthExchangeStayOutOfTheHistory()
{
    m_server->setScript({Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"},
                         Send{"250-test.example\r\n250 AUTH LOGIN\r\n"}, Expect{"AUTH LOGIN"},
                         Send{"334 VXNlcm5hbWU6\r\n"}, ExpectAny{}, Send{"334 UGFzc3dvcmQ6\r\n"}, ExpectAny{},
                         Send{"235 2.7.0 Authentication successful\r\n"}});
    auto window = makeWindow();
    // Typed AUTH follows the plaintext policy: this profile allows it without TLS.
    Smtp::ConnectionSettings settings = testSettings(m_server->port(), Smtp::SecurityMode::None);
    settings.auth.allowPlaintext = true;
    SmtpUi::SessionTab *tab = window->openSession(QStringLiteral("auth"), settings);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    auto *edit = tab->findChild<SmtpUi::SmtpCommandEdit *>(QStringLiteral("smtpCommandEdit"));
    typeLineAndEnter(edit, QStringLiteral("AUTH LOGIN"));
    QTRY_VERIFY_WITH_TIMEOUT(edit->isAuthExchangeActive(), waitMs);
    typeLineAndEnter(edit, QStringLiteral("dXNlcg=="));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->receivedLines().size() >= 3, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(edit->isAuthExchangeActive());
    typeLineAndEnter(edit, QStringLiteral("czNjcmV0LVBhc3N3MHJk"));
    QTRY_VERIFY_WITH_TIMEOUT(!edit->isAuthExchangeActive(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    typeLineAndEnter(edit, QStringLiteral("NOOP"));
    QCOMPARE(edit->history(), QStringList{QStringLiteral("NOOP")});
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("NOOP"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("NOOP"));
}

void TestSessionLifecycle::closingALiveTabSaysQuit()
{
    auto window = makeWindow();
    SmtpUi::SessionTab *tab =
        window->openSession(QStringLiteral("live"), testSettings(m_server->port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QSignalSpy disconnected(m_server.get(), &ScriptableSmtpServer::clientDisconnected);
    action(*window, QStringLiteral("closeTabAction"))->trigger();
    // The tab goes at once; the session says QUIT in the background.
    QCOMPARE(window->sessionTabWidget()->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(anyServerGot(*m_server, "QUIT"), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() > 0, waitMs);
}

void TestSessionLifecycle::quittingAsksOnceAndSaysQuitEverywhere()
{
    ScriptableSmtpServer second;
    QVERIFY(second.listen());
    second.setScript(plainScript());
    second.setDefaultReply("250 2.0.0 OK\r\n");
    auto window = makeWindow();
    SmtpUi::SessionTab *one =
        window->openSession(QStringLiteral("one"), testSettings(m_server->port(), Smtp::SecurityMode::None));
    SmtpUi::SessionTab *two =
        window->openSession(QStringLiteral("two"), testSettings(second.port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(one->state(), Smtp::SessionState::Ready, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(two->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(window->liveSessionCount(), 2);

    int asked = 0;
    bool driven = false;
    onNextModal(
        window.get(),
        [&asked](QWidget *modal) {
            ++asked;
            QCOMPARE(modal->objectName(), QStringLiteral("quitSessionsMessageBox"));
            QVERIFY(qobject_cast<QMessageBox *>(modal)->text().contains(QStringLiteral("2 sessions are open")));
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("quitSessionsPushButton")),
                              Qt::LeftButton);
        },
        &driven);
    action(*window, QStringLiteral("quitAction"))->trigger();
    QVERIFY(driven);
    // Quitting again while the sessions say QUIT asks nothing more.
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(anyServerGot(*m_server, "QUIT"), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(anyServerGot(second, "QUIT"), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), SmtpUi::MainWindow::closeTimeoutMs + waitMs);
    QCOMPARE(asked, 1);
}

void TestSessionLifecycle::quittingCanBeCancelled()
{
    m_server->setScript({Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"},
                         Send{"250-test.example\r\n250 8BITMIME\r\n"}, Expect{"QUIT"}, Stall{}});
    auto window = makeWindow();
    SmtpUi::SessionTab *tab =
        window->openSession(QStringLiteral("one"), testSettings(m_server->port(), Smtp::SecurityMode::None));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    bool driven = false;
    onNextModal(
        window.get(),
        [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("1 session is open")));
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        },
        &driven);
    window->close();
    QVERIFY(driven);
    QVERIFY(window->isVisible());
    QCOMPARE(tab->state(), Smtp::SessionState::Ready);
    QVERIFY(!anyServerGot(*m_server, "QUIT"));

    // A server that never answers QUIT does not keep the window open past the bound.
    onNextModal(
        window.get(),
        [](QWidget *modal) {
            QTest::mouseClick(modal->findChild<QPushButton *>(QStringLiteral("quitSessionsPushButton")),
                              Qt::LeftButton);
        },
        &driven);
    QElapsedTimer clock;
    clock.start();
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(anyServerGot(*m_server, "QUIT"), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), SmtpUi::MainWindow::closeTimeoutMs + waitMs);
    QVERIFY(clock.elapsed() < SmtpUi::MainWindow::closeTimeoutMs + 2000);
}

void TestSessionLifecycle::reconnectAndCloseFinishedTabs()
{
    // The scriptable server serves one connection at a time: the live session gets a server of its own.
    ScriptableSmtpServer liveServer;
    QVERIFY(liveServer.listen());
    liveServer.setScript(plainScript());
    auto window = makeWindow();
    const Smtp::ConnectionSettings settings = testSettings(m_server->port(), Smtp::SecurityMode::None);
    SmtpUi::SessionTab *live =
        window->openSession(QStringLiteral("live"), testSettings(liveServer.port(), Smtp::SecurityMode::None));
    // A test session runs its steps and ends.
    SmtpUi::SessionTab *test = window->openSession(QStringLiteral("test"), settings, QString(), false);
    QTRY_VERIFY_WITH_TIMEOUT(test->isFinished(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(live->state(), Smtp::SessionState::Ready, waitMs);
    QCOMPARE(window->sessionTabWidget()->currentWidget(), test);
    QAction *reconnect = action(*window, QStringLiteral("reconnectAction"));
    QTRY_VERIFY(reconnect->isEnabled());
    const int connectionsBefore = m_server->connectionCount();
    const QPointer<SmtpUi::SessionTab> ended(test);
    reconnect->trigger();
    QVERIFY(ended.isNull());
    QCOMPARE(window->sessionTabWidget()->count(), 2);
    auto *again = qobject_cast<SmtpUi::SessionTab *>(window->sessionTabWidget()->widget(1));
    QVERIFY(again);
    QVERIFY(!again->isFinished());
    QCOMPARE(window->sessionTabWidget()->currentWidget(), again);
    QCOMPARE(window->sessionTabWidget()->tabText(1), QStringLiteral("test"));
    QCOMPARE(again->settings().port, settings.port);
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), waitMs);
    QCOMPARE(m_server->connectionCount(), connectionsBefore + 1);
    QVERIFY(again->result()->ok());

    // A live session cannot be "reconnected"; Close Finished Sessions keeps it.
    window->sessionTabWidget()->setCurrentWidget(live);
    QVERIFY(!reconnect->isEnabled());
    action(*window, QStringLiteral("closeFinishedAction"))->trigger();
    QCOMPARE(window->sessionTabWidget()->count(), 1);
    QCOMPARE(window->sessionTabWidget()->widget(0), live);
}

void TestSessionLifecycle::profileSelectionFollowsTheActiveTab()
{
    const QString first = addProfile(QStringLiteral("First"));
    const QString second = addProfile(QStringLiteral("Second"), QStringLiteral("Lab"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    auto window = makeWindow();
    window->connectProfile(first);
    window->connectProfile(second);
    QTRY_COMPARE(window->sessionTabWidget()->count(), 2);
    QCOMPARE(window->profilesPanel()->currentProfileId(), second);
    window->sessionTabWidget()->setCurrentIndex(0);
    QCOMPARE(window->profilesPanel()->currentProfileId(), first);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window->sessionTabWidget()->currentIndex(), 1);
    QCOMPARE(window->profilesPanel()->currentProfileId(), second);
    // Ctrl+Shift+Tab arrives as Backtab with Ctrl and Shift, as a keyboard sends it.
    QTest::keyClick(window.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->sessionTabWidget()->currentIndex(), 0);
    QCOMPARE(window->profilesPanel()->currentProfileId(), first);
}

void TestSessionLifecycle::layoutReadsAtTheDefaultSize()
{
    // The fullest side panel: STARTTLS, capabilities on both sides with differences, every timing phase.
    m_server->setScript({Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"},
                         Send{"250-test.example\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n"
                              "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250 CHUNKING\r\n"},
                         Expect{"STARTTLS"}, Send{"220 2.0.0 go ahead\r\n"}, StartTls{ServerCertificate::Valid},
                         Expect{"EHLO"}, Send{longEhlo}});
    auto window = makeWindow();
    const QSize before = window->size();
    QCOMPARE(before, QSize(1200, 760));
    SmtpUi::SessionTab *tab =
        window->openSession(QStringLiteral("layout"), testSettings(m_server->port(), Smtp::SecurityMode::StartTls));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(tab->session().capabilities(true).has_value());
    QApplication::processEvents();
    QCOMPARE(window->size(), before);

    auto *view = tab->findChild<QTableView *>(QStringLiteral("capabilitiesTableView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model());
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics headerMetrics(header->font());
    const int headerMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= headerMetrics.horizontalAdvance(text) + headerMargin,
                 qPrintable(QStringLiteral("header %1: %2 px").arg(text).arg(header->sectionSize(column))));
    }
    // Every value reads in full: wrapped at spaces when it must, never elided.
    const QFontMetrics metrics(view->font());
    const int cellMargin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const QModelIndex index = view->model()->index(row, column);
            const QString text = index.data().toString();
            const QFont font =
                index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : view->font();
            const QFontMetrics cellMetrics(font);
            const int width = view->columnWidth(column) - cellMargin;
            const QRect needed = cellMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text);
            QVERIFY2(needed.width() <= width && needed.height() <= view->rowHeight(row),
                     qPrintable(QStringLiteral("%1 in %2x%3").arg(text).arg(width).arg(view->rowHeight(row))));
        }
    }
    QVERIFY(view->horizontalScrollBar()->maximum() == 0);
    // The side panel shows all of itself, timings included, without scrolling.
    auto *panel = tab->findChild<QScrollArea *>(QStringLiteral("sidePanelScrollArea"));
    QVERIFY(panel);
    QCOMPARE(panel->verticalScrollBar()->maximum(), 0);
    // And the capability table shows every row.
    QCOMPARE(view->verticalScrollBar()->maximum(), 0);
}

void TestSessionLifecycle::implicitTlsCapabilitiesAreOverTls()
{
    m_server->setScript(
        {StartTls{ServerCertificate::Valid}, Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"}, Send{longEhlo}});
    auto window = makeWindow();
    SmtpUi::SessionTab *tab =
        window->openSession(QStringLiteral("smtps"), testSettings(m_server->port(), Smtp::SecurityMode::Implicit));
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(tab->session().capabilities(true).has_value());
    QVERIFY(!tab->session().capabilities(false).has_value());
    auto *view = tab->findChild<QTableView *>(QStringLiteral("capabilitiesTableView"));
    QVERIFY(view->isColumnHidden(SmtpUi::CapabilitiesModel::BeforeTlsColumn));
    QVERIFY(!view->isColumnHidden(SmtpUi::CapabilitiesModel::AfterTlsColumn));
    QCOMPARE(view->model()->headerData(SmtpUi::CapabilitiesModel::AfterTlsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Over TLS"));
    const QModelIndex size =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("SIZE")).value(0);
    QVERIFY(size.isValid());
    QCOMPARE(size.siblingAtColumn(SmtpUi::CapabilitiesModel::AfterTlsColumn).data().toString(),
             QStringLiteral("10240000"));
    QCOMPARE(size.data(SmtpUi::CapabilitiesModel::DifferenceRole).toInt(),
             int(SmtpUi::CapabilitiesModel::Difference::Same));
}

void TestSessionLifecycle::themeAppliesAtOnce()
{
    auto window = makeWindow();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const auto choose = [&window](const QString &text, bool byShortcut) {
        bool driven = false;
        onNextModal(
            window.get(),
            [text](QWidget *modal) {
                QCOMPARE(modal->objectName(), QStringLiteral("preferencesDialog"));
                auto *combo = modal->findChild<QComboBox *>(QStringLiteral("themeComboBox"));
                QVERIFY(combo);
                combo->setCurrentIndex(combo->findText(text));
                QTest::mouseClick(
                    modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                    Qt::LeftButton);
            },
            &driven);
        if (byShortcut)
            QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        else
            action(*window, QStringLiteral("preferencesAction"))->trigger();
        QVERIFY(driven);
    };
    choose(QStringLiteral("Dark"), true);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(SmtpUi::UiSettings().theme(), QStringLiteral("dark"));
    choose(QStringLiteral("Light"), false);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 160);
    QCOMPARE(SmtpUi::UiSettings().theme(), QStringLiteral("light"));
    choose(QStringLiteral("System"), false);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(SmtpUi::UiSettings().theme(), QStringLiteral("system"));
}

void TestSessionLifecycle::keyboardShortcutsAreListedAndReadable()
{
    auto window = makeWindow();
    QCOMPARE(action(*window, QStringLiteral("preferencesAction"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
    const QString previous =
        action(*window, QStringLiteral("previousTabAction"))->shortcut().toString(QKeySequence::NativeText);
    QVERIFY2(!previous.contains(QStringLiteral("Backtab")), qPrintable(previous));
    QCOMPARE(previous, QStringLiteral("Ctrl+PgUp"));

    bool driven = false;
    onNextModal(
        window.get(),
        [](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("keyboardShortcutsDialog"));
            auto *view = modal->findChild<QTableView *>(QStringLiteral("shortcutsTableView"));
            QVERIFY(view);
            QStringList rows;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                rows.append(view->model()->index(row, 0).data().toString() + QStringLiteral(" = ") +
                            view->model()->index(row, 1).data().toString());
            const QString all = rows.join(u'\n');
            QVERIFY2(all.contains(QStringLiteral("Previous Session = Ctrl+PgUp, Ctrl+Shift+Tab")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("Preferences… = Ctrl+,")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("Reconnect = Ctrl+R")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("Quit = Ctrl+Q")), qPrintable(all));
            QVERIFY2(all.contains(QStringLiteral("Check Domain… = Ctrl+Shift+M")), qPrintable(all));
            QTest::mouseClick(
                modal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close),
                Qt::LeftButton);
        },
        &driven);
    action(*window, QStringLiteral("shortcutsAction"))->trigger();
    QVERIFY(driven);

    // Profile ▸ Check Domain opens its form, not modal, and is gone once closed.
    QVERIFY(window->findChild<QMenu *>(QStringLiteral("profileMenu"))
                ->actions()
                .contains(action(*window, QStringLiteral("checkDomainAction"))));
    action(*window, QStringLiteral("checkDomainAction"))->trigger();
    QPointer<QDialog> domainCheck = window->findChild<QDialog *>(QStringLiteral("domainCheckDialog"));
    QVERIFY(domainCheck && domainCheck->isVisible() && !domainCheck->isModal());
    domainCheck->close();
    QTRY_VERIFY(!domainCheck);
}

void TestSessionLifecycle::toolBarActionsHaveIconsAndTips()
{
    auto window = makeWindow();
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    const QList<QAction *> actions = toolBar->actions();
    QVERIFY(actions.size() >= 6);
    for (const QAction *toolAction : actions) {
        if (toolAction->isSeparator())
            continue;
        QVERIFY2(!toolAction->icon().isNull(), qPrintable(toolAction->text()));
        QVERIFY2(!toolAction->toolTip().isEmpty() && toolAction->toolTip() != toolAction->iconText(),
                 qPrintable(toolAction->text()));
    }
}

void TestSessionLifecycle::connectByName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("exact") << QStringLiteral("Relay");
    QTest::addRow("any case") << QStringLiteral("rElAy");
    QTest::addRow("folder and name") << QStringLiteral("Customers/Relay");
}

void TestSessionLifecycle::connectByName()
{
    QFETCH(QString, typed);
    const QString id = addProfile(QStringLiteral("Relay"), QStringLiteral("Customers"));
    addProfile(QStringLiteral("Other"));
    auto window = makeWindow();
    QVERIFY(window->connectProfileByName(typed));
    QTRY_COMPARE(window->sessionTabWidget()->count(), 1);
    QCOMPARE(window->currentSessionTab()->profileId(), id);
    QCOMPARE(window->currentSessionTab()->title(), QStringLiteral("Relay"));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentSessionTab()->state(), Smtp::SessionState::Ready, waitMs);
    QVERIFY(anyServerGot(*m_server, "EHLO client.test"));
}

void TestSessionLifecycle::unknownProfileNameIsReported()
{
    addProfile(QStringLiteral("Relay"));
    auto window = makeWindow();
    QVERIFY(!window->connectProfileByName(QStringLiteral("Nowhere")));
    QCOMPARE(window->sessionTabWidget()->count(), 0);
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("\"Nowhere\"")));
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("profileNotFoundMessageBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Nowhere")));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->accept();
}

void TestSessionLifecycle::profileSaveErrorIsShown()
{
    const QString id = addProfile(QStringLiteral("Relay"));
    auto window = makeWindow();
    // The profile file becomes a folder: the next save cannot write it.
    const QString path = m_profiles->filePath(QStringLiteral("profiles.json"));
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkpath(path));
    QSignalSpy failed(window.get(), &SmtpUi::MainWindow::profileSaveFailed);
    Smtp::ConnectionSettings settings = testSettings(m_server->port(), Smtp::SecurityMode::None);
    SmtpUi::SessionTab *tab = window->openSession(QStringLiteral("Relay"), settings, id, false);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, waitMs);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not saved")));
    // The status bar names the cause (the profiles panel may word it too).
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("directory")),
             qPrintable(window->statusBar()->currentMessage()));
}

void TestSessionLifecycle::profileSaveIsFast()
{
    // Recording a result saves the profile file on the window's thread: with many profiles it stays far below a
    // frame budget that a user would notice (the file is small; the save is a lock, a read, a merge and a rename).
    for (int i = 0; i < 300; ++i) {
        Smtp::Profile profile;
        profile.name = QStringLiteral("Profile %1").arg(i);
        profile.folder = QStringLiteral("Folder %1").arg(i % 10);
        profile.settings.host = QStringLiteral("mx%1.example.test").arg(i);
        QVERIFY(!m_profiles->store()->add(profile).isError());
    }
    QVERIFY(!m_profiles->store()->save().isError());
    const QString id = m_profiles->store()->profiles().constFirst().id;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int attempt = 0; attempt < 5; ++attempt) {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(
            !m_profiles->store()->markUsed(id, QDateTime::currentDateTimeUtc(), QStringLiteral("OK"), true).isError());
        QVERIFY(!m_profiles->store()->save().isError());
        best = std::min(best, clock.elapsed());
    }
    qInfo("saving 300 profiles: %lld ms", best);
    QVERIFY2(best < 100, qPrintable(QString::number(best)));
}

QTEST_MAIN(TestSessionLifecycle)
#include "tst_sessionlifecycle.moc"
