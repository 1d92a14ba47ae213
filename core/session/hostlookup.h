#pragma once

#include <QFuture>
#include <QHostInfo>
#include <QString>

// Looks up a host name on a thread pool of its own and returns the answer as a future. A session that ends before
// the answer comes simply drops its watcher. QHostInfo::lookupHost is not used: Qt 6.4 leaks its result object when
// the receiver's thread has ended before the answer arrives, as when a session tab is closed while resolving.
namespace HostLookup
{
QFuture<QHostInfo> lookUp(const QString &hostName);
}
