#include "testsessionslot.h"

#include "sessiontab.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"

#include <QTabBar>
#include <QTabWidget>

namespace SmtpUi
{

TestSessionSlot::TestSessionSlot(MainWindow *window) : QObject(window), m_window(window) {}

TestSessionSlot::~TestSessionSlot() = default;

SessionTab *TestSessionSlot::tab() const
{
    // A closed tab may live on while it says QUIT; it is no longer the test's tab then.
    return m_tab && m_window->sessionTabWidget()->indexOf(m_tab) >= 0 ? m_tab.data() : nullptr;
}

SessionTab *TestSessionSlot::run(ProfileEditorDialog *editor, const Smtp::ConnectionSettings &settings,
                                 const QString &title)
{
    QTabWidget *tabs = m_window->sessionTabWidget();
    int place = -1;
    if (SessionTab *previous = tab()) {
        // The previous test's end must not reach the editor as this one's verdict.
        disconnect(previous, nullptr, this, nullptr);
        place = tabs->indexOf(previous);
        m_window->closeSessionTab(place);
    }
    SessionTab *current = m_window->openSession(tr("Test: %1").arg(title), settings, QString(), false);
    if (place >= 0 && place < tabs->count())
        tabs->tabBar()->moveTab(tabs->indexOf(current), place);
    m_tab = current;
    if (editor) {
        editor->showTestRunning();
        const QPointer<ProfileEditorDialog> guardedEditor(editor);
        connect(current, &SessionTab::finished, this, [guardedEditor](const Smtp::SessionResult &result) {
            if (guardedEditor)
                guardedEditor->showTestResult(result);
        });
        connect(editor, &ProfileEditorDialog::transcriptRequested, this, &TestSessionSlot::showTab,
                Qt::UniqueConnection);
    }
    return current;
}

void TestSessionSlot::showTab()
{
    if (SessionTab *current = tab()) {
        m_window->sessionTabWidget()->setCurrentWidget(current);
        m_window->raise();
    }
}

} // namespace SmtpUi
