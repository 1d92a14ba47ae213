#include "sessioncloser.h"

#include "sessioncontroller.h"
#include "sessiontab.h"

#include "core/session/sessionhandle.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace SmtpUi
{

namespace
{
SessionController *controllerOf(SessionTab *tab)
{
    return tab->findChild<SessionController *>(QString(), Qt::FindDirectChildrenOnly);
}
} // namespace

SessionCloser::SessionCloser(QObject *parent) : QObject(parent) {}

SessionCloser::~SessionCloser()
{
    cancelClosing();
}

bool SessionCloser::confirmQuit(int liveSessions, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Quit SMTP Workbench"),
                    liveSessions == 1 ? tr("1 session is open: quit it?")
                                      : tr("%1 sessions are open: quit them?").arg(liveSessions),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("quitSessionsMessageBox"));
    box.setInformativeText(tr("Each session says QUIT to its server before the window closes."));
    QPushButton *quitButton = box.addButton(tr("Quit Sessions"), QMessageBox::AcceptRole);
    quitButton->setObjectName(QStringLiteral("quitSessionsPushButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == quitButton;
}

void SessionCloser::closeTab(SessionTab *tab)
{
    SessionController *controller = controllerOf(tab);
    m_closingTabs.removeAll(nullptr);
    if (tab->isFinished() || !controller) {
        delete tab;
        return;
    }
    m_closingTabs.append(tab);
    tab->hide();
    connect(controller->handle(), &Smtp::SessionHandle::finished, tab, &QObject::deleteLater);
    QTimer::singleShot(timeoutMs, tab, &QObject::deleteLater);
    controller->close();
}

void SessionCloser::quitAll(const QList<SessionTab *> &tabs)
{
    m_allEndedSent = false;
    for (SessionTab *tab : tabs) {
        SessionController *controller = controllerOf(tab);
        if (!controller || tab->isFinished())
            continue;
        m_quittingTabs.append(tab);
        // Queued behind the tab's own handling of finished(), which marks it finished.
        connect(controller->handle(), &Smtp::SessionHandle::finished, this, &SessionCloser::checkAllEnded,
                Qt::QueuedConnection);
        controller->close();
    }
    QTimer::singleShot(timeoutMs, this, [this] {
        m_quittingTabs.clear();
        checkAllEnded();
    });
    checkAllEnded();
}

void SessionCloser::checkAllEnded()
{
    for (const QPointer<SessionTab> &tab : std::as_const(m_quittingTabs)) {
        if (tab && !tab->isFinished())
            return;
    }
    m_quittingTabs.clear();
    if (m_allEndedSent)
        return;
    m_allEndedSent = true;
    emit allEnded();
}

void SessionCloser::cancelClosing()
{
    const QList<QPointer<SessionTab>> closing = std::exchange(m_closingTabs, {});
    for (const QPointer<SessionTab> &tab : closing)
        delete tab.data();
}

} // namespace SmtpUi
