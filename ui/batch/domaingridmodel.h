#pragma once

#include "core/batch/checktarget.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <utility>

namespace SmtpUi
{

/// The grid of a domain check: one row per exchanger, preference and address, one column per mode (port and
/// security), each cell the verdict of that check, pending until it ends.
class DomainGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainGridModel)

public:
    enum Column
    {
        ExchangerColumn,
        PreferenceColumn,
        AddressColumn,
        FirstModeColumn, ///< then one column per mode, in the order the checks name them
    };

    explicit DomainGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Lays the grid out for these checks, every cell pending; what it showed before goes.
    void setTargets(const QList<Smtp::CheckTarget> &targets);
    /// Check @p check (its place in the targets given) ended.
    void setOutcome(int check, const Smtp::CheckOutcome &outcome);

    /// The checks are over: a cell still pending was never checked (the run was cancelled) and says so.
    void markRemainingNotChecked();

    /// The check a cell shows, or -1 (a name column, or a mode that row was not checked with).
    int checkAt(const QModelIndex &index) const;
    /// The outcome of a cell whose check has ended; nullptr while it is pending or for a cell without a check.
    const Smtp::CheckOutcome *outcomeAt(const QModelIndex &index) const;

    int checkCount() const { return int(m_outcomes.size()); }
    int finishedCount() const { return m_finished; }
    int failedCount() const { return m_failed; }

    /// "OK", or what went wrong in a few words ("Connection failed", "Certificate untrusted" …).
    static QString verdictText(const Smtp::SessionResult &result);
    /// "25 plain", "587 STARTTLS", "465 implicit TLS".
    static QString modeText(quint16 port, Smtp::SecurityMode security);

private:
    struct Row
    {
        QString exchanger;
        std::optional<int> preference;
        QString address;
    };
    struct Mode
    {
        quint16 port = 0;
        Smtp::SecurityMode security = Smtp::SecurityMode::StartTls;
    };
    QString cellToolTip(const Smtp::CheckOutcome &outcome) const;

    QList<Row> m_rows;
    QList<Mode> m_modes;
    QHash<std::pair<int, int>, int> m_checkOfCell; ///< (row, mode) → check
    QList<std::pair<int, int>> m_cellOfCheck;
    QList<std::optional<Smtp::CheckOutcome>> m_outcomes;
    int m_finished = 0;
    int m_failed = 0;
    bool m_stopped = false;
};

} // namespace SmtpUi
