#include "certificatereport.h"

#include "text/untrustedtext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMultiMap>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

namespace Smtp
{

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
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        return QObject::tr("unknown");
    }
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
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
    info.daysLeft = QDateTime::currentDateTimeUtc().daysTo(info.notAfter);
    info.serialNumber = escapeUntrustedBytes(certificate.serialNumber().toUpper());
    const QSslKey key = certificate.publicKey();
    info.keyType = keyTypeName(key.algorithm());
    info.keyBits = key.length();
    info.signatureAlgorithm = signatureAlgorithm(certificate);
    info.sha256Fingerprint = fingerprint(certificate, QCryptographicHash::Sha256);
    info.sha1Fingerprint = fingerprint(certificate, QCryptographicHash::Sha1);
    info.selfSigned = certificate.isSelfSigned();
    info.pem = certificate.toPem();
    return info;
}

CertificateReport CertificateReport::fromSocket(const QSslSocket &socket, const QList<QSslError> &errors,
                                                const QString &verificationName)
{
    CertificateReport report;
    report.tlsEstablished = socket.isEncrypted();
    report.verificationName = verificationName;
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    for (const QSslCertificate &certificate : chain)
        report.chain.append(describe(certificate));
    for (const QSslError &error : errors) {
        report.verificationErrors << error.errorString();
        const qsizetype index = chain.indexOf(error.certificate());
        if (index >= 0)
            report.chain[index].errors << error.errorString();
    }
    report.verificationErrors.removeDuplicates();
    report.verified = report.tlsEstablished && errors.isEmpty() && !chain.isEmpty();
    report.protocol = protocolName(socket.sessionProtocol());
    const QSslCipher cipher = socket.sessionCipher();
    report.cipher = cipher.name();
    report.cipherBits = cipher.usedBits();
    report.clientCertificateSent = !socket.sslConfiguration().localCertificate().isNull();
    return report;
}

QJsonObject CertificateReport::toJson() const
{
    QJsonArray certificates;
    for (const CertificateInfo &info : chain) {
        certificates.append(QJsonObject{
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
            {QStringLiteral("self_signed"), info.selfSigned},
            {QStringLiteral("errors"), toJsonArray(info.errors)},
        });
    }
    return QJsonObject{
        {QStringLiteral("established"), tlsEstablished},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("cipher"), cipher},
        {QStringLiteral("cipher_bits"), cipherBits},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("validation_skipped"), validationSkipped},
        {QStringLiteral("verification_name"), verificationName},
        {QStringLiteral("verification_errors"), toJsonArray(verificationErrors)},
        {QStringLiteral("client_certificate_sent"), clientCertificateSent},
        {QStringLiteral("client_certificate_required"), clientCertificateRequired},
        {QStringLiteral("chain"), certificates},
    };
}

QStringList CertificateReport::toTextLines() const
{
    QStringList lines;
    if (!tlsEstablished && chain.isEmpty()) {
        lines << QObject::tr("TLS: not established");
        if (clientCertificateRequired)
            lines << QObject::tr("  the server requires a client certificate");
        return lines;
    }
    lines << QObject::tr("TLS: %1, cipher %2 (%3 bits)").arg(protocol, cipher).arg(cipherBits);
    if (verified)
        lines << QObject::tr("Verification: OK for %1").arg(verificationName);
    else if (validationSkipped)
        lines << QObject::tr("Verification: SKIPPED (trusted site) for %1").arg(verificationName);
    else
        lines << QObject::tr("Verification: FAILED for %1").arg(verificationName);
    for (const QString &error : verificationErrors)
        lines << QObject::tr("  error: %1").arg(error);
    lines << QObject::tr("Client certificate: %1")
                 .arg(clientCertificateSent       ? QObject::tr("sent")
                      : clientCertificateRequired ? QObject::tr("required by the server, none configured")
                                                  : QObject::tr("none"));
    for (qsizetype depth = 0; depth < chain.size(); ++depth) {
        const CertificateInfo &info = chain.at(depth);
        lines << QObject::tr("Certificate %1: %2").arg(depth).arg(info.subject);
        lines << QObject::tr("  issuer: %1").arg(info.issuer);
        if (!info.subjectAlternativeNames.isEmpty())
            lines << QObject::tr("  names: %1").arg(info.subjectAlternativeNames.join(QStringLiteral(", ")));
        lines << QObject::tr("  valid: %1 to %2 (%3 days left)")
                     .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate))
                     .arg(info.daysLeft);
        lines << QObject::tr("  key: %1 %2 bits, signature %3, serial %4")
                     .arg(info.keyType)
                     .arg(info.keyBits)
                     .arg(info.signatureAlgorithm, info.serialNumber);
        lines << QObject::tr("  SHA-256: %1").arg(info.sha256Fingerprint);
        lines << QObject::tr("  SHA-1: %1").arg(info.sha1Fingerprint);
        for (const QString &error : info.errors)
            lines << QObject::tr("  error: %1").arg(error);
    }
    return lines;
}

} // namespace Smtp
