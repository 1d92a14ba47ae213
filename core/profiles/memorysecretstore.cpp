#include "memorysecretstore.h"

#include <QPointer>

namespace Smtp
{

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::finish(QObject *context, Callback done, SecretResult result)
{
    if (!done)
        return;
    // Queued, so callers cannot come to rely on a synchronous answer that a real keychain never gives.
    QObject *target = context ? context : this;
    QMetaObject::invokeMethod(
        target, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    SecretResult result;
    if (m_failure != SecretResult::Code::None) {
        result.code = m_failure;
        result.message = m_failure == SecretResult::Code::NoKeychain ? noKeychainMessage() : tr("Simulated failure.");
    } else if (const auto it = m_secrets.constFind(key(profileId, kind)); it != m_secrets.cend()) {
        result.secret = *it;
    } else {
        result.code = SecretResult::Code::NotFound;
        result.message = tr("No secret is stored for this profile.");
    }
    finish(context, std::move(done), std::move(result));
}

void MemorySecretStore::write(const QString &profileId, SecretKind kind, const QByteArray &secret, QObject *context,
                              Callback done)
{
    SecretResult result;
    if (m_failure != SecretResult::Code::None) {
        result.code = m_failure;
        result.message = m_failure == SecretResult::Code::NoKeychain ? noKeychainMessage() : tr("Simulated failure.");
    } else {
        m_secrets.insert(key(profileId, kind), secret);
    }
    finish(context, std::move(done), std::move(result));
}

void MemorySecretStore::remove(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    SecretResult result;
    if (m_failure != SecretResult::Code::None) {
        result.code = m_failure;
        result.message = m_failure == SecretResult::Code::NoKeychain ? noKeychainMessage() : tr("Simulated failure.");
    } else {
        m_secrets.remove(key(profileId, kind));
    }
    finish(context, std::move(done), std::move(result));
}

} // namespace Smtp
