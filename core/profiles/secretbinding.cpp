#include "secretbinding.h"

#include "core/connection/connectionsettings.h"
#include "core/connection/proxyurl.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{

QString shown(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    return text.isEmpty() ? SecretBinding::tr("(none)") : text;
}

} // namespace

QStringList SecretBinding::fieldKeys()
{
    return {QStringLiteral("host"),         QStringLiteral("port"),   QStringLiteral("serverName"),
            QStringLiteral("proxy"),        QStringLiteral("caFile"), QStringLiteral("security"),
            QStringLiteral("authMechanism")};
}

SecretBinding SecretBinding::of(const ConnectionSettings &settings)
{
    // Effective values, so that writing out a default (port 0 → 25, "plain" → "PLAIN") is no change of destination.
    SecretBinding binding;
    binding.m_fields = QJsonObject{
        {QStringLiteral("host"), settings.host.trimmed()},
        {QStringLiteral("port"), int(settings.effectivePort())},
        {QStringLiteral("serverName"), settings.serverName.trimmed()},
        {QStringLiteral("proxy"), ProxyUrl::withoutPassword(settings.proxy)},
        {QStringLiteral("caFile"), settings.caFile},
        {QStringLiteral("security"), securityModeName(settings.security)},
        {QStringLiteral("authMechanism"), settings.auth.mechanism.toUpper()},
    };
    return binding;
}

SecretBinding SecretBinding::fromJson(const QJsonObject &object, QStringList &problems)
{
    SecretBinding binding;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool known = fieldKeys().contains(it.key());
        const bool typeOk = it.key() == QStringLiteral("port") ? it.value().isDouble() : it.value().isString();
        if (!known || !typeOk) {
            problems << tr("\"secretBinding\" has an unusable field \"%1\".").arg(it.key().left(40));
            return {};
        }
    }
    binding.m_fields = object;
    return binding;
}

QList<DestinationChange> SecretBinding::changesTo(const SecretBinding &current) const
{
    QList<DestinationChange> changes;
    for (const QString &key : fieldKeys()) {
        const QJsonValue before = m_fields.value(key);
        const QJsonValue after = current.m_fields.value(key);
        if (before != after)
            changes.append({key, shown(before), shown(after)});
    }
    return changes;
}

QString SecretBinding::describeChange(const QString &field, const QString &before, const QString &after)
{
    return tr("%1: %2 → %3").arg(field, before, after);
}

QString SecretBinding::describe(const QList<DestinationChange> &changes)
{
    QStringList parts;
    for (const DestinationChange &change : changes)
        parts << describeChange(change.field, change.before, change.after);
    return parts.join(QStringLiteral(", "));
}

} // namespace Smtp
