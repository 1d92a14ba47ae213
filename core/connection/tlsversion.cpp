#include "tlsversion.h"

namespace Smtp
{

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls1_0:
        return QStringLiteral("1.0");
    case TlsVersion::Tls1_1:
        return QStringLiteral("1.1");
    case TlsVersion::Tls1_2:
        return QStringLiteral("1.2");
    case TlsVersion::Tls1_3:
        return QStringLiteral("1.3");
    }
    return {};
}

QString opensslTlsVersionName(TlsVersion version)
{
    return version == TlsVersion::Tls1_0 ? QStringLiteral("TLSv1") : QStringLiteral("TLSv") + tlsVersionName(version);
}

std::optional<TlsVersion> tlsVersionFromName(const QString &name)
{
    for (TlsVersion version : {TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2, TlsVersion::Tls1_3}) {
        if (tlsVersionName(version) == name.trimmed())
            return version;
    }
    return std::nullopt;
}

} // namespace Smtp
