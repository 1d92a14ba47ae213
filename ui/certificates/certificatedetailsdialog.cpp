#include "certificatedetailsdialog.h"

#include "certificatechainmodel.h"
#include "core/io/atomicfile.h"
#include "core/text/untrustedtext.h"
#include "ui/app/theme.h"
#include "ui/common/replaceconfirmation.h"
#include "ui_certificatedetailsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace SmtpUi
{

namespace
{

constexpr int copiedFeedbackMs = 1500;

/// Each value on a line of its own, neutralised alone: only the breaks between values are ours.
QStringList shownLines(const QStringList &values)
{
    QStringList lines;
    for (const QString &value : values)
        lines << Smtp::neutraliseForDisplay(value);
    return lines;
}

} // namespace

CertificateDetailsDialog::CertificateDetailsDialog(const Smtp::CertificateReport &report, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CertificateDetailsDialog>()), m_model(new CertificateChainModel(this)),
      m_report(report)
{
    m_ui->setupUi(this);
    m_model->setChain(report.chain, report.trustAnchor);
    m_ui->chainTreeView->setModel(m_model);
    m_ui->chainTreeView->expandAll();
    m_ui->detailsSplitter->setStretchFactor(1, 1);
    m_ui->detailsSplitter->setSizes({320, 560});
    m_ui->mainVerticalLayout->setStretchFactor(m_ui->detailsSplitter, 1);
    m_ui->summaryLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    QStringList summary;
    if (!report.tlsEstablished)
        summary.append(tr("TLS was not established."));
    else
        summary.append(tr("%1, %2 (%3 bits)").arg(report.protocol, report.cipher).arg(report.cipherBits));
    if (const QString exchange = report.keyExchangeText(); !exchange.isEmpty())
        summary.append(exchange);
    if (report.clientCertificateRequested)
        summary.append(Smtp::neutraliseForDisplay(report.clientCertificateRequestText()));
    const QString errors = shownLines(report.verificationErrors).join(QStringLiteral("; "));
    if (report.verified)
        summary.append(tr("The chain verified for %1.").arg(Smtp::neutraliseForDisplay(report.verificationName)));
    else if (report.validationSkipped)
        summary.append(tr("Validation was skipped (trusted site); it would have failed: %1").arg(errors));
    else
        summary.append(
            tr("The chain did not verify for %1: %2").arg(Smtp::neutraliseForDisplay(report.verificationName), errors));
    if (report.ocsp)
        summary.append(Smtp::neutraliseForDisplay(report.ocsp->summary()));
    m_ui->summaryLabel->setText(summary.join(u'\n'));

    connect(m_ui->chainTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showCertificate(current.data(CertificateChainModel::ChainPositionRole).toInt());
            });
    connect(m_ui->copyPemPushButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromLatin1(currentPem()));
        // Say it happened: the clipboard shows nothing by itself.
        const QString label = m_ui->copyPemPushButton->text();
        if (label != tr("Copied \u2713")) {
            m_ui->copyPemPushButton->setText(tr("Copied \u2713"));
            QTimer::singleShot(copiedFeedbackMs, m_ui->copyPemPushButton,
                               [button = m_ui->copyPemPushButton, label] { button->setText(label); });
        }
    });
    connect(m_ui->exportPemPushButton, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_ui->exportChainPushButton, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool hasChain = !report.chain.isEmpty();
    m_ui->copyPemPushButton->setEnabled(hasChain);
    m_ui->exportPemPushButton->setEnabled(hasChain);
    m_ui->exportChainPushButton->setEnabled(hasChain);
    setCurrentPosition(hasChain ? 0 : -1);
}

CertificateDetailsDialog::~CertificateDetailsDialog() = default;

void CertificateDetailsDialog::setCurrentPosition(int position)
{
    const QModelIndex index = m_model->indexForPosition(position);
    if (index.isValid())
        m_ui->chainTreeView->setCurrentIndex(index);
    showCertificate(index.isValid() ? position : -1);
}

void CertificateDetailsDialog::showCertificate(int position)
{
    m_position = position;
    const QList<Smtp::CertificateInfo> &certificates = m_model->chain();
    const bool valid = position >= 0 && position < certificates.size();
    const Smtp::CertificateInfo info = valid ? certificates.at(position) : Smtp::CertificateInfo();
    const QLocale locale;
    // Every field but the dates and fingerprints is the server's text: one value, one visible line each.
    const QString issuer = Smtp::neutraliseForDisplay(info.issuer);
    m_ui->subjectValueLabel->setText(Smtp::neutraliseForDisplay(info.subject));
    m_ui->issuerValueLabel->setText(info.selfSigned ? tr("%1 (self-signed)").arg(issuer) : issuer);
    QStringList names;
    for (const QString &name : shownLines(info.subjectAlternativeNames)) {
        // "IP:::1" reads as a typo: the type and the value apart.
        const qsizetype colon = name.indexOf(u':');
        names << (colon > 0 ? tr("%1: %2").arg(name.left(colon), name.mid(colon + 1)) : name);
    }
    m_ui->alternativeNamesValueLabel->setText(names.join(u'\n'));
    const auto shownTime = [&locale](const QDateTime &time) {
        const QDateTime local = time.toLocalTime();
        return tr("%1 %2").arg(locale.toString(local, QLocale::ShortFormat), local.timeZoneAbbreviation());
    };
    m_ui->validityValueLabel->setText(valid ? tr("%1 to %2").arg(shownTime(info.notBefore), shownTime(info.notAfter))
                                            : QString());
    QString daysText;
    bool warn = false;
    if (valid) {
        const int days = static_cast<int>(info.daysLeft);
        if (info.daysLeft < 0) {
            daysText = tr("\u26a0 expired %n day(s) ago", nullptr, -days);
            warn = true;
        } else if (info.daysLeft < expiryWarningDays) {
            daysText = tr("\u26a0 in %n day(s)", nullptr, days);
            warn = true;
        } else {
            daysText = tr("in %n day(s)", nullptr, days);
        }
    }
    m_ui->daysLeftValueLabel->setText(daysText);
    QPalette daysPalette = palette();
    if (warn)
        daysPalette.setColor(QPalette::WindowText, errorTextColour(palette()));
    m_ui->daysLeftValueLabel->setPalette(daysPalette);
    m_ui->daysLeftValueLabel->setProperty("warning", warn);
    m_ui->keyValueLabel->setText(valid ? tr("%1, %2 bits").arg(info.keyType).arg(info.keyBits) : QString());
    m_ui->signatureValueLabel->setText(Smtp::neutraliseForDisplay(info.signatureAlgorithm));
    m_ui->sha256ValueLabel->setText(info.sha256Fingerprint);
    m_ui->sha1ValueLabel->setText(info.sha1Fingerprint);
    m_ui->spkiValueLabel->setText(info.spkiSha256);
    m_ui->serialValueLabel->setText(Smtp::neutraliseForDisplay(info.serialNumber));
    m_ui->errorsValueLabel->setText(valid && info.errors.isEmpty() ? tr("none") : shownLines(info.errors).join(u'\n'));
}

QByteArray CertificateDetailsDialog::currentPem() const
{
    if (m_position < 0 || m_position >= m_model->chain().size())
        return {};
    return m_model->chain().at(m_position).pem;
}

QString CertificateDetailsDialog::exportPem(const QString &path, bool wholeChain) const
{
    const QByteArray pem = wholeChain ? m_report.chainPem() : currentPem();
    if (pem.isEmpty())
        return tr("There is no certificate to export.");
    // Certificates are public: the file gets the usual mode.
    return Smtp::AtomicFile::write(path, pem, Smtp::FileAccess::Default).message;
}

void CertificateDetailsDialog::chooseExportFile(bool wholeChain)
{
    const QString path = ReplaceConfirmation::saveFileName(
        this, wholeChain ? tr("Export Certificate Chain") : tr("Export Certificate"),
        wholeChain ? tr("chain.pem") : tr("certificate.pem"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportPem(path, wholeChain); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace SmtpUi
