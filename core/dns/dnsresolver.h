#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>

struct ub_ctx;
struct ub_result;
class QSocketNotifier;

namespace Smtp
{

struct UnboundLibrary;

/// DNS queries of any type through libunbound, answered in the owner's event loop: the library resolves on a thread
/// of its own and signals through a descriptor, so nothing here blocks. Qt's own lookup cannot ask a resolver on a
/// port other than 53, which a split-horizon check (and every test) needs.
class DnsResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsResolver)

public:
    /// RFC 1035 §3.2.2 types used here.
    enum RecordType : int
    {
        A = 1,
        Mx = 15,
        Aaaa = 28,
    };

    struct Answer
    {
        /// Empty when the resolver answered (whatever it answered); otherwise why there is no answer.
        QString error;
        int responseCode = 0; ///< RFC 1035 §4.1.1 RCODE: 0 no error, 2 server failure, 3 no such name, 5 refused
        bool noSuchName = false;
        bool dnssecSecure = false;
        bool dnssecBogus = false;
        QList<QByteArray> records; ///< RDATA of each record of the asked type, CNAMEs followed
    };
    using Callback = std::function<void(const Answer &)>;

    /// server is empty for the system's resolvers (resolv.conf and the hosts file), or "ADDRESS" or "ADDRESS@PORT"
    /// for that one resolver.
    explicit DnsResolver(const QString &server, QObject *parent = nullptr);
    ~DnsResolver() override;

    /// Why the resolver cannot be used (a malformed server address), or empty.
    QString setupError() const { return m_setupError; }

    /// Asks for the records of type of an ASCII name; callback runs in this object's thread, unless cancelAll()
    /// comes first.
    void query(const QString &asciiName, int type, Callback callback);
    void cancelAll();

    /// Why server cannot be a resolver address, or empty.
    static QString serverProblem(const QString &server);
    /// A response code as its RFC 1035 name, e.g. "SERVFAIL".
    static QString responseCodeName(int code);

private:
    struct Pending
    {
        DnsResolver *resolver = nullptr;
        int id = 0;
        Callback callback;
    };
    static void onResult(void *data, int error, ub_result *result);
    void processResults();

    const UnboundLibrary *m_unbound = nullptr;
    ub_ctx *m_context = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QString m_setupError;
    std::map<int, Pending *> m_pending;
};

} // namespace Smtp
