#include "dnsresolver.h"

#include "unboundlibrary.h"

#include <QHostAddress>
#include <QSocketNotifier>

namespace Smtp
{

DnsResolver::DnsResolver(const QString &server, QObject *parent) : QObject(parent)
{
    m_setupError = serverProblem(server);
    QString loadError;
    m_unbound = UnboundLibrary::instance(&loadError);
    if (m_unbound == nullptr) {
        m_setupError = loadError;
        return;
    }
    m_context = m_unbound->ctxCreate();
    if (m_context == nullptr) {
        m_setupError = tr("The DNS library could not be started.");
        return;
    }
    // Answers come through a thread, not a forked process: forking a threaded program is not safe.
    m_unbound->ctxAsync(m_context, 1);
    // Options this library version does not know are reported and otherwise harmless: nothing to do on failure.
    // A resolver on loopback (a local cache, a test server, systemd-resolved's stub) is a resolver like any other.
    m_unbound->ctxSetOption(m_context, "do-not-query-localhost:", "no");
    // RFC 6761 reserves .test for testing; labs use it, so ask the servers instead of answering "no such name".
    m_unbound->ctxSetOption(m_context, "local-zone:", "test. transparent");
    if (!m_setupError.isEmpty())
        return;
    if (server.isEmpty()) {
        m_unbound->ctxResolvconf(m_context, nullptr);
        m_unbound->ctxHosts(m_context, nullptr);
    } else if (const int error = m_unbound->ctxSetFwd(m_context, server.toLatin1().constData()); error != 0) {
        m_setupError =
            tr("The DNS server %1 cannot be used: %2").arg(server, QString::fromUtf8(m_unbound->errorString(error)));
        return;
    }
    m_notifier = new QSocketNotifier(m_unbound->fd(m_context), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DnsResolver::processResults);
}

DnsResolver::~DnsResolver()
{
    cancelAll();
    if (m_context != nullptr)
        m_unbound->ctxDelete(m_context);
}

QString DnsResolver::serverProblem(const QString &server)
{
    if (server.isEmpty())
        return {};
    const qsizetype at = server.lastIndexOf(QLatin1Char('@'));
    const QString address = at < 0 ? server : server.left(at);
    if (QHostAddress candidate; !candidate.setAddress(address))
        return tr("The DNS server %1 is not an IP address (ADDRESS or ADDRESS@PORT).").arg(server);
    if (at >= 0) {
        bool ok = false;
        const int port = server.mid(at + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("The DNS server %1 has no valid port (1 to 65535) after the @.").arg(server);
    }
    return {};
}

QString DnsResolver::responseCodeName(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("NOERROR");
    case 1:
        return QStringLiteral("FORMERR");
    case 2:
        return QStringLiteral("SERVFAIL");
    case 3:
        return QStringLiteral("NXDOMAIN");
    case 4:
        return QStringLiteral("NOTIMP");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(code);
    }
}

void DnsResolver::query(const QString &asciiName, int type, Callback callback)
{
    if (!m_setupError.isEmpty() || m_context == nullptr) {
        Answer answer;
        answer.error = m_setupError;
        callback(answer);
        return;
    }
    auto *pending = new Pending{this, 0, std::move(callback)};
    const int error = m_unbound->resolveAsync(m_context, asciiName.toLatin1().constData(), type, 1 /* IN */, pending,
                                              &DnsResolver::onResult, &pending->id);
    if (error != 0) {
        Answer answer;
        answer.error = tr("The DNS query for %1 could not be sent: %2")
                           .arg(asciiName, QString::fromUtf8(m_unbound->errorString(error)));
        Callback failed = std::move(pending->callback);
        delete pending;
        failed(answer);
        return;
    }
    m_pending[pending->id] = pending;
}

void DnsResolver::cancelAll()
{
    for (const auto &[id, pending] : m_pending) {
        m_unbound->cancel(m_context, id);
        delete pending;
    }
    m_pending.clear();
}

void DnsResolver::processResults()
{
    m_unbound->process(m_context);
}

void DnsResolver::onResult(void *data, int error, ub_result *result)
{
    auto *pending = static_cast<Pending *>(data);
    DnsResolver *resolver = pending->resolver;
    resolver->m_pending.erase(pending->id);
    Answer answer;
    if (error != 0) {
        answer.error = tr("The DNS query failed: %1").arg(QString::fromUtf8(resolver->m_unbound->errorString(error)));
    } else {
        answer.responseCode = result->rcode;
        answer.noSuchName = result->nxdomain != 0;
        answer.dnssecSecure = result->secure != 0;
        answer.dnssecBogus = result->bogus != 0;
        if (result->havedata != 0) {
            for (int i = 0; result->data[i] != nullptr; ++i)
                answer.records << QByteArray(result->data[i], result->len[i]);
        }
    }
    if (result != nullptr)
        resolver->m_unbound->resolveFree(result);
    const Callback callback = std::move(pending->callback);
    delete pending;
    callback(answer);
}

} // namespace Smtp
