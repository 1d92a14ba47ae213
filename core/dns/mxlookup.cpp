#include "mxlookup.h"

#include "dnsrecords.h"
#include "dnsresolver.h"

#include <QTimer>

#include <algorithm>

namespace Smtp
{

MxLookup::MxLookup(const QString &dnsServer, int timeoutMs, QObject *parent)
    : QObject(parent), m_resolver(new DnsResolver(dnsServer, this)), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(timeoutMs);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_resolver->cancelAll();
        m_route.timedOut = true;
        fail(
            tr("The DNS lookup for %1 timed out after %2 s.").arg(m_route.domain).arg(m_deadline->interval() / 1000.0));
    });
}

MxLookup::~MxLookup() = default;

QString MxLookup::domainProblem(const QString &domain)
{
    return DnsRecords::asciiDomain(domain).isEmpty() ? tr("%1 is not a domain name.").arg(domain) : QString();
}

void MxLookup::start(const QString &domain)
{
    m_route.domain = DnsRecords::asciiDomain(domain);
    if (m_route.domain.isEmpty()) {
        m_route.domain = domain;
        // Queued, so that finished() never comes before start() returns.
        QMetaObject::invokeMethod(
            this, [this, domain] { fail(domainProblem(domain)); }, Qt::QueuedConnection);
        return;
    }
    if (const QString problem = m_resolver->setupError(); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { fail(problem); }, Qt::QueuedConnection);
        return;
    }
    m_deadline->start();
    m_resolver->query(m_route.domain, DnsResolver::Mx, [this](const DnsResolver::Answer &answer) {
        if (!answer.error.isEmpty())
            return fail(answer.error);
        if (answer.dnssecBogus)
            return fail(tr("The MX answer for %1 failed DNSSEC validation.").arg(m_route.domain));
        if (answer.noSuchName)
            return fail(tr("The domain %1 does not exist (NXDOMAIN).").arg(m_route.domain));
        if (answer.responseCode != 0)
            return fail(tr("The DNS server answered %1 for the MX records of %2.")
                            .arg(DnsResolver::responseCodeName(answer.responseCode), m_route.domain));
        onMxAnswer(m_route.domain, answer.records);
    });
}

void MxLookup::onMxAnswer(const QString &domain, const QList<QByteArray> &records)
{
    if (records.isEmpty()) {
        // RFC 5321 §5.1: without MX records the domain itself is the exchanger, with preference 0.
        m_route.kind = MailRoute::Kind::ImplicitMx;
        m_route.exchangers = {MailExchanger{domain, 0, {}, {}}};
    } else {
        QList<MxRecord> parsed;
        for (const QByteArray &rdata : records) {
            const std::optional<MxRecord> record = DnsRecords::parseMx(rdata);
            if (!record)
                return fail(tr("The DNS server sent a malformed MX record for %1.").arg(domain));
            parsed << *record;
        }
        if (DnsRecords::isNullMx(parsed)) {
            m_route.kind = MailRoute::Kind::NullMx;
            return finish();
        }
        m_route.kind = MailRoute::Kind::Exchangers;
        for (const MxRecord &record : DnsRecords::inPreferenceOrder(parsed))
            m_route.exchangers << MailExchanger{record.exchange, record.preference, {}, {}};
    }
    m_ipv6.resize(m_route.exchangers.size());
    // Held while the queries go out, so that one answered at once cannot end the lookup before the others start.
    ++m_outstanding;
    for (int index = 0; index < m_route.exchangers.size(); ++index)
        lookUpAddresses(index);
    --m_outstanding;
    finishIfComplete();
}

void MxLookup::lookUpAddresses(int exchanger)
{
    const QString host = m_route.exchangers.at(exchanger).host;
    if (host.isEmpty()) {
        // RFC 7505 §3: a root exchanger among other records is an error of the domain, not a host to try.
        m_route.exchangers[exchanger].problem = tr("This MX record names the root (\".\"), not a host.");
        return;
    }
    for (const int type : {int(DnsResolver::A), int(DnsResolver::Aaaa)}) {
        ++m_outstanding;
        m_resolver->query(host, type, [this, exchanger, type](const DnsResolver::Answer &answer) {
            --m_outstanding;
            MailExchanger &target = m_route.exchangers[exchanger];
            if (!answer.error.isEmpty() || answer.dnssecBogus || (answer.responseCode != 0 && !answer.noSuchName)) {
                const QString why = !answer.error.isEmpty() ? answer.error
                                    : answer.dnssecBogus    ? tr("failed DNSSEC validation")
                                                            : DnsResolver::responseCodeName(answer.responseCode);
                target.problem = tr("The address lookup for %1 failed: %2").arg(target.host, why);
            }
            for (const QByteArray &rdata : answer.records) {
                const QHostAddress address = DnsRecords::parseAddress(rdata);
                if (address.isNull())
                    continue;
                (type == DnsResolver::A ? target.addresses : m_ipv6[exchanger]) << address;
            }
            finishIfComplete();
        });
    }
}

void MxLookup::finishIfComplete()
{
    if (m_outstanding > 0 || m_finished)
        return;
    for (int index = 0; index < m_route.exchangers.size(); ++index) {
        MailExchanger &target = m_route.exchangers[index];
        target.addresses << m_ipv6.value(index);
        if (target.addresses.isEmpty() && target.problem.isEmpty())
            target.problem = tr("%1 has no A or AAAA record.").arg(target.host);
    }
    finish();
}

void MxLookup::fail(const QString &error)
{
    m_route.kind = MailRoute::Kind::Failed;
    m_route.error = error;
    finish();
}

void MxLookup::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    emit finished(m_route);
}

} // namespace Smtp
