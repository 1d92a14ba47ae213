#pragma once

#include "core/batch/checktarget.h"

#include <QObject>

#include <memory>

namespace Smtp
{

class BatchCheck;
class CliOutput;
class MxLookup;

/// Runs the command line's batches: every address of a domain's exchangers (--mx, with --matrix every mode), the
/// matrix of one host, or every saved profile (--check-all). Prints one row (or one "probe" JSON line) per check as
/// it ends, then the totals; the exit status is 0 when every check succeeded, 11 when some failed.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    /// @p output must outlive the runner.
    BatchRunner(CliOutput &output, int parallel, QObject *parent = nullptr);
    ~BatchRunner() override;

    /// Looks up the domain's exchangers (through dnsServer when given), then checks each address.
    void runDomain(const QString &domain, const QString &dnsServer, const ConnectionSettings &base, bool matrix);
    void runTargets(const QList<CheckTarget> &targets);
    /// Cancels the checks running; the totals follow.
    void interrupt();

signals:
    void finished(int exitStatus);

private:
    void onCheckFinished(int index, const CheckOutcome &outcome);
    void onBatchFinished(int failed);
    void finishLater(int exitStatus);

    CliOutput &m_output;
    int m_parallel;
    std::unique_ptr<MxLookup> m_lookup;
    std::unique_ptr<BatchCheck> m_batch;
    QList<CheckTarget> m_targets;
    qsizetype m_labelWidth = 0;
    bool m_done = false;
};

} // namespace Smtp
