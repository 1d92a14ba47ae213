#include "composepanel.h"

#include "core/message/messagebuilder.h"
#include "core/protocol/mailaddress.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpUi
{

namespace
{
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // The reason can quote what the user typed, so it is never interpreted.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

/// Recipients as typed: separated by commas and/or white space.
QStringList splitRecipients(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

ComposePanel::ComposePanel(const Smtp::MessageSettings &defaults, QWidget *parent)
    : QWidget(parent), m_defaults(defaults)
{
    QWidget *panel = this;
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    m_composeToolButton = new QToolButton(panel);
    m_composeToolButton->setObjectName(QStringLiteral("composeToolButton"));
    m_composeToolButton->setText(tr("Compose and Send a Message"));
    m_composeToolButton->setToolTip(tr("Show or hide the fields to send a message in this session"));
    m_composeToolButton->setCheckable(true);
    m_composeToolButton->setAutoRaise(true);
    m_composeToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_composeToolButton->setArrowType(Qt::RightArrow);
    panelLayout->addWidget(m_composeToolButton, 0, Qt::AlignLeft);
    m_composeGroupBox = new QGroupBox(panel);
    m_composeGroupBox->setObjectName(QStringLiteral("composeGroupBox"));
    panelLayout->addWidget(m_composeGroupBox);
    // Collapsed by default: the transcript keeps the room.
    m_composeGroupBox->hide();
    connect(m_composeToolButton, &QToolButton::toggled, this, [this](bool expanded) {
        m_composeGroupBox->setVisible(expanded);
        m_composeToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    QWidget *content = m_composeGroupBox;

    auto *form = new QFormLayout(content);
    m_fromLineEdit = new QLineEdit(m_defaults.from, content);
    m_fromLineEdit->setObjectName(QStringLiteral("fromLineEdit"));
    m_fromLineEdit->setAccessibleName(tr("Sender (MAIL FROM)"));
    m_fromLineEdit->setPlaceholderText(tr("sender@example.com (empty: null sender <>)"));
    m_fromErrorLabel = makeErrorLabel(QStringLiteral("fromErrorLabel"), content);
    // Alt+F stays with the File menu.
    form->addRow(tr("Fro&m:"), m_fromLineEdit);
    form->addRow(QString(), m_fromErrorLabel);
    m_toLineEdit = new QLineEdit(m_defaults.to.join(QStringLiteral(", ")), content);
    m_toLineEdit->setObjectName(QStringLiteral("toLineEdit"));
    m_toLineEdit->setAccessibleName(tr("Recipients (RCPT TO)"));
    m_toLineEdit->setPlaceholderText(tr("one@example.com, two@example.com"));
    m_toErrorLabel = makeErrorLabel(QStringLiteral("toErrorLabel"), content);
    form->addRow(tr("T&o:"), m_toLineEdit);
    form->addRow(QString(), m_toErrorLabel);
    m_subjectLineEdit = new QLineEdit(content);
    m_subjectLineEdit->setObjectName(QStringLiteral("subjectLineEdit"));
    m_subjectLineEdit->setAccessibleName(tr("Subject"));
    m_subjectLineEdit->setPlaceholderText(tr("Empty subject and body: the built-in test message"));
    m_subjectErrorLabel = makeErrorLabel(QStringLiteral("subjectErrorLabel"), content);
    form->addRow(tr("Su&bject:"), m_subjectLineEdit);
    form->addRow(QString(), m_subjectErrorLabel);
    m_bodyPlainTextEdit = new QPlainTextEdit(content);
    m_bodyPlainTextEdit->setObjectName(QStringLiteral("bodyPlainTextEdit"));
    m_bodyPlainTextEdit->setAccessibleName(tr("Message body"));
    m_bodyPlainTextEdit->setTabChangesFocus(true);
    m_bodyPlainTextEdit->setMaximumHeight(m_bodyPlainTextEdit->fontMetrics().lineSpacing() * 6 + 12);
    form->addRow(tr("Bod&y:"), m_bodyPlainTextEdit);
    m_sendMessagePushButton = new QPushButton(tr("Send Messa&ge"), content);
    m_sendMessagePushButton->setObjectName(QStringLiteral("sendMessagePushButton"));
    m_sendMessagePushButton->setToolTip(tr("Send MAIL FROM, RCPT TO and the message in this session"));
    m_sendMessagePushButton->setAccessibleName(tr("Send the message"));
    connect(m_sendMessagePushButton, &QPushButton::clicked, this, &ComposePanel::sendRequested);
    auto *sendLayout = new QHBoxLayout;
    sendLayout->addStretch();
    sendLayout->addWidget(m_sendMessagePushButton);
    form->addRow(sendLayout);
}

ComposePanel::~ComposePanel() = default;

void ComposePanel::setSendEnabled(bool enabled)
{
    m_sendMessagePushButton->setEnabled(enabled);
}

void ComposePanel::showFieldError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

std::optional<Smtp::MessageSettings> ComposePanel::composedMessage()
{
    Smtp::MessageSettings message = m_defaults;
    message.from = m_fromLineEdit->text().trimmed();
    message.to = splitRecipients(m_toLineEdit->text());
    const QString subject = m_subjectLineEdit->text();
    const QString body = m_bodyPlainTextEdit->toPlainText();

    // The engine's own rule, so that what the panel lets through the session sends.
    const QString fromError = Smtp::MailAddress::problem(message.from, Smtp::MailAddress::Path::Reverse);
    showFieldError(m_fromErrorLabel, fromError.isEmpty() ? QString() : tr("Not sent: %1").arg(fromError));
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
    showFieldError(m_toErrorLabel, toError);
    // A line break in the subject would end the header and start another (RFC 5322 §2.2).
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n\\x{0}]"));
    const QString subjectError =
        subject.contains(lineBreak) ? tr("Not sent: the subject cannot hold line breaks.") : QString();
    showFieldError(m_subjectErrorLabel, subjectError);
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
