#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QApplication>
#include <QFont>
#include <QSslSocket>
#include <QSysInfo>

namespace SmtpUi
{

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("SMTP Workbench %1").arg(QStringLiteral(SMTP_WORKBENCH_VERSION)));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->versionsLabel->setText(versionText());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText()
{
    const QString tlsRuntime = QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("not available");
    QStringList lines;
    lines << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("TLS backend: %1").arg(QSslSocket::activeBackend());
    lines << tr("TLS library: %1 (built with %2)").arg(tlsRuntime, QSslSocket::sslLibraryBuildVersionString());
    lines << tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    return lines.join(u'\n');
}

} // namespace SmtpUi
