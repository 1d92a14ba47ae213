#include "connectionsettings.h"

#include "core/message/messagebuilder.h"
#include "core/protocol/smtpcommand.h"
#include "localname.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class ConnectionSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};
} // namespace

namespace
{
constexpr quint16 smtpPort = 25;
constexpr quint16 submissionPort = 587;
constexpr quint16 implicitTlsPort = 465;
} // namespace

quint16 ConnectionSettings::effectivePort() const
{
    if (port != 0)
        return port;
    if (security == SecurityMode::Implicit)
        return implicitTlsPort;
    return submission ? submissionPort : smtpPort;
}

bool ConnectionSettings::effectiveExtended() const
{
    // The classic API turns ESMTP on by itself for the submission port: submission needs AUTH and STARTTLS.
    return extended || effectivePort() == submissionPort;
}

QString ConnectionSettings::hostAndPort() const
{
    const QString bracketed = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(bracketed).arg(effectivePort());
}

QString ConnectionSettings::verificationName() const
{
    return serverName.isEmpty() ? host : serverName;
}

QString ConnectionSettings::sentSniName() const
{
    if (noSni)
        return {};
    return sniName.isEmpty() ? verificationName() : sniName;
}

QString ConnectionSettings::sniNameProblem(const QString &name)
{
    if (const QString reason = SmtpCommand::checkArgument(name); !reason.isEmpty())
        return ConnectionSettingsText::tr("The SNI name is not usable: %1").arg(reason);
    if (!name.isEmpty() && !QHostAddress(name).isNull())
        return ConnectionSettingsText::tr("The SNI name must be a host name, not an address (RFC 6066 §3).");
    return {};
}

int ConnectionSettings::effectiveSessionTimeoutSeconds() const
{
    return sessionTimeoutSeconds > 0 ? sessionTimeoutSeconds
                                     : std::min(timeoutSeconds * sessionTimeoutFactor, maxTimeoutSeconds);
}

QStringList ConnectionSettings::validate() const
{
    QStringList problems;
    if (host.trimmed().isEmpty())
        problems << ConnectionSettingsText::tr("No server host is set.");
    else if (const QString reason = SmtpCommand::checkArgument(host); !reason.isEmpty())
        problems << ConnectionSettingsText::tr("The host name is not usable: %1").arg(reason);
    if (timeoutSeconds <= 0 || timeoutSeconds > maxTimeoutSeconds)
        problems << ConnectionSettingsText::tr("The timeout must be between 1 and %1 seconds.").arg(maxTimeoutSeconds);
    if (sessionTimeoutSeconds < 0 || sessionTimeoutSeconds > maxTimeoutSeconds)
        problems << ConnectionSettingsText::tr("The session timeout must be between 1 and %1 seconds.")
                        .arg(maxTimeoutSeconds);
    if (const QString reason = LocalName::problem(localName); !reason.isEmpty())
        problems << reason;
    if (const QString reason = SmtpCommand::checkArgument(serverName); !reason.isEmpty())
        problems << ConnectionSettingsText::tr("The server name is not usable: %1").arg(reason);
    if (const QString reason = sniNameProblem(sniName); !reason.isEmpty())
        problems << reason;
    if (noSni && !sniName.isEmpty())
        problems << ConnectionSettingsText::tr("An SNI name was given together with \"send no SNI\".");
    if (!extended && security == SecurityMode::StartTls && effectivePort() != submissionPort)
        problems << ConnectionSettingsText::tr(
            "STARTTLS needs EHLO: turn on the extended (ESMTP) option or choose another "
            "security mode.");
    if (auth.isRequested() && !effectiveExtended())
        problems << ConnectionSettingsText::tr("Authentication needs EHLO: turn on the extended (ESMTP) option.");
    if (!clientKeyFile.isEmpty() && clientCertificateFile.isEmpty())
        problems << ConnectionSettingsText::tr("A client key was given without a client certificate.");
    if (!message.dsnNotify.isEmpty()) {
        if (const QString reason = checkDsnNotify(message.dsnNotify); !reason.isEmpty())
            problems << reason;
    }
    if (const QString reason = message.composition.problem(); !reason.isEmpty())
        problems << reason;
    return problems;
}

} // namespace Smtp
