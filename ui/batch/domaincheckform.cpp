#include "domaincheckform.h"

#include "ui/app/theme.h"
#include "ui_domaincheckform.h"

#include "core/dns/dnsresolver.h"
#include "core/dns/mxlookup.h"

#include <QFileDialog>
#include <QFileInfo>

#include <utility>

namespace SmtpUi
{

DomainCheckForm::DomainCheckForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::DomainCheckForm>())
{
    m_ui->setupUi(this);
    m_ui->securityComboBox->addItem(tr("STARTTLS (required)"), int(Smtp::SecurityMode::StartTls));
    m_ui->securityComboBox->addItem(tr("Implicit TLS"), int(Smtp::SecurityMode::Implicit));
    m_ui->securityComboBox->addItem(tr("None (plaintext)"), int(Smtp::SecurityMode::None));
    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->dnsServerErrorLabel, m_ui->caFileErrorLabel}) {
        QPalette errorPalette = label->palette();
        errorPalette.setColor(QPalette::WindowText, errorTextColour(palette()));
        label->setPalette(errorPalette);
        label->hide();
    }
    connect(m_ui->domainRadioButton, &QRadioButton::toggled, this, &DomainCheckForm::updateFields);
    connect(m_ui->matrixCheckBox, &QCheckBox::toggled, this, &DomainCheckForm::updateFields);
    connect(m_ui->caFileBrowseToolButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CA File"), m_ui->caFileLineEdit->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caFileLineEdit->setText(path);
    });
    updateFields();
}

DomainCheckForm::~DomainCheckForm() = default;

void DomainCheckForm::updateFields()
{
    const bool domain = m_ui->domainRadioButton->isChecked();
    m_ui->nameLineEdit->setPlaceholderText(domain ? tr("example.org") : tr("mail.example.org or an address"));
    // A host is dialled as it is named: no resolver to choose.
    m_ui->dnsServerLineEdit->setEnabled(domain);
    const bool oneMode = !m_ui->matrixCheckBox->isChecked();
    m_ui->portSpinBox->setEnabled(oneMode);
    m_ui->securityComboBox->setEnabled(oneMode);
}

void DomainCheckForm::setFieldError(QLabel *errorLabel, QWidget *field, const QString &reason)
{
    errorLabel->setText(reason.isEmpty() ? QString() : tr("\u26a0 %1").arg(reason));
    errorLabel->setVisible(!reason.isEmpty());
    field->setAccessibleDescription(reason);
}

std::optional<DomainCheckRequest> DomainCheckForm::request()
{
    DomainCheckRequest request;
    request.name = m_ui->nameLineEdit->text().trimmed();
    request.isDomain = m_ui->domainRadioButton->isChecked();
    request.matrix = m_ui->matrixCheckBox->isChecked();
    request.dnsServer = request.isDomain ? m_ui->dnsServerLineEdit->text().trimmed() : QString();
    request.base.port = quint16(m_ui->portSpinBox->value());
    request.base.security = Smtp::SecurityMode(m_ui->securityComboBox->currentData().toInt());
    request.base.caFile = m_ui->caFileLineEdit->text().trimmed();
    if (!request.isDomain)
        request.base.host = request.name;

    // The rules the command line applies to --mx, --host and --dns-server.
    QString nameProblem;
    if (request.name.isEmpty())
        nameProblem = request.isDomain ? tr("Give the domain to check.") : tr("Give the host to check.");
    else if (request.isDomain)
        nameProblem = Smtp::MxLookup::domainProblem(request.name);
    else
        nameProblem = request.base.validate().value(0);
    const QString dnsProblem =
        request.dnsServer.isEmpty() ? QString() : Smtp::DnsResolver::serverProblem(request.dnsServer);
    const QString caFileProblem = request.base.caFile.isEmpty() || QFileInfo::exists(request.base.caFile)
                                      ? QString()
                                      : tr("This file does not exist.");
    setFieldError(m_ui->nameErrorLabel, m_ui->nameLineEdit, nameProblem);
    setFieldError(m_ui->dnsServerErrorLabel, m_ui->dnsServerLineEdit, dnsProblem);
    setFieldError(m_ui->caFileErrorLabel, m_ui->caFileLineEdit, caFileProblem);
    const std::pair<QString, QWidget *> checked[] = {{nameProblem, m_ui->nameLineEdit},
                                                     {dnsProblem, m_ui->dnsServerLineEdit},
                                                     {caFileProblem, m_ui->caFileLineEdit}};
    for (const auto &[problem, field] : checked) {
        if (!problem.isEmpty()) {
            field->setFocus();
            return std::nullopt;
        }
    }
    return request;
}

} // namespace SmtpUi
