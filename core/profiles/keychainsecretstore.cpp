#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace Smtp
{

namespace
{

SecretResult resultOf(const QKeychain::Job &job, bool removing)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as asked.
        if (removing)
            return result;
        result.code = SecretResult::Code::NotFound;
        result.message = SecretStore::tr("No secret is stored for this profile.");
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.code = SecretResult::Code::AccessDenied;
        result.message = SecretStore::tr("The keychain refused access: %1").arg(job.errorString());
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain reports a missing D-Bus session or Secret Service as OtherError (7), not as a missing backend.
        result.code = SecretResult::Code::NoKeychain;
        result.message = SecretStore::tr("%1 (%2)").arg(SecretStore::noKeychainMessage(), job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.code = SecretResult::Code::Failed;
    result.message = SecretStore::tr("The keychain failed: %1").arg(job.errorString());
    return result;
}

// The job deletes itself after finished(); the callback runs in the context's thread and is dropped with it.
template <typename JobType>
void run(JobType *job, QObject *context, QObject *fallbackContext, SecretStore::Callback done, bool removing)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : fallbackContext,
                     [done = std::move(done), removing](QKeychain::Job *finished) {
                         if (done)
                             done(resultOf(*finished, removing));
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key(profileId, kind));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : this,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         SecretResult result = resultOf(*finished, false);
                         if (result.ok())
                             result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                         if (done)
                             done(result);
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &profileId, SecretKind kind, const QByteArray &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key(profileId, kind));
    job->setBinaryData(secret);
    run(job, context, this, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key(profileId, kind));
    run(job, context, this, std::move(done), true);
}

} // namespace Smtp
