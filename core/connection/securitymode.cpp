#include "securitymode.h"

namespace Smtp
{

QString securityModeName(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return QStringLiteral("none");
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::Implicit:
        return QStringLiteral("implicit");
    case SecurityMode::StartTlsOpportunistic:
        return QStringLiteral("starttls-opportunistic");
    }
    return {};
}

bool usesStartTls(SecurityMode mode)
{
    return mode == SecurityMode::StartTls || mode == SecurityMode::StartTlsOpportunistic;
}

std::optional<SecurityMode> securityModeFromName(const QString &name)
{
    for (auto mode :
         {SecurityMode::None, SecurityMode::StartTls, SecurityMode::Implicit, SecurityMode::StartTlsOpportunistic}) {
        if (name.compare(securityModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace Smtp
