#pragma once

#include "connectionsettings.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Smtp
{

/// The HAProxy PROXY protocol header (haproxy's doc/proxy-protocol.txt): what a load balancer in front of a mail
/// server sends before the client's first byte, to name the client it connected for. Pure: no socket.
namespace ProxyHeader
{

/// One end of the proxied connection.
struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

/// "ADDR:PORT" as --proxy-source takes it ("192.0.2.1:4321", "[2001:db8::1]:4321"); nullopt with @p problem set
/// when it is not an address and a port from 1 to 65535.
std::optional<Endpoint> parseSource(const QString &text, QString *problem = nullptr);

/// The header claiming a connection from @p source to @p destination. Both are sent in one family: an IPv4 address
/// beside an IPv6 one is sent IPv4-mapped (::ffff:a.b.c.d), as the protocol has no mixed form.
QByteArray build(ProxyHeaderVersion version, const Endpoint &source, const Endpoint &destination);

/// The header as the transcript shows it: the v1 line without its CRLF, v2 in hexadecimal.
QString describe(ProxyHeaderVersion version, const QByteArray &header);

} // namespace ProxyHeader

} // namespace Smtp
