#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace Smtp::KeychainModule
{

// The contract between KeychainSecretStore and the keychain module (keychainjobs.cpp), a library of ours that alone
// links QtKeychain. The programs load it when a profile's secret is first read, written or removed: linking QtKeychain
// (with Qt D-Bus, libdbus, libsystemd, libgcrypt) into them cost every run of the command line about 2.5 ms at start,
// runs that never touch a secret included (docs/performance.md).

enum class Operation
{
    Read,
    Write,
    Remove
};

/// What a job ended with: QtKeychain's error code (QKeychain::Error) and text, and for a read the secret.
struct Reply
{
    int error = 0;
    QString errorString;
    QByteArray data;
};

using Done = std::function<void(const Reply &)>;

/// Starts one keychain job for @p key in @p service; @p done runs in @p context's thread when it ends, and not at all
/// when @p context is destroyed first. @p data is the secret to write, empty otherwise.
using StartFunction = void (*)(Operation operation, const QString &service, const QString &key, const QByteArray &data,
                               QObject *context, const Done &done);

/// The name under which the module exports its StartFunction.
inline constexpr char startSymbol[] = "smtpWorkbenchKeychainStart";

} // namespace Smtp::KeychainModule
