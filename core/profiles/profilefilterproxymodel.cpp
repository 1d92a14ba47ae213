#include "profilefilterproxymodel.h"

#include "profiletreemodel.h"

#include <algorithm>

namespace Smtp
{

ProfileFilterProxyModel::ProfileFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

ProfileFilterProxyModel::~ProfileFilterProxyModel() = default;

void ProfileFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    // invalidate(), not invalidateFilter(): the mapping is dropped and rebuilt on demand behind one layoutChanged,
    // instead of a rowsRemoved or rowsInserted for every run of rows whose visibility changed.
    invalidate();
}

bool ProfileFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A folder is shown only for the matches inside it (recursive filtering brings it back).
    if (index.data(ProfileTreeModel::IsFolderRole).toBool())
        return false;
    const auto matches = [this](const QString &text) { return text.contains(m_searchText, Qt::CaseInsensitive); };
    if (matches(index.data(Qt::DisplayRole).toString()) ||
        matches(index.data(ProfileTreeModel::HostPortRole).toString()))
        return true;
    const QStringList tags = index.data(ProfileTreeModel::TagsRole).toStringList();
    return std::any_of(tags.cbegin(), tags.cend(), matches);
}

} // namespace Smtp
