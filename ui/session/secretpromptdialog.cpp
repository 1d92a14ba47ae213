#include "secretpromptdialog.h"

#include "ui_secretpromptdialog.h"

#include <QPushButton>

namespace SmtpUi
{

SecretPromptDialog::SecretPromptDialog(Smtp::SecretKind kind, const QString &profileName, const QString &reason,
                                       bool offerRemember, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SecretPromptDialog>())
{
    m_ui->setupUi(this);
    switch (kind) {
    case Smtp::SecretKind::Password:
        setWindowTitle(tr("Password for %1").arg(profileName));
        m_ui->secretLabel->setText(tr("&Password:"));
        m_ui->secretLineEdit->setAccessibleName(tr("Password"));
        break;
    case Smtp::SecretKind::ProxyPassword:
        setWindowTitle(tr("Proxy Password for %1").arg(profileName));
        m_ui->secretLabel->setText(tr("&Proxy password:"));
        m_ui->secretLineEdit->setAccessibleName(tr("Proxy password"));
        break;
    case Smtp::SecretKind::KeyPassphrase:
        setWindowTitle(tr("Key Passphrase for %1").arg(profileName));
        m_ui->secretLabel->setText(tr("&Key passphrase:"));
        m_ui->secretLineEdit->setAccessibleName(tr("Key passphrase"));
        break;
    }
    m_ui->reasonLabel->setText(reason);
    // Without a keychain there is nowhere to remember it; the window says so once, not in every prompt.
    m_ui->rememberCheckBox->setVisible(offerRemember);
    m_ui->rememberCheckBox->setChecked(false);
    connect(m_ui->showSecretCheckBox, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->secretLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->secretLineEdit->setFocus();
}

SecretPromptDialog::~SecretPromptDialog() = default;

QString SecretPromptDialog::secret() const
{
    return m_ui->secretLineEdit->text();
}

bool SecretPromptDialog::rememberRequested() const
{
    // isHidden(), not isVisible(): the answer is read after the dialog has closed.
    return !m_ui->rememberCheckBox->isHidden() && m_ui->rememberCheckBox->isChecked();
}

} // namespace SmtpUi
