#pragma once

#include "secretstore.h"

namespace Smtp
{

/// Secrets in the operating system's keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Manager). There is deliberately no insecure fallback: when no keychain is reachable (no D-Bus session,
/// no Secret Service) every operation fails with SecretResult::Code::NoKeychain and the UI asks per session instead.
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
    QString m_service;
};

} // namespace Smtp
