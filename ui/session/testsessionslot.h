#pragma once

#include "core/connection/connectionsettings.h"
#include "ui/profiles/profileeditordialog.h"

#include <QObject>
#include <QPointer>

namespace SmtpUi
{

class MainWindow;
class SessionTab;

/// The one tab in which the profile editor's tests run: a new test replaces the previous test's tab in its place
/// (a live one says QUIT in the background), and the editor that asked is told how its test ended. The typed
/// secrets reach only the session, never a file. (The editor's header is included: a signal argument that is a
/// pointer to a QObject needs the complete type where it is connected.)
class TestSessionSlot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestSessionSlot)

public:
    explicit TestSessionSlot(MainWindow *window);
    ~TestSessionSlot() override;

    /// Tests @p settings in the test tab, called "Test: @p title"; @p editor shows the verdict.
    SessionTab *run(ProfileEditorDialog *editor, const Smtp::ConnectionSettings &settings, const QString &title);
    /// The current test's tab, while it is in the window.
    SessionTab *tab() const;
    /// Makes the test's tab the window's current one (nothing once it was closed).
    void showTab();

private:
    MainWindow *m_window = nullptr;
    QPointer<SessionTab> m_tab;
};

} // namespace SmtpUi
