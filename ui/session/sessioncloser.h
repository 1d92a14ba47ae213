#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace SmtpUi
{

class SessionTab;

/// Ends sessions politely, so the server logs a QUIT rather than a lost connection: QUIT when the session can
/// answer (the handle's quit()), a close otherwise, and never a wait longer than timeoutMs.
class SessionCloser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCloser)

public:
    explicit SessionCloser(QObject *parent = nullptr);
    ~SessionCloser() override;

    static constexpr int timeoutMs = 3000;

    /// Asks once whether the live sessions may be ended ("2 sessions are open: quit them?"); true to go on.
    static bool confirmQuit(int liveSessions, QWidget *parent);
    /// Takes a tab already taken out of its tab widget. A finished one is deleted at once; a live one is hidden, says
    /// QUIT and is deleted when its session is over or after timeoutMs (deleting the handle cancels what is left).
    void closeTab(SessionTab *tab);
    /// Says QUIT in each live tab (the tabs stay). allEnded() follows once, when every one is over or after timeoutMs.
    void quitAll(const QList<SessionTab *> &tabs);
    /// Deletes the tabs still saying QUIT now: for the window's destructor, before the session host goes.
    void cancelClosing();

signals:
    void allEnded();

private:
    void checkAllEnded();

    QList<QPointer<SessionTab>> m_closingTabs;
    QList<QPointer<SessionTab>> m_quittingTabs;
    bool m_allEndedSent = false;
};

} // namespace SmtpUi
