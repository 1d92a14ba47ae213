#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Smtp
{

/// Which secret of a profile.
enum class SecretKind
{
    Password,      ///< AUTH password or bearer token
    KeyPassphrase, ///< passphrase of the client key or PKCS#12 file
    ProxyPassword, ///< password of the proxy user named in the profile's proxy address
};

/// The outcome of one secret-store operation.
struct SecretResult
{
    enum class Code
    {
        None,
        NotFound,     ///< nothing stored for this profile and kind
        NoKeychain,   ///< no keychain is reachable (no D-Bus, no Secret Service): ask per session instead
        AccessDenied, ///< the user or the keychain refused
        Failed,       ///< any other failure; see message
    };

    Code code = Code::None;
    /// Human-readable, translated.
    QString message;
    /// The secret, for a successful read.
    QByteArray secret;

    bool ok() const { return code == Code::None; }
};

/// Where passwords and key passphrases live, keyed by profile id: never in the profile file, never in QSettings.
/// Every operation is asynchronous (keychains ask D-Bus, may prompt the user): the callback runs later on the thread
/// of @p context, and not at all when @p context is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &profileId, SecretKind kind, QObject *context, Callback done) = 0;
    virtual void write(const QString &profileId, SecretKind kind, const QByteArray &secret, QObject *context,
                       Callback done) = 0;
    /// Removing a secret that does not exist succeeds.
    virtual void remove(const QString &profileId, SecretKind kind, QObject *context, Callback done) = 0;

    /// The key under which a secret is stored: "<profile id>/password", "<profile id>/key-passphrase" or
    /// "<profile id>/proxy-password".
    static QString key(const QString &profileId, SecretKind kind);
    /// Every kind, for removing or copying all secrets of a profile.
    static QList<SecretKind> allKinds();
    /// The explanation given when no keychain is available.
    static QString noKeychainMessage();
};

} // namespace Smtp
