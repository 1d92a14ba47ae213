#pragma once

#include "core/connection/connectionsettings.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Ui
{
class ComposePanel;
}

namespace SmtpUi
{

/// The session tab's "Compose and Send a Message" fields, collapsed by default: sender, recipients, subject and
/// body, checked before anything is sent.
class ComposePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePanel)

public:
    explicit ComposePanel(QWidget *parent = nullptr);
    ~ComposePanel() override;

    /// Fills the fields with the profile's message settings, which also give what the fields do not (the envelope's
    /// other options).
    void setDefaults(const Smtp::MessageSettings &defaults);

    /// The message as typed, or nothing with the reasons shown next to the fields.
    std::optional<Smtp::MessageSettings> composedMessage();
    void setSendEnabled(bool enabled);

signals:
    /// The Send Message button was pressed.
    void sendRequested();

private:
    void showFieldError(QLabel *label, const QString &error);

    std::unique_ptr<Ui::ComposePanel> m_ui;
    Smtp::MessageSettings m_defaults;
};

} // namespace SmtpUi
