#include "swakstransport.h"

#include "core/connection/proxyheader.h"
#include "core/protocol/smtpcommand.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Smtp
{

namespace SwaksTransport
{

namespace
{

/// The translation context of this file's sentences (Smtp::-qualified: the context the translations already use).
class SwaksTransportText
{
    Q_DECLARE_TR_FUNCTIONS(Smtp::SwaksTransport)
};

/// The XCLIENT attributes swaks has an option of its own for (XCLIENT_README's names).
const QStringList xclientAttributes{
    QStringLiteral("ADDR"),  QStringLiteral("NAME"),     QStringLiteral("PORT"),
    QStringLiteral("PROTO"), QStringLiteral("DESTADDR"), QStringLiteral("DESTPORT"),
    QStringLiteral("HELO"),  QStringLiteral("LOGIN"),    QStringLiteral("REVERSE_NAME")};

QString optionFor(const QString &attribute)
{
    return QStringLiteral("--xclient-") + attribute.toLower().replace(u'_', u'-');
}

} // namespace

QStringList words(const ConnectionSettings &settings)
{
    QStringList words;
    if (settings.addressFamily != AddressFamily::Any)
        words << (settings.addressFamily == AddressFamily::IPv4 ? QStringLiteral("-4") : QStringLiteral("-6"));
    if (!settings.bindAddress.isEmpty())
        words << QStringLiteral("--local-interface") << settings.bindAddress;
    for (const QString &attribute : settings.xclient) {
        const QString name = attribute.section(u'=', 0, 0).trimmed().toUpper();
        const QString value = attribute.section(u'=', 1);
        if (xclientAttributes.contains(name))
            words << optionFor(name) << value;
        else // swaks sends --xclient as given: the value goes xtext-encoded, as this program sends it
            words << QStringLiteral("--xclient") << name + u'=' + QString::fromLatin1(encodeXtext(value.toUtf8()));
    }
    const QHostAddress destination(settings.host);
    const auto source = ProxyHeader::parseSource(settings.proxySource);
    if (settings.proxyHeader == ProxyHeaderVersion::None || !source || destination.isNull())
        return words;
    const bool v1 = settings.proxyHeader == ProxyHeaderVersion::V1;
    const bool ipv4 = source->address.protocol() == QAbstractSocket::IPv4Protocol &&
                      destination.protocol() == QAbstractSocket::IPv4Protocol;
    words << QStringLiteral("--proxy-version") << (v1 ? QStringLiteral("1") : QStringLiteral("2"));
    words << QStringLiteral("--proxy-family")
          << (v1 ? (ipv4 ? QStringLiteral("TCP4") : QStringLiteral("TCP6"))
                 : (ipv4 ? QStringLiteral("AF_INET") : QStringLiteral("AF_INET6")));
    if (!v1)
        words << QStringLiteral("--proxy-protocol") << QStringLiteral("STREAM");
    words << QStringLiteral("--proxy-source") << source->address.toString() << QStringLiteral("--proxy-source-port")
          << QString::number(source->port) << QStringLiteral("--proxy-dest") << destination.toString()
          << QStringLiteral("--proxy-dest-port") << QString::number(settings.effectivePort());
    return words;
}

QStringList xclientOptions()
{
    QStringList options;
    for (const QString &attribute : xclientAttributes)
        options << optionFor(attribute);
    return options;
}

QString xclientName(const QString &option)
{
    return option.mid(QStringLiteral("--xclient-").size()).toUpper().replace(u'-', u'_');
}

void importLocalInterface(const QString &value, ProfileSettings &settings, SwaksImport &result)
{
    QString address = value;
    QString port;
    if (value.startsWith(u'[')) {
        address = value.section(u']', 0, 0).mid(1);
        port = value.section(u']', 1).mid(1);
    } else if (value.count(u':') == 1) {
        address = value.section(u':', 0, 0);
        port = value.section(u':', 1);
    }
    if (QHostAddress(address).isNull()) {
        result.unknownOptions << QStringLiteral("--local-interface %1").arg(value);
        return;
    }
    settings.bindAddress = address;
    if (!port.isEmpty())
        result.warnings << SwaksTransportText::tr(
                               "The local port %1 of --local-interface is not kept: the system chooses it.")
                               .arg(port);
}

void importProxyHeader(const QHash<QString, QString> &options, ProfileSettings &settings, SwaksImport &result)
{
    if (options.isEmpty())
        return;
    const QString version = options.value(QStringLiteral("--proxy-version"), QStringLiteral("1"));
    if (version != u"1" && version != u"2") {
        result.unknownOptions << QStringLiteral("--proxy-version %1").arg(version);
        return;
    }
    const QString address = options.value(QStringLiteral("--proxy-source"));
    const QString port = options.value(QStringLiteral("--proxy-source-port"));
    const QString source = (address.contains(u':') ? QStringLiteral("[%1]").arg(address) : address) + u':' + port;
    if (QString reason; !ProxyHeader::parseSource(source, &reason)) {
        result.warnings << SwaksTransportText::tr("The PROXY header was left out: %1").arg(reason);
        return;
    }
    settings.proxyHeader = version == u"1" ? ProxyHeaderVersion::V1 : ProxyHeaderVersion::V2;
    settings.proxySource = source;
    if (options.contains(QStringLiteral("--proxy-dest")))
        result.warnings << SwaksTransportText::tr(
            "The PROXY header's destination is not kept: this program names the address it "
            "connects to.");
}

} // namespace SwaksTransport

} // namespace Smtp
