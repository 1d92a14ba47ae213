#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Smtp
{

/// One error OpenSSL's chain verification raised, as `openssl verify` prints it ("error 62 at 0 depth lookup:
/// hostname mismatch").
struct VerificationError
{
    /// Position in the verified chain: 0 is the server's certificate.
    int depth = 0;
    /// OpenSSL's X509_V_ERR_* number.
    int x509Error = 0;
    /// OpenSSL's text for the number.
    QString text;
    /// SHA-256 of the certificate the error is about (DER), to find it in the chain; empty when OpenSSL named none.
    QByteArray certificateDigest;

    /// The certificate is not valid for the name or address asked for (X509_V_ERR_HOSTNAME_MISMATCH or
    /// X509_V_ERR_IP_ADDRESS_MISMATCH).
    bool isNameMismatch() const;

    bool operator==(const VerificationError &other) const = default;
};

/// The verdict on a server's chain, taken with OpenSSL's own verifier so that it is the verdict of
/// `openssl verify -purpose sslserver -verify_hostname NAME -auth_level LEVEL` (or `-verify_ip`) with the same trust
/// anchors (the system's and the profile's CA file) and the intermediates the server sent, at the connection's
/// security level as OpenSSL's own handshake verification uses it (so an RSA-1024 or SHA-1 signed certificate fails
/// as it fails in `openssl s_client`), with one host flag that command has no switch for:
/// X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS (RFC 7817 §3; Postfix sets it too).
struct PeerVerdict
{
    bool verified = false;
    QList<VerificationError> errors;
    /// The name matched only the subject's common name because the certificate has no DNS subjectAltName
    /// (RFC 6125 §6.4.4 allows it then; it is deprecated, so it is worth a warning).
    bool matchedCommonNameOnly = false;
    /// The chain as OpenSSL built it, from the server's certificate to the trust anchor (or as far as it got).
    QList<QSslCertificate> builtChain;
};

/// Verifies a peer chain with OpenSSL (X509_verify_cert), independent of Qt's name matching. Pure apart from the
/// system trust store, which it loads once per process; safe from any thread.
class PeerVerifier final
{
public:
    /// Builds the trust store for \a extraAnchors on a pool thread, so that verify() finds it ready.
    static void prepare(const QList<QSslCertificate> &extraAnchors);
    /// \a chainAsSent starts with the server's certificate; \a extraAnchors are trusted besides the system's;
    /// \a name is the host name or IP address literal the certificate must be valid for; \a securityLevel is the
    /// connection's OpenSSL security level (TlsSetup::securityLevel), which bounds key sizes and signature digests.
    static PeerVerdict verify(const QList<QSslCertificate> &chainAsSent, const QList<QSslCertificate> &extraAnchors,
                              const QString &name, int securityLevel);
};

} // namespace Smtp
