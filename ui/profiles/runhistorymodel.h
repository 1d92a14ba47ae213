#pragma once

#include "core/profiles/runhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace SmtpUi
{

/// A profile's runs as a table, newest first: when, verdict, TLS version, cipher, and the days the certificate had
/// left when the run saw it.
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column
    {
        WhenColumn,
        VerdictColumn,
        TlsVersionColumn,
        CipherColumn,
        DaysLeftColumn,
        ColumnCount
    };

    explicit RunHistoryModel(const QList<Smtp::RunRecord> &runs, QObject *parent = nullptr);
    ~RunHistoryModel() override;

    const Smtp::RunRecord &run(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A run's time as the dialog names it.
    static QString whenText(const Smtp::RunRecord &run);

private:
    QList<Smtp::RunRecord> m_runs;
};

} // namespace SmtpUi
