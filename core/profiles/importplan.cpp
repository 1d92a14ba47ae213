#include "importplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Smtp
{

namespace
{
/// The file's strings, in the context lupdate files them under.
class ImportPlanText
{
    Q_DECLARE_TR_FUNCTIONS(Smtp::ImportPlan)
};
} // namespace

void ImportPlan::setConflictAction(ImportAction action)
{
    for (ImportItem &item : items) {
        if (item.status == ImportStatus::Changed)
            item.action = action;
    }
}

qsizetype ImportPlan::count(ImportStatus status) const
{
    return std::count_if(items.cbegin(), items.cend(),
                         [status](const ImportItem &item) { return item.status == status; });
}

bool ImportPlan::lowersSecurity() const
{
    if (!folderWarnings.isEmpty())
        return true;
    return std::any_of(items.cbegin(), items.cend(), [](const ImportItem &item) {
        return item.action != ImportAction::Skip && !item.securityWarnings.isEmpty();
    });
}

QString ImportPlan::summary() const
{
    return ImportPlanText::tr("%1 new, %2 changed, %3 identical")
        .arg(count(ImportStatus::New))
        .arg(count(ImportStatus::Changed))
        .arg(count(ImportStatus::Identical));
}

QString ImportPlan::destinationWarning(const QList<DestinationChange> &changes)
{
    return ImportPlanText::tr(
               "Security change: the destination changes (%1). Saved passwords are not sent there until you confirm "
               "the new destination.")
        .arg(SecretBinding::describe(changes));
}

QStringList ImportItem::changeLines() const
{
    if (!existing)
        return {};
    QJsonObject before = existing->toJson();
    QJsonObject after = incoming.toJson();
    QStringList lines;
    for (const QString &field : changedFields) {
        const auto destination =
            std::find_if(destinationChanges.cbegin(), destinationChanges.cend(),
                         [&field](const DestinationChange &change) { return change.field == field; });
        if (destination != destinationChanges.cend()) {
            lines << ImportPlanText::tr("%1 (security change)")
                         .arg(SecretBinding::describeChange(field, destination->before, destination->after));
            continue;
        }
        if (field == QStringLiteral("other")) {
            // Fields of a newer version: named only, their values mean nothing to this version.
            lines << ImportPlanText::tr("fields this version does not know changed");
            continue;
        }
        const auto shown = [](const QJsonValue &value) {
            if (value.isUndefined())
                return ImportPlanText::tr("(not set)");
            if (value.isString())
                return value.toString();
            return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        lines << SecretBinding::describeChange(field, shown(before.value(field)), shown(after.value(field)));
    }
    // A destination can change through inherited settings without a field of the profile changing.
    for (const DestinationChange &change : destinationChanges) {
        if (!changedFields.contains(change.field))
            lines << ImportPlanText::tr("%1 (security change)")
                         .arg(SecretBinding::describeChange(change.field, change.before, change.after));
    }
    return lines;
}

QStringList ImportPlan::securityWarnings(const ProfileSettings &incoming,
                                         const std::optional<ProfileSettings> &existing)
{
    QStringList warnings;
    const bool wasTrusted = existing && existing->trustedSite.value_or(false);
    if (incoming.trustedSite.value_or(false) && !wasTrusted)
        warnings << ImportPlanText::tr("The certificate would not be validated (trusted site).");
    const bool wasPlaintext = existing && existing->allowPlaintextAuth.value_or(false);
    if (incoming.allowPlaintextAuth.value_or(false) && !wasPlaintext)
        warnings << ImportPlanText::tr("Credentials could be sent without validated TLS (plaintext AUTH allowed).");
    const bool wasPlain = existing && existing->security == SecurityMode::None;
    if (incoming.security == SecurityMode::None && !wasPlain)
        warnings << ImportPlanText::tr("The connection would not use TLS.");
    return warnings;
}

} // namespace Smtp
