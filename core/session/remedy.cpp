#include "remedy.h"

#include "sessionresult.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace Smtp
{

namespace
{

/// At most this many names are offered as one-click fixes; the message lists all of them.
constexpr qsizetype maximumNameRemedies = 3;

/// A name a user could type into the server name field: LDH labels (RFC 1123 §2.1) or an address. Wildcards,
/// escaped bytes and anything else a certificate may carry are shown, not offered.
bool isOfferableName(const QString &name)
{
    static const QRegularExpression hostName(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return hostName.match(name).hasMatch() || !QHostAddress(name).isNull();
}

/// The names of the leaf's DNS and IP subjectAltNames, in certificate order.
QStringList coveredNames(const CertificateInfo &leaf)
{
    QStringList names;
    for (const QString &entry : leaf.subjectAlternativeNames) {
        const qsizetype colon = entry.indexOf(u':');
        const QString type = entry.left(colon);
        if (type == QLatin1String("DNS") || type == QLatin1String("IP"))
            names << entry.mid(colon + 1).trimmed();
    }
    return names;
}

bool onlyNameMismatches(const CertificateReport &report)
{
    return !report.verifyErrors.isEmpty() &&
           std::all_of(report.verifyErrors.cbegin(), report.verifyErrors.cend(),
                       [](const VerificationError &error) { return error.isNameMismatch(); });
}

} // namespace

QString Remedy::label() const
{
    switch (kind) {
    case Kind::SetServerName:
        return QCoreApplication::translate("Smtp::Remedy", "Set the server name to %1").arg(serverName);
    case Kind::OpenSecuritySettings:
        return QCoreApplication::translate("Smtp::Remedy", "Open the Security tab");
    case Kind::OpenConnectionSettings:
        return QCoreApplication::translate("Smtp::Remedy", "Open the connection settings");
    }
    return {};
}

QList<Remedy> Remedy::forResult(const SessionResult &result)
{
    QList<Remedy> remedies;
    switch (result.error.code) {
    case ErrorCode::CertificateUntrusted:
        if (result.tls && !result.tls->chain.isEmpty() && onlyNameMismatches(*result.tls)) {
            const QStringList names = coveredNames(result.tls->chain.first());
            for (const QString &name : names) {
                if (remedies.size() < maximumNameRemedies && isOfferableName(name) &&
                    name.compare(result.tls->verificationName, Qt::CaseInsensitive) != 0)
                    remedies << Remedy{Kind::SetServerName, name};
            }
        }
        remedies << Remedy{Kind::OpenSecuritySettings, {}};
        break;
    case ErrorCode::TlsHandshakeFailed:
    case ErrorCode::StartTlsUnavailable:
    case ErrorCode::ClientCertificateInvalid:
        remedies << Remedy{Kind::OpenSecuritySettings, {}};
        break;
    case ErrorCode::ResolveFailed:
    case ErrorCode::ConnectFailed:
    case ErrorCode::TimedOut:
        remedies << Remedy{Kind::OpenConnectionSettings, {}};
        break;
    default:
        break;
    }
    return remedies;
}

} // namespace Smtp
