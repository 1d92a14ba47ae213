#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Smtp
{
struct CertificateMemoryCheck;
}

namespace SmtpUi
{

class InfoBar;

/// How a session's certificate compares with the one its profile remembers (trust on first use): a line for the
/// security panel, with "Remember This Certificate" the first time a verified certificate is seen, and a bar for above
/// the session when the certificate changed, with "Accept New Certificate" when the new one can be remembered. Hidden
/// until setCheck(): a session without a profile or without TLS has nothing to compare.
class CertificateMemoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateMemoryView)

public:
    explicit CertificateMemoryView(QWidget *parent = nullptr);
    ~CertificateMemoryView() override;

    /// The bar for a changed certificate; its owner places it (above the session).
    InfoBar *changedInfoBar() const { return m_changedInfoBar; }

    /// Shows @p check. @p rememberable: the session's certificate may be remembered (a verified chain); otherwise the
    /// line and the bar say why nothing is offered.
    void setCheck(const Smtp::CertificateMemoryCheck &check, bool rememberable);

signals:
    /// The user chose to remember the session's certificate (the first one, or a new one accepted).
    void rememberRequested();

private:
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_rememberPushButton = nullptr;
    InfoBar *m_changedInfoBar = nullptr;
};

} // namespace SmtpUi
