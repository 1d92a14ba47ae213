#pragma once

#include "core/connection/connectionsettings.h"

#include <QJsonObject>
#include <QStringList>

namespace Smtp
{

/// The settings of a session as --verbose and the session log exports show them, without secrets: a password or
/// passphrase is reduced to whether it was set.
namespace SettingsReport
{

/// {"host", "port", …, "tls": {…}, "transport": {…}, "auth": {…}, "message": {…}}; strings neutralised like server
/// text, since settings may come from an imported profile.
QJsonObject toJson(const ConnectionSettings &settings);
/// "Host: mx.example.org" lines for what is set.
QStringList toTextLines(const ConnectionSettings &settings);

} // namespace SettingsReport

} // namespace Smtp
