#include "proxyheader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Smtp
{

namespace ProxyHeader
{

namespace
{

/// The translation context of this file's sentences.
class ProxyHeaderText
{
    Q_DECLARE_TR_FUNCTIONS(ProxyHeader)
};

/// The proxy-protocol.txt §2.2 signature that starts every v2 header.
constexpr char v2Signature[] = "\r\n\r\n\0\r\nQUIT\n";
constexpr int v2SignatureSize = 12;
constexpr char v2VersionProxyCommand = 0x21; // version 2, command PROXY
constexpr char v2TcpOverIPv4 = 0x11;         // AF_INET, STREAM
constexpr char v2TcpOverIPv6 = 0x21;         // AF_INET6, STREAM

QHostAddress asIPv6(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return address;
    return QHostAddress(QStringLiteral("::ffff:") + address.toString());
}

void appendPort(QByteArray &out, quint16 port)
{
    char bytes[2];
    qToBigEndian(port, bytes);
    out.append(bytes, 2);
}

} // namespace

std::optional<Endpoint> parseSource(const QString &text, QString *problem)
{
    const auto fail = [problem](const QString &reason) -> std::optional<Endpoint> {
        if (problem)
            *problem = reason;
        return std::nullopt;
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return fail(ProxyHeaderText::tr("\"%1\" is not ADDRESS:PORT.").arg(text));
    QString host = text.left(colon);
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    Endpoint endpoint;
    // An IPv6 address needs its brackets, or its last group would be read as the port.
    if (!endpoint.address.setAddress(host) ||
        (endpoint.address.protocol() == QAbstractSocket::IPv6Protocol && !bracketed) ||
        (endpoint.address.protocol() == QAbstractSocket::IPv4Protocol && bracketed))
        return fail(
            ProxyHeaderText::tr("\"%1\" is not an IPv4 address or a bracketed IPv6 address.").arg(text.left(colon)));
    if (!endpoint.address.scopeId().isEmpty())
        return fail(ProxyHeaderText::tr("\"%1\" has a scope (%2), which the PROXY header cannot carry.")
                        .arg(host, endpoint.address.scopeId()));
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(
            ProxyHeaderText::tr("The port must be a number from 1 to 65535, not \"%1\".").arg(text.mid(colon + 1)));
    endpoint.port = quint16(port);
    return endpoint;
}

QByteArray build(ProxyHeaderVersion version, const Endpoint &source, const Endpoint &destination)
{
    const bool ipv4 = source.address.protocol() == QAbstractSocket::IPv4Protocol &&
                      destination.address.protocol() == QAbstractSocket::IPv4Protocol;
    const QHostAddress from = ipv4 ? source.address : asIPv6(source.address);
    const QHostAddress to = ipv4 ? destination.address : asIPv6(destination.address);
    if (version == ProxyHeaderVersion::V1) {
        // proxy-protocol.txt §2.1: "PROXY" SP ("TCP4" | "TCP6") SP src SP dst SP srcport SP dstport CRLF.
        return "PROXY " + QByteArray(ipv4 ? "TCP4" : "TCP6") + ' ' + from.toString().toLatin1() + ' ' +
               to.toString().toLatin1() + ' ' + QByteArray::number(source.port) + ' ' +
               QByteArray::number(destination.port) + "\r\n";
    }
    if (version != ProxyHeaderVersion::V2)
        return {};
    // proxy-protocol.txt §2.2: signature, version and command, family, length, then the addresses and ports.
    QByteArray addresses;
    if (ipv4) {
        char bytes[4];
        qToBigEndian(from.toIPv4Address(), bytes);
        addresses.append(bytes, 4);
        qToBigEndian(to.toIPv4Address(), bytes);
        addresses.append(bytes, 4);
    } else {
        const Q_IPV6ADDR fromBytes = from.toIPv6Address();
        const Q_IPV6ADDR toBytes = to.toIPv6Address();
        addresses.append(reinterpret_cast<const char *>(fromBytes.c), 16);
        addresses.append(reinterpret_cast<const char *>(toBytes.c), 16);
    }
    appendPort(addresses, source.port);
    appendPort(addresses, destination.port);
    QByteArray header(v2Signature, v2SignatureSize);
    header += v2VersionProxyCommand;
    header += ipv4 ? v2TcpOverIPv4 : v2TcpOverIPv6;
    appendPort(header, quint16(addresses.size()));
    return header + addresses;
}

QString describe(ProxyHeaderVersion version, const QByteArray &header)
{
    if (version == ProxyHeaderVersion::V1)
        return QString::fromLatin1(header.chopped(2));
    return QString::fromLatin1(header.toHex(' '));
}

} // namespace ProxyHeader

} // namespace Smtp
