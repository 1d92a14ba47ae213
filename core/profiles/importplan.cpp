#include "importplan.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Smtp::ImportPlan", text);
}
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
    return tr("%1 new, %2 changed, %3 identical")
        .arg(count(ImportStatus::New))
        .arg(count(ImportStatus::Changed))
        .arg(count(ImportStatus::Identical));
}

QStringList ImportPlan::securityWarnings(const ProfileSettings &incoming,
                                         const std::optional<ProfileSettings> &existing)
{
    QStringList warnings;
    const bool wasTrusted = existing && existing->trustedSite.value_or(false);
    if (incoming.trustedSite.value_or(false) && !wasTrusted)
        warnings << tr("The certificate would not be validated (trusted site).");
    const bool wasPlaintext = existing && existing->allowPlaintextAuth.value_or(false);
    if (incoming.allowPlaintextAuth.value_or(false) && !wasPlaintext)
        warnings << tr("Credentials could be sent without validated TLS (plaintext AUTH allowed).");
    const bool wasPlain = existing && existing->security == SecurityMode::None;
    if (incoming.security == SecurityMode::None && !wasPlain)
        warnings << tr("The connection would not use TLS.");
    return warnings;
}

} // namespace Smtp
