#pragma once

#include "ocspreport.h"
#include "peerverifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSslCertificate;
class QSslSocket;

namespace Smtp
{

/// What a person needs to know about one certificate of the chain. All text comes from the server: show it as
/// plain text only.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    /// Whole days from now until notAfter (negative once expired).
    qint64 daysLeft = 0;
    QString serialNumber;
    QString keyType; ///< "RSA", "EC", "DSA", "DH" or "unknown"
    int keyBits = 0;
    QString signatureAlgorithm;
    QString sha256Fingerprint; ///< colon-separated upper-case hex
    QString sha1Fingerprint;
    /// SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex: the pin DANE (RFC 7671 selector 1) and
    /// posttls-finger-style reports compare, unchanged when a certificate is renewed with the same key.
    QString spkiSha256;
    bool selfSigned = false;
    /// The verification errors this certificate caused, as people read them.
    QStringList errors;
    QByteArray pem;
};

/// The TLS state of a session: the chain as received, the verification result, and the negotiated parameters.
struct CertificateReport
{
    bool tlsEstablished = false;
    QList<CertificateInfo> chain;
    /// Every verification error, named, including those not tied to one certificate.
    QStringList verificationErrors;
    /// The same errors as OpenSSL reports them: depth in the chain, X509_V_ERR number, text.
    QList<VerificationError> verifyErrors;
    /// True when the chain verified for the verification name (even when trusted-site skipped the check): exactly
    /// when `openssl verify -purpose sslserver -verify_hostname NAME -auth_level LEVEL` accepts it at the connection's
    /// security level (see PeerVerifier).
    bool verified = false;
    /// The name matched only the subject's CN: the certificate has no DNS subjectAltName (accepted, with a warning).
    bool nameFromCommonNameOnly = false;
    /// The trust anchor the chain was built to, when the server did not send it itself.
    std::optional<CertificateInfo> trustAnchor;
    /// Trusted-site mode: validation was skipped; verificationErrors still lists what would have failed.
    bool validationSkipped = false;
    QString verificationName;
    QString protocol; ///< "TLS 1.3"
    QString cipher;   ///< "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    /// The group of the key exchange ("X25519") and how the server signed the handshake ("RSA-PSS SHA256"), as
    /// posttls-finger names them; empty when OpenSSL could not say.
    QString keyExchange;
    QString serverSignature;
    bool clientCertificateSent = false;
    /// Known only when the server refused the handshake for want of a client certificate.
    bool clientCertificateRequired = false;
    /// The server sent a CertificateRequest, naming these CAs (RFC 2253, the server's text; often none).
    bool clientCertificateRequested = false;
    QStringList acceptableClientCaNames;
    /// The stapled OCSP response, when one was asked for (--ocsp).
    std::optional<OcspReport> ocsp;

    /// Builds the report from an encrypted (or failed) socket and OpenSSL's verdict on its chain.
    static CertificateReport fromSocket(const QSslSocket &socket, const PeerVerdict &verdict,
                                        const QString &verificationName);
    /// Records the OCSP response asked for; one that proves the server's certificate revoked fails verification with
    /// X509_V_ERR_CERT_REVOKED at depth 0, as `openssl verify -crl_check` does with a CRL that lists it.
    void applyOcsp(const OcspReport &response);
    /// "hostname mismatch (depth 0, X509 error 62)".
    static QString describeError(const VerificationError &error);
    static CertificateInfo describe(const QSslCertificate &certificate);

    /// Why the chain was refused, what the certificate does cover, and that nothing but QUIT follows.
    QString rejectionMessage() const;

    /// The chain as the server sent it, PEM, the server's certificate first: the window's chain export and
    /// --get-peer-chain.
    QByteArray chainPem() const;
    /// "Key exchange X25519, server signature RSA-PSS SHA256"; empty when neither is known.
    QString keyExchangeText() const;
    /// "The server asked for a client certificate from: CN=Client CA."; empty when it did not ask.
    QString clientCertificateRequestText() const;
    QJsonObject toJson() const;
    /// Lines for the command line and the text export.
    QStringList toTextLines() const;
};

} // namespace Smtp
