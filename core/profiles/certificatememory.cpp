#include "certificatememory.h"

#include "core/tls/certificatereport.h"

#include <QCoreApplication>

namespace Smtp
{

namespace
{

// The translation context of this file's sentences.
struct CertificateMemoryText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMemory)
};

const QString keyPin = QStringLiteral("spkiSha256");
const QString keyFingerprint = QStringLiteral("sha256");
const QString keyNotAfter = QStringLiteral("notAfter");
const QString keySince = QStringLiteral("rememberedSince");

QDateTime readDate(const QJsonObject &object, const QString &key, QStringList &problems)
{
    const QDateTime date = QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
    if (!date.isValid())
        problems << CertificateMemoryText::tr("The remembered certificate's \"%1\" is not an ISO 8601 date and time.")
                        .arg(key);
    return date;
}

} // namespace

QJsonObject RememberedCertificate::toJson() const
{
    return QJsonObject{
        {keyPin, spkiSha256},
        {keyFingerprint, sha256Fingerprint},
        {keyNotAfter, notAfter.toUTC().toString(Qt::ISODate)},
        {keySince, rememberedSince.toUTC().toString(Qt::ISODate)},
    };
}

RememberedCertificate RememberedCertificate::fromJson(const QJsonObject &object, QStringList &problems)
{
    RememberedCertificate remembered;
    remembered.spkiSha256 = object.value(keyPin).toString();
    remembered.sha256Fingerprint = object.value(keyFingerprint).toString();
    if (remembered.spkiSha256.isEmpty() || remembered.sha256Fingerprint.isEmpty())
        problems << CertificateMemoryText::tr("The remembered certificate has no key pin or fingerprint.");
    remembered.notAfter = readDate(object, keyNotAfter, problems);
    remembered.rememberedSince = readDate(object, keySince, problems);
    return remembered;
}

QString CertificateMemoryCheck::stateName() const
{
    switch (state) {
    case State::First:
        return QStringLiteral("first");
    case State::Same:
        return QStringLiteral("same");
    case State::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QJsonObject CertificateMemoryCheck::toJson() const
{
    QJsonObject object{{QStringLiteral("state"), stateName()}};
    if (state != State::First) {
        object.insert(QStringLiteral("remembered_since"), rememberedSince.toUTC().toString(Qt::ISODate));
        object.insert(QStringLiteral("key_changed"), keyChanged);
    }
    return object;
}

QString CertificateMemoryCheck::message() const
{
    const QString since = rememberedSince.toUTC().toString(Qt::ISODate);
    switch (state) {
    case State::First:
        return CertificateMemoryText::tr("No certificate was remembered for this profile yet.");
    case State::Same:
        return {};
    case State::Changed:
        return keyChanged ? CertificateMemoryText::tr("The server's certificate AND KEY changed since the one "
                                                      "remembered on %1. Confirm the change is yours.")
                                .arg(since)
                          : CertificateMemoryText::tr("The server's certificate changed since the one remembered on "
                                                      "%1 (the same key: a renewal).")
                                .arg(since);
    }
    return {};
}

std::optional<RememberedCertificate> CertificateMemory::fromReport(const CertificateReport &report,
                                                                   const QDateTime &now)
{
    if (!report.verified || report.chain.isEmpty())
        return std::nullopt;
    const CertificateInfo &leaf = report.chain.first();
    return RememberedCertificate{leaf.spkiSha256, leaf.sha256Fingerprint, leaf.notAfter, now.toUTC()};
}

CertificateMemoryCheck CertificateMemory::check(const std::optional<RememberedCertificate> &remembered,
                                                const CertificateReport &report)
{
    CertificateMemoryCheck result;
    if (!remembered || report.chain.isEmpty())
        return result;
    const CertificateInfo &leaf = report.chain.first();
    result.rememberedSince = remembered->rememberedSince;
    result.state = leaf.sha256Fingerprint == remembered->sha256Fingerprint ? CertificateMemoryCheck::State::Same
                                                                           : CertificateMemoryCheck::State::Changed;
    result.keyChanged = leaf.spkiSha256 != remembered->spkiSha256;
    return result;
}

} // namespace Smtp
