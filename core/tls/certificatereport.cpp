#include "certificatereport.h"

#include "certificateexpiry.h"

#include "core/text/untrustedtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QMultiMap>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/x509.h>

#include <algorithm>
#include <memory>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class CertificateReportText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateReport)
};
} // namespace

namespace
{

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    const QList<QByteArray> attributes =
        subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values = subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        // Every name is the server's text: a line break in a CN must not print a line of its own.
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(escapeUntrustedBytes(attribute), escapeUntrustedText(value));
    }
    return parts.join(QStringLiteral(", "));
}

QString fingerprint(const QSslCertificate &certificate, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(certificate.digest(algorithm).toHex(':').toUpper());
}

QString keyTypeName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        break;
    }
    return QStringLiteral("unknown");
}

QString signatureAlgorithm(const QSslCertificate &certificate)
{
    // Qt has no accessor for it; OpenSSL's text dump names it.
    static const QRegularExpression pattern(QStringLiteral("Signature Algorithm:\\s*([^\\s]+)"));
    const QRegularExpressionMatch match = pattern.match(certificate.toText());
    return match.hasMatch() ? escapeUntrustedText(match.capturedView(1)) : QString();
}

QString protocolName(QSsl::SslProtocol protocol)
{
    // Qt deprecates the old versions for ordinary use; --tls-max and the tls-versions probe reach them on purpose.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (protocol) {
    case QSsl::TlsV1_0:
        return QStringLiteral("TLS 1.0");
    case QSsl::TlsV1_1:
        return QStringLiteral("TLS 1.1");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return CertificateReportText::tr("unknown");
    }
    QT_WARNING_POP
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString spkiSha256(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &bytes, der.size()), X509_free);
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(spki), length),
                                                       QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return QString::fromLatin1(digest.toHex());
}

QJsonObject certificateJson(const CertificateInfo &info)
{
    return QJsonObject{
        {QStringLiteral("subject"), info.subject},
        {QStringLiteral("issuer"), info.issuer},
        {QStringLiteral("subject_alternative_names"), toJsonArray(info.subjectAlternativeNames)},
        {QStringLiteral("not_before"), info.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), info.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("days_left"), info.daysLeft},
        {QStringLiteral("serial"), info.serialNumber},
        {QStringLiteral("key_type"), info.keyType},
        {QStringLiteral("key_bits"), info.keyBits},
        {QStringLiteral("signature_algorithm"), info.signatureAlgorithm},
        {QStringLiteral("sha256"), info.sha256Fingerprint},
        {QStringLiteral("sha1"), info.sha1Fingerprint},
        {QStringLiteral("spki_sha256"), info.spkiSha256},
        {QStringLiteral("self_signed"), info.selfSigned},
        {QStringLiteral("errors"), toJsonArray(info.errors)},
    };
}

} // namespace

CertificateInfo CertificateReport::describe(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = distinguishedName(certificate, true);
    info.issuer = distinguishedName(certificate, false);
    const auto alternativeNames = certificate.subjectAlternativeNames();
    for (auto it = alternativeNames.cbegin(); it != alternativeNames.cend(); ++it) {
        const QString type = it.key() == QSsl::DnsEntry     ? QStringLiteral("DNS")
                             : it.key() == QSsl::EmailEntry ? QStringLiteral("email")
                                                            : QStringLiteral("IP");
        info.subjectAlternativeNames << QStringLiteral("%1:%2").arg(type, escapeUntrustedText(it.value()));
    }
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.daysLeft = Smtp::daysLeft(info.notAfter, QDateTime::currentDateTimeUtc());
    info.serialNumber = escapeUntrustedBytes(certificate.serialNumber().toUpper());
    const QSslKey key = certificate.publicKey();
    info.keyType = keyTypeName(key.algorithm());
    info.keyBits = key.length();
    info.signatureAlgorithm = signatureAlgorithm(certificate);
    info.sha256Fingerprint = fingerprint(certificate, QCryptographicHash::Sha256);
    info.sha1Fingerprint = fingerprint(certificate, QCryptographicHash::Sha1);
    info.spkiSha256 = spkiSha256(certificate);
    info.selfSigned = certificate.isSelfSigned();
    info.pem = certificate.toPem();
    return info;
}

QString CertificateReport::describeError(const VerificationError &error)
{
    return CertificateReportText::tr("%1 (depth %2, X509 error %3)")
        .arg(error.text)
        .arg(error.depth)
        .arg(error.x509Error);
}

CertificateReport CertificateReport::fromSocket(const QSslSocket &socket, const PeerVerdict &verdict,
                                                const QString &verificationName)
{
    CertificateReport report;
    report.tlsEstablished = socket.isEncrypted();
    report.verificationName = verificationName;
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    QList<QByteArray> digests;
    for (const QSslCertificate &certificate : chain) {
        report.chain.append(describe(certificate));
        digests.append(certificate.digest(QCryptographicHash::Sha256));
    }
    report.verifyErrors = verdict.errors;
    for (const VerificationError &error : verdict.errors) {
        const QString text = describeError(error);
        report.verificationErrors << text;
        const qsizetype index = digests.indexOf(error.certificateDigest);
        if (index >= 0)
            report.chain[index].errors << text;
    }
    report.verificationErrors.removeDuplicates();
    report.verified = report.tlsEstablished && verdict.verified && !chain.isEmpty();
    report.nameFromCommonNameOnly = verdict.matchedCommonNameOnly;
    if (!verdict.builtChain.isEmpty() && verdict.builtChain.size() > 1 && !chain.contains(verdict.builtChain.last()))
        report.trustAnchor = describe(verdict.builtChain.last());
    report.protocol = protocolName(socket.sessionProtocol());
    const QSslCipher cipher = socket.sessionCipher();
    report.cipher = cipher.name();
    report.cipherBits = cipher.usedBits();
    report.clientCertificateSent = !socket.sslConfiguration().localCertificate().isNull();
    return report;
}

void CertificateReport::applyOcsp(const OcspReport &response)
{
    ocsp = response;
    if (!response.provesRevoked() || chain.isEmpty())
        return;
    const VerificationError revoked{
        0, X509_V_ERR_CERT_REVOKED, CertificateReportText::tr("certificate revoked (stapled OCSP response)"), {}};
    const QString text = describeError(revoked);
    verifyErrors << revoked;
    verificationErrors << text;
    chain.first().errors << text;
    verified = false;
}

QString CertificateReport::rejectionMessage() const
{
    QString covered;
    if (!chain.isEmpty()) {
        const CertificateInfo &leaf = chain.first();
        // Host names and addresses as a person types them ("localhost, ::1"); other kinds keep their prefix.
        QStringList names;
        for (const QString &entry : leaf.subjectAlternativeNames) {
            const bool hostOrAddress =
                entry.startsWith(QLatin1String("DNS:")) || entry.startsWith(QLatin1String("IP:"));
            names << (hostOrAddress ? entry.mid(entry.indexOf(u':') + 1) : entry);
        }
        covered = names.isEmpty() ? leaf.subject : names.join(QStringLiteral(", "));
    }
    const bool nameOnly =
        !verifyErrors.isEmpty() && std::all_of(verifyErrors.cbegin(), verifyErrors.cend(),
                                               [](const VerificationError &error) { return error.isNameMismatch(); });
    const QString advice =
        nameOnly ? CertificateReportText::tr("Check the server name: the certificate covers %1.").arg(covered)
                 : CertificateReportText::tr("The certificate covers %1.").arg(covered);
    return CertificateReportText::tr(
               "The server certificate is not trusted for %1: %2. %3 Nothing but QUIT is sent on this "
               "connection.")
        .arg(verificationName, verificationErrors.join(QStringLiteral("; ")), advice);
}

QString CertificateReport::keyExchangeText() const
{
    if (keyExchange.isEmpty() && serverSignature.isEmpty())
        return {};
    const QString unknown = CertificateReportText::tr("unknown");
    return CertificateReportText::tr("Key exchange %1, server signature %2")
        .arg(keyExchange.isEmpty() ? unknown : keyExchange, serverSignature.isEmpty() ? unknown : serverSignature);
}

QString CertificateReport::clientCertificateRequestText() const
{
    if (!clientCertificateRequested)
        return {};
    if (acceptableClientCaNames.isEmpty())
        return CertificateReportText::tr("The server asked for a client certificate and named no CA.");
    return CertificateReportText::tr("The server asked for a client certificate from: %1.")
        .arg(acceptableClientCaNames.join(QStringLiteral("; ")));
}

QByteArray CertificateReport::chainPem() const
{
    QByteArray pem;
    for (const CertificateInfo &info : chain) {
        pem += info.pem;
        if (!pem.endsWith('\n'))
            pem += '\n';
    }
    return pem;
}

QJsonObject CertificateReport::toJson() const
{
    QJsonArray certificates;
    for (const CertificateInfo &info : chain)
        certificates.append(certificateJson(info));
    QJsonArray errors;
    for (const VerificationError &error : verifyErrors) {
        errors.append(QJsonObject{
            {QStringLiteral("depth"), error.depth},
            {QStringLiteral("x509_error"), error.x509Error},
            {QStringLiteral("text"), error.text},
        });
    }
    QJsonObject json{
        {QStringLiteral("established"), tlsEstablished},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("cipher"), cipher},
        {QStringLiteral("cipher_bits"), cipherBits},
        {QStringLiteral("key_exchange"), keyExchange},
        {QStringLiteral("server_signature"), serverSignature},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("validation_skipped"), validationSkipped},
        {QStringLiteral("verification_name"), verificationName},
        {QStringLiteral("verification_errors"), toJsonArray(verificationErrors)},
        {QStringLiteral("verify_errors"), errors},
        {QStringLiteral("name_from_common_name_only"), nameFromCommonNameOnly},
        {QStringLiteral("client_certificate_sent"), clientCertificateSent},
        {QStringLiteral("client_certificate_required"), clientCertificateRequired},
        {QStringLiteral("client_certificate_requested"), clientCertificateRequested},
        {QStringLiteral("client_ca_names"), toJsonArray(acceptableClientCaNames)},
        {QStringLiteral("chain"), certificates},
    };
    if (trustAnchor)
        json.insert(QStringLiteral("trust_anchor"), certificateJson(*trustAnchor));
    if (ocsp)
        json.insert(QStringLiteral("ocsp"), ocsp->toJson());
    return json;
}

QStringList CertificateReport::toTextLines() const
{
    QStringList lines;
    if (!tlsEstablished && chain.isEmpty()) {
        lines << CertificateReportText::tr("TLS: not established");
        if (clientCertificateRequired)
            lines << CertificateReportText::tr("  the server requires a client certificate");
        return lines;
    }
    lines << CertificateReportText::tr("TLS: %1, cipher %2 (%3 bits)").arg(protocol, cipher).arg(cipherBits);
    if (const QString exchange = keyExchangeText(); !exchange.isEmpty())
        lines << QStringLiteral("  ") + exchange;
    if (verified)
        lines << CertificateReportText::tr("Verification: OK for %1").arg(verificationName);
    else if (validationSkipped)
        lines << CertificateReportText::tr("Verification: SKIPPED (trusted site) for %1").arg(verificationName);
    else
        lines << CertificateReportText::tr("Verification: FAILED for %1").arg(verificationName);
    for (const QString &error : verificationErrors)
        lines << CertificateReportText::tr("  error: %1").arg(error);
    if (nameFromCommonNameOnly)
        lines << CertificateReportText::tr(
            "  warning: the name matched only the subject's CN; the certificate has no DNS "
            "subjectAltName");
    lines << CertificateReportText::tr("Client certificate: %1")
                 .arg(clientCertificateSent       ? CertificateReportText::tr("sent")
                      : clientCertificateRequired ? CertificateReportText::tr("required by the server, none configured")
                                                  : CertificateReportText::tr("none"));
    if (clientCertificateRequested)
        lines << QStringLiteral("  ") + clientCertificateRequestText();
    if (ocsp)
        lines << ocsp->summary();
    for (qsizetype depth = 0; depth < chain.size(); ++depth) {
        const CertificateInfo &info = chain.at(depth);
        lines << CertificateReportText::tr("Certificate %1: %2").arg(depth).arg(info.subject);
        lines << CertificateReportText::tr("  issuer: %1").arg(info.issuer);
        if (!info.subjectAlternativeNames.isEmpty())
            lines << CertificateReportText::tr("  names: %1")
                         .arg(info.subjectAlternativeNames.join(QStringLiteral(", ")));
        lines << CertificateReportText::tr("  valid: %1 to %2 (%3 days left)")
                     .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate))
                     .arg(info.daysLeft);
        lines << CertificateReportText::tr("  key: %1 %2 bits, signature %3, serial %4")
                     .arg(info.keyType)
                     .arg(info.keyBits)
                     .arg(info.signatureAlgorithm, info.serialNumber);
        lines << CertificateReportText::tr("  SHA-256: %1").arg(info.sha256Fingerprint);
        lines << CertificateReportText::tr("  SHA-1: %1").arg(info.sha1Fingerprint);
        lines << CertificateReportText::tr("  SPKI SHA-256: %1").arg(info.spkiSha256);
        for (const QString &error : info.errors)
            lines << CertificateReportText::tr("  error: %1").arg(error);
    }
    if (trustAnchor)
        lines << CertificateReportText::tr("Trust anchor: %1 (SHA-256 %2)")
                     .arg(trustAnchor->subject, trustAnchor->sha256Fingerprint);
    return lines;
}

} // namespace Smtp
