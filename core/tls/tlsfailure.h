#pragma once

#include <QSsl>
#include <QString>

#include <optional>

namespace Smtp
{

/// Why a TLS handshake, or a TLS connection right after it, failed.
enum class TlsFailure
{
    HandshakeFailed,           ///< any other failure
    NotTls,                    ///< the peer did not answer in TLS (OpenSSL: wrong version number)
    ClientCertificateRequired, ///< the server demanded a client certificate
    FatalAlert,                ///< the server sent another fatal TLS alert
    VersionRefused,            ///< the server refused the protocol version offered, or chose one not offered
    VersionUnavailable,        ///< this TLS library could not offer the version asked for: the server was not asked
};

/// Classifies a TLS failure by codes, never by the words of a message: the fatal alert the server sent (Qt's
/// QSslSocket::alertReceived), else the OpenSSL error codes of the failure. Qt hands OpenSSL's error queue over only
/// as the text ERR_error_string_n() makes of it, "error:0A00010B:SSL routines::wrong version number", so the packed
/// codes are read from that fixed format and decoded with OpenSSL's own ERR_GET_LIB/ERR_GET_REASON.
TlsFailure classifyTlsFailure(std::optional<QSsl::AlertType> fatalAlertReceived, const QString &openSslErrors);

} // namespace Smtp
