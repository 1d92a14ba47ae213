#include "remedybar.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace SmtpUi
{

RemedyBar::RemedyBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("remedyBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("remedyMessageLabel"));
    m_messageLabel->setWordWrap(true);
    // Server and certificate text: never interpreted as markup.
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);
    m_buttonsLayout = new QGridLayout;
    m_buttonsLayout->setColumnStretch(2, 1);
    layout->addLayout(m_buttonsLayout);
    hide();
}

void RemedyBar::showRemedies(const QString &message, const QList<Smtp::Remedy> &remedies)
{
    while (QLayoutItem *item = m_buttonsLayout->takeAt(0)) {
        const std::unique_ptr<QLayoutItem> owned(item);
        if (QWidget *button = owned->widget())
            button->deleteLater();
    }
    m_messageLabel->setText(message);
    for (const Smtp::Remedy &remedy : remedies) {
        auto *button = new QPushButton(remedy.label(), this);
        button->setObjectName(remedy.kind == Smtp::Remedy::Kind::SetServerName
                                  ? QStringLiteral("setServerNamePushButton")
                              : remedy.kind == Smtp::Remedy::Kind::OpenSecuritySettings
                                  ? QStringLiteral("openSecuritySettingsPushButton")
                                  : QStringLiteral("openConnectionSettingsPushButton"));
        connect(button, &QPushButton::clicked, this, [this, remedy] { emit remedyChosen(remedy); });
        // Two to a row, so several names never make the window wider.
        const int position = m_buttonsLayout->count();
        m_buttonsLayout->addWidget(button, position / 2, position % 2);
    }
    setVisible(!message.isEmpty());
}

} // namespace SmtpUi
