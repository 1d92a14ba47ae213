#include "nagiosreport.h"

#include "core/text/untrustedtext.h"

namespace Smtp
{

namespace
{

/// One line, safe for a terminal and for the "|" that starts the performance data.
QString oneLine(const QString &text)
{
    QString line = neutraliseForDisplay(text.simplified());
    line.replace(u'|', u'/');
    return line;
}

QString compose(NagiosReport::Status status, const QString &text, const QString &performance = {})
{
    QString line = QStringLiteral("SMTP %1 - %2").arg(NagiosReport::statusName(status), oneLine(text));
    if (!performance.isEmpty())
        line += QStringLiteral(" | ") + performance;
    return line;
}

} // namespace

QString NagiosReport::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("OK");
    case Status::Warning:
        return QStringLiteral("WARNING");
    case Status::Critical:
        return QStringLiteral("CRITICAL");
    case Status::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return QStringLiteral("UNKNOWN");
}

NagiosReport NagiosReport::forResult(const SessionResult &result, const ConnectionSettings &settings,
                                     const ExpiryThresholds &thresholds,
                                     const std::optional<CertificateMemoryCheck> &memory)
{
    QStringList performance;
    if (const std::optional<qint64> total = totalDurationMs(result.timings))
        performance << QStringLiteral("time=%1s").arg(double(*total) / 1000.0, 0, 'f', 3);
    const bool hasLeaf = result.tls && !result.tls->chain.isEmpty();
    const qint64 daysLeft = hasLeaf ? result.tls->chain.constFirst().daysLeft : 0;
    if (hasLeaf)
        performance
            << QStringLiteral("cert_days=%1;%2;%3").arg(daysLeft).arg(thresholds.warnDays).arg(thresholds.critDays);
    const QString perfData = performance.join(u' ');
    const QString target = settings.hostAndPort();

    NagiosReport report;
    if (result.error.isError()) {
        report.status = result.error.code == ErrorCode::InvalidSettings ||
                                result.error.code == ErrorCode::ClientCertificateInvalid ||
                                result.error.code == ErrorCode::Cancelled
                            ? Status::Unknown
                            : Status::Critical;
        report.line = compose(report.status, tr("%1: %2").arg(target, result.error.message), perfData);
        return report;
    }

    QStringList notes;
    if (result.tls && result.tls->tlsEstablished)
        notes << result.tls->protocol;
    report.status = Status::Ok;
    if (hasLeaf) {
        switch (expiryLevel(daysLeft, thresholds)) {
        case ExpiryLevel::Critical:
            report.status = Status::Critical;
            break;
        case ExpiryLevel::Warning:
            report.status = Status::Warning;
            break;
        case ExpiryLevel::Fine:
            break;
        }
        notes << tr("certificate expires in %n day(s)", nullptr, int(daysLeft));
    } else {
        notes << tr("no TLS");
    }
    if (memory && memory->state == CertificateMemoryCheck::State::Changed) {
        if (memory->keyChanged && report.status == Status::Ok)
            report.status = Status::Warning;
        notes << memory->message();
    }
    report.line = compose(report.status, tr("%1: %2").arg(target, notes.join(QStringLiteral(", "))), perfData);
    return report;
}

NagiosReport NagiosReport::forFailure(ErrorCode code, const QString &message)
{
    NagiosReport report;
    const bool local = code == ErrorCode::InvalidSettings || code == ErrorCode::ClientCertificateInvalid ||
                       code == ErrorCode::Cancelled || code == ErrorCode::None;
    report.status = local ? Status::Unknown : Status::Critical;
    report.line = compose(report.status, message);
    return report;
}

} // namespace Smtp
