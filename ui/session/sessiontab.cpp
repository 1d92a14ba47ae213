#include "sessiontab.h"

#include "capabilitiesmodel.h"
#include "composepanel.h"
#include "remedybar.h"
#include "smtpcommandedit.h"
#include "timingchartwidget.h"
#include "ui/certificates/certificatedetailsdialog.h"
#include "ui/common/infobar.h"
#include "ui/transcript/transcriptview.h"

#include "core/protocol/replyexplanation.h"
#include "core/text/untrustedtext.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace SmtpUi
{

namespace
{
/// The message progress bar's range: fine enough for any window, far from int's limit.
constexpr int progressSteps = 1000;

QLabel *makeValueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // C13 (hostile-servers.md): anything a server or certificate supplied is shown literally.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

QString stateText(Smtp::SessionState state)
{
    switch (state) {
    case Smtp::SessionState::Idle:
        return QObject::tr("Not started");
    case Smtp::SessionState::Resolving:
        return QObject::tr("Resolving the host name");
    case Smtp::SessionState::Connecting:
        return QObject::tr("Connecting");
    case Smtp::SessionState::AwaitingBanner:
        return QObject::tr("Waiting for the greeting");
    case Smtp::SessionState::Greeting:
        return QObject::tr("Greeting (EHLO)");
    case Smtp::SessionState::StartingTls:
        return QObject::tr("Starting TLS");
    case Smtp::SessionState::Authenticating:
        return QObject::tr("Authenticating");
    case Smtp::SessionState::SendingMessage:
        return QObject::tr("Sending the message");
    case Smtp::SessionState::Ready:
        return QObject::tr("Ready for commands");
    case Smtp::SessionState::Busy:
        return QObject::tr("Waiting for the reply");
    case Smtp::SessionState::Quitting:
        return QObject::tr("Quitting");
    case Smtp::SessionState::Closed:
        return QObject::tr("Closed");
    }
    return {};
}

} // namespace

SessionTab::SessionTab(const QString &title, const Smtp::ConnectionSettings &settings, QWidget *parent)
    : QWidget(parent), m_title(title), m_settings(settings)
{
    m_transcriptView = new TranscriptView(this);

    m_commandLineEdit = new SmtpCommandEdit(this);
    m_commandLineEdit->setObjectName(QStringLiteral("smtpCommandEdit"));
    m_commandLineEdit->setPlaceholderText(tr("Type a raw SMTP command and press Enter (Up/Down: history)"));
    m_commandLineEdit->setAccessibleName(tr("Raw command"));
    connect(m_commandLineEdit, &QLineEdit::returnPressed, this, &SessionTab::sendTypedCommand);
    m_sendPushButton = new QPushButton(tr("Send"), this);
    m_sendPushButton->setObjectName(QStringLiteral("sendPushButton"));
    m_sendPushButton->setAccessibleName(tr("Send command"));
    connect(m_sendPushButton, &QPushButton::clicked, this, &SessionTab::sendTypedCommand);
    auto *commandLayout = new QHBoxLayout;
    commandLayout->addWidget(m_commandLineEdit, 1);
    commandLayout->addWidget(m_sendPushButton);

    auto *buttonsLayout = new QHBoxLayout;
    // The session greets again with the name it chose at connect time (LocalName), and reads the new capabilities.
    connect(addCommandButton(tr("&EHLO"), QStringLiteral("ehloPushButton"), tr("Send EHLO again")),
            &QPushButton::clicked, this, &SessionTab::ehloRequested);
    connect(addCommandButton(tr("S&TARTTLS"), QStringLiteral("startTlsPushButton"),
                             tr("Upgrade to TLS, then send EHLO again")),
            &QPushButton::clicked, this, &SessionTab::startTlsRequested);
    // The engine applies the RFC 8314 policy (validated TLS before credentials) and redacts them in the transcript.
    const QString mechanism = settings.auth.mechanism.isEmpty() ||
                                      settings.auth.mechanism.compare(QStringLiteral("auto"), Qt::CaseInsensitive) == 0
                                  ? tr("auto (the strongest mechanism both sides offer)")
                                  : settings.auth.mechanism.toUpper();
    const QString authToolTip =
        settings.auth.user.isEmpty()
            ? tr("The profile has no user name to authenticate with")
            : tr("Authenticate (AUTH) with the profile's credentials; mechanism: %1").arg(mechanism);
    m_authenticatePushButton =
        addCommandButton(tr("&Authenticate"), QStringLiteral("authenticatePushButton"), authToolTip);
    // The mechanism comes from the profile: shown literally, never as rich text.
    m_authenticatePushButton->setToolTip(Qt::convertFromPlainText(authToolTip, Qt::WhiteSpaceNormal));
    connect(m_authenticatePushButton, &QPushButton::clicked, this, &SessionTab::authenticateRequested);
    connect(addCommandButton(tr("&NOOP"), QStringLiteral("noopPushButton"), tr("Send NOOP")), &QPushButton::clicked,
            this, [this] { sendCommand(QStringLiteral("NOOP")); });
    connect(addCommandButton(tr("&RSET"), QStringLiteral("rsetPushButton"), tr("Reset the mail transaction")),
            &QPushButton::clicked, this, [this] { sendCommand(QStringLiteral("RSET")); });
    connect(addCommandButton(tr("&VRFY…"), QStringLiteral("vrfyPushButton"),
                             tr("Verify an address: type it after VRFY and press Enter")),
            &QPushButton::clicked, this, [this] {
                m_commandLineEdit->setText(QStringLiteral("VRFY "));
                m_commandLineEdit->setFocus();
            });
    connect(addCommandButton(tr("&QUIT"), QStringLiteral("quitPushButton"), tr("Say QUIT and close the connection")),
            &QPushButton::clicked, this, &SessionTab::quitRequested);
    for (QPushButton *button : std::as_const(m_commandButtons))
        buttonsLayout->addWidget(button);
    buttonsLayout->addStretch();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_remedyBar = new RemedyBar(left);
    connect(m_remedyBar, &RemedyBar::remedyChosen, this, &SessionTab::remedyRequested);
    leftLayout->addWidget(m_remedyBar);
    leftLayout->addWidget(m_transcriptView, 1);
    leftLayout->addLayout(commandLayout);
    leftLayout->addLayout(buttonsLayout);
    m_composePanel = new ComposePanel(settings.message, left);
    m_composePanel->setObjectName(QStringLiteral("composePanel"));
    connect(m_composePanel, &ComposePanel::sendRequested, this, &SessionTab::sendComposedMessage);
    leftLayout->addWidget(m_composePanel);

    // The side panel.
    auto *panel = new QWidget;
    auto *panelLayout = new QVBoxLayout(panel);
    auto *stateGroupBox = new QGroupBox(tr("Session"), panel);
    stateGroupBox->setObjectName(QStringLiteral("sessionGroupBox"));
    auto *stateLayout = new QFormLayout(stateGroupBox);
    m_stateValueLabel = makeValueLabel(QStringLiteral("stateValueLabel"), tr("Session state"), stateGroupBox);
    stateLayout->addRow(tr("State:"), m_stateValueLabel);
    // Shown only while a message is sent: a large one takes long enough to want a sign that it moves.
    m_messageProgressBar = new QProgressBar(stateGroupBox);
    m_messageProgressBar->setObjectName(QStringLiteral("messageProgressBar"));
    m_messageProgressBar->setAccessibleName(tr("Message sent so far"));
    m_messageProgressBar->setRange(0, progressSteps);
    m_messageProgressBar->setVisible(false);
    stateLayout->addRow(m_messageProgressBar);
    auto *serverLabel = makeValueLabel(QStringLiteral("serverValueLabel"), tr("Server"), stateGroupBox);
    serverLabel->setText(tr("%1 port %2 (%3)")
                             .arg(settings.host)
                             .arg(settings.effectivePort())
                             .arg(Smtp::securityModeName(settings.security)));
    stateLayout->addRow(tr("Server:"), serverLabel);
    panelLayout->addWidget(stateGroupBox);

    // Security shares the session's box: one title less keeps the timings in view at the default window size.
    QGroupBox *securityGroupBox = stateGroupBox;
    QFormLayout *securityLayout = stateLayout;
    m_protocolValueLabel = makeValueLabel(QStringLiteral("protocolValueLabel"), tr("TLS protocol"), securityGroupBox);
    m_cipherValueLabel = makeValueLabel(QStringLiteral("cipherValueLabel"), tr("Cipher"), securityGroupBox);
    m_verificationValueLabel =
        makeValueLabel(QStringLiteral("verificationValueLabel"), tr("Certificate verification"), securityGroupBox);
    securityLayout->addRow(tr("Protocol:"), m_protocolValueLabel);
    securityLayout->addRow(tr("Cipher:"), m_cipherValueLabel);
    securityLayout->addRow(tr("Certificate:"), m_verificationValueLabel);
    m_certificatePushButton = new QPushButton(tr("Certificate &Details…"), securityGroupBox);
    m_certificatePushButton->setObjectName(QStringLiteral("certificatePushButton"));
    m_certificatePushButton->setAccessibleName(tr("Show certificate details"));
    connect(m_certificatePushButton, &QPushButton::clicked, this, &SessionTab::showCertificateDetails);
    securityLayout->addRow(m_certificatePushButton);

    auto *capabilitiesGroupBox = new QGroupBox(tr("Capabilities"), panel);
    capabilitiesGroupBox->setObjectName(QStringLiteral("capabilitiesGroupBox"));
    auto *capabilitiesLayout = new QVBoxLayout(capabilitiesGroupBox);
    m_capabilitiesModel = new CapabilitiesModel(this);
    m_capabilitiesTableView = new QTableView(capabilitiesGroupBox);
    m_capabilitiesTableView->setObjectName(QStringLiteral("capabilitiesTableView"));
    m_capabilitiesTableView->setAccessibleName(tr("Capabilities before and after STARTTLS"));
    m_capabilitiesTableView->setModel(m_capabilitiesModel);
    m_capabilitiesTableView->verticalHeader()->hide();
    // Keyword and difference fit their text; the two parameter columns share the rest and wrap at spaces, so a long
    // AUTH list reads in full instead of ending in "…".
    QHeaderView *capabilitiesHeader = m_capabilitiesTableView->horizontalHeader();
    capabilitiesHeader->setSectionResizeMode(CapabilitiesModel::KeywordColumn, QHeaderView::ResizeToContents);
    capabilitiesHeader->setSectionResizeMode(CapabilitiesModel::BeforeTlsColumn, QHeaderView::Stretch);
    capabilitiesHeader->setSectionResizeMode(CapabilitiesModel::AfterTlsColumn, QHeaderView::Stretch);
    capabilitiesHeader->setSectionResizeMode(CapabilitiesModel::DifferenceColumn, QHeaderView::ResizeToContents);
    m_capabilitiesTableView->setTextElideMode(Qt::ElideRight);
    m_capabilitiesTableView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_capabilitiesTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_capabilitiesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_capabilitiesTableView->setWordWrap(true);
    // A handful of rows: sizing them to their (wrapped) contents costs nothing.
    m_capabilitiesTableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_capabilitiesTableView->setMinimumHeight(m_capabilitiesTableView->fontMetrics().height() * 5);
    // The colours and tooltips mark the differences; the difference column stays in the model for copying and
    // accessibility but would crowd this narrow panel.
    m_capabilitiesTableView->setColumnHidden(CapabilitiesModel::DifferenceColumn, true);
    if (isImplicitTls()) {
        // Never plaintext: one column, "over TLS".
        m_capabilitiesModel->setOverTlsOnly(true);
        m_capabilitiesTableView->setColumnHidden(CapabilitiesModel::BeforeTlsColumn, true);
        m_capabilitiesTableView->setAccessibleName(tr("Capabilities over TLS"));
    }
    capabilitiesLayout->addWidget(m_capabilitiesTableView);
    auto *legendLabel =
        new QLabel(tr("Green: new after STARTTLS \u00b7 red: gone \u00b7 amber: changed"), capabilitiesGroupBox);
    legendLabel->setVisible(!isImplicitTls());
    legendLabel->setObjectName(QStringLiteral("capabilitiesLegendLabel"));
    legendLabel->setTextFormat(Qt::PlainText);
    legendLabel->setWordWrap(true);
    capabilitiesLayout->addWidget(legendLabel);
    panelLayout->addWidget(capabilitiesGroupBox, 1);

    auto *timingsGroupBox = new QGroupBox(tr("Timings"), panel);
    timingsGroupBox->setObjectName(QStringLiteral("timingsGroupBox"));
    auto *timingsLayout = new QVBoxLayout(timingsGroupBox);
    m_timingChartWidget = new TimingChartWidget(timingsGroupBox);
    m_timingChartWidget->setObjectName(QStringLiteral("timingChartWidget"));
    timingsLayout->addWidget(m_timingChartWidget);
    panelLayout->addWidget(timingsGroupBox);

    auto *panelScrollArea = new QScrollArea(this);
    panelScrollArea->setObjectName(QStringLiteral("sidePanelScrollArea"));
    panelScrollArea->setWidgetResizable(true);
    panelScrollArea->setFrameShape(QFrame::NoFrame);
    panelScrollArea->setWidget(panel);
    panelScrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScrollArea->setMinimumWidth(sidePanelMinimumWidth());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sessionSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(panelScrollArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 420});
    m_splitter->setChildrenCollapsible(false);

    // Shown when the server refused the password, so the user can type it again instead of editing the profile.
    m_authFailedInfoBar = new InfoBar(this);
    m_authFailedInfoBar->setObjectName(QStringLiteral("authFailedInfoBar"));
    m_authFailedInfoBar->setMessage(tr("Authentication failed: the server refused the password."));
    m_authFailedInfoBar->setActionText(tr("&Type the Password Again…"));
    connect(m_authFailedInfoBar, &InfoBar::actionTriggered, this, &SessionTab::retypePasswordRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_authFailedInfoBar);
    layout->addWidget(m_splitter);

    setFocusProxy(m_commandLineEdit);
    auto *focusCommandAction = new QAction(tr("Go to the Command Line"), this);
    focusCommandAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    focusCommandAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusCommandAction, &QAction::triggered, this, [this] {
        m_commandLineEdit->setFocus();
        m_commandLineEdit->selectAll();
    });
    addAction(focusCommandAction);
    updateSecurity();
    updateControls();
}

SessionTab::~SessionTab() = default;

QPushButton *SessionTab::addCommandButton(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    // Styles give push buttons a minimum of 80 px; seven of them would widen the window. They may shrink to their
    // text and grow back when there is room.
    button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QString(text).remove(u'&')) +
                            button->fontMetrics().horizontalAdvance(u'M') * 2);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    m_commandButtons.append(button);
    return button;
}

int SessionTab::sidePanelMinimumWidth() const
{
    // Wide enough for the capability table to show its headers and the common keywords (bold when they differ)
    // and tokens in full at the default window size: what the table needs, plus the group box and scroll bar.
    QFont bold = m_capabilitiesTableView->font();
    bold.setBold(true);
    const QFontMetrics cell(bold);
    const QFontMetrics header(m_capabilitiesTableView->horizontalHeader()->font());
    const int padding = cell.horizontalAdvance(u'M');
    const int headerMargin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + padding;
    const int keyword = cell.horizontalAdvance(QStringLiteral("ENHANCEDSTATUSCODES")) + padding;
    // Values wrap (at spaces and hyphens), so a value column needs only its header's width.
    int value = 0;
    for (int column : {int(CapabilitiesModel::BeforeTlsColumn), int(CapabilitiesModel::AfterTlsColumn)})
        value = std::max(value,
                         header.horizontalAdvance(m_capabilitiesModel->headerData(column, Qt::Horizontal).toString()) +
                             headerMargin);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // The panel's and the group box's margins on both sides, and the table's frame.
    const int margins = 4 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 4;
    return keyword + 2 * value + scrollBar + margins;
}

bool SessionTab::sendComposedMessage()
{
    const std::optional<Smtp::MessageSettings> message = m_composePanel->composedMessage();
    if (!message || m_state != Smtp::SessionState::Ready || m_result)
        return false;
    emit sendMessageRequested(*message);
    return true;
}

std::optional<Smtp::Capabilities> SessionTab::capabilities(bool afterTls) const
{
    return afterTls ? m_capabilitiesAfter : m_capabilitiesBefore;
}

Smtp::SessionResult SessionTab::resultSoFar() const
{
    if (m_result)
        return *m_result;
    Smtp::SessionResult known;
    known.capabilitiesBeforeTls = m_capabilitiesBefore;
    known.capabilitiesAfterTls = m_capabilitiesAfter;
    known.tls = m_tlsReport;
    known.timings = m_timings;
    return known;
}

QString SessionTab::statusText() const
{
    if (m_result) {
        if (m_result->ok())
            return tr("%1: finished").arg(m_title);
        return tr("%1: %2").arg(m_title, Smtp::neutraliseForDisplay(m_result->error.message));
    }
    return tr("%1: %2").arg(m_title, stateText(m_state));
}

void SessionTab::appendEvents(const QList<Smtp::TranscriptEvent> &events)
{
    for (const Smtp::TranscriptEvent &event : events) {
        // RFC 4954 §4: after a 334 every client line is a SASL response (it may be a password) until the server
        // answers with a final reply; the command line must not remember those lines.
        if (event.kind == Smtp::TranscriptEvent::Kind::Server && event.raw.size() >= 3 &&
            std::all_of(event.raw.cbegin(), event.raw.cbegin() + 3, [](char c) { return c >= '0' && c <= '9'; }))
            m_commandLineEdit->setAuthExchangeActive(event.raw.startsWith("334"));
    }
    m_transcript.append(events);
    m_transcriptView->appendEvents(events);
}

void SessionTab::setState(Smtp::SessionState state)
{
    m_state = state;
    if (state != Smtp::SessionState::SendingMessage)
        m_messageProgressBar->setVisible(false);
    updateControls();
    emit statusTextChanged(statusText());
}

bool SessionTab::isImplicitTls() const
{
    return m_settings.security == Smtp::SecurityMode::Implicit;
}

void SessionTab::setCapabilities(const Smtp::Capabilities &capabilities, bool afterTls)
{
    (afterTls ? m_capabilitiesAfter : m_capabilitiesBefore) = capabilities;
    m_capabilitiesModel->setCapabilities(capabilities, afterTls);
}

void SessionTab::setTlsReport(const Smtp::CertificateReport &report)
{
    m_tlsReport = report;
    updateSecurity();
    updateControls();
    emit tlsReportAvailable(true);
}

void SessionTab::setTimings(const Smtp::PhaseTimings &timings)
{
    m_timings = timings;
    m_timingChartWidget->setTimings(timings);
}

void SessionTab::setMessageProgress(qint64 sent, qint64 total)
{
    // Steps rather than octets: a QProgressBar counts in int, and a message may be larger than that.
    m_messageProgressBar->setValue(total > 0 ? int(sent * progressSteps / total) : progressSteps);
    const QLocale locale;
    m_messageProgressBar->setFormat(
        tr("%1 of %2").arg(locale.formattedDataSize(sent, 1), locale.formattedDataSize(total, 1)));
    m_messageProgressBar->setVisible(m_state == Smtp::SessionState::SendingMessage && !isFinished());
}

void SessionTab::setResult(const Smtp::SessionResult &result)
{
    m_result = result;
    m_messageProgressBar->setVisible(false);
    if (result.capabilitiesBeforeTls && !m_capabilitiesBefore)
        setCapabilities(*result.capabilitiesBeforeTls, false);
    if (result.capabilitiesAfterTls && !m_capabilitiesAfter)
        setCapabilities(*result.capabilitiesAfterTls, true);
    if (result.tls && !m_tlsReport)
        setTlsReport(*result.tls);
    if (!result.timings.isEmpty())
        setTimings(result.timings);
    m_transcriptView->flushPending();
    m_state = Smtp::SessionState::Closed;
    // RFC 4954 §6: 535 (5.7.8) says the credentials are wrong; a temporary failure (454) or a mechanism too weak
    // (534) is not cured by typing the password again. One bar per failure: that offer, or the message and fixes.
    if (result.error.code == Smtp::ErrorCode::AuthenticationFailed && result.error.reply &&
        result.error.reply->code == 535 && m_settings.auth.isRequested()) {
        m_authFailedInfoBar->show();
    } else if (result.error.isError() && result.error.code != Smtp::ErrorCode::Cancelled) {
        // Only a saved profile can be changed by a click; a test or ad-hoc session shows the message alone.
        QString message = Smtp::neutraliseForDisplay(result.error.message);
        if (const QString explanation =
                result.error.reply ? Smtp::ReplyExplanation::explain(*result.error.reply) : QString();
            !explanation.isEmpty())
            message = tr("%1\n\nWhat the reply means: %2").arg(message, explanation);
        m_remedyBar->showRemedies(message,
                                  m_profileId.isEmpty() ? QList<Smtp::Remedy>{} : Smtp::Remedy::forResult(result));
    }
    updateControls();
    emit statusTextChanged(statusText());
    emit finished(result);
}

void SessionTab::sendTypedCommand()
{
    const QString line = m_commandLineEdit->text();
    if (line.isEmpty())
        return;
    m_commandLineEdit->addToHistory(line);
    m_commandLineEdit->clear();
    sendCommand(line);
}

void SessionTab::sendCommand(const QString &line)
{
    emit commandRequested(line);
}

void SessionTab::updateControls()
{
    const bool ready = m_state == Smtp::SessionState::Ready && !m_result;
    const bool encrypted = m_tlsReport && m_tlsReport->tlsEstablished;
    for (QPushButton *button : std::as_const(m_commandButtons)) {
        // RFC 3207 §4.2: STARTTLS is offered once; after the upgrade it is no longer a command to send.
        const bool isStartTls = button->objectName() == QStringLiteral("startTlsPushButton");
        button->setEnabled(ready && !(isStartTls && encrypted));
    }
    m_authenticatePushButton->setEnabled(ready && !m_settings.auth.user.isEmpty());
    m_sendPushButton->setEnabled(ready);
    m_composePanel->setSendEnabled(ready);
    // Typing ahead is allowed while the session is busy; the line is sent when the user presses Enter.
    m_commandLineEdit->setEnabled(!m_result);
    // A failure's message is in the bar above the transcript; here it would only make the panel scroll.
    if (m_result && m_result->error.isError() && m_result->error.code != Smtp::ErrorCode::Cancelled)
        m_stateValueLabel->setText(tr("Failed: see the message above the transcript"));
    else
        m_stateValueLabel->setText(m_result ? statusText() : stateText(m_state));
}

void SessionTab::updateSecurity()
{
    QStringList errors;
    if (m_tlsReport) {
        for (const QString &error : m_tlsReport->verificationErrors)
            errors << Smtp::neutraliseForDisplay(error);
    }
    m_certificatePushButton->setEnabled(m_tlsReport && !m_tlsReport->chain.isEmpty());
    if (!m_tlsReport || !m_tlsReport->tlsEstablished) {
        m_protocolValueLabel->setText(m_tlsReport ? tr("TLS failed") : tr("Not encrypted"));
        m_cipherValueLabel->setText(tr("\u2014"));
        m_verificationValueLabel->setText(m_tlsReport ? errors.join(u'\n') : tr("No certificate yet"));
        return;
    }
    const Smtp::CertificateReport &report = *m_tlsReport;
    m_protocolValueLabel->setText(report.protocol);
    m_cipherValueLabel->setText(tr("%1 (%2 bits)").arg(report.cipher).arg(report.cipherBits));
    if (report.verified && !report.validationSkipped)
        m_verificationValueLabel->setText(
            tr("\u2714 Verified for %1").arg(Smtp::neutraliseForDisplay(report.verificationName)));
    else if (report.validationSkipped)
        m_verificationValueLabel->setText(tr("\u26a0 Not checked (trusted site). Would have failed: %1")
                                              .arg(errors.isEmpty() ? tr("nothing") : errors.join(u'\n')));
    else
        m_verificationValueLabel->setText(tr("\u2716 Not verified: %1").arg(errors.join(u'\n')));
}

QWidget *SessionTab::showCertificateDetails()
{
    if (!m_tlsReport)
        return nullptr;
    auto *dialog = new CertificateDetailsDialog(*m_tlsReport, this);
    dialog->setObjectName(QStringLiteral("certificateDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Certificate Details: %1").arg(m_title));
    dialog->show();
    return dialog;
}

} // namespace SmtpUi
