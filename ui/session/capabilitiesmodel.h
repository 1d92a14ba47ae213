#pragma once

#include "core/protocol/capabilities.h"

#include <QAbstractTableModel>

#include <optional>

namespace SmtpUi
{

/// EHLO capabilities before and after STARTTLS side by side, one row per keyword, with the differences marked.
class CapabilitiesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilitiesModel)

public:
    enum Column
    {
        KeywordColumn,
        BeforeTlsColumn,
        AfterTlsColumn,
        DifferenceColumn,
        ColumnCount,
    };
    enum class Difference
    {
        Same,
        Added,   ///< offered only after TLS
        Removed, ///< offered only before TLS
        Changed, ///< offered on both sides with different parameters
    };
    enum Role
    {
        DifferenceRole = Qt::UserRole + 1, ///< int of Difference
    };

    explicit CapabilitiesModel(QObject *parent = nullptr);
    ~CapabilitiesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapabilities(const Smtp::Capabilities &capabilities, bool afterTls);
    void clear();
    /// Implicit TLS: the after-TLS column is headed "Over TLS" (there was never a plaintext EHLO).
    void setOverTlsOnly(bool overTlsOnly);
    Difference differenceAt(int row) const { return m_rows.at(row).difference; }

private:
    struct Row
    {
        QString keyword;
        std::optional<QString> before;
        std::optional<QString> after;
        Difference difference = Difference::Same;
    };
    void rebuild();

    std::optional<Smtp::Capabilities> m_before;
    std::optional<Smtp::Capabilities> m_after;
    QList<Row> m_rows;
    bool m_overTlsOnly = false;
};

} // namespace SmtpUi
