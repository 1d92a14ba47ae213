#include "hostlookup.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace
{

// As many lookups at once as Qt's own resolver runs, so one slow name does not hold up the sessions behind it. Like
// Qt's resolver, the pool waits at exit for lookups still running.
QThreadPool &lookupPool()
{
    static QThreadPool pool;
    static const bool sized = (pool.setMaxThreadCount(20), true);
    Q_UNUSED(sized);
    return pool;
}

} // namespace

QFuture<QHostInfo> HostLookup::lookUp(const QString &hostName)
{
    // Shared because the pool takes a copyable function and a promise can only be moved.
    auto promise = std::make_shared<QPromise<QHostInfo>>();
    QFuture<QHostInfo> future = promise->future();
    promise->start();
    lookupPool().start([hostName, promise] {
        promise->addResult(QHostInfo::fromName(hostName));
        promise->finish();
    });
    return future;
}
