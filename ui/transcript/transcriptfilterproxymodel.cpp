#include "transcriptfilterproxymodel.h"

#include "transcriptmodel.h"

namespace SmtpUi
{

TranscriptFilterProxyModel::TranscriptFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

TranscriptFilterProxyModel::~TranscriptFilterProxyModel() = default;

bool TranscriptFilterProxyModel::isKindVisible(Smtp::TranscriptEvent::Kind kind) const
{
    return !m_hiddenKinds.contains(static_cast<int>(kind));
}

void TranscriptFilterProxyModel::setKindVisible(Smtp::TranscriptEvent::Kind kind, bool visible)
{
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        m_hiddenKinds.remove(static_cast<int>(kind));
    else
        m_hiddenKinds.insert(static_cast<int>(kind));
    invalidateFilter();
}

bool TranscriptFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_hiddenKinds.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_hiddenKinds.contains(index.data(TranscriptModel::KindRole).toInt());
}

} // namespace SmtpUi
