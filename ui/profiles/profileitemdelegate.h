#pragma once

#include <QIcon>
#include <QPointer>
#include <QStyledItemDelegate>

namespace SmtpUi
{

/// Draws a profile as two lines: a star for favourites and the name, then host:port, security and tags in a
/// quieter colour. On the right of the first line a badge says how many days the certificate last seen has left,
/// filled in the warning colour at 21 days or fewer and in the error colour at 7 (ExpiryThresholds). Folders get a
/// folder icon. All text is drawn as plain text.
class ProfileItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileItemDelegate)

public:
    explicit ProfileItemDelegate(QObject *parent = nullptr);
    ~ProfileItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Tooltips show names and hosts literally, even when they look like markup.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The second line of a profile: "host:port · security · #tag #tag".
    static QString detailText(const QModelIndex &index);
    /// The badge: "12 d", "expired", or empty when no certificate was seen.
    static QString badgeText(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    /// The measured size of one kind of row, and what it was measured with.
    struct RowSize
    {
        int fontHeight = -1;
        QSize decorationSize;
        QSize size;
    };

    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    mutable RowSize m_folderRowSize;
    mutable RowSize m_profileRowSize;
    /// The style's folder icon, loaded once per style: loading it for every folder row painted took a third of a
    /// repaint.
    mutable QIcon m_folderIcon;
    mutable QPointer<const QStyle> m_folderIconStyle;
};

} // namespace SmtpUi
