#include "scenariostep.h"

#include "core/protocol/smtpcommand.h"

namespace Smtp
{

namespace
{

constexpr ScenarioStep::Kind allKinds[] = {ScenarioStep::Kind::Ehlo,    ScenarioStep::Kind::StartTls,
                                           ScenarioStep::Kind::Auth,    ScenarioStep::Kind::Send,
                                           ScenarioStep::Kind::Message, ScenarioStep::Kind::Quit};

QString firstWord(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && !trimmed.at(end).isSpace())
        ++end;
    return trimmed.left(end).toString().toUpper();
}

} // namespace

QString ScenarioStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ehlo:
        return QStringLiteral("ehlo");
    case Kind::StartTls:
        return QStringLiteral("starttls");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Send:
        return QStringLiteral("send");
    case Kind::Message:
        return QStringLiteral("message");
    case Kind::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

std::optional<ScenarioStep::Kind> ScenarioStep::kindFromName(QStringView name)
{
    for (Kind kind : allKinds) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ScenarioStep::sendProblem(QStringView line)
{
    if (line.isEmpty())
        return tr("send needs the command to send, as in \"send NOOP\".");
    if (line.front().isSpace())
        return tr("A command sent by send cannot start with white space.");
    if (const QString reason = SmtpCommand::checkArgument(line.toString()); !reason.isEmpty())
        return tr("The command %1.").arg(reason);
    const QString verb = firstWord(line);
    if (verb == QStringLiteral("STARTTLS"))
        return tr("Use the step starttls instead of sending STARTTLS: the TLS handshake must follow the 220.");
    if (verb == QStringLiteral("AUTH"))
        return tr("Use the step auth instead of sending AUTH: credentials come from the settings and never live in a "
                  "scenario file.");
    if (verb == QStringLiteral("DATA") || verb == QStringLiteral("BDAT"))
        return tr("Use the step message instead of sending %1: the message text must follow it.").arg(verb);
    if (verb == QStringLiteral("QUIT"))
        return tr("Use the step quit instead of sending QUIT.");
    return {};
}

QString ScenarioStep::toText() const
{
    if (kind == Kind::Send)
        return kindName(kind) + u' ' + argument;
    return kindName(kind);
}

bool operator==(const ScenarioStep &a, const ScenarioStep &b)
{
    return a.kind == b.kind && a.argument == b.argument && a.expectation == b.expectation;
}

} // namespace Smtp
