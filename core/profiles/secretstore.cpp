#include "secretstore.h"

namespace Smtp
{

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::key(const QString &profileId, SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return profileId + QStringLiteral("/password");
    case SecretKind::KeyPassphrase:
        return profileId + QStringLiteral("/key-passphrase");
    case SecretKind::ProxyPassword:
        return profileId + QStringLiteral("/proxy-password");
    }
    return profileId;
}

QList<SecretKind> SecretStore::allKinds()
{
    return {SecretKind::Password, SecretKind::KeyPassphrase, SecretKind::ProxyPassword};
}

QString SecretStore::noKeychainMessage()
{
    return tr("No keychain available: passwords cannot be remembered and will be asked for in each session.");
}

} // namespace Smtp
