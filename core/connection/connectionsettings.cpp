#include "connectionsettings.h"

#include "core/message/messagebuilder.h"
#include "core/protocol/smtpcommand.h"
#include "core/protocol/xclient.h"
#include "localname.h"
#include "proxyheader.h"

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
    if (!extended && usesStartTls(security) && effectivePort() != submissionPort)
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
    problems << transportProblems();
    return problems;
}

QStringList ConnectionSettings::transportProblems() const
{
    QStringList problems;
    const QHostAddress bind(bindAddress);
    if (const QString reason = bindAddressProblem(bindAddress); !reason.isEmpty())
        problems << reason;
    else if (!bindAddress.isEmpty() && !allowsAddress(bind))
        problems << ConnectionSettingsText::tr("The local address %1 is not of the address family asked for (%2).")
                        .arg(bindAddress, addressFamilyName(addressFamily));
    // Through a proxy the proxy dials the server: this side cannot choose its address family or source address,
    // and does not know the server's address a PROXY header must name.
    if (!proxy.isEmpty() && (addressFamily != AddressFamily::Any || !bindAddress.isEmpty()))
        problems << ConnectionSettingsText::tr(
            "The address family and the local address cannot be chosen through a proxy: the proxy dials the server.");
    if (!proxy.isEmpty() && proxyHeader != ProxyHeaderVersion::None)
        problems << ConnectionSettingsText::tr(
            "A PROXY header cannot be sent through a proxy: it must name the server's address, which the proxy "
            "hides.");
    if (protocol == MailProtocol::Lmtp && !extended)
        problems << ConnectionSettingsText::tr("LMTP has no HELO (RFC 2033): turn on the extended (ESMTP) option.");
    if (!xclient.isEmpty() && !effectiveExtended())
        problems << ConnectionSettingsText::tr("XCLIENT needs EHLO: turn on the extended (ESMTP) option.");
    for (const QString &attribute : xclient) {
        if (const QString reason = Xclient::attributeProblem(attribute); !reason.isEmpty())
            problems << reason;
    }
    if (proxyHeader != ProxyHeaderVersion::None && proxySource.isEmpty())
        problems << ConnectionSettingsText::tr("A PROXY header needs the source address it claims (ADDRESS:PORT).");
    if (QString reason; !proxySource.isEmpty() && !ProxyHeader::parseSource(proxySource, &reason))
        problems << ConnectionSettingsText::tr("The PROXY source is not usable: %1").arg(reason);
    problems << tlsOfferProblems();
    return problems;
}

QStringList ConnectionSettings::tlsOfferProblems() const
{
    QStringList problems;
    if (tlsMinimum && tlsMaximum && *tlsMinimum > *tlsMaximum)
        problems << ConnectionSettingsText::tr("The lowest TLS version (%1) is above the highest (%2).")
                        .arg(tlsVersionName(*tlsMinimum), tlsVersionName(*tlsMaximum));
    if (ciphers.contains(u'\n') || ciphers.contains(u'\r') || ciphers.contains(u'\0'))
        problems << ConnectionSettingsText::tr("The cipher list holds a line break.");
    return problems;
}

TlsVersion ConnectionSettings::effectiveTlsMinimum() const
{
    if (tlsMinimum)
        return *tlsMinimum;
    return std::min(TlsVersion::Tls1_2, effectiveTlsMaximum());
}

TlsVersion ConnectionSettings::effectiveTlsMaximum() const
{
    return tlsMaximum.value_or(TlsVersion::Tls1_3);
}

bool ConnectionSettings::allowsAddress(const QHostAddress &address) const
{
    const auto family = address.protocol();
    if (addressFamily == AddressFamily::IPv4 && family != QAbstractSocket::IPv4Protocol)
        return false;
    if (addressFamily == AddressFamily::IPv6 && family != QAbstractSocket::IPv6Protocol)
        return false;
    // A socket bound to an address of one family cannot reach an address of the other.
    const QHostAddress bind(bindAddress);
    return bind.isNull() || bind.protocol() == family;
}

QString ConnectionSettings::bindAddressProblem(const QString &address)
{
    if (address.isEmpty())
        return {};
    const QHostAddress parsed(address);
    if (parsed.isNull() ||
        (parsed.protocol() != QAbstractSocket::IPv4Protocol && parsed.protocol() != QAbstractSocket::IPv6Protocol))
        return ConnectionSettingsText::tr("The local address \"%1\" is not an IPv4 or IPv6 address.").arg(address);
    return {};
}

QString addressFamilyName(AddressFamily family)
{
    switch (family) {
    case AddressFamily::Any:
        return QStringLiteral("any");
    case AddressFamily::IPv4:
        return QStringLiteral("ipv4");
    case AddressFamily::IPv6:
        return QStringLiteral("ipv6");
    }
    return {};
}

std::optional<AddressFamily> addressFamilyFromName(const QString &name)
{
    for (const AddressFamily family : {AddressFamily::Any, AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (name.compare(addressFamilyName(family), Qt::CaseInsensitive) == 0)
            return family;
    }
    return std::nullopt;
}

QString mailProtocolName(MailProtocol protocol)
{
    return protocol == MailProtocol::Lmtp ? QStringLiteral("lmtp") : QStringLiteral("smtp");
}

std::optional<MailProtocol> mailProtocolFromName(const QString &name)
{
    for (const MailProtocol protocol : {MailProtocol::Smtp, MailProtocol::Lmtp}) {
        if (name.compare(mailProtocolName(protocol), Qt::CaseInsensitive) == 0)
            return protocol;
    }
    return std::nullopt;
}

QString proxyHeaderVersionName(ProxyHeaderVersion version)
{
    switch (version) {
    case ProxyHeaderVersion::None:
        return QStringLiteral("none");
    case ProxyHeaderVersion::V1:
        return QStringLiteral("v1");
    case ProxyHeaderVersion::V2:
        return QStringLiteral("v2");
    }
    return {};
}

std::optional<ProxyHeaderVersion> proxyHeaderVersionFromName(const QString &name)
{
    for (const ProxyHeaderVersion version :
         {ProxyHeaderVersion::None, ProxyHeaderVersion::V1, ProxyHeaderVersion::V2}) {
        if (name.compare(proxyHeaderVersionName(version), Qt::CaseInsensitive) == 0)
            return version;
    }
    return std::nullopt;
}

} // namespace Smtp
