#include "composepanel.h"
#include "ui_composepanel.h"

#include "core/message/messagebuilder.h"
#include "core/message/messagecomposition.h"
#include "core/protocol/mailaddress.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace SmtpUi
{

ComposePanel::ComposePanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ComposePanel>())
{
    // The sender's mnemonic is Alt+M: Alt+F stays with the File menu. Collapsed by default: the transcript keeps the
    // room. The error labels quote what the user typed, so they show plain text only.
    m_ui->setupUi(this);
    m_ui->bodyPlainTextEdit->setMaximumHeight(m_ui->bodyPlainTextEdit->fontMetrics().lineSpacing() * 6 + 12);
    connect(m_ui->composeToolButton, &QToolButton::toggled, this, [this](bool expanded) {
        m_ui->composeGroupBox->setVisible(expanded);
        m_ui->composeToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->sendMessagePushButton, &QPushButton::clicked, this, &ComposePanel::sendRequested);
}

ComposePanel::~ComposePanel() = default;

void ComposePanel::setDefaults(const Smtp::MessageSettings &defaults)
{
    m_defaults = defaults;
    m_ui->fromLineEdit->setText(defaults.from);
    m_ui->toLineEdit->setText(defaults.to.join(QStringLiteral(", ")));
}

void ComposePanel::setSendEnabled(bool enabled)
{
    m_ui->sendMessagePushButton->setEnabled(enabled);
}

void ComposePanel::showFieldError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

std::optional<Smtp::MessageSettings> ComposePanel::composedMessage()
{
    Smtp::MessageSettings message = m_defaults;
    message.from = m_ui->fromLineEdit->text().trimmed();
    message.to = Smtp::MailAddress::splitList(m_ui->toLineEdit->text());
    const QString subject = m_ui->subjectLineEdit->text();
    const QString body = m_ui->bodyPlainTextEdit->toPlainText();

    // The engine's own rule, so that what the panel lets through the session sends.
    const QString fromError = Smtp::MailAddress::problem(message.from, Smtp::MailAddress::Path::Reverse);
    showFieldError(m_ui->fromErrorLabel, fromError.isEmpty() ? QString() : tr("Not sent: %1").arg(fromError));
    QString toError;
    if (message.to.isEmpty())
        toError = tr("Not sent: give at least one recipient.");
    for (const QString &recipient : std::as_const(message.to)) {
        const QString error = Smtp::MailAddress::problem(recipient, Smtp::MailAddress::Path::Forward);
        if (!error.isEmpty()) {
            toError = tr("Not sent to %1: %2").arg(recipient, error);
            break;
        }
    }
    showFieldError(m_ui->toErrorLabel, toError);
    // The command line's rule for --subject: a line break would end the header and start another.
    const QString subjectProblem =
        subject.isEmpty() ? QString() : Smtp::headerFieldProblem(QStringLiteral("Subject: ") + subject);
    const QString subjectError = subjectProblem.isEmpty() ? QString() : tr("Not sent: %1").arg(subjectProblem);
    showFieldError(m_ui->subjectErrorLabel, subjectError);
    if (!fromError.isEmpty() || !toError.isEmpty() || !subjectError.isEmpty())
        return std::nullopt;

    // Empty subject and body: the engine sends its built-in test message. Otherwise a complete message with Date,
    // Message-ID and MIME headers, a non-ASCII subject RFC 2047 encoded; the engine dot-stuffs (RFC 5321 §4.5.2).
    // The Message-ID names the sender's domain, as mail programs do.
    if (subject.isEmpty() && body.isEmpty())
        message.data.clear();
    else
        message.data = Smtp::buildTextMessage(message.from, message.to, subject, body, QDateTime::currentDateTime(),
                                              message.from.section(u'@', -1));
    return message;
}

} // namespace SmtpUi
