#include "dnsrecords.h"

#include <QUrl>

#include <algorithm>

namespace Smtp::DnsRecords
{

namespace
{

constexpr int maxLabelLength = 63;
constexpr int maxNameLength = 253;
// RFC 1035 §4.1.4: the top two bits of a length octet set mark a compression pointer.
constexpr unsigned char compressionBits = 0xC0;

} // namespace

std::optional<MxRecord> parseMx(const QByteArray &rdata)
{
    if (rdata.size() < 3)
        return std::nullopt;
    MxRecord record;
    record.preference = (static_cast<unsigned char>(rdata.at(0)) << 8) | static_cast<unsigned char>(rdata.at(1));
    QStringList labels;
    qsizetype position = 2;
    while (true) {
        if (position >= rdata.size())
            return std::nullopt;
        const auto length = static_cast<unsigned char>(rdata.at(position++));
        if (length == 0)
            break;
        if ((length & compressionBits) != 0 || position + length > rdata.size())
            return std::nullopt;
        labels << QString::fromLatin1(rdata.mid(position, length));
        position += length;
    }
    if (position != rdata.size())
        return std::nullopt;
    record.exchange = labels.join(QLatin1Char('.'));
    return record;
}

QHostAddress parseAddress(const QByteArray &rdata)
{
    if (rdata.size() == 4) {
        const auto *octets = reinterpret_cast<const uchar *>(rdata.constData());
        return QHostAddress((quint32(octets[0]) << 24) | (quint32(octets[1]) << 16) | (quint32(octets[2]) << 8) |
                            quint32(octets[3]));
    }
    if (rdata.size() == 16)
        return QHostAddress(reinterpret_cast<const quint8 *>(rdata.constData()));
    return {};
}

bool isNullMx(const QList<MxRecord> &records)
{
    return records.size() == 1 && records.first().preference == 0 && records.first().exchange.isEmpty();
}

QList<MxRecord> inPreferenceOrder(QList<MxRecord> records)
{
    std::sort(records.begin(), records.end(), [](const MxRecord &a, const MxRecord &b) {
        if (a.preference != b.preference)
            return a.preference < b.preference;
        return a.exchange.compare(b.exchange, Qt::CaseInsensitive) < 0;
    });
    return records;
}

QString asciiDomain(const QString &domain)
{
    QString name = domain.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return {};
    const QString ascii = QString::fromLatin1(QUrl::toAce(name));
    if (ascii.isEmpty() || ascii.size() > maxNameLength)
        return {};
    const QStringList labels = ascii.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > maxLabelLength)
            return {};
    }
    return ascii;
}

} // namespace Smtp::DnsRecords
