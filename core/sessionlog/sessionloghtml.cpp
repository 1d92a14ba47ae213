#include "sessionloghtml.h"

#include "core/text/untrustedtext.h"
#include "core/tls/certificatereport.h"
#include "sessionlogexporter.h"

namespace Smtp
{

namespace
{

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString certificateTitle(qsizetype index)
{
    return index == 0 ? SessionLogExporter::tr("Server certificate")
                      : SessionLogExporter::tr("Chain certificate %1").arg(index);
}

} // namespace

QString SessionLogHtml::html(const QString &text)
{
    QString out = neutraliseForDisplay(text).toHtmlEscaped();
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString SessionLogHtml::htmlLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << html(line);
    return out.join(u'\n');
}

void SessionLogHtml::appendRow(QString &out, const QString &key, const QString &value)
{
    out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(html(key), html(value));
}

void SessionLogHtml::appendCertificateReport(QString &out, const CertificateReport &report)
{
    out += QStringLiteral("<table class=\"kv\">\n");
    appendRow(out, SessionLogExporter::tr("TLS established"), yesNo(report.tlsEstablished));
    appendRow(out, SessionLogExporter::tr("Protocol"), report.protocol);
    appendRow(out, SessionLogExporter::tr("Cipher"),
              report.cipherBits > 0 ? SessionLogExporter::tr("%1 (%2 bits)").arg(report.cipher).arg(report.cipherBits)
                                    : report.cipher);
    if (!report.keyExchange.isEmpty())
        appendRow(out, SessionLogExporter::tr("Key exchange"), report.keyExchange);
    if (!report.serverSignature.isEmpty())
        appendRow(out, SessionLogExporter::tr("Server signature"), report.serverSignature);
    appendRow(out, SessionLogExporter::tr("Verified for"), report.verificationName);
    appendRow(out, SessionLogExporter::tr("Chain verified"), yesNo(report.verified));
    if (report.validationSkipped)
        appendRow(out, SessionLogExporter::tr("Validation"), SessionLogExporter::tr("skipped (trusted site)"));
    appendRow(out, SessionLogExporter::tr("Client certificate sent"), yesNo(report.clientCertificateSent));
    if (report.clientCertificateRequested)
        appendRow(out, SessionLogExporter::tr("Client certificate request"), report.clientCertificateRequestText());
    if (report.clientCertificateRequired)
        appendRow(out, SessionLogExporter::tr("Client certificate"), SessionLogExporter::tr("required by the server"));
    if (report.ocsp)
        appendRow(out, SessionLogExporter::tr("OCSP"), report.ocsp->summary());
    for (const QString &error : report.verificationErrors)
        appendRow(out, SessionLogExporter::tr("Verification error"), error);
    out += QStringLiteral("</table>\n");

    for (qsizetype i = 0; i < report.chain.size(); ++i) {
        const CertificateInfo &info = report.chain.at(i);
        out += QStringLiteral("<h3>%1</h3>\n<table class=\"kv\">\n").arg(html(certificateTitle(i)));
        appendRow(out, SessionLogExporter::tr("Subject"), info.subject);
        appendRow(out, SessionLogExporter::tr("Issuer"), info.issuer);
        appendRow(out, SessionLogExporter::tr("Alternative names"),
                  info.subjectAlternativeNames.join(QStringLiteral(", ")));
        appendRow(out, SessionLogExporter::tr("Valid from"), info.notBefore.toString(Qt::ISODate));
        appendRow(
            out, SessionLogExporter::tr("Valid until"),
            SessionLogExporter::tr("%1 (%2 days left)").arg(info.notAfter.toString(Qt::ISODate)).arg(info.daysLeft));
        appendRow(out, SessionLogExporter::tr("Serial number"), info.serialNumber);
        appendRow(out, SessionLogExporter::tr("Key"),
                  SessionLogExporter::tr("%1 %2 bits").arg(info.keyType).arg(info.keyBits));
        appendRow(out, SessionLogExporter::tr("Signature"), info.signatureAlgorithm);
        appendRow(out, SessionLogExporter::tr("SHA-256"), info.sha256Fingerprint);
        appendRow(out, SessionLogExporter::tr("SPKI SHA-256"), info.spkiSha256);
        appendRow(out, SessionLogExporter::tr("SHA-1"), info.sha1Fingerprint);
        if (info.selfSigned)
            appendRow(out, SessionLogExporter::tr("Self-signed"), yesNo(true));
        for (const QString &error : info.errors)
            appendRow(out, SessionLogExporter::tr("Error"), error);
        out += QStringLiteral("</table>\n");
    }
}

} // namespace Smtp
