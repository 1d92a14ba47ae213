#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace SmtpUi
{

/// A one-line notice above a view: a plain-text message, an optional action button and a close button. It stays
/// hidden until show() and hides itself when closed.
class InfoBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoBar)

public:
    explicit InfoBar(QWidget *parent = nullptr);
    ~InfoBar() override;

    void setMessage(const QString &message);
    QString message() const;
    /// Shows the action button with @p text; actionTriggered() when it is pressed. Empty hides the button.
    void setActionText(const QString &text);

signals:
    void actionTriggered();
    void dismissed();

private:
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_actionPushButton = nullptr;
    QToolButton *m_closeToolButton = nullptr;
};

} // namespace SmtpUi
