#pragma once

#include "probe.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Smtp
{

/// What one probe found: a verdict and a sentence an administrator can act on.
struct Finding
{
    enum class Verdict
    {
        Pass,          ///< the server does what the policy asks
        Warn,          ///< not wrong as such, or not conclusive: worth a look
        Fail,          ///< the policy is broken (exit status 12)
        NotApplicable, ///< the check does not apply here, or could not be made by this program
    };

    Probe probe = Probe::StartTlsRequired;
    Verdict verdict = Verdict::NotApplicable;
    /// One sentence or a few; server text in it is escaped (Reply::summary()).
    QString text;

    /// "pass", "warn", "fail", "n/a": the JSON names.
    static QString verdictName(Verdict verdict);
    /// "[PASS] probe-name: text" ("[WARN]", "[FAIL]", "[N/A]"), neutralised for a terminal.
    QString toTextLine() const;
    /// {"kind":"finding","probe":"open-relay","verdict":"pass","text":…}, strings neutralised.
    QJsonObject toJson() const;
    /// Whether some finding is a failure: the command line's exit status 12.
    static bool anyFailed(const QList<Finding> &findings);

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace Smtp
