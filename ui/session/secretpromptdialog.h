#pragma once

#include "core/profiles/secretstore.h"

#include <QDialog>

#include <memory>

namespace Ui
{
class SecretPromptDialog;
}

namespace SmtpUi
{

/// Asks for one secret a session needs (password, proxy password or key passphrase): says why, and offers to
/// remember it in the keychain only when there is one to remember it in.
class SecretPromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPromptDialog)

public:
    SecretPromptDialog(Smtp::SecretKind kind, const QString &profileName, const QString &reason, bool offerRemember,
                       QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QString secret() const;
    /// The user asked for the secret to be stored in the keychain (only possible when it was offered).
    bool rememberRequested() const;

private:
    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
};

} // namespace SmtpUi
