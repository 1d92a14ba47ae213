#pragma once

#include "keychainmodule.h"
#include "secretstore.h"

namespace Smtp
{

/// Secrets in the operating system's keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Manager), which the keychain module links and this loads when it is first used (keychainmodule.h); a
/// module that cannot be loaded is reported as no keychain. There is deliberately no insecure fallback: when no
/// keychain is reachable (no D-Bus session, no Secret Service) every operation fails with
/// SecretResult::Code::NoKeychain and the UI asks per session instead.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// @p service is the keychain's namespace for this program's entries.
    explicit KeychainSecretStore(const QString &service = QStringLiteral("smtp-workbench"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    void read(const QString &profileId, SecretKind kind, QObject *context, Callback done) override;
    void write(const QString &profileId, SecretKind kind, const QByteArray &secret, QObject *context,
               Callback done) override;
    void remove(const QString &profileId, SecretKind kind, QObject *context, Callback done) override;

private:
    void start(KeychainModule::Operation operation, const QString &key, const QByteArray &secret, QObject *context,
               Callback done);

    QString m_service;
};

} // namespace Smtp
