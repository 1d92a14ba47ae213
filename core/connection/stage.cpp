#include "stage.h"

namespace Smtp
{

namespace
{
constexpr Stage allStages[] = {Stage::Resolve, Stage::Connect, Stage::Banner, Stage::Ehlo, Stage::Tls,
                               Stage::Auth,    Stage::Mail,    Stage::Rcpt,   Stage::Data, Stage::Quit};
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Resolve:
        return QStringLiteral("resolve");
    case Stage::Connect:
        return QStringLiteral("connect");
    case Stage::Banner:
        return QStringLiteral("banner");
    case Stage::Ehlo:
        return QStringLiteral("ehlo");
    case Stage::Tls:
        return QStringLiteral("tls");
    case Stage::Auth:
        return QStringLiteral("auth");
    case Stage::Mail:
        return QStringLiteral("mail");
    case Stage::Rcpt:
        return QStringLiteral("rcpt");
    case Stage::Data:
        return QStringLiteral("data");
    case Stage::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

std::optional<Stage> stageFromName(const QString &name)
{
    for (Stage stage : allStages) {
        if (name.compare(stageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

} // namespace Smtp
