#include "infobar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace SmtpUi
{

InfoBar::InfoBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("infoBarMessageLabel"));
    // Messages may quote a profile name or server text: never rich text.
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_actionPushButton = new QPushButton(this);
    m_actionPushButton->setObjectName(QStringLiteral("infoBarActionPushButton"));
    m_actionPushButton->hide();
    connect(m_actionPushButton, &QPushButton::clicked, this, &InfoBar::actionTriggered);

    m_closeToolButton = new QToolButton(this);
    m_closeToolButton->setObjectName(QStringLiteral("infoBarCloseToolButton"));
    m_closeToolButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeToolButton->setAutoRaise(true);
    m_closeToolButton->setToolTip(tr("Dismiss this notice"));
    m_closeToolButton->setAccessibleName(tr("Dismiss this notice"));
    connect(m_closeToolButton, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_actionPushButton);
    layout->addWidget(m_closeToolButton);
    hide();
}

InfoBar::~InfoBar() = default;

void InfoBar::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    setAccessibleDescription(message);
}

QString InfoBar::message() const
{
    return m_messageLabel->text();
}

void InfoBar::setActionText(const QString &text)
{
    m_actionPushButton->setText(text);
    m_actionPushButton->setAccessibleName(QString(text).remove(u'&'));
    m_actionPushButton->setVisible(!text.isEmpty());
}

} // namespace SmtpUi
