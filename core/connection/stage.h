#pragma once

#include <QString>

#include <optional>

namespace Smtp
{

/// The steps of a session in the order they happen; used for --quit-after and for saying where a failure happened.
enum class Stage
{
    Resolve,
    Connect,
    Banner,
    Ehlo,
    Tls,
    Auth,
    Mail,
    Rcpt,
    Data,
    Quit,
};

/// "connect", "banner", "ehlo", "tls", "auth", "mail", "rcpt", "data" … as the command line spells them.
QString stageName(Stage stage);
std::optional<Stage> stageFromName(const QString &name);

} // namespace Smtp
