#include "profilesecrets.h"

#include "core/connection/proxyurl.h"
#include "profile.h"

#include <memory>

namespace Smtp
{

namespace
{

struct Step
{
    SecretKind kind;
    bool use; ///< false: only find out whether it exists (the destination changed)
};

void readSteps(SecretStore *store, const QString &profileId, QList<Step> steps,
               const std::shared_ptr<ProfileSecrets> &result, QObject *context,
               const std::function<void(const ProfileSecrets &)> &done)
{
    if (steps.isEmpty()) {
        done(*result);
        return;
    }
    const Step step = steps.takeFirst();
    store->read(profileId, step.kind, context,
                [store, profileId, steps, result, context, done, step](const SecretResult &read) {
                    if (!read.ok()) {
                        result->failures.append({step.kind, read});
                    } else if (!step.use) {
                        result->withheld.append(step.kind);
                    } else if (step.kind == SecretKind::Password) {
                        result->settings.auth.password = QString::fromUtf8(read.secret);
                    } else if (step.kind == SecretKind::ProxyPassword) {
                        result->settings.proxyPassword = QString::fromUtf8(read.secret);
                    } else {
                        result->settings.clientKeyPassphrase = read.secret;
                    }
                    readSteps(store, profileId, steps, result, context, done);
                });
}

} // namespace

bool ProfileSecrets::needsPassword() const
{
    return settings.auth.isRequested() && settings.auth.password.isEmpty();
}

bool ProfileSecrets::needsProxyPassword() const
{
    return !ProxyUrl::userName(settings.proxy).isEmpty() && settings.proxyPassword.isEmpty();
}

std::optional<SecretResult> ProfileSecrets::failure(SecretKind kind) const
{
    for (const auto &[failedKind, result] : failures) {
        if (failedKind == kind)
            return result;
    }
    return std::nullopt;
}

SecretBinding ProfileSecrets::effectiveBinding(const Profile &profile, const ConnectionSettings &resolved)
{
    // Profiles saved before bindings existed had their secrets used wherever they pointed; they are taken as bound
    // to where they point now. An import that replaces one pins that destination first (see applyImport).
    return profile.secretBinding.isEmpty() ? SecretBinding::of(resolved) : profile.secretBinding;
}

void ProfileSecrets::read(SecretStore &store, const Profile &profile, const ConnectionSettings &resolved,
                          const ConnectionSettings &settings, QObject *context,
                          std::function<void(const ProfileSecrets &)> done)
{
    auto result = std::make_shared<ProfileSecrets>();
    result->settings = settings;
    result->unbound = effectiveBinding(profile, resolved).changesTo(SecretBinding::of(settings));
    const bool bound = result->unbound.isEmpty();
    QList<Step> steps;
    if (result->needsPassword())
        steps.append({SecretKind::Password, bound});
    if (result->needsProxyPassword())
        steps.append({SecretKind::ProxyPassword, bound});
    // The key passphrase only unlocks a local file; it is never sent, so it is not bound to a destination.
    if (!settings.clientCertificateFile.isEmpty() && settings.clientKeyPassphrase.isEmpty())
        steps.append({SecretKind::KeyPassphrase, true});
    readSteps(&store, profile.id, steps, result, context, done);
}

namespace
{

/// Counts the answers of @p operations keychain operations and calls @p finished once the last has answered, with
/// the failures (NotFound is none) and what the reads found.
struct Answers
{
    int pending = 0;
    QList<ProfileSecrets::Stored> found;
    QList<SecretResult> failures;
    ProfileSecrets::ReadDone finished;

    static std::shared_ptr<Answers> expect(qsizetype operations, QObject *context, ProfileSecrets::ReadDone finished)
    {
        auto answers = std::make_shared<Answers>();
        answers->pending = int(operations);
        answers->finished = std::move(finished);
        if (operations == 0) {
            QMetaObject::invokeMethod(
                context, [answers] { answers->finished({}, {}); }, Qt::QueuedConnection);
        }
        return answers;
    }

    void answer(const SecretResult &result, const QString &profileId, SecretKind kind)
    {
        if (result.ok() && !result.secret.isEmpty())
            found.append({profileId, kind, result.secret});
        else if (!result.ok() && result.code != SecretResult::Code::NotFound)
            failures.append(result);
        if (--pending == 0)
            finished(found, failures);
    }
};

} // namespace

void ProfileSecrets::readAll(SecretStore &store, const QStringList &profileIds, QObject *context, ReadDone done)
{
    auto answers = Answers::expect(profileIds.size() * SecretStore::allKinds().size(), context, std::move(done));
    for (const QString &id : profileIds) {
        for (const SecretKind kind : SecretStore::allKinds()) {
            store.read(id, kind, context,
                       [answers, id, kind](const SecretResult &result) { answers->answer(result, id, kind); });
        }
    }
}

void ProfileSecrets::writeAll(SecretStore &store, const QList<Stored> &secrets, QObject *context, Done done)
{
    auto answers =
        Answers::expect(secrets.size(), context,
                        [done](const QList<Stored> &, const QList<SecretResult> &failures) { done(failures); });
    for (const Stored &stored : secrets) {
        store.write(stored.profileId, stored.kind, stored.secret, context,
                    [answers, stored](const SecretResult &result) {
                        // A write answers without the secret: nothing is "found".
                        answers->answer(result.ok() ? SecretResult{} : result, stored.profileId, stored.kind);
                    });
    }
}

void ProfileSecrets::removeAll(SecretStore &store, const QStringList &profileIds, QObject *context, Done done)
{
    auto answers =
        Answers::expect(profileIds.size() * SecretStore::allKinds().size(), context,
                        [done](const QList<Stored> &, const QList<SecretResult> &failures) { done(failures); });
    for (const QString &id : profileIds) {
        for (const SecretKind kind : SecretStore::allKinds()) {
            store.remove(id, kind, context, [answers, id, kind](const SecretResult &result) {
                answers->answer(result.ok() ? SecretResult{} : result, id, kind);
            });
        }
    }
}

QString ProfileSecrets::describe(const QList<SecretResult> &failures)
{
    QStringList messages;
    for (const SecretResult &failure : failures) {
        if (!messages.contains(failure.message))
            messages.append(failure.message);
    }
    return messages.join(u' ');
}

} // namespace Smtp
