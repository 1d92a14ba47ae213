#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace Smtp
{

class DnsResolver;

/// One mail exchanger of a domain and its addresses.
struct MailExchanger
{
    QString host;
    int preference = 0;
    QList<QHostAddress> addresses; ///< every A record, then every AAAA record
    /// Why the host has no address to try (no A or AAAA record, the query failed), or empty.
    QString problem;
};

/// Where a domain's mail goes, as a sender finds it (RFC 5321 §5.1).
struct MailRoute
{
    enum class Kind
    {
        Exchangers, ///< MX records, in the order they are tried
        ImplicitMx, ///< no MX record: the domain's own addresses, as the one implicit exchanger
        NullMx,     ///< RFC 7505: the domain says it accepts no mail
        Failed,     ///< no answer to use; error says why
    };
    Kind kind = Kind::Failed;
    QString domain; ///< as asked, in its ASCII form
    QList<MailExchanger> exchangers;
    QString error;
    bool timedOut = false;
};

/// Finds a domain's mail exchangers and all their addresses: the MX query, then A and AAAA for every exchanger at
/// once, all bounded by one timeout.
class MxLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MxLookup)

public:
    /// dnsServer as DnsResolver takes it (empty: the system's resolvers).
    MxLookup(const QString &dnsServer, int timeoutMs, QObject *parent = nullptr);
    ~MxLookup() override;

    /// Starts the lookup; finished() follows once, also for a name that cannot be a domain.
    void start(const QString &domain);

    /// Why @p domain cannot be looked up (not a domain name), or empty: the rule start() applies, for forms.
    static QString domainProblem(const QString &domain);

signals:
    void finished(const Smtp::MailRoute &route);

private:
    void onMxAnswer(const QString &domain, const QList<QByteArray> &records);
    void lookUpAddresses(int exchanger);
    void finishIfComplete();
    void finish();
    void fail(const QString &error);

    DnsResolver *m_resolver = nullptr;
    QTimer *m_deadline = nullptr;
    MailRoute m_route;
    QList<QList<QHostAddress>> m_ipv6; ///< per exchanger, appended after the IPv4 addresses at the end
    int m_outstanding = 0;
    bool m_finished = false;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::MailRoute)
