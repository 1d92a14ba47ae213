#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profilesecrets.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Smtp
{
class ProfileStore;
class SecretStore;
} // namespace Smtp

namespace SmtpUi
{

/// Deleting profiles in the window, with undo. The profiles leave the store and their secrets leave the keychain at
/// once, so no crash can leave them behind; the secrets are held here, in memory only, until the window closes, and
/// undo writes them back.
class ProfileDeletions : public QObject
{
    Q_OBJECT

public:
    /// @p secrets may be null (no keychain is used).
    ProfileDeletions(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QObject *parent = nullptr);

    /// Removes the profiles @p ids from the store (the caller saves it) and starts taking their secrets. Returns
    /// what to tell the user, or an empty string when nothing was deleted.
    QString remove(const QStringList &ids);
    /// Whether the last deletion can be undone: once its secrets have left the keychain.
    bool canUndo() const;
    /// Puts the last deletion's profiles back into the store (the caller saves it) and its secrets into the keychain.
    /// Returns the profiles restored.
    QList<Smtp::Profile> undo();

signals:
    /// canUndo() may have changed.
    void changed();
    /// A keychain failure, for the status bar.
    void problem(const QString &message);

private:
    struct Deletion
    {
        quint64 serial = 0;
        QList<Smtp::Profile> profiles;
        QList<Smtp::ProfileSecrets::Stored> secrets;
        bool secretsTaken = false;
    };
    void takeSecrets(quint64 serial, const QStringList &ids, const QString &what);

    Smtp::ProfileStore *m_store = nullptr;
    Smtp::SecretStore *m_secrets = nullptr;
    /// Newest last.
    QList<Deletion> m_deletions;
    quint64 m_serial = 0;
};

} // namespace SmtpUi
