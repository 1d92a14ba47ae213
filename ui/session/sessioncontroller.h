#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace Smtp
{
class SessionHandle;
}

namespace SmtpUi
{

class SessionTab;

/// Owns one session handle for the tab that shows it (SessionTab reads the handle's state) and carries the tab's
/// command requests to the session. A child of the tab, so closing the tab destroys the handle, which cancels the
/// session.
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    /// @p tab was made with @p handle (SessionTab's constructor).
    SessionController(std::unique_ptr<Smtp::SessionHandle> handle, SessionTab *tab);
    ~SessionController() override;

    Smtp::SessionHandle *handle() const { return m_handle.get(); }
    void start();
    /// Closes the session: QUIT (and its reply awaited) when the session stands ready for a command; in the middle of
    /// a step (a reply awaited, TLS, typed message text) or before the greeting, the connection closes at once and
    /// the session ends as cancelled. The dialogue decides (Dialogue::onQuitRequested()).
    void close();

private:
    std::unique_ptr<Smtp::SessionHandle> m_handle;
    QPointer<SessionTab> m_tab;
};

} // namespace SmtpUi
