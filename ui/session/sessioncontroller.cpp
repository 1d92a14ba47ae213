#include "sessioncontroller.h"

#include "core/session/sessionhandle.h"
#include "sessiontab.h"

namespace SmtpUi
{

SessionController::SessionController(std::unique_ptr<Smtp::SessionHandle> handle, SessionTab *tab)
    : QObject(tab), m_handle(std::move(handle)), m_tab(tab)
{
    // The tab shows the handle it was made with; the controller carries its requests to the session.
    Q_ASSERT(&tab->session() == m_handle.get());
    Smtp::SessionHandle *session = m_handle.get();
    connect(tab, &SessionTab::commandRequested, session, &Smtp::SessionHandle::sendCommand);
    connect(tab, &SessionTab::ehloRequested, session, &Smtp::SessionHandle::sendEhlo);
    connect(tab, &SessionTab::startTlsRequested, session, &Smtp::SessionHandle::startTls);
    connect(tab, &SessionTab::authenticateRequested, session, &Smtp::SessionHandle::authenticate);
    connect(tab, &SessionTab::sendMessageRequested, session, &Smtp::SessionHandle::sendMessage);
    connect(tab, &SessionTab::quitRequested, session, &Smtp::SessionHandle::quit);
}

SessionController::~SessionController()
{
    if (m_handle && !m_handle->isFinished())
        m_handle->cancel();
}

void SessionController::start()
{
    m_handle->start();
}

void SessionController::close()
{
    if (m_handle->isFinished())
        return;
    // The session says QUIT only when it is ready for a command: waiting for a step to end first could hold the tab
    // for a whole timeout. In the middle of anything else it closes at once.
    m_handle->quit();
}

} // namespace SmtpUi
