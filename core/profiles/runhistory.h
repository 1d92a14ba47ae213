#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Smtp
{

struct SessionResult;

/// What one run of a profile found, kept with the profile so that the next run can say what changed.
struct RunRecord
{
    QDateTime when;
    bool ok = false;
    QString outcome; ///< "OK" or the error code's name ("CertificateRejected")
    QString tlsProtocol;
    QString cipher;
    QString certificateSha256; ///< the leaf's fingerprint; empty without TLS
    QDateTime certificateNotAfter;
    /// The capabilities the server offered last (after TLS when there was TLS), as keyword lines.
    QStringList capabilities;

    bool operator==(const RunRecord &other) const = default;

    static RunRecord fromResult(const SessionResult &result, const QDateTime &now);
    QJsonObject toJson() const;
    /// Problems go to problems; the record is usable only when none were added.
    static RunRecord fromJson(const QJsonObject &object, QStringList &problems);
};

namespace RunHistory
{
/// How many runs a profile keeps: enough to see a trend and compare, few enough to keep the file small.
constexpr int maximumRuns = 20;

/// The history with run in front (newest first), at most maximumRuns long.
QList<RunRecord> withRun(QList<RunRecord> history, const RunRecord &run);

/// What changed from older to newer, one sentence each: the outcome, the TLS version and cipher, the certificate,
/// capabilities added and removed. Empty when nothing did.
QStringList differences(const RunRecord &older, const RunRecord &newer);
} // namespace RunHistory

} // namespace Smtp
