#include "batchrunner.h"

#include "clioutput.h"
#include "exitstatus.h"

#include "core/batch/batchcheck.h"
#include "core/connection/securitymode.h"
#include "core/dns/mxlookup.h"
#include "core/session/phasetiming.h"

#include <QJsonObject>

#include <algorithm>

namespace Smtp
{

namespace
{

QString phaseTotal(const PhaseTimings &timings)
{
    const std::optional<qint64> total = totalDurationMs(timings);
    return total ? BatchRunner::tr("%1 ms").arg(*total) : QString();
}

QJsonObject targetJson(const CheckTarget &target)
{
    QJsonObject object{
        {QStringLiteral("address"), target.settings.host},
        {QStringLiteral("port"), target.settings.effectivePort()},
        {QStringLiteral("security"), securityModeName(target.settings.security)},
    };
    if (!target.profile.isEmpty())
        object.insert(QStringLiteral("profile"), target.profile);
    if (!target.exchanger.isEmpty() && target.profile.isEmpty())
        object.insert(QStringLiteral("mx"), target.exchanger);
    if (target.preference)
        object.insert(QStringLiteral("preference"), *target.preference);
    return object;
}

} // namespace

BatchRunner::BatchRunner(CliOutput &output, int parallel, QObject *parent)
    : QObject(parent), m_output(output), m_parallel(parallel)
{}

BatchRunner::~BatchRunner() = default;

void BatchRunner::finishLater(int exitStatus)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this, [this, exitStatus] { emit finished(exitStatus); }, Qt::QueuedConnection);
}

void BatchRunner::runDomain(const QString &domain, const QString &dnsServer, const ConnectionSettings &base,
                            bool matrix)
{
    m_lookup = std::make_unique<MxLookup>(dnsServer, base.timeoutSeconds * 1000);
    connect(m_lookup.get(), &MxLookup::finished, this, [this, base, matrix](const MailRoute &route) {
        switch (route.kind) {
        case MailRoute::Kind::Failed:
            m_output.writeFailure(route.timedOut ? ErrorCode::TimedOut : ErrorCode::ResolveFailed, route.error);
            finishLater(int(exitStatusFor(route.timedOut ? ErrorCode::TimedOut : ErrorCode::ResolveFailed)));
            return;
        case MailRoute::Kind::NullMx:
            // RFC 7505: the domain says it takes no mail; there is nothing to check, and nothing failed.
            m_output.writeRecord(tr("%1 has a null MX (RFC 7505): it accepts no mail.").arg(route.domain),
                                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("result")},
                                             {QStringLiteral("ok"), true},
                                             {QStringLiteral("exit_status"), 0},
                                             {QStringLiteral("checks"), 0},
                                             {QStringLiteral("failed"), 0},
                                             {QStringLiteral("null_mx"), true}});
            finishLater(int(ExitStatus::Success));
            return;
        case MailRoute::Kind::ImplicitMx:
            m_output.writeWarning(
                tr("%1 has no MX record: its own address is the exchanger (RFC 5321 §5.1).").arg(route.domain));
            break;
        case MailRoute::Kind::Exchangers:
            break;
        }
        for (const MailExchanger &exchanger : route.exchangers) {
            if (!exchanger.problem.isEmpty())
                m_output.writeWarning(exchanger.problem);
        }
        runTargets(CheckPlan::forRoute(route, base, matrix));
    });
    m_lookup->start(domain);
}

void BatchRunner::runTargets(const QList<CheckTarget> &targets)
{
    m_targets = targets;
    for (const CheckTarget &target : targets)
        m_labelWidth = std::max(m_labelWidth, target.label().size());
    m_batch = std::make_unique<BatchCheck>(targets, m_parallel);
    connect(m_batch.get(), &BatchCheck::checkFinished, this, &BatchRunner::onCheckFinished);
    connect(m_batch.get(), &BatchCheck::finished, this, &BatchRunner::onBatchFinished);
    m_batch->start();
}

void BatchRunner::interrupt()
{
    if (m_batch)
        m_batch->cancel();
    else
        finishLater(int(ExitStatus::Cancelled));
}

void BatchRunner::onCheckFinished(int, const CheckOutcome &outcome)
{
    const SessionResult &result = outcome.result;
    const int status = result.ok() ? int(ExitStatus::Success) : int(exitStatusFor(result.error.code));
    const QJsonObject full = CliOutput::resultObject(result, outcome.target.settings);
    const QJsonObject probe{
        {QStringLiteral("kind"), QStringLiteral("probe")},
        {QStringLiteral("target"), targetJson(outcome.target)},
        {QStringLiteral("ok"), result.ok()},
        {QStringLiteral("exit_status"), status},
        {QStringLiteral("error"), full.value(QStringLiteral("error"))},
        {QStringLiteral("tls"), full.value(QStringLiteral("tls"))},
        {QStringLiteral("timings"), full.value(QStringLiteral("timings"))},
    };
    QString tls = tr("no TLS");
    if (result.tls && result.tls->tlsEstablished) {
        tls = result.tls->protocol;
        if (!result.tls->chain.isEmpty())
            tls = tr("%1, certificate %n day(s) left", nullptr, int(result.tls->chain.first().daysLeft)).arg(tls);
    }
    const QString verdict = result.ok() ? tr("OK") : tr("FAIL %1").arg(status);
    QString row = QStringLiteral("%1  %2  %3  %4")
                      .arg(verdict, -7)
                      .arg(outcome.target.label(), -int(m_labelWidth))
                      .arg(phaseTotal(result.timings), 8)
                      .arg(tls);
    if (!result.ok())
        row = tr("%1  %2").arg(row, result.error.message);
    m_output.writeRecord(row, probe);
}

void BatchRunner::onBatchFinished(int failed)
{
    const int status = failed == 0 ? int(ExitStatus::Success) : int(ExitStatus::ChecksFailed);
    const int checks = int(m_targets.size());
    m_output.writeRecord(tr("%n check(s), %1 failed", nullptr, checks).arg(failed),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("result")},
                                     {QStringLiteral("ok"), failed == 0},
                                     {QStringLiteral("exit_status"), status},
                                     {QStringLiteral("checks"), checks},
                                     {QStringLiteral("failed"), failed}});
    finishLater(status);
}

} // namespace Smtp
