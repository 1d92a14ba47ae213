#pragma once

#include "profilecommandline.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Smtp
{

/// The swaks options of the transport (-4/-6, --local-interface, --xclient…, --proxy-…), both ways; a part of
/// ProfileCommandLine kept apart for its size.
namespace SwaksTransport
{

/// The swaks words for the address family, the local address, the XCLIENT attributes and the PROXY header. swaks
/// needs the PROXY header's destination address on its command line: for a host given by name the header is left
/// out, as this program names the address it really reached.
QStringList words(const ConnectionSettings &settings);

/// swaks's --xclient-ATTRIBUTE options.
QStringList xclientOptions();
/// The XCLIENT attribute a --xclient-ATTRIBUTE option names: "--xclient-reverse-name" → "REVERSE_NAME".
QString xclientName(const QString &option);

/// --local-interface ADDRESS[:PORT] into the profile (a host name or a port cannot be kept: said in @p result).
void importLocalInterface(const QString &value, ProfileSettings &settings, SwaksImport &result);
/// swaks's --proxy-* options (option → value) into the profile's PROXY header.
void importProxyHeader(const QHash<QString, QString> &options, ProfileSettings &settings, SwaksImport &result);

} // namespace SwaksTransport

} // namespace Smtp
