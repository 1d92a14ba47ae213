#include "profileeditordialog.h"

#include "messagefields.h"
#include "profileeditorchoices.h"
#include "profilefieldsettings.h"
#include "tlsofferfields.h"
#include "ui_profileeditordialog.h"

#include "core/connection/localname.h"
#include "core/connection/proxyheader.h"
#include "core/connection/proxyurl.h"
#include "core/profiles/profilesecrets.h"
#include "core/protocol/mailaddress.h"
#include "core/protocol/smtpcommand.h"
#include "core/protocol/xclient.h"
#include "core/text/untrustedtext.h"
#include "ui/app/theme.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace SmtpUi
{

namespace
{
QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const Smtp::Profile &profile, const Smtp::ProfileSettings &inherited,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileEditorDialog>()), m_original(profile),
      m_inheritedSettings(inherited)
{
    m_ui->setupUi(this);
    inherited.applyTo(m_inherited);
    m_tlsOffer =
        std::make_unique<TlsOfferFields>(m_ui->tlsMinimumComboBox, m_ui->tlsMaximumComboBox, m_ui->ciphersLineEdit);
    m_messageFields = std::make_unique<MessageFields>(
        MessageFieldWidgets{m_ui->subjectLineEdit, m_ui->bodyPlainTextEdit, m_ui->headersPlainTextEdit,
                            m_ui->attachmentsPlainTextEdit, m_ui->dsnNotifyLineEdit, m_ui->dsnReturnComboBox,
                            m_ui->dsnEnvelopeIdLineEdit, m_ui->pipeliningCheckBox, m_ui->chunkingCheckBox});

    fillChoices(*m_ui);

    // Every error label shows its reason in the warning colour, as plain text.
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->objectName().endsWith(QStringLiteral("ErrorLabel")))
            continue;
        QPalette errorPalette = label->palette();
        errorPalette.setColor(QPalette::WindowText, errorTextColour(palette()));
        label->setPalette(errorPalette);
        label->hide();
    }
    m_ui->problemsLabel->hide();
    m_ui->proxyLineEdit->setToolTip(tr("A password typed as user:password@ before the host is stored in the keychain; "
                                       "the profile keeps the address without it."));

    connect(m_ui->securityComboBox, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::updatePortDefault);
    connect(m_ui->submissionCheckBox, &QCheckBox::toggled, this, &ProfileEditorDialog::updatePortDefault);
    connect(m_ui->passwordLineEdit, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_ui->keyPassphraseLineEdit, &QLineEdit::textEdited, this, [this] { m_passphraseEdited = true; });
    connect(m_ui->caFileBrowseToolButton, &QToolButton::clicked, this, [this] {
        if (const QString path = chooseFile(tr("CA Certificates"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
            !path.isEmpty())
            m_ui->caFileLineEdit->setText(path);
    });
    connect(m_ui->clientCertificateBrowseToolButton, &QToolButton::clicked, this, [this] {
        if (const QString path =
                chooseFile(tr("Client Certificate"), tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
            !path.isEmpty())
            m_ui->clientCertificateLineEdit->setText(path);
    });
    connect(m_ui->clientKeyBrowseToolButton, &QToolButton::clicked, this, [this] {
        if (const QString path = chooseFile(tr("Client Key"), tr("PEM keys (*.pem *.key);;All files (*)"));
            !path.isEmpty())
            m_ui->clientKeyLineEdit->setText(path);
    });
    addShowPasswordAction(m_ui->passwordLineEdit, QStringLiteral("showPasswordAction"), tr("Show password"),
                          tr("Hide password"));
    addShowPasswordAction(m_ui->keyPassphraseLineEdit, QStringLiteral("showKeyPassphraseAction"), tr("Show passphrase"),
                          tr("Hide passphrase"));
    connect(m_ui->authMechanismComboBox, &QComboBox::currentTextChanged, this,
            &ProfileEditorDialog::updateAuthenticationFields);
    m_ui->showTranscriptLabel->setText(
        QStringLiteral("<a href=\"#transcript\">%1</a>").arg(tr("Show transcript").toHtmlEscaped()));
    connect(m_ui->showTranscriptLabel, &QLabel::linkActivated, this, &ProfileEditorDialog::transcriptRequested);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, [this] {
        if (!validate(Purpose::Test).isEmpty())
            return;
        const Smtp::ConnectionSettings settings = connectionSettings();
        m_testSecurity = settings.security;
        m_testAuthRequested = settings.auth.isRequested();
        m_testUser = settings.auth.user;
        emit testRequested(settings, testTitle());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(profile);
    // Whatever the fields hold now is "unchanged"; the keychain's later answers only change placeholders.
    m_loadedState = formState();
    setWindowTitle(profile.name.isEmpty() ? tr("New Profile") : tr("Profile: %1").arg(profile.name));
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

void ProfileEditorDialog::showPage(Page page)
{
    m_ui->editorTabWidget->setCurrentWidget(page == Page::Security ? m_ui->securityTab : m_ui->serverTab);
}

void ProfileEditorDialog::load(const Smtp::Profile &profile)
{
    const Smtp::ProfileSettings &s = profile.settings;
    const Smtp::ConnectionSettings &base = m_inherited;
    const auto placeholder = [](QLineEdit *edit, const QString &inherited) {
        if (!inherited.isEmpty())
            edit->setPlaceholderText(tr("Inherited: %1").arg(inherited));
    };
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->folderLineEdit->setText(profile.folder);
    m_ui->hostLineEdit->setText(s.host.value_or(QString()));
    placeholder(m_ui->hostLineEdit, base.host);
    m_ui->portSpinBox->setValue(s.port.value_or(base.port));
    m_ui->securityComboBox->setCurrentIndex(
        m_ui->securityComboBox->findData(static_cast<int>(s.security.value_or(base.security))));
    m_ui->submissionCheckBox->setChecked(s.submission.value_or(base.submission));
    m_ui->extendedCheckBox->setChecked(s.extended.value_or(base.extended));
    m_ui->timeoutSpinBox->setValue(s.timeoutSeconds.value_or(base.timeoutSeconds));
    m_ui->proxyLineEdit->setText(s.proxy.value_or(QString()));
    placeholder(m_ui->proxyLineEdit, base.proxy);
    const auto select = [](QComboBox *box, int value) { box->setCurrentIndex(box->findData(value)); };
    select(m_ui->addressFamilyComboBox, static_cast<int>(s.addressFamily.value_or(base.addressFamily)));
    m_ui->bindAddressLineEdit->setText(s.bindAddress.value_or(QString()));
    placeholder(m_ui->bindAddressLineEdit, base.bindAddress);
    select(m_ui->protocolComboBox, static_cast<int>(s.protocol.value_or(base.protocol)));
    select(m_ui->proxyHeaderComboBox, static_cast<int>(s.proxyHeader.value_or(base.proxyHeader)));
    m_ui->proxySourceLineEdit->setText(s.proxySource.value_or(QString()));
    placeholder(m_ui->proxySourceLineEdit, base.proxySource);
    m_ui->xclientLineEdit->setText(s.xclient.value_or(QStringList()).join(u' '));
    placeholder(m_ui->xclientLineEdit, base.xclient.join(u' '));

    m_ui->trustedSiteCheckBox->setChecked(s.trustedSite.value_or(base.trustedSite));
    m_ui->serverNameLineEdit->setText(s.serverName.value_or(QString()));
    placeholder(m_ui->serverNameLineEdit, base.serverName);
    m_ui->sniNameLineEdit->setText(s.sniName.value_or(QString()));
    placeholder(m_ui->sniNameLineEdit, base.sniName);
    m_ui->noSniCheckBox->setChecked(s.noSni.value_or(base.noSni));
    m_ui->ocspCheckBox->setChecked(s.requestOcsp.value_or(base.requestOcsp));
    m_ui->keyLogLineEdit->setText(s.keyLogFile.value_or(QString()));
    m_tlsOffer->load(s, base);
    m_messageFields->load(s, base);
    m_ui->caFileLineEdit->setText(s.caFile.value_or(QString()));
    placeholder(m_ui->caFileLineEdit, base.caFile);
    m_ui->clientCertificateLineEdit->setText(s.clientCertificateFile.value_or(QString()));
    placeholder(m_ui->clientCertificateLineEdit, base.clientCertificateFile);
    m_ui->clientKeyLineEdit->setText(s.clientKeyFile.value_or(QString()));
    placeholder(m_ui->clientKeyLineEdit, base.clientKeyFile);

    m_ui->localNameLineEdit->setText(s.localName.value_or(QString()));
    placeholder(m_ui->localNameLineEdit, base.localName);
    m_ui->tagsLineEdit->setText(profile.tags.join(QStringLiteral(", ")));
    m_ui->favouriteCheckBox->setChecked(profile.favourite);

    const QString mechanism = s.authMechanism.value_or(base.auth.mechanism);
    const int mechanismIndex = m_ui->authMechanismComboBox->findData(mechanism);
    if (mechanismIndex >= 0)
        m_ui->authMechanismComboBox->setCurrentIndex(mechanismIndex);
    else
        m_ui->authMechanismComboBox->setEditText(mechanism);
    m_ui->authUserLineEdit->setText(s.authUser.value_or(QString()));
    placeholder(m_ui->authUserLineEdit, base.auth.user);
    m_ui->allowPlaintextAuthCheckBox->setChecked(s.allowPlaintextAuth.value_or(base.auth.allowPlaintext));

    m_ui->fromLineEdit->setText(s.from.value_or(QString()));
    placeholder(m_ui->fromLineEdit, base.message.from);
    m_ui->toLineEdit->setText(s.to.value_or(QStringList()).join(QStringLiteral(", ")));
    m_ui->notesPlainTextEdit->setPlainText(profile.notes);
    // Until the keychain answers (setStoredSecret()); for a changed destination an unanswered read still counts as
    // stored (hasBoundSecret()).
    for (QLineEdit *field : {m_ui->passwordLineEdit, m_ui->keyPassphraseLineEdit})
        field->setPlaceholderText(tr("Not stored; saved to the keychain"));
    updatePortDefault();
    updateAuthenticationFields();
}

void ProfileEditorDialog::updateAuthenticationFields()
{
    // Without a mechanism none of these is sent: greyed out, their values kept for when one is chosen again.
    const bool enabled = !currentMechanism().isEmpty();
    const QList<QWidget *> fields{m_ui->authUserLineEditTitleLabel, m_ui->authUserLineEdit,
                                  m_ui->passwordLineEditTitleLabel, m_ui->passwordLineEdit,
                                  m_ui->allowPlaintextAuthCheckBox};
    for (QWidget *widget : fields)
        widget->setEnabled(enabled);
}

void ProfileEditorDialog::addShowPasswordAction(QLineEdit *edit, const QString &objectName, const QString &showText,
                                                const QString &hideText)
{
    QAction *action = edit->addAction(themedIcon(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setToolTip(showText);
    connect(action, &QAction::toggled, edit, [edit, action, showText, hideText](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        action->setIcon(themedIcon(shown ? QStringLiteral("view-hidden") : QStringLiteral("view-visible")));
        action->setToolTip(shown ? hideText : showText);
    });
}

QStringList ProfileEditorDialog::formState() const
{
    QStringList state;
    const QList<QWidget *> fields = m_ui->editorTabWidget->findChildren<QWidget *>();
    for (const QWidget *field : fields) {
        // The secrets stay out of the copy; a spin box's or combo box's inner line edit is its box's value.
        if (field == m_ui->passwordLineEdit || field == m_ui->keyPassphraseLineEdit ||
            qobject_cast<QAbstractSpinBox *>(field->parent()) || qobject_cast<QComboBox *>(field->parent()))
            continue;
        QString value;
        if (const auto *edit = qobject_cast<const QLineEdit *>(field))
            value = edit->text();
        else if (const auto *spinBox = qobject_cast<const QSpinBox *>(field))
            value = QString::number(spinBox->value());
        else if (const auto *comboBox = qobject_cast<const QComboBox *>(field))
            value = comboBox->currentText();
        else if (const auto *checkBox = qobject_cast<const QCheckBox *>(field))
            value = checkBox->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
        else if (const auto *textEdit = qobject_cast<const QPlainTextEdit *>(field))
            value = textEdit->toPlainText();
        else
            continue;
        state.append(field->objectName() + u'=' + value);
    }
    // By name: showing a page raises it, which reorders the widgets findChildren() returns.
    state.sort();
    return state;
}

bool ProfileEditorDialog::isModified() const
{
    return m_passwordEdited || m_passphraseEdited || formState() != m_loadedState;
}

QString ProfileEditorDialog::testTitle() const
{
    if (const QString name = m_ui->nameLineEdit->text().trimmed(); !name.isEmpty())
        return name;
    Smtp::ConnectionSettings settings;
    m_inheritedSettings.overriddenBy(profile().settings).applyTo(settings);
    if (settings.host.isEmpty())
        return tr("Unnamed profile");
    // An IPv6 address in brackets, so the port stays readable.
    const QString host = settings.host.contains(u':') ? QStringLiteral("[%1]").arg(settings.host) : settings.host;
    return tr("%1:%2").arg(host).arg(settings.effectivePort());
}

void ProfileEditorDialog::setTestVerdict(const QString &text, const QIcon &icon, const QColor &colour)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->testResultIconLabel->setPixmap(icon.pixmap(iconSize, iconSize));
    m_ui->testResultIconLabel->show();
    QPalette verdictPalette = m_ui->testResultLabel->palette();
    verdictPalette.setColor(QPalette::WindowText, colour);
    m_ui->testResultLabel->setPalette(verdictPalette);
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->show();
    m_ui->showTranscriptLabel->show();
}

void ProfileEditorDialog::showTestRunning()
{
    setTestVerdict(tr("Testing the connection…"), style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this),
                   palette().color(QPalette::WindowText));
}

void ProfileEditorDialog::showTestResult(const Smtp::SessionResult &result)
{
    if (!result.ok()) {
        // The message can quote the server: the label shows plain text, neutralised.
        setTestVerdict(tr("Failed: %1").arg(Smtp::neutraliseForDisplay(result.error.message)),
                       style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this), errorTextColour(palette()));
        return;
    }
    const bool encrypted = result.tls && result.tls->tlsEstablished;
    const bool verified = encrypted && result.tls->verified && !result.tls->validationSkipped;
    const bool implicit = m_testSecurity == Smtp::SecurityMode::Implicit;
    QStringList verdict;
    if (!encrypted) {
        verdict.append(tr("Plaintext session: the server answered; nothing was encrypted."));
    } else {
        const QString parameters = result.tls->cipher.isEmpty()
                                       ? result.tls->protocol
                                       : tr("%1, %2").arg(result.tls->protocol, result.tls->cipher);
        if (verified)
            verdict.append(implicit ? tr("Verified implicit TLS session, %1.").arg(parameters)
                                    : tr("Verified STARTTLS session, %1.").arg(parameters));
        else
            verdict.append(
                implicit
                    ? tr("Implicit TLS session, %1; the certificate was not validated (trusted site).").arg(parameters)
                    : tr("STARTTLS session, %1; the certificate was not validated (trusted site).").arg(parameters));
    }
    // A test sends credentials only over validated TLS (RFC 8314 §5.1); without it the session skips them and still
    // ends well, so say which happened.
    if (m_testAuthRequested)
        verdict.append(verified ? tr("Signed in as %1.").arg(Smtp::neutraliseForDisplay(m_testUser))
                                : tr("The credentials were not sent: a test sends them only over TLS with a "
                                     "validated certificate."));
    const bool complete =
        verified || (!encrypted && m_testSecurity == Smtp::SecurityMode::None && !m_testAuthRequested);
    setTestVerdict(
        verdict.join(u' '),
        style()->standardIcon(complete ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning, nullptr, this),
        complete ? successTextColour(palette()) : palette().color(QPalette::WindowText));
}

QString ProfileEditorDialog::currentMechanism() const
{
    // The list's entries carry the setting's value ("" or "auto" for the described ones); typed text is a name.
    const QComboBox *combo = m_ui->authMechanismComboBox;
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == combo->currentText())
        return combo->currentData().toString();
    return combo->currentText().trimmed().toUpper();
}

Smtp::SecurityMode ProfileEditorDialog::currentSecurity() const
{
    return static_cast<Smtp::SecurityMode>(m_ui->securityComboBox->currentData().toInt());
}

void ProfileEditorDialog::updatePortDefault()
{
    Smtp::ConnectionSettings probe;
    probe.security = currentSecurity();
    probe.submission = m_ui->submissionCheckBox->isChecked();
    probe.port = 0;
    m_ui->portSpinBox->setSpecialValueText(tr("Default (%1)").arg(probe.effectivePort()));
}

QString ProfileEditorDialog::chooseFile(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(this, title, QString(), filter);
}

Smtp::Profile ProfileEditorDialog::profile() const
{
    Smtp::Profile profile = m_original;
    const Smtp::ProfileSettings &original = m_original.settings;
    const Smtp::ConnectionSettings &base = m_inherited;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.folder = Smtp::ProfileFolder::normalisedPath(m_ui->folderLineEdit->text());
    profile.tags = splitList(m_ui->tagsLineEdit->text());
    profile.favourite = m_ui->favouriteCheckBox->isChecked();
    profile.notes = m_ui->notesPlainTextEdit->toPlainText();

    Smtp::ProfileSettings &s = profile.settings;
    s.host = textSetting(m_ui->hostLineEdit->text());
    s.port = explicitSetting<quint16>(static_cast<quint16>(m_ui->portSpinBox->value()), base.port, original.port);
    s.security = explicitSetting(currentSecurity(), base.security, original.security);
    s.submission = explicitSetting(m_ui->submissionCheckBox->isChecked(), base.submission, original.submission);
    s.extended = explicitSetting(m_ui->extendedCheckBox->isChecked(), base.extended, original.extended);
    s.timeoutSeconds = explicitSetting(m_ui->timeoutSpinBox->value(), base.timeoutSeconds, original.timeoutSeconds);
    // The password typed in the address goes to the keychain (proxyPasswordChange()), never into the profile.
    s.proxy = textSetting(Smtp::ProxyUrl::withoutPassword(m_ui->proxyLineEdit->text().trimmed()));
    s.addressFamily =
        explicitSetting(static_cast<Smtp::AddressFamily>(m_ui->addressFamilyComboBox->currentData().toInt()),
                        base.addressFamily, original.addressFamily);
    s.bindAddress = textSetting(m_ui->bindAddressLineEdit->text());
    s.protocol = explicitSetting(static_cast<Smtp::MailProtocol>(m_ui->protocolComboBox->currentData().toInt()),
                                 base.protocol, original.protocol);
    s.proxyHeader =
        explicitSetting(static_cast<Smtp::ProxyHeaderVersion>(m_ui->proxyHeaderComboBox->currentData().toInt()),
                        base.proxyHeader, original.proxyHeader);
    s.proxySource = textSetting(m_ui->proxySourceLineEdit->text());
    const QStringList xclient = m_ui->xclientLineEdit->text().split(u' ', Qt::SkipEmptyParts);
    s.xclient = xclient.isEmpty() ? std::nullopt : std::optional<QStringList>(xclient);
    s.trustedSite = explicitSetting(m_ui->trustedSiteCheckBox->isChecked(), base.trustedSite, original.trustedSite);
    s.serverName = textSetting(m_ui->serverNameLineEdit->text());
    s.sniName = textSetting(m_ui->sniNameLineEdit->text());
    s.noSni = explicitSetting(m_ui->noSniCheckBox->isChecked(), base.noSni, original.noSni);
    s.requestOcsp = explicitSetting(m_ui->ocspCheckBox->isChecked(), base.requestOcsp, original.requestOcsp);
    s.keyLogFile = textSetting(m_ui->keyLogLineEdit->text());
    m_tlsOffer->store(s);
    m_messageFields->store(s, original);
    s.caFile = textSetting(m_ui->caFileLineEdit->text());
    s.clientCertificateFile = textSetting(m_ui->clientCertificateLineEdit->text());
    s.clientKeyFile = textSetting(m_ui->clientKeyLineEdit->text());
    s.localName = textSetting(m_ui->localNameLineEdit->text());
    s.authMechanism = explicitSetting(currentMechanism(), base.auth.mechanism, original.authMechanism);
    s.authUser = textSetting(m_ui->authUserLineEdit->text());
    s.allowPlaintextAuth = explicitSetting(m_ui->allowPlaintextAuthCheckBox->isChecked(), base.auth.allowPlaintext,
                                           original.allowPlaintextAuth);
    s.from = textSetting(m_ui->fromLineEdit->text());
    const QStringList to = Smtp::MailAddress::splitList(m_ui->toLineEdit->text());
    s.to = to.isEmpty() ? std::nullopt : std::optional<QStringList>(to);
    if (m_secretDecision != SecretDecision::Unchanged) {
        // Confirmed (or nothing was saved, or it is forgotten): the secrets belong to the new destination now.
        Smtp::ConnectionSettings destination;
        m_inheritedSettings.overriddenBy(s).applyTo(destination);
        profile.secretBinding = Smtp::SecretBinding::of(destination);
    }
    return profile;
}

Smtp::ConnectionSettings ProfileEditorDialog::connectionSettings() const
{
    Smtp::ConnectionSettings settings;
    m_inheritedSettings.overriddenBy(profile().settings).applyTo(settings);
    if (m_passwordEdited)
        settings.auth.password = m_ui->passwordLineEdit->text();
    settings.proxyPassword = Smtp::ProxyUrl::password(m_ui->proxyLineEdit->text().trimmed());
    if (m_passphraseEdited)
        settings.clientKeyPassphrase = m_ui->keyPassphraseLineEdit->text().toUtf8();
    return settings;
}

std::optional<QString> ProfileEditorDialog::passwordChange() const
{
    return m_passwordEdited ? std::optional<QString>(m_ui->passwordLineEdit->text()) : std::nullopt;
}

void ProfileEditorDialog::setTypedPassword(const QString &password)
{
    m_ui->passwordLineEdit->setText(password);
    m_passwordEdited = true;
}

std::optional<QString> ProfileEditorDialog::proxyPasswordChange() const
{
    const QString typed = Smtp::ProxyUrl::password(m_ui->proxyLineEdit->text().trimmed());
    return typed.isEmpty() ? std::nullopt : std::optional<QString>(typed);
}

void ProfileEditorDialog::setStoredSecret(Smtp::SecretKind kind, bool stored)
{
    m_storedSecrets.insert(kind, stored);
    QLineEdit *field = kind == Smtp::SecretKind::Password        ? m_ui->passwordLineEdit
                       : kind == Smtp::SecretKind::KeyPassphrase ? m_ui->keyPassphraseLineEdit
                                                                 : nullptr;
    // The proxy password has no field of its own: it is typed inside the proxy address.
    if (field)
        field->setPlaceholderText(stored ? tr("Stored in the keychain; type to replace")
                                         : tr("Not stored; saved to the keychain"));
}

bool ProfileEditorDialog::hasBoundSecret() const
{
    if (m_original.id.isEmpty())
        return false;
    // A secret whose read has not answered yet counts as stored: better one question too many than a silent rebind.
    const auto stored = [this](Smtp::SecretKind kind) { return m_storedSecrets.value(kind, true); };
    return (stored(Smtp::SecretKind::Password) && !m_passwordEdited) ||
           (stored(Smtp::SecretKind::ProxyPassword) && !proxyPasswordChange());
}

QList<Smtp::DestinationChange> ProfileEditorDialog::destinationChanges() const
{
    Smtp::ConnectionSettings original;
    m_inheritedSettings.overriddenBy(m_original.settings).applyTo(original);
    return Smtp::ProfileSecrets::effectiveBinding(m_original, original)
        .changesTo(Smtp::SecretBinding::of(connectionSettings()));
}

bool ProfileEditorDialog::confirmDestination()
{
    const QList<Smtp::DestinationChange> changes = destinationChanges();
    m_secretDecision = changes.isEmpty() ? SecretDecision::Unchanged : SecretDecision::Rebind;
    if (changes.isEmpty() || !hasBoundSecret())
        return true;
    QStringList lines;
    for (const Smtp::DestinationChange &change : changes)
        lines << Smtp::SecretBinding::describeChange(change.field, change.before, change.after);
    // Host names may come from an imported file: plain text only.
    QMessageBox box(QMessageBox::Question, tr("New Destination"),
                    tr("Where this profile connects changes:\n%1\n\nKeep the saved password for the new destination?")
                        .arg(lines.join(u'\n')),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("newDestinationMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *keep = box.addButton(tr("Keep Password"), QMessageBox::YesRole);
    keep->setObjectName(QStringLiteral("keepPasswordPushButton"));
    QPushButton *forget = box.addButton(tr("Forget Password"), QMessageBox::NoRole);
    forget->setObjectName(QStringLiteral("forgetPasswordPushButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(forget);
    box.exec();
    if (box.clickedButton() == keep)
        return true;
    if (box.clickedButton() == forget) {
        m_secretDecision = SecretDecision::Forget;
        return true;
    }
    return false;
}

std::optional<QString> ProfileEditorDialog::keyPassphraseChange() const
{
    return m_passphraseEdited ? std::optional<QString>(m_ui->keyPassphraseLineEdit->text()) : std::nullopt;
}

void ProfileEditorDialog::setFieldError(QLabel *errorLabel, QWidget *field, const QString &reason)
{
    errorLabel->setText(reason.isEmpty() ? QString() : tr("\u26a0 %1").arg(reason));
    errorLabel->setVisible(!reason.isEmpty());
    field->setAccessibleDescription(reason);
    field->setProperty("invalid", !reason.isEmpty());
}

QStringList ProfileEditorDialog::validate(Purpose purpose)
{
    QStringList problems;
    QWidget *firstInvalid = nullptr;
    const auto check = [&](QLabel *errorLabel, QWidget *field, const QString &reason) {
        setFieldError(errorLabel, field, reason);
        if (reason.isEmpty())
            return;
        problems.append(reason);
        if (!firstInvalid)
            firstInvalid = field;
    };
    const auto lineProblem = [](const QString &text) { return Smtp::profileTextProblem(text); };
    const auto fileProblem = [&](const QString &text) {
        const QString path = text.trimmed();
        if (path.isEmpty())
            return QString();
        if (const QString problem = lineProblem(path); !problem.isEmpty())
            return problem;
        return QFileInfo::exists(path) ? QString() : tr("This file does not exist.");
    };

    const QString name = m_ui->nameLineEdit->text().trimmed();
    check(m_ui->nameErrorLabel, m_ui->nameLineEdit,
          name.isEmpty() && purpose == Purpose::Save ? tr("A profile needs a name.") : lineProblem(name));
    check(m_ui->folderErrorLabel, m_ui->folderLineEdit, lineProblem(m_ui->folderLineEdit->text()));
    const QString host = m_ui->hostLineEdit->text().trimmed();
    QString hostProblem = lineProblem(host);
    if (host.isEmpty() && m_inherited.host.isEmpty())
        hostProblem = tr("A host name or address is required.");
    else if (host.contains(u' '))
        hostProblem = tr("A host name cannot contain spaces.");
    check(m_ui->hostErrorLabel, m_ui->hostLineEdit, hostProblem);
    check(m_ui->portErrorLabel, m_ui->portSpinBox,
          !m_ui->extendedCheckBox->isChecked() && Smtp::usesStartTls(currentSecurity()) &&
                  m_ui->portSpinBox->value() != 587 && !m_ui->submissionCheckBox->isChecked()
              ? tr("STARTTLS needs EHLO: turn on extended SMTP or choose another security mode.")
              : QString());
    const QString proxy = m_ui->proxyLineEdit->text().trimmed();
    check(m_ui->proxyErrorLabel, m_ui->proxyLineEdit, proxy.isEmpty() ? QString() : Smtp::ProxyUrl::problem(proxy));
    // The session's own rules (ConnectionSettings, ProxyHeader, Xclient): what the editor lets through, it sends.
    check(m_ui->bindAddressErrorLabel, m_ui->bindAddressLineEdit,
          Smtp::ConnectionSettings::bindAddressProblem(m_ui->bindAddressLineEdit->text().trimmed()));
    const QString proxySource = m_ui->proxySourceLineEdit->text().trimmed();
    QString proxySourceProblem;
    const bool proxyHeader =
        m_ui->proxyHeaderComboBox->currentData().toInt() != static_cast<int>(Smtp::ProxyHeaderVersion::None);
    if (!proxySource.isEmpty())
        Smtp::ProxyHeader::parseSource(proxySource, &proxySourceProblem);
    else if (proxyHeader && m_inherited.proxySource.isEmpty())
        proxySourceProblem = tr("A PROXY header needs the source address it claims.");
    check(m_ui->proxySourceErrorLabel, m_ui->proxySourceLineEdit, proxySourceProblem);
    QString xclientProblem;
    for (const QString &attribute : m_ui->xclientLineEdit->text().split(u' ', Qt::SkipEmptyParts)) {
        if (xclientProblem = Smtp::Xclient::attributeProblem(attribute); !xclientProblem.isEmpty())
            break;
    }
    check(m_ui->xclientErrorLabel, m_ui->xclientLineEdit, xclientProblem);
    check(m_ui->serverNameErrorLabel, m_ui->serverNameLineEdit, lineProblem(m_ui->serverNameLineEdit->text()));
    QString sniProblem = Smtp::ConnectionSettings::sniNameProblem(m_ui->sniNameLineEdit->text().trimmed());
    if (sniProblem.isEmpty() && m_ui->noSniCheckBox->isChecked() && !m_ui->sniNameLineEdit->text().trimmed().isEmpty())
        sniProblem = tr("Either an SNI name or no SNI at all, not both.");
    check(m_ui->sniNameErrorLabel, m_ui->sniNameLineEdit, sniProblem);
    check(m_ui->tlsOfferErrorLabel, m_ui->ciphersLineEdit, m_tlsOffer->problem());
    const QString keyLog = m_ui->keyLogLineEdit->text().trimmed();
    check(m_ui->keyLogErrorLabel, m_ui->keyLogLineEdit,
          keyLog.isEmpty() || QFileInfo(keyLog).absoluteDir().exists() ? lineProblem(keyLog)
                                                                       : tr("The folder of this file does not exist."));
    const MessageFields::Problem messageProblem = m_messageFields->validate();
    check(m_ui->messageErrorLabel, messageProblem.field, messageProblem.reason);
    check(m_ui->caFileErrorLabel, m_ui->caFileLineEdit, fileProblem(m_ui->caFileLineEdit->text()));
    check(m_ui->clientCertificateErrorLabel, m_ui->clientCertificateLineEdit,
          fileProblem(m_ui->clientCertificateLineEdit->text()));
    QString keyProblem = fileProblem(m_ui->clientKeyLineEdit->text());
    if (keyProblem.isEmpty() && !m_ui->clientKeyLineEdit->text().trimmed().isEmpty() &&
        m_ui->clientCertificateLineEdit->text().trimmed().isEmpty())
        keyProblem = tr("A client key needs a client certificate.");
    check(m_ui->clientKeyErrorLabel, m_ui->clientKeyLineEdit, keyProblem);
    check(m_ui->keyPassphraseErrorLabel, m_ui->keyPassphraseLineEdit, QString());
    // The session's own rule: what EHLO can carry (LocalName).
    check(m_ui->localNameErrorLabel, m_ui->localNameLineEdit,
          Smtp::LocalName::problem(m_ui->localNameLineEdit->text().trimmed()));
    const QString mechanism = currentMechanism();
    const bool authRequested = !mechanism.isEmpty();
    check(m_ui->authMechanismErrorLabel, m_ui->authMechanismComboBox,
          mechanism.isEmpty() ? QString() : Smtp::SmtpCommand::mechanismProblem(mechanism));
    const QString user = m_ui->authUserLineEdit->text().trimmed();
    check(m_ui->authUserErrorLabel, m_ui->authUserLineEdit,
          authRequested && user.isEmpty() && m_inherited.auth.user.isEmpty() ? tr("Authentication needs a user name.")
                                                                             : lineProblem(user));
    check(m_ui->passwordErrorLabel, m_ui->passwordLineEdit, QString());
    // The session's own rule: what the editor lets through, the session sends.
    const auto addressProblem = [&](const QString &address, Smtp::MailAddress::Path path) {
        if (const QString problem = lineProblem(address); !problem.isEmpty())
            return problem;
        return Smtp::MailAddress::problem(address, path);
    };
    check(m_ui->fromErrorLabel, m_ui->fromLineEdit,
          addressProblem(m_ui->fromLineEdit->text().trimmed(), Smtp::MailAddress::Path::Reverse));
    QString toProblem;
    for (const QString &recipient : Smtp::MailAddress::splitList(m_ui->toLineEdit->text())) {
        if (toProblem = addressProblem(recipient, Smtp::MailAddress::Path::Forward); !toProblem.isEmpty()) {
            toProblem = tr("%1: %2").arg(recipient, toProblem);
            break;
        }
    }
    check(m_ui->toErrorLabel, m_ui->toLineEdit, toProblem);

    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->problemsLabel->setText(
        problems.isEmpty() ? QString() : tr("%n field(s) need attention.", nullptr, static_cast<int>(problems.size())));
    if (firstInvalid) {
        for (int index = 0; index < m_ui->editorTabWidget->count(); ++index) {
            if (m_ui->editorTabWidget->widget(index)->isAncestorOf(firstInvalid)) {
                m_ui->editorTabWidget->setCurrentIndex(index);
                break;
            }
        }
        firstInvalid->setFocus();
    }
    return problems;
}

void ProfileEditorDialog::accept()
{
    if (!validate().isEmpty())
        return;
    if (!confirmDestination())
        return;
    QDialog::accept();
}

void ProfileEditorDialog::reject()
{
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Discard Changes"), tr("Discard changes to this profile?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discardChangesMessageBox"));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardPushButton"));
        QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepEditingPushButton"));
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace SmtpUi
