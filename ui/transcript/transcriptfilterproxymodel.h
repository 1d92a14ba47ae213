#pragma once

#include "core/transcript/transcriptevent.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace SmtpUi
{

/// Shows only the transcript lines of the kinds the user chose.
class TranscriptFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptFilterProxyModel)

public:
    explicit TranscriptFilterProxyModel(QObject *parent = nullptr);
    ~TranscriptFilterProxyModel() override;

    bool isKindVisible(Smtp::TranscriptEvent::Kind kind) const;
    void setKindVisible(Smtp::TranscriptEvent::Kind kind, bool visible);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hiddenKinds;
};

} // namespace SmtpUi
