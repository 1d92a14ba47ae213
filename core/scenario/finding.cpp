#include "finding.h"

#include "core/text/untrustedtext.h"

#include <algorithm>

namespace Smtp
{

QString Finding::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::NotApplicable:
        return QStringLiteral("n/a");
    }
    return {};
}

QString Finding::toTextLine() const
{
    return neutraliseForDisplay(
        QStringLiteral("[%1] %2: %3").arg(verdictName(verdict).toUpper(), probeName(probe), text));
}

QJsonObject Finding::toJson() const
{
    const QJsonObject object{{QStringLiteral("kind"), QStringLiteral("finding")},
                             {QStringLiteral("probe"), probeName(probe)},
                             {QStringLiteral("verdict"), verdictName(verdict)},
                             {QStringLiteral("text"), text}};
    return neutraliseJsonStrings(object).toObject();
}

bool Finding::anyFailed(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &finding) { return finding.verdict == Verdict::Fail; });
}

} // namespace Smtp
