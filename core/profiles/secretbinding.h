#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Smtp
{

struct ConnectionSettings;

/// One destination field that differs, with its values as shown to the user.
struct DestinationChange
{
    QString field; ///< JSON key: host, port, serverName, proxy, caFile, security or authMechanism
    QString before;
    QString after;

    bool operator==(const DestinationChange &other) const = default;
};

/// Where a profile's secrets may be sent: the destination fields of its resolved settings (host, port, verification
/// name, proxy, CA file, security mode, AUTH mechanism) taken when a secret was stored or the user confirmed it for
/// this destination. The one implementation of "did the destination change" for the store, import, editor, window and
/// command line.
///
/// The fields themselves are kept, not a digest of them, so that a refusal can say what changed ("host: a → b") and
/// the user can judge it. The binding is a property of this machine's keychain: exports leave it out and an import
/// never brings one in.
class SecretBinding
{
    // Smtp::-qualified: the context the translations already use.
    Q_DECLARE_TR_FUNCTIONS(Smtp::SecretBinding)

public:
    SecretBinding() = default;
    /// The destination of @p settings (resolved, overrides applied). The proxy is kept without its password.
    static SecretBinding of(const ConnectionSettings &settings);
    /// Reads the JSON form; a malformed value adds a problem and gives an empty binding.
    static SecretBinding fromJson(const QJsonObject &object, QStringList &problems);
    QJsonObject toJson() const { return m_fields; }

    /// None recorded (a profile saved before bindings existed, or without secrets).
    bool isEmpty() const { return m_fields.isEmpty(); }
    /// The fields of @p current that differ from this binding, with both values; empty when the secrets may go.
    QList<DestinationChange> changesTo(const SecretBinding &current) const;

    /// The JSON keys of the destination fields, in the order they are shown.
    static QStringList fieldKeys();
    /// "host: a → b, port: 25 → 2525" (translated).
    static QString describe(const QList<DestinationChange> &changes);
    /// "host: old.example → new.example", the one way a changed field is shown.
    static QString describeChange(const QString &field, const QString &before, const QString &after);

    bool operator==(const SecretBinding &other) const = default;

private:
    QJsonObject m_fields;
};

} // namespace Smtp
