#include "sessiontab.h"
#include "ui_sessiontab.h"

#include "capabilitiesmodel.h"
#include "certificatememoryview.h"
#include "composepanel.h"
#include "remedybar.h"
#include "smtpcommandedit.h"
#include "timingchartwidget.h"
#include "ui/certificates/certificatedetailsdialog.h"
#include "ui/common/infobar.h"
#include "ui/transcript/transcriptview.h"

#include "core/protocol/replyexplanation.h"
#include "core/session/remedy.h"
#include "core/text/untrustedtext.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTextDocument>

#include <algorithm>

namespace SmtpUi
{

namespace
{
/// The message progress bar's range: fine enough for any window, far from int's limit.
constexpr int progressSteps = 1000;

QString stateText(Smtp::SessionState state)
{
    switch (state) {
    case Smtp::SessionState::Idle:
        return SessionTab::tr("Not started");
    case Smtp::SessionState::Resolving:
        return SessionTab::tr("Resolving the host name");
    case Smtp::SessionState::Connecting:
        return SessionTab::tr("Connecting");
    case Smtp::SessionState::AwaitingBanner:
        return SessionTab::tr("Waiting for the greeting");
    case Smtp::SessionState::Greeting:
        return SessionTab::tr("Greeting (EHLO)");
    case Smtp::SessionState::StartingTls:
        return SessionTab::tr("Starting TLS");
    case Smtp::SessionState::Authenticating:
        return SessionTab::tr("Authenticating");
    case Smtp::SessionState::SendingMessage:
        return SessionTab::tr("Sending the message");
    case Smtp::SessionState::Ready:
        return SessionTab::tr("Ready for commands");
    case Smtp::SessionState::Busy:
        return SessionTab::tr("Waiting for the reply");
    case Smtp::SessionState::Quitting:
        return SessionTab::tr("Quitting");
    case Smtp::SessionState::Closed:
        return SessionTab::tr("Closed");
    }
    return {};
}

} // namespace

SessionTab::SessionTab(const QString &title, const Smtp::SessionHandle &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SessionTab>()), m_session(session), m_title(title)
{
    m_ui->setupUi(this);
    const Smtp::ConnectionSettings &settings = m_session.settings();
    m_ui->composePanel->setDefaults(settings.message);
    // Shown when the server refused the password, so the user can type it again instead of editing the profile.
    m_ui->authFailedInfoBar->setMessage(tr("Authentication failed: the server refused the password."));
    m_ui->authFailedInfoBar->setActionText(tr("&Type the Password Again…"));
    // The bar for a changed certificate belongs above the session too, under the one for a refused password.
    m_ui->sessionTabLayout->insertWidget(1, m_ui->certificateMemoryView->changedInfoBar());
    m_ui->serverValueLabel->setText(tr("%1 port %2 (%3)")
                                        .arg(settings.host)
                                        .arg(settings.effectivePort())
                                        .arg(Smtp::securityModeName(settings.security)));
    setUpCommandButtons();
    setUpSidePanel();
    m_ui->sessionSplitter->setStretchFactor(0, 3);
    m_ui->sessionSplitter->setStretchFactor(1, 2);
    m_ui->sessionSplitter->setSizes({640, 420});

    connect(m_ui->smtpCommandEdit, &QLineEdit::returnPressed, this, &SessionTab::sendTypedCommand);
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &SessionTab::sendTypedCommand);
    connect(m_ui->composePanel, &ComposePanel::sendRequested, this, &SessionTab::sendComposedMessage);
    connect(m_ui->remedyBar, &RemedyBar::remedyChosen, this, &SessionTab::remedyRequested);
    connect(m_ui->authFailedInfoBar, &InfoBar::actionTriggered, this, &SessionTab::retypePasswordRequested);
    connect(m_ui->certificatePushButton, &QPushButton::clicked, this, &SessionTab::showCertificateDetails);
    connect(m_ui->certificateMemoryView, &CertificateMemoryView::rememberRequested, this,
            &SessionTab::rememberCertificateRequested);

    connect(&m_session, &Smtp::SessionHandle::eventsAppended, this, &SessionTab::showEvents);
    connect(&m_session, &Smtp::SessionHandle::stateChanged, this, &SessionTab::showState);
    connect(&m_session, &Smtp::SessionHandle::capabilitiesChanged, this, &SessionTab::showCapabilities);
    connect(&m_session, &Smtp::SessionHandle::tlsReportChanged, this, &SessionTab::showTlsReport);
    connect(&m_session, &Smtp::SessionHandle::timingsChanged, this, &SessionTab::showTimings);
    connect(&m_session, &Smtp::SessionHandle::messageProgress, this, &SessionTab::showMessageProgress);
    connect(&m_session, &Smtp::SessionHandle::finished, this, &SessionTab::showResult);

    setFocusProxy(m_ui->smtpCommandEdit);
    auto *focusCommandAction = new QAction(tr("Go to the SMTP Command Field"), this);
    focusCommandAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    focusCommandAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusCommandAction, &QAction::triggered, this, [this] {
        m_ui->smtpCommandEdit->setFocus();
        m_ui->smtpCommandEdit->selectAll();
    });
    addAction(focusCommandAction);

    // A session usually starts after its tab is made; one that started earlier shows what it has told so far.
    if (!m_session.transcript().isEmpty())
        showEvents(m_session.transcript().events());
    for (bool afterTls : {false, true}) {
        if (const std::optional<Smtp::Capabilities> &capabilities = m_session.capabilities(afterTls))
            showCapabilities(*capabilities, afterTls);
    }
    showTimings();
    updateSecurity();
    updateControls();
}

SessionTab::~SessionTab() = default;

TranscriptView *SessionTab::transcriptView() const
{
    return m_ui->transcriptView;
}

SmtpCommandEdit *SessionTab::smtpCommandEdit() const
{
    return m_ui->smtpCommandEdit;
}

void SessionTab::setUpCommandButtons()
{
    const Smtp::ConnectionSettings &settings = m_session.settings();
    // The session greets again with the name it chose at connect time (LocalName), and reads the new capabilities.
    connect(m_ui->ehloPushButton, &QPushButton::clicked, this, &SessionTab::ehloRequested);
    connect(m_ui->startTlsPushButton, &QPushButton::clicked, this, &SessionTab::startTlsRequested);
    connect(m_ui->noopPushButton, &QPushButton::clicked, this,
            [this] { emit commandRequested(QStringLiteral("NOOP")); });
    connect(m_ui->rsetPushButton, &QPushButton::clicked, this,
            [this] { emit commandRequested(QStringLiteral("RSET")); });
    connect(m_ui->vrfyPushButton, &QPushButton::clicked, this, [this] {
        m_ui->smtpCommandEdit->setText(QStringLiteral("VRFY "));
        m_ui->smtpCommandEdit->setFocus();
    });
    connect(m_ui->quitPushButton, &QPushButton::clicked, this, &SessionTab::quitRequested);

    // The engine applies the RFC 8314 policy (validated TLS before credentials) and redacts them in the transcript.
    const QString mechanism = settings.auth.mechanism.isEmpty() ||
                                      settings.auth.mechanism.compare(QStringLiteral("auto"), Qt::CaseInsensitive) == 0
                                  ? tr("auto (the strongest mechanism both sides offer)")
                                  : settings.auth.mechanism.toUpper();
    const QString authToolTip =
        settings.auth.user.isEmpty()
            ? tr("The profile has no user name to authenticate with")
            : tr("Authenticate (AUTH) with the profile's credentials; mechanism: %1").arg(mechanism);
    // The mechanism comes from the profile: shown literally, never as rich text.
    m_ui->authenticatePushButton->setToolTip(Qt::convertFromPlainText(authToolTip, Qt::WhiteSpaceNormal));
    m_ui->authenticatePushButton->setAccessibleName(authToolTip);
    connect(m_ui->authenticatePushButton, &QPushButton::clicked, this, &SessionTab::authenticateRequested);

    for (QPushButton *button : commandButtons()) {
        // Styles give push buttons a minimum of 80 px; seven of them would widen the window. They may shrink to their
        // text and grow back when there is room.
        const QFontMetrics metrics = button->fontMetrics();
        button->setMinimumWidth(metrics.horizontalAdvance(QString(button->text()).remove(u'&')) +
                                metrics.horizontalAdvance(u'M') * 2);
    }
}

QList<QPushButton *> SessionTab::commandButtons() const
{
    return {m_ui->ehloPushButton, m_ui->startTlsPushButton, m_ui->authenticatePushButton, m_ui->noopPushButton,
            m_ui->rsetPushButton, m_ui->vrfyPushButton,     m_ui->quitPushButton};
}

void SessionTab::setUpSidePanel()
{
    // Hostile-server case C13: anything a server or certificate supplied is shown literally.
    for (QLabel *label : {m_ui->stateValueLabel, m_ui->serverValueLabel, m_ui->protocolValueLabel,
                          m_ui->cipherValueLabel, m_ui->verificationValueLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    // Shown only while a message is sent: a large one takes long enough to want a sign that it moves.
    m_ui->messageProgressBar->setRange(0, progressSteps);

    m_capabilitiesModel = new CapabilitiesModel(this);
    QTableView *table = m_ui->capabilitiesTableView;
    table->setModel(m_capabilitiesModel);
    // Keyword and difference fit their text; the two parameter columns share the rest and wrap at spaces, so a long
    // AUTH list reads in full instead of ending in "…".
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(CapabilitiesModel::KeywordColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CapabilitiesModel::BeforeTlsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CapabilitiesModel::AfterTlsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CapabilitiesModel::DifferenceColumn, QHeaderView::ResizeToContents);
    // A handful of rows: sizing them to their (wrapped) contents costs nothing.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(table->fontMetrics().height() * 5);
    // The colours and tooltips mark the differences; the difference column stays in the model for copying and
    // accessibility but would crowd this narrow panel.
    table->setColumnHidden(CapabilitiesModel::DifferenceColumn, true);
    if (isImplicitTls()) {
        // Never plaintext: one column, "over TLS".
        m_capabilitiesModel->setOverTlsOnly(true);
        table->setColumnHidden(CapabilitiesModel::BeforeTlsColumn, true);
        table->setAccessibleName(tr("Capabilities over TLS"));
    }
    m_ui->capabilitiesLegendLabel->setVisible(!isImplicitTls());
    m_ui->sidePanelScrollArea->setMinimumWidth(sidePanelMinimumWidth());
}

int SessionTab::sidePanelMinimumWidth() const
{
    // Wide enough for the capability table to show its headers and the common keywords (bold when they differ)
    // and tokens in full at the default window size: what the table needs, plus the group box and scroll bar.
    QFont bold = m_ui->capabilitiesTableView->font();
    bold.setBold(true);
    const QFontMetrics cell(bold);
    const QFontMetrics header(m_ui->capabilitiesTableView->horizontalHeader()->font());
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
    const std::optional<Smtp::MessageSettings> message = m_ui->composePanel->composedMessage();
    if (!message || state() != Smtp::SessionState::Ready || isFinished())
        return false;
    emit sendMessageRequested(*message);
    return true;
}

QString SessionTab::statusText() const
{
    if (const std::optional<Smtp::SessionResult> &ended = result()) {
        if (ended->ok())
            return tr("%1: finished").arg(m_title);
        return tr("%1: %2").arg(m_title, Smtp::neutraliseForDisplay(ended->error.message));
    }
    return tr("%1: %2").arg(m_title, stateText(state()));
}

void SessionTab::showEvents(const QList<Smtp::TranscriptEvent> &events)
{
    for (const Smtp::TranscriptEvent &event : events) {
        // RFC 4954 §4: after a 334 every client line is a SASL response (it may be a password) until the server
        // answers with a final reply; the command field must not remember those lines.
        if (event.kind == Smtp::TranscriptEvent::Kind::Server && event.raw.size() >= 3 &&
            std::all_of(event.raw.cbegin(), event.raw.cbegin() + 3, [](char c) { return c >= '0' && c <= '9'; }))
            m_ui->smtpCommandEdit->setAuthExchangeActive(event.raw.startsWith("334"));
    }
    m_ui->transcriptView->appendEvents(events);
}

void SessionTab::showState()
{
    if (state() != Smtp::SessionState::SendingMessage)
        m_ui->messageProgressBar->setVisible(false);
    updateControls();
    emit statusTextChanged(statusText());
}

bool SessionTab::isImplicitTls() const
{
    return settings().security == Smtp::SecurityMode::Implicit;
}

void SessionTab::showCapabilities(const Smtp::Capabilities &capabilities, bool afterTls)
{
    m_capabilitiesModel->setCapabilities(capabilities, afterTls);
}

void SessionTab::showTlsReport()
{
    updateSecurity();
    updateControls();
    emit tlsReportAvailable(true);
}

void SessionTab::showTimings()
{
    m_ui->timingChartWidget->setTimings(m_session.timings());
}

void SessionTab::showMessageProgress(qint64 sent, qint64 total)
{
    // Steps rather than octets: a QProgressBar counts in int, and a message may be larger than that.
    m_ui->messageProgressBar->setValue(total > 0 ? int(sent * progressSteps / total) : progressSteps);
    const QLocale locale;
    m_ui->messageProgressBar->setFormat(
        tr("%1 of %2").arg(locale.formattedDataSize(sent, 1), locale.formattedDataSize(total, 1)));
    m_ui->messageProgressBar->setVisible(state() == Smtp::SessionState::SendingMessage && !isFinished());
}

void SessionTab::setCertificateMemory(const Smtp::CertificateMemoryCheck &check, bool rememberable)
{
    m_ui->certificateMemoryView->setCheck(check, rememberable);
}

void SessionTab::showResult(const Smtp::SessionResult &result)
{
    m_ui->messageProgressBar->setVisible(false);
    // The result may know more than was reported on the way (a session that failed before its signals arrived).
    for (bool afterTls : {false, true}) {
        if (const std::optional<Smtp::Capabilities> &capabilities = m_session.capabilities(afterTls))
            showCapabilities(*capabilities, afterTls);
    }
    showTimings();
    if (result.tls)
        showTlsReport();
    m_ui->transcriptView->flushPending();
    // RFC 4954 §6: 535 (5.7.8) says the credentials are wrong; a temporary failure (454) or a mechanism too weak
    // (534) is not cured by typing the password again. One bar per failure: that offer, or the message and fixes.
    if (result.error.code == Smtp::ErrorCode::AuthenticationFailed && result.error.reply &&
        result.error.reply->code == 535 && settings().auth.isRequested()) {
        m_ui->authFailedInfoBar->show();
    } else if (result.error.isError() && result.error.code != Smtp::ErrorCode::Cancelled) {
        // Only a saved profile can be changed by a click; a test or ad-hoc session shows the message alone.
        QString message = Smtp::neutraliseForDisplay(result.error.message);
        if (const QString explanation =
                result.error.reply ? Smtp::ReplyExplanation::explain(*result.error.reply) : QString();
            !explanation.isEmpty())
            message = tr("%1\n\nWhat the reply means: %2").arg(message, explanation);
        m_ui->remedyBar->showRemedies(message,
                                      m_profileId.isEmpty() ? QList<Smtp::Remedy>{} : Smtp::Remedy::forResult(result));
    }
    updateControls();
    emit statusTextChanged(statusText());
    emit finished(result);
}

void SessionTab::sendTypedCommand()
{
    const QString line = m_ui->smtpCommandEdit->text();
    if (line.isEmpty())
        return;
    m_ui->smtpCommandEdit->addToHistory(line);
    m_ui->smtpCommandEdit->clear();
    emit commandRequested(line);
}

void SessionTab::updateControls()
{
    const bool ready = state() == Smtp::SessionState::Ready && !isFinished();
    const bool encrypted = tlsReport() && tlsReport()->tlsEstablished;
    for (QPushButton *button : commandButtons())
        button->setEnabled(ready);
    // RFC 3207 §4.2: STARTTLS is offered once; after the upgrade it is no longer a command to send.
    m_ui->startTlsPushButton->setEnabled(ready && !encrypted);
    m_ui->authenticatePushButton->setEnabled(ready && !settings().auth.user.isEmpty());
    m_ui->sendPushButton->setEnabled(ready);
    m_ui->composePanel->setSendEnabled(ready);
    // Typing ahead is allowed while the session is busy; the line is sent when the user presses Enter.
    m_ui->smtpCommandEdit->setEnabled(!isFinished());
    // A failure's message is in the bar above the transcript; here it would only make the panel scroll.
    const std::optional<Smtp::SessionResult> &ended = result();
    if (ended && ended->error.isError() && ended->error.code != Smtp::ErrorCode::Cancelled)
        m_ui->stateValueLabel->setText(tr("Failed: see the message above the transcript"));
    else
        m_ui->stateValueLabel->setText(ended ? statusText() : stateText(state()));
}

void SessionTab::updateSecurity()
{
    const std::optional<Smtp::CertificateReport> &tls = tlsReport();
    QStringList errors;
    if (tls) {
        for (const QString &error : tls->verificationErrors)
            errors << Smtp::neutraliseForDisplay(error);
    }
    m_ui->certificatePushButton->setEnabled(tls && !tls->chain.isEmpty());
    if (!tls || !tls->tlsEstablished) {
        m_ui->protocolValueLabel->setText(tls ? tr("TLS failed") : tr("Not encrypted"));
        m_ui->cipherValueLabel->setText(tr("\u2014"));
        m_ui->verificationValueLabel->setText(tls ? errors.join(u'\n') : tr("No certificate yet"));
        return;
    }
    const Smtp::CertificateReport &report = *tls;
    m_ui->protocolValueLabel->setText(report.protocol);
    m_ui->cipherValueLabel->setText(tr("%1 (%2 bits)").arg(report.cipher).arg(report.cipherBits));
    if (report.verified && !report.validationSkipped)
        m_ui->verificationValueLabel->setText(
            tr("\u2714 Verified for %1").arg(Smtp::neutraliseForDisplay(report.verificationName)));
    else if (report.validationSkipped)
        m_ui->verificationValueLabel->setText(tr("\u26a0 Not checked (trusted site). Would have failed: %1")
                                                  .arg(errors.isEmpty() ? tr("nothing") : errors.join(u'\n')));
    else
        m_ui->verificationValueLabel->setText(tr("\u2716 Not verified: %1").arg(errors.join(u'\n')));
}

QWidget *SessionTab::showCertificateDetails()
{
    if (!tlsReport())
        return nullptr;
    auto *dialog = new CertificateDetailsDialog(*tlsReport(), this);
    dialog->setObjectName(QStringLiteral("certificateDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Certificate Details: %1").arg(m_title));
    dialog->show();
    return dialog;
}

} // namespace SmtpUi
