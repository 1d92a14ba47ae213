#pragma once

#include <QSortFilterProxyModel>

namespace Smtp
{

/// Filters a ProfileTreeModel by a search text: a profile matches when its name, host:port or one of its tags
/// contains the text, ignoring case; folders stay visible while they hold a match (recursive filtering). The text is
/// one line, as the search box gives it: the fields are searched as one key with a line break between them.
class ProfileFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileFilterProxyModel)

public:
    explicit ProfileFilterProxyModel(QObject *parent = nullptr);
    ~ProfileFilterProxyModel() override;

    QString searchText() const { return m_searchText; }
    /// Whether \a text shows only profiles that the search text now shown shows too (it is longer, and contains it):
    /// the folders that stay are the ones that were open, and no folder comes back.
    bool narrows(const QString &text) const;
    /// Refilters with one layout change: views relayout once rather than once per range of rows that came or went,
    /// which with thousands of profiles took most of a keystroke.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QString m_foldedSearchText;
};

} // namespace Smtp
