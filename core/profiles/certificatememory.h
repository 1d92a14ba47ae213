#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Smtp
{

struct CertificateReport;

/// The leaf certificate a verified run of a profile remembered (trust on first use): later runs say whether the
/// server still presents it, a renewal of it (same key), or another key.
struct RememberedCertificate
{
    QString spkiSha256;        ///< the public key pin (CertificateInfo::spkiSha256)
    QString sha256Fingerprint; ///< the certificate itself
    QDateTime notAfter;
    QDateTime rememberedSince;

    bool operator==(const RememberedCertificate &other) const = default;

    QJsonObject toJson() const;
    /// Problems go to problems; the result is usable only when none were added.
    static RememberedCertificate fromJson(const QJsonObject &object, QStringList &problems);
};

/// What a run found compared with the remembered certificate.
struct CertificateMemoryCheck
{
    enum class State
    {
        First,   ///< nothing remembered yet
        Same,    ///< the very certificate remembered
        Changed, ///< another certificate: renewed with the same key, or a new key (keyChanged)
    };
    State state = State::First;
    bool keyChanged = false;
    QDateTime rememberedSince;

    /// "first", "same" or "changed", as the command line's JSON names them.
    QString stateName() const;
    /// {"state":…, "remembered_since":…, "key_changed":…} for the JSON result.
    QJsonObject toJson() const;
    /// A sentence for the transcript and the window; empty for Same.
    QString message() const;
};

namespace CertificateMemory
{
/// What to remember of a run: the leaf of a verified chain; nothing when the chain was not verified (a certificate
/// nobody vouched for is not one to trust later).
std::optional<RememberedCertificate> fromReport(const CertificateReport &report, const QDateTime &now);
/// The run's leaf against what was remembered; a run without a leaf compares as First.
CertificateMemoryCheck check(const std::optional<RememberedCertificate> &remembered, const CertificateReport &report);
} // namespace CertificateMemory

} // namespace Smtp
