#pragma once

#include "core/batch/checktarget.h"
#include "core/profiles/runhistory.h"

#include <QAbstractTableModel>
#include <QJsonArray>

#include <optional>

namespace SmtpUi
{

/// One row per check of a batch, filled in as the checks end: what was checked, the verdict, the TLS version, the
/// certificate's days left, the time taken and what changed since the profile's previous run.
class BatchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsModel)

public:
    enum Column
    {
        TargetColumn,
        VerdictColumn,
        TlsColumn,
        CertificateColumn,
        TimeColumn,
        ChangesColumn,
        ColumnCount
    };
    /// Sorts by what the cell means (days, milliseconds, failed first), not by its text.
    static constexpr int SortRole = Qt::UserRole + 1;

    /// previousRuns: for each target, the run to compare with (a profile's last), if any.
    BatchResultsModel(const QList<Smtp::CheckTarget> &targets,
                      const QList<std::optional<Smtp::RunRecord>> &previousRuns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setOutcome(int row, const Smtp::CheckOutcome &outcome, const Smtp::RunRecord &run);
    int finishedCount() const { return m_finished; }
    int failedCount() const { return m_failed; }
    /// The run recorded for a row, once it has finished.
    std::optional<Smtp::RunRecord> run(int row) const;

    /// The table as CSV (RFC 4180), with a header line; what a spreadsheet opens.
    QByteArray toCsv() const;
    /// One object per check, for scripts.
    QJsonArray toJson() const;

private:
    struct Row
    {
        Smtp::CheckTarget target;
        std::optional<Smtp::RunRecord> previous;
        std::optional<Smtp::CheckOutcome> outcome;
        std::optional<Smtp::RunRecord> run;
        QStringList changes;
    };
    QString cellText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    int m_finished = 0;
    int m_failed = 0;
};

} // namespace SmtpUi
