#pragma once

#include "secretstore.h"

#include <QHash>

namespace Smtp
{

/// Secrets in memory only, for tests and for a session without a keychain. Callbacks are still asynchronous, like
/// those of a real keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &profileId, SecretKind kind, QObject *context, Callback done) override;
    void write(const QString &profileId, SecretKind kind, const QByteArray &secret, QObject *context,
               Callback done) override;
    void remove(const QString &profileId, SecretKind kind, QObject *context, Callback done) override;

    /// For tests: make every operation fail with this code (None: work normally).
    void setFailure(SecretResult::Code code) { m_failure = code; }
    /// For tests: how many secrets are held.
    qsizetype size() const { return m_secrets.size(); }

private:
    void finish(QObject *context, Callback done, SecretResult result);

    QHash<QString, QByteArray> m_secrets;
    SecretResult::Code m_failure = SecretResult::Code::None;
};

} // namespace Smtp
