// The keychain module: the one place that links QtKeychain (see keychainmodule.h).
#include "keychainmodule.h"

#include <QObject>

#include <qt6keychain/keychain.h>

#include <type_traits>

namespace
{

QKeychain::Job *makeJob(Smtp::KeychainModule::Operation operation, const QString &service, const QByteArray &data)
{
    switch (operation) {
    case Smtp::KeychainModule::Operation::Read:
        return new QKeychain::ReadPasswordJob(service);
    case Smtp::KeychainModule::Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setBinaryData(data);
        return job;
    }
    case Smtp::KeychainModule::Operation::Remove:
        return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}

} // namespace

extern "C" Q_DECL_EXPORT void smtpWorkbenchKeychainStart(Smtp::KeychainModule::Operation operation,
                                                         const QString &service, const QString &key,
                                                         const QByteArray &data, QObject *context,
                                                         const Smtp::KeychainModule::Done &done)
{
    QKeychain::Job *job = makeJob(operation, service, data);
    job->setKey(key);
    // The job deletes itself after finished(). There is deliberately no insecure fallback (keychainsecretstore.h).
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        Smtp::KeychainModule::Reply reply;
        reply.error = int(finished->error());
        reply.errorString = finished->errorString();
        if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished); read && reply.error == 0)
            reply.data = read->binaryData();
        done(reply);
    });
    job->start();
}

static_assert(std::is_same_v<decltype(&smtpWorkbenchKeychainStart), Smtp::KeychainModule::StartFunction>,
              "the module's entry point must be what KeychainSecretStore calls");
