#include "profilefilterproxymodel.h"

#include "profiletreemodel.h"

namespace Smtp
{

ProfileFilterProxyModel::ProfileFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

ProfileFilterProxyModel::~ProfileFilterProxyModel() = default;

bool ProfileFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QRegularExpression expression = filterRegularExpression();
    if (expression.pattern().isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A folder is shown only for the matches inside it (recursive filtering brings it back).
    if (index.data(ProfileTreeModel::IsFolderRole).toBool())
        return false;
    if (expression.match(index.data(Qt::DisplayRole).toString()).hasMatch())
        return true;
    if (expression.match(index.data(ProfileTreeModel::HostPortRole).toString()).hasMatch())
        return true;
    const QStringList tags = index.data(ProfileTreeModel::TagsRole).toStringList();
    return std::any_of(tags.cbegin(), tags.cend(),
                       [&expression](const QString &tag) { return expression.match(tag).hasMatch(); });
}

} // namespace Smtp
