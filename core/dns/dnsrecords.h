#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Smtp
{

/// One MX record (RFC 1035 §3.3.9): a preference (lower is tried first) and the exchange's host name.
struct MxRecord
{
    int preference = 0;
    /// The exchange as a host name without the final dot; empty for the root name ".".
    QString exchange;

    bool operator==(const MxRecord &other) const = default;
};

/// Reading the record data (RDATA) a resolver returns. Pure: no network, tested with tables.
namespace DnsRecords
{
/// An MX record from its RDATA: two octets of preference, then the exchange as uncompressed labels. Empty when the
/// data is malformed (too short, a label running past the end, a compression pointer, trailing bytes).
std::optional<MxRecord> parseMx(const QByteArray &rdata);

/// An A (4 octets) or AAAA (16 octets) address; null when the length is neither.
QHostAddress parseAddress(const QByteArray &rdata);

/// RFC 7505 §3: a "null MX" is a single MX record with preference 0 and the root as its exchange; the domain
/// accepts no mail.
bool isNullMx(const QList<MxRecord> &records);

/// The records in the order a sender tries them (RFC 5321 §5.1): by preference; among equal preferences the order is
/// the sender's choice, and a checker wants the same order every run, so by name.
QList<MxRecord> inPreferenceOrder(QList<MxRecord> records);

/// The domain name as it goes to the resolver: an internationalised name in its ASCII (A-label) form, no final
/// dot; empty when it cannot be a domain name (empty, a label over 63 octets, the whole over 253).
QString asciiDomain(const QString &domain);
} // namespace DnsRecords

} // namespace Smtp
