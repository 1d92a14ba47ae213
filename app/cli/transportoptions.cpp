// The flags of the connection below SMTP and of the dialect spoken: -4/-6, --bind, --protocol, --xclient, the
// PROXY protocol header, and the TLS versions and ciphers offered. Kept apart from the rest of the option table only
// for its size.
#include "commandlineoptions.h"

#include "core/connection/proxyheader.h"
#include "core/protocol/xclient.h"
#include "core/tls/tlssetup.h"

#include <QCommandLineParser>

namespace Smtp
{

QList<CommandLineOptions::Option> CommandLineOptions::transportOptionTable()
{
    using Values = const QStringList &;
    const auto family = [](const char *name, AddressFamily value, const QString &description) {
        return Option{
            QString::fromLatin1(name), {}, description, [value](CommandLineOptions &options, Values, QIODevice *) {
                options.set(QStringLiteral("address-family"),
                            [value](ConnectionSettings &s) { s.addressFamily = value; });
                return QString();
            }};
    };
    const auto tlsVersion = [](const char *name, std::optional<TlsVersion> ConnectionSettings::*field,
                               const QString &description) {
        return Option{QString::fromLatin1(name), tr("version"), description,
                      [name, field](CommandLineOptions &options, Values values, QIODevice *) {
                          const std::optional<TlsVersion> version = tlsVersionFromName(values.constLast());
                          if (!version)
                              return tr("--%1 must be 1.0, 1.1, 1.2 or 1.3, not \"%2\".")
                                  .arg(QString::fromLatin1(name), values.constLast());
                          options.set(QString::fromLatin1(name),
                                      [field, version](ConnectionSettings &s) { s.*field = version; });
                          return QString();
                      }};
    };
    return {
        family("4", AddressFamily::IPv4, tr("Connect over IPv4 only.")),
        family("6", AddressFamily::IPv6, tr("Connect over IPv6 only.")),
        {QStringLiteral("bind"), tr("address"), tr("Connect from this local address."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString address = values.constLast().trimmed();
             if (const QString reason = ConnectionSettings::bindAddressProblem(address);
                 !reason.isEmpty() || address.isEmpty())
                 return tr("--bind: %1").arg(address.isEmpty() ? tr("the address is empty.") : reason);
             options.set(QStringLiteral("bind"), [address](ConnectionSettings &s) { s.bindAddress = address; });
             return QString();
         }},
        {QStringLiteral("protocol"), tr("protocol"), tr("smtp (default) or lmtp (LHLO, one reply per recipient)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const std::optional<MailProtocol> protocol = mailProtocolFromName(values.constLast().trimmed());
             if (!protocol)
                 return tr("--protocol must be smtp or lmtp, not \"%1\".").arg(values.constLast());
             options.set(QStringLiteral("protocol"), [protocol](ConnectionSettings &s) { s.protocol = *protocol; });
             return QString();
         }},
        {QStringLiteral("xclient"), tr("name=value"),
         tr("Send this Postfix XCLIENT attribute after EHLO (repeatable, e.g. ADDR=192.0.2.1)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             for (const QString &attribute : values) {
                 if (const QString reason = Xclient::attributeProblem(attribute); !reason.isEmpty())
                     return tr("--xclient: %1").arg(reason);
             }
             const QStringList attributes = values;
             options.set(QStringLiteral("xclient"), [attributes](ConnectionSettings &s) { s.xclient = attributes; });
             return QString();
         }},
        {QStringLiteral("proxy-header"), tr("version"),
         tr("Send a HAProxy PROXY protocol header, v1 or v2, before anything else; needs --proxy-source."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const std::optional<ProxyHeaderVersion> version = proxyHeaderVersionFromName(values.constLast().trimmed());
             if (!version || *version == ProxyHeaderVersion::None)
                 return tr("--proxy-header must be v1 or v2, not \"%1\".").arg(values.constLast());
             options.set(QStringLiteral("proxy-header"),
                         [version](ConnectionSettings &s) { s.proxyHeader = *version; });
             return QString();
         }},
        {QStringLiteral("proxy-source"), tr("address:port"),
         tr("The client address the PROXY header claims, e.g. 192.0.2.1:4321 or [2001:db8::1]:4321."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString source = values.constLast().trimmed();
             if (QString reason; !ProxyHeader::parseSource(source, &reason))
                 return tr("--proxy-source: %1").arg(reason);
             options.set(QStringLiteral("proxy-source"), [source](ConnectionSettings &s) { s.proxySource = source; });
             return QString();
         }},
        tlsVersion("tls-min", &ConnectionSettings::tlsMinimum,
                   tr("The lowest TLS version to offer: 1.0, 1.1, 1.2 (default) or 1.3.")),
        tlsVersion("tls-max", &ConnectionSettings::tlsMaximum,
                   tr("The highest TLS version to offer: 1.0, 1.1, 1.2 or 1.3 (default).")),
        {QStringLiteral("ciphers"), tr("list"),
         tr("OpenSSL cipher names joined by ':'; TLS_… names are TLS 1.3 suites, the others ciphers of TLS 1.2 and "
            "earlier."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString ciphers = values.constLast().trimmed();
             if (ciphers.isEmpty())
                 return tr("--ciphers: the list is empty.");
             if (const QString reason = TlsSetup::cipherListProblem(ciphers); !reason.isEmpty())
                 return tr("--ciphers: %1").arg(reason);
             options.set(QStringLiteral("ciphers"), [ciphers](ConnectionSettings &s) { s.ciphers = ciphers; });
             return QString();
         }},
    };
}

QString CommandLineOptions::transportConflict(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("4")) && parser.isSet(QStringLiteral("6")))
        return tr("Give -4 or -6, not both.");
    if (parser.isSet(QStringLiteral("proxy-header")) != parser.isSet(QStringLiteral("proxy-source")))
        return tr("--proxy-header and --proxy-source go together: the header claims the source address.");
    return {};
}

} // namespace Smtp
