#include "dnsresolver.h"

#include <QHostAddress>
#include <QSocketNotifier>

#include <unbound.h>

namespace Smtp
{

namespace
{

void setOption(ub_ctx *context, const char *name, const char *value)
{
    // Options this library version does not know are reported and otherwise harmless: nothing to do on failure.
    ub_ctx_set_option(context, name, value);
}

} // namespace

DnsResolver::DnsResolver(const QString &server, QObject *parent) : QObject(parent)
{
    m_setupError = serverProblem(server);
    m_context = ub_ctx_create();
    if (m_context == nullptr) {
        m_setupError = tr("The DNS library could not be started.");
        return;
    }
    // Answers come through a thread, not a forked process: forking a threaded program is not safe.
    ub_ctx_async(m_context, 1);
    // A resolver on loopback (a local cache, a test server, systemd-resolved's stub) is a resolver like any other.
    setOption(m_context, "do-not-query-localhost:", "no");
    // RFC 6761 reserves .test for testing; labs use it, so ask the servers instead of answering "no such name".
    setOption(m_context, "local-zone:", "test. transparent");
    if (!m_setupError.isEmpty())
        return;
    if (server.isEmpty()) {
        ub_ctx_resolvconf(m_context, nullptr);
        ub_ctx_hosts(m_context, nullptr);
    } else if (const int error = ub_ctx_set_fwd(m_context, server.toLatin1().constData()); error != 0) {
        m_setupError = tr("The DNS server %1 cannot be used: %2").arg(server, QString::fromUtf8(ub_strerror(error)));
        return;
    }
    m_notifier = new QSocketNotifier(ub_fd(m_context), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DnsResolver::processResults);
}

DnsResolver::~DnsResolver()
{
    cancelAll();
    if (m_context != nullptr)
        ub_ctx_delete(m_context);
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
    const int error = ub_resolve_async(m_context, asciiName.toLatin1().constData(), type, 1 /* IN */, pending,
                                       &DnsResolver::onResult, &pending->id);
    if (error != 0) {
        Answer answer;
        answer.error =
            tr("The DNS query for %1 could not be sent: %2").arg(asciiName, QString::fromUtf8(ub_strerror(error)));
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
        ub_cancel(m_context, id);
        delete pending;
    }
    m_pending.clear();
}

void DnsResolver::processResults()
{
    ub_process(m_context);
}

void DnsResolver::onResult(void *data, int error, ub_result *result)
{
    auto *pending = static_cast<Pending *>(data);
    DnsResolver *resolver = pending->resolver;
    resolver->m_pending.erase(pending->id);
    Answer answer;
    if (error != 0) {
        answer.error = tr("The DNS query failed: %1").arg(QString::fromUtf8(ub_strerror(error)));
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
        ub_resolve_free(result);
    const Callback callback = std::move(pending->callback);
    delete pending;
    callback(answer);
}

} // namespace Smtp
