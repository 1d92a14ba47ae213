#pragma once

#include "profile.h"

#include <QJsonObject>
#include <QStringList>

namespace Smtp
{

/// Reading profile files of older versions. Version 0, the legacy shape, is a flat array of {"name", "server",
/// "port", "timeout", "localName", "serverName", "user", "from", "options": ["extended", "secure",
/// "secure-implicit", "trustedsite"]}, the option flags of the classic API.
namespace ProfileMigration
{

/// One version-0 entry as a current profile with a fresh id; fields the legacy shape did not know are kept as
/// unknown fields. Problems are appended to @p problems.
Profile fromVersion0(const QJsonObject &legacy, QStringList &problems);

} // namespace ProfileMigration

} // namespace Smtp
