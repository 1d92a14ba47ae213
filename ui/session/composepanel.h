#pragma once

#include "core/connection/connectionsettings.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace SmtpUi
{

/// The session tab's "Compose and Send a Message" fields, collapsed by default: sender, recipients, subject and
/// body, checked before anything is sent.
class ComposePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePanel)

public:
    /// The fields start with the profile's message settings.
    explicit ComposePanel(const Smtp::MessageSettings &defaults, QWidget *parent = nullptr);
    ~ComposePanel() override;

    /// The message as typed, or nothing with the reasons shown next to the fields.
    std::optional<Smtp::MessageSettings> composedMessage();
    void setSendEnabled(bool enabled);

signals:
    /// The Send Message button was pressed.
    void sendRequested();

private:
    void showFieldError(QLabel *label, const QString &error);

    Smtp::MessageSettings m_defaults;
    QToolButton *m_composeToolButton = nullptr;
    QGroupBox *m_composeGroupBox = nullptr;
    QLineEdit *m_fromLineEdit = nullptr;
    QLabel *m_fromErrorLabel = nullptr;
    QLineEdit *m_toLineEdit = nullptr;
    QLabel *m_toErrorLabel = nullptr;
    QLineEdit *m_subjectLineEdit = nullptr;
    QLabel *m_subjectErrorLabel = nullptr;
    QPlainTextEdit *m_bodyPlainTextEdit = nullptr;
    QPushButton *m_sendMessagePushButton = nullptr;
};

} // namespace SmtpUi
