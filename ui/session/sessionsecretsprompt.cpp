#include "sessionsecretsprompt.h"

#include "secretpromptdialog.h"

#include "ui/common/infobar.h"

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"

#include <QWidget>

#include <algorithm>

namespace SmtpUi
{

SessionSecretsPrompt::SessionSecretsPrompt(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, SecretWriter writer,
                                           QWidget *dialogParent)
    : QObject(dialogParent), m_store(store), m_secrets(secrets), m_writer(std::move(writer)),
      m_dialogParent(dialogParent)
{
    // Said once per run, when a session first needs the keychain, rather than in every prompt.
    m_noKeychainInfoBar = new InfoBar(dialogParent);
    m_noKeychainInfoBar->setObjectName(QStringLiteral("keychainInfoBar"));
    m_noKeychainInfoBar->setMessage(Smtp::SecretStore::noKeychainMessage());
    connect(this, &SessionSecretsPrompt::noKeychainFound, m_noKeychainInfoBar, &QWidget::show);
}

SessionSecretsPrompt::~SessionSecretsPrompt() = default;

void SessionSecretsPrompt::prepare(const QString &profileId, std::function<void(const Smtp::ConnectionSettings &)> done)
{
    const std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    const Smtp::ConnectionSettings settings = m_store->resolvedSettings(*profile);
    // Secrets come from the keychain asynchronously; the session starts once they are there (or asked for).
    Smtp::ProfileSecrets::read(*m_secrets, *profile, settings, settings, this,
                               [this, profileId, done = std::move(done)](const Smtp::ProfileSecrets &read) {
                                   finishRead(profileId, read, done);
                               });
}

void SessionSecretsPrompt::finishRead(const QString &profileId, const Smtp::ProfileSecrets &read,
                                      const std::function<void(const Smtp::ConnectionSettings &)> &done)
{
    for (const auto &failure : read.failures) {
        if (failure.second.code == Smtp::SecretResult::Code::NoKeychain && !m_noKeychain) {
            // Said once per run by the window; the prompts themselves do not repeat it.
            m_noKeychain = true;
            emit noKeychainFound();
        }
    }
    const std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    const QString name = profile->name;
    const QString unbound =
        tr("The saved secret was confirmed for another destination (%1); it is not sent here unless you type it "
           "for this destination, or confirm the new destination in the profile editor.")
            .arg(Smtp::SecretBinding::describe(read.unbound));
    // Nothing to ask: std::nullopt. A secret that is simply not saved (or cannot be, without a keychain) is asked
    // for; the key passphrase only after a keychain failure, since the key may not be encrypted at all.
    const auto reason = [&](Smtp::SecretKind kind) -> std::optional<QString> {
        if (read.withheld.contains(kind))
            return unbound;
        const std::optional<Smtp::SecretResult> failure = read.failure(kind);
        if (!failure)
            return std::nullopt;
        switch (failure->code) {
        case Smtp::SecretResult::Code::NotFound:
            if (kind == Smtp::SecretKind::KeyPassphrase)
                return std::nullopt;
            return tr("No secret is saved for this profile.");
        case Smtp::SecretResult::Code::NoKeychain:
            return tr("No keychain is available, so nothing is saved for this profile.");
        default:
            return failure->message;
        }
    };

    Smtp::ConnectionSettings settings = read.settings;
    const bool offerRemember = !m_noKeychain && !m_store->isReadOnly();
    QList<QPair<Smtp::SecretKind, QString>> remembered;
    const auto askFor = [&](Smtp::SecretKind kind, bool needed) -> std::optional<QString> {
        const std::optional<QString> why = reason(kind);
        if (!why || !needed)
            return QString();
        bool remember = false;
        std::optional<QString> typed = ask(kind, name, *why, offerRemember, &remember);
        if (typed && remember)
            remembered.append({kind, *typed});
        return typed;
    };
    const std::optional<QString> password = askFor(Smtp::SecretKind::Password, read.needsPassword());
    if (!password)
        return;
    if (!password->isEmpty())
        settings.auth.password = *password;
    const std::optional<QString> proxyPassword = askFor(Smtp::SecretKind::ProxyPassword, read.needsProxyPassword());
    if (!proxyPassword)
        return;
    if (!proxyPassword->isEmpty())
        settings.proxyPassword = *proxyPassword;
    const std::optional<QString> passphrase =
        askFor(Smtp::SecretKind::KeyPassphrase, settings.clientKeyPassphrase.isEmpty());
    if (!passphrase)
        return;
    if (!passphrase->isEmpty())
        settings.clientKeyPassphrase = passphrase->toUtf8();
    if (!remembered.isEmpty())
        remember(profileId, settings, remembered, read.withheld);
    done(settings);
}

std::optional<Smtp::ConnectionSettings> SessionSecretsPrompt::askPasswordAgain(const QString &profileId,
                                                                               const QString &title,
                                                                               const Smtp::ConnectionSettings &settings)
{
    const bool offerRemember =
        !profileId.isEmpty() && m_store->find(profileId) && !m_noKeychain && !m_store->isReadOnly();
    bool rememberTyped = false;
    const std::optional<QString> typed =
        ask(Smtp::SecretKind::Password, title,
            tr("The server refused the password for %1. Type it again to reconnect.").arg(settings.auth.user),
            offerRemember, &rememberTyped);
    if (!typed)
        return std::nullopt;
    Smtp::ConnectionSettings retyped = settings;
    retyped.auth.password = *typed;
    if (rememberTyped)
        remember(profileId, retyped, {{Smtp::SecretKind::Password, *typed}}, {});
    return retyped;
}

std::optional<QString> SessionSecretsPrompt::ask(Smtp::SecretKind kind, const QString &name, const QString &reason,
                                                 bool offerRemember, bool *remember)
{
    SecretPromptDialog dialog(kind, name, reason, offerRemember, m_dialogParent);
    dialog.setObjectName(QStringLiteral("secretPromptDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    *remember = dialog.rememberRequested();
    return dialog.secret();
}

void SessionSecretsPrompt::remember(const QString &profileId, const Smtp::ConnectionSettings &settings,
                                    const QList<QPair<Smtp::SecretKind, QString>> &typed,
                                    const QList<Smtp::SecretKind> &withheld)
{
    std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    for (const auto &[kind, secret] : typed)
        m_writer(profileId, kind, secret);
    // Typed for this destination, as in the profile editor: the profile's secrets are bound to it now. A secret kept
    // for the old destination and not typed again must not follow unconfirmed, so it goes.
    const Smtp::SecretBinding binding = Smtp::SecretBinding::of(settings);
    if (profile->secretBinding == binding)
        return;
    for (const Smtp::SecretKind kind : withheld) {
        const bool retyped =
            std::any_of(typed.cbegin(), typed.cend(), [kind](const auto &entry) { return entry.first == kind; });
        if (!retyped)
            m_writer(profileId, kind, QString());
    }
    profile->secretBinding = binding;
    if (!m_store->update(*profile).isError())
        emit profileChanged();
}

} // namespace SmtpUi
