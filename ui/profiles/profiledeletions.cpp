#include "profiledeletions.h"

#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"

#include <algorithm>

namespace SmtpUi
{

ProfileDeletions::ProfileDeletions(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets)
{}

QString ProfileDeletions::remove(const QStringList &ids)
{
    Deletion deletion;
    deletion.serial = ++m_serial;
    QStringList removedIds;
    for (const QString &id : ids) {
        if (const std::optional<Smtp::Profile> profile = m_store->find(id); profile && !m_store->remove(id).isError()) {
            deletion.profiles.append(*profile);
            removedIds.append(id);
        }
    }
    if (deletion.profiles.isEmpty())
        return {};
    const QString what = deletion.profiles.size() == 1
                             ? deletion.profiles.first().name
                             : tr("%n profile(s)", nullptr, static_cast<int>(deletion.profiles.size()));
    deletion.secretsTaken = !m_secrets;
    m_deletions.append(deletion);
    if (m_secrets)
        takeSecrets(deletion.serial, removedIds, what);
    return tr("Deleted %1. Undo with Ctrl+Z.").arg(what);
}

void ProfileDeletions::takeSecrets(quint64 serial, const QStringList &ids, const QString &what)
{
    Smtp::ProfileSecrets::readAll(
        *m_secrets, ids, this,
        [this, serial, ids, what](const QList<Smtp::ProfileSecrets::Stored> &found,
                                  const QList<Smtp::SecretResult> &readFailures) {
            Smtp::ProfileSecrets::removeAll(
                *m_secrets, ids, this,
                [this, serial, found, readFailures, what](const QList<Smtp::SecretResult> &removeFailures) {
                    const auto deletion = std::find_if(m_deletions.begin(), m_deletions.end(),
                                                       [serial](const Deletion &d) { return d.serial == serial; });
                    if (deletion != m_deletions.end()) {
                        deletion->secrets = found;
                        deletion->secretsTaken = true;
                    }
                    emit changed();
                    if (const QString failures = Smtp::ProfileSecrets::describe(readFailures + removeFailures);
                        !failures.isEmpty())
                        emit problem(
                            tr("The secrets of %1 could not all be removed from the keychain: %2").arg(what, failures));
                });
        });
}

bool ProfileDeletions::canUndo() const
{
    return !m_deletions.isEmpty() && m_deletions.constLast().secretsTaken;
}

QList<Smtp::Profile> ProfileDeletions::undo()
{
    if (!canUndo())
        return {};
    const Deletion deletion = m_deletions.takeLast();
    QList<Smtp::Profile> profiles = deletion.profiles;
    for (Smtp::Profile &profile : profiles)
        m_store->add(profile);
    if (m_secrets && !deletion.secrets.isEmpty()) {
        Smtp::ProfileSecrets::writeAll(
            *m_secrets, deletion.secrets, this, [this](const QList<Smtp::SecretResult> &failures) {
                if (const QString problems = Smtp::ProfileSecrets::describe(failures); !problems.isEmpty())
                    emit problem(tr("The restored profiles' secrets could not all be put back in the keychain: %1")
                                     .arg(problems));
            });
    }
    emit changed();
    return profiles;
}

} // namespace SmtpUi
