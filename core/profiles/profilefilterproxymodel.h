#pragma once

#include <QSortFilterProxyModel>

namespace Smtp
{

/// Filters a ProfileTreeModel by the filter text (setFilterFixedString / setFilterRegularExpression): a profile
/// matches on its name, host:port or any tag; folders stay visible while they hold a match (recursive filtering).
/// Case-insensitive by default.
class ProfileFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileFilterProxyModel)

public:
    explicit ProfileFilterProxyModel(QObject *parent = nullptr);
    ~ProfileFilterProxyModel() override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace Smtp
