#pragma once

#include <QString>

#include <optional>

namespace Smtp
{

/// A TLS protocol version, as --tls-min and --tls-max name them and as the tls-versions probe tries them alone.
enum class TlsVersion
{
    Tls1_0,
    Tls1_1,
    Tls1_2,
    Tls1_3,
};

/// "1.0", "1.1", "1.2", "1.3".
QString tlsVersionName(TlsVersion version);
/// OpenSSL's name: "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3" (MinProtocol, s_client's -min_protocol).
QString opensslTlsVersionName(TlsVersion version);
/// The version a name ("1.2") stands for.
std::optional<TlsVersion> tlsVersionFromName(const QString &name);

} // namespace Smtp
