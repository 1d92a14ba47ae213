#pragma once

#include <QByteArray>
#include <QStringList>

namespace Smtp
{

/// The bytes as hexdump -C shows them, 16 to a line: "0000  32 32 30 20 …  |220 …|". The right-hand column shows
/// printable ASCII as itself and every other byte as '.', so no byte a server sent reaches a terminal unescaped.
QStringList hexDumpLines(const QByteArray &bytes);

} // namespace Smtp
