#pragma once

#include "core/tls/certificatereport.h"

#include <QDialog>

#include <memory>

namespace Ui
{
class CertificateDetailsDialog;
}

namespace SmtpUi
{

class CertificateChainModel;

/// The TLS certificate chain of a session: the chain as a tree, every detail of the selected certificate, the
/// errors it caused; copy or export as PEM. All certificate text is shown as plain text.
class CertificateDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDetailsDialog)

public:
    explicit CertificateDetailsDialog(const Smtp::CertificateReport &report, QWidget *parent = nullptr);
    ~CertificateDetailsDialog() override;

    /// The chain position shown (0 = the server's certificate), -1 when the chain is empty.
    int currentPosition() const { return m_position; }
    void setCurrentPosition(int position);
    /// Writes the selected certificate, or the whole chain, to a PEM file; returns an error message or "".
    QString exportPem(const QString &path, bool wholeChain) const;
    QByteArray currentPem() const;

    /// Days below which an expiry date is shown as a warning.
    static constexpr qint64 expiryWarningDays = 30;

private:
    void showCertificate(int position);
    void chooseExportFile(bool wholeChain);

    std::unique_ptr<Ui::CertificateDetailsDialog> m_ui;
    CertificateChainModel *m_model = nullptr;
    Smtp::CertificateReport m_report;
    int m_position = -1;
};

} // namespace SmtpUi
