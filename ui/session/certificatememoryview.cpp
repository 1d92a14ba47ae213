#include "certificatememoryview.h"

#include "ui/common/infobar.h"

#include "core/profiles/certificatememory.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpUi
{

namespace
{

QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODate);
}

} // namespace

CertificateMemoryView::CertificateMemoryView(QWidget *parent) : QWidget(parent)
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("certificateMemoryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setAccessibleName(tr("Remembered certificate"));

    // Quiet, in the panel: trusting the first certificate seen is the user's explicit choice, as --remember is.
    m_rememberPushButton = new QPushButton(tr("Remember This &Certificate"), this);
    m_rememberPushButton->setObjectName(QStringLiteral("rememberCertificatePushButton"));
    m_rememberPushButton->setToolTip(tr("Keep this verified certificate in the profile: later sessions say whether "
                                        "the server still presents it"));
    m_rememberPushButton->hide();
    connect(m_rememberPushButton, &QPushButton::clicked, this, &CertificateMemoryView::rememberRequested);

    m_changedInfoBar = new InfoBar(parent);
    m_changedInfoBar->setObjectName(QStringLiteral("certificateChangedInfoBar"));
    connect(m_changedInfoBar, &InfoBar::actionTriggered, this, &CertificateMemoryView::rememberRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_rememberPushButton, 0, Qt::AlignLeft);
    hide();
}

CertificateMemoryView::~CertificateMemoryView() = default;

void CertificateMemoryView::setCheck(const Smtp::CertificateMemoryCheck &check, bool rememberable)
{
    using State = Smtp::CertificateMemoryCheck::State;
    m_rememberPushButton->setVisible(check.state == State::First && rememberable);
    switch (check.state) {
    case State::First:
        m_summaryLabel->setText(
            rememberable ? check.message()
                         : tr("%1 This one cannot be remembered: its chain was not verified.").arg(check.message()));
        break;
    case State::Same:
        m_summaryLabel->setText(
            tr("The same certificate as the one remembered on %1.").arg(dateText(check.rememberedSince)));
        break;
    case State::Changed:
        m_summaryLabel->setText(
            tr("Not the certificate remembered on %1: see the notice above.").arg(dateText(check.rememberedSince)));
        break;
    }
    if (check.state == State::Changed) {
        m_changedInfoBar->setMessage(
            rememberable ? check.message()
                         : tr("%1 It cannot be accepted: its chain was not verified.").arg(check.message()));
        m_changedInfoBar->setActionText(rememberable ? tr("Accept New &Certificate") : QString());
        m_changedInfoBar->show();
    } else {
        m_changedInfoBar->hide();
    }
    show();
}

} // namespace SmtpUi
