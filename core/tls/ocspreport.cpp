#include "ocspreport.h"

#include "core/text/untrustedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QOcspResponse>
#include <QSslError>
#include <QSslSocket>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class OcspReportText
{
    Q_DECLARE_TR_FUNCTIONS(OcspReport)
};

QString statusName(QOcspCertificateStatus status)
{
    switch (status) {
    case QOcspCertificateStatus::Good:
        return QStringLiteral("good");
    case QOcspCertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case QOcspCertificateStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

/// RFC 5280 §5.3.1's reason codes, as people read them.
QString reasonName(QOcspRevocationReason reason)
{
    switch (reason) {
    case QOcspRevocationReason::None:
        return {};
    case QOcspRevocationReason::Unspecified:
        return OcspReportText::tr("unspecified");
    case QOcspRevocationReason::KeyCompromise:
        return OcspReportText::tr("key compromise");
    case QOcspRevocationReason::CACompromise:
        return OcspReportText::tr("CA compromise");
    case QOcspRevocationReason::AffiliationChanged:
        return OcspReportText::tr("affiliation changed");
    case QOcspRevocationReason::Superseded:
        return OcspReportText::tr("superseded");
    case QOcspRevocationReason::CessationOfOperation:
        return OcspReportText::tr("cessation of operation");
    case QOcspRevocationReason::CertificateHold:
        return OcspReportText::tr("certificate hold");
    case QOcspRevocationReason::RemoveFromCRL:
        return OcspReportText::tr("removed from CRL");
    }
    return {};
}

/// Why a stapled response cannot be relied on, for the OCSP findings among Qt's handshake errors; empty for the
/// others (certificate errors are PeerVerifier's to judge, and a missing response is no problem of a response).
QString problemText(QSslError::SslError error)
{
    switch (error) {
    case QSslError::OcspMalformedRequest:
    case QSslError::OcspMalformedResponse:
        return OcspReportText::tr("the response is malformed");
    case QSslError::OcspInternalError:
    case QSslError::OcspTryLater:
    case QSslError::OcspSigRequred:
    case QSslError::OcspUnauthorized:
        return OcspReportText::tr("the responder gave no status (an error response)");
    case QSslError::OcspResponseCannotBeTrusted:
        return OcspReportText::tr("the response is not signed by the certificate's issuer or a responder it "
                                  "delegated to");
    case QSslError::OcspResponseCertIdUnknown:
        return OcspReportText::tr("the response is about another certificate");
    case QSslError::OcspResponseExpired:
        return OcspReportText::tr("the response is out of date");
    default:
        return {};
    }
}

} // namespace

OcspReport OcspReport::fromSocket(const QSslSocket &socket, const QList<QSslError> &handshakeErrors)
{
    OcspReport report;
    const QList<QOcspResponse> responses = socket.ocspResponses();
    bool noResponse = responses.isEmpty();
    for (const QSslError &error : handshakeErrors) {
        if (error.error() == QSslError::OcspNoResponseFound)
            noResponse = true;
        else if (const QString problem = problemText(error.error()); !problem.isEmpty())
            report.problems << problem;
    }
    report.problems.removeDuplicates();
    report.stapled = !noResponse || !report.problems.isEmpty();
    if (!report.stapled)
        return report;
    if (!responses.isEmpty()) {
        const QOcspResponse &response = responses.first();
        report.status = statusName(response.certificateStatus());
        report.revocationReason = reasonName(response.revocationReason());
        report.responder = escapeUntrustedText(response.responder().subjectDisplayName());
    } else {
        report.status = statusName(QOcspCertificateStatus::Unknown);
    }
    report.trusted = report.problems.isEmpty();
    return report;
}

QString OcspReport::summary() const
{
    if (!stapled)
        return OcspReportText::tr("OCSP: the server stapled no response.");
    const QString statusText =
        revocationReason.isEmpty() ? status : OcspReportText::tr("%1 (%2)").arg(status, revocationReason);
    if (!trusted)
        return OcspReportText::tr("OCSP: the stapled response cannot be trusted: %1. It claims: %2.")
            .arg(problems.join(QStringLiteral("; ")), statusText);
    return OcspReportText::tr("OCSP: %1, signed by %2 (response verified).").arg(statusText, responder);
}

QJsonObject OcspReport::toJson() const
{
    QJsonObject json{{QStringLiteral("stapled"), stapled}};
    if (!stapled)
        return json;
    json.insert(QStringLiteral("status"), status);
    if (!revocationReason.isEmpty())
        json.insert(QStringLiteral("revocation_reason"), revocationReason);
    json.insert(QStringLiteral("responder"), responder);
    json.insert(QStringLiteral("trusted"), trusted);
    json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    return json;
}

} // namespace Smtp
