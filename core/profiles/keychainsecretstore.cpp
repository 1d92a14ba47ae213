#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

// Only for its error codes: the jobs run in the keychain module (keychainmodule.h).
#include <qt6keychain/keychain.h>

namespace Smtp
{

namespace
{

SecretResult resultOf(const KeychainModule::Reply &reply, bool removing)
{
    SecretResult result;
    switch (QKeychain::Error(reply.error)) {
    case QKeychain::NoError:
        result.secret = reply.data;
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
        result.message = SecretStore::tr("The keychain refused access: %1").arg(reply.errorString);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain reports a missing D-Bus session or Secret Service as OtherError (7), not as a missing backend.
        result.code = SecretResult::Code::NoKeychain;
        result.message = SecretStore::tr("%1 (%2)").arg(SecretStore::noKeychainMessage(), reply.errorString);
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.code = SecretResult::Code::Failed;
    result.message = SecretStore::tr("The keychain failed: %1").arg(reply.errorString);
    return result;
}

// Where the module is: for a program started from the build tree, the build's own; for any other, the installed one,
// found from the program's own folder as installed. A program never looks in a build tree it was not started from.
QString modulePath()
{
    const QString buildDir = QStringLiteral(SMTP_BUILD_DIR);
    const QString programDir = QCoreApplication::applicationDirPath();
    const bool inBuildTree = programDir == buildDir || programDir.startsWith(buildDir + QLatin1Char('/'));
    const QString moduleDir =
        inBuildTree ? QStringLiteral(SMTP_BUILD_MODULE_DIR)
                    : programDir + QLatin1Char('/') + QStringLiteral(SMTP_INSTALLED_MODULE_DIR_FROM_PROGRAM);
    return QDir::cleanPath(moduleDir + QLatin1Char('/') + QStringLiteral(SMTP_KEYCHAIN_MODULE_FILE));
}

struct Module
{
    KeychainModule::StartFunction start = nullptr;
    QString error;
};

Module loadModule()
{
    Module module;
    const QString path = modulePath();
    // Checked first: for a missing file QLibrary reports the last of the variants of the name it tried.
    if (!QFileInfo::exists(path)) {
        module.error = SecretStore::tr("The keychain module %1 is missing.").arg(path);
        return module;
    }
    // Never unloaded: QLibrary's destructor leaves it loaded, and jobs may still be running at exit.
    QLibrary library(path);
    if (!library.load()) {
        module.error = SecretStore::tr("The keychain module could not be loaded: %1").arg(library.errorString());
        return module;
    }
    module.start = reinterpret_cast<KeychainModule::StartFunction>(library.resolve(KeychainModule::startSymbol));
    if (module.start == nullptr)
        module.error = SecretStore::tr("The keychain module (%1) has no entry point.").arg(library.fileName());
    return module;
}

const Module &module()
{
    // Loaded once, by whichever thread asks first.
    static const Module loaded = loadModule();
    return loaded;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    start(KeychainModule::Operation::Read, key(profileId, kind), {}, context, std::move(done));
}

void KeychainSecretStore::write(const QString &profileId, SecretKind kind, const QByteArray &secret, QObject *context,
                                Callback done)
{
    start(KeychainModule::Operation::Write, key(profileId, kind), secret, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    start(KeychainModule::Operation::Remove, key(profileId, kind), {}, context, std::move(done));
}

void KeychainSecretStore::start(KeychainModule::Operation operation, const QString &key, const QByteArray &secret,
                                QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    const bool removing = operation == KeychainModule::Operation::Remove;
    if (module().start == nullptr) {
        // As a keychain that cannot be reached: the window and the command line ask for the secret instead. Later, as
        // a job's answer would come, so that no caller is called back inside its own call.
        SecretResult result;
        result.code = SecretResult::Code::NoKeychain;
        result.message = SecretStore::tr("%1 (%2)").arg(SecretStore::noKeychainMessage(), module().error);
        QMetaObject::invokeMethod(
            receiver,
            [done = std::move(done), result] {
                if (done)
                    done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    module().start(operation, m_service, key, secret, receiver,
                   [done = std::move(done), removing](const KeychainModule::Reply &reply) {
                       if (done)
                           done(resultOf(reply, removing));
                   });
}

} // namespace Smtp
