#include "profileitemdelegate.h"

#include "core/profiles/profiletreemodel.h"
#include "core/tls/certificateexpiry.h"
#include "ui/app/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>

namespace SmtpUi
{

using Smtp::ProfileTreeModel;

ProfileItemDelegate::ProfileItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

ProfileItemDelegate::~ProfileItemDelegate() = default;

QString ProfileItemDelegate::detailText(const QModelIndex &index)
{
    QStringList parts;
    if (const QString hostPort = index.data(ProfileTreeModel::HostPortRole).toString(); !hostPort.isEmpty())
        parts.append(hostPort);
    if (const QString security = index.data(ProfileTreeModel::SecurityRole).toString(); !security.isEmpty())
        parts.append(security);
    QStringList tags;
    const QStringList tagList = index.data(ProfileTreeModel::TagsRole).toStringList();
    for (const QString &tag : tagList)
        tags.append(tr("#%1").arg(tag));
    if (!tags.isEmpty())
        parts.append(tags.join(u' '));
    return parts.join(QStringLiteral(" \u00b7 "));
}

void ProfileItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    if (index.data(ProfileTreeModel::IsFolderRole).toBool()) {
        if (m_folderIconStyle != style) {
            m_folderIcon = style->standardIcon(QStyle::SP_DirIcon);
            m_folderIconStyle = style;
        }
        option->icon = m_folderIcon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        return;
    }
    if (index.data(ProfileTreeModel::FavouriteRole).toBool())
        option->text = tr("\u2605 %1").arg(option->text);
    // The name is drawn by the style, the details below it by paint().
    option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Every row of a kind is as high as the others (a folder one line, a profile two), and the tree asks for the size
    // of each of up to 10,000 rows after every filter keystroke: each kind is measured once per font and icon size.
    // The width is not used (the one column fills the view).
    const bool folder = index.data(ProfileTreeModel::IsFolderRole).toBool();
    RowSize &cached = folder ? m_folderRowSize : m_profileRowSize;
    const int fontHeight = option.fontMetrics.height();
    if (cached.fontHeight != fontHeight || cached.decorationSize != option.decorationSize) {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!folder)
            size.setHeight(size.height() + fontHeight + 2);
        cached = RowSize{fontHeight, option.decorationSize, size};
    }
    return cached.size;
}

bool ProfileItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    // QToolTip guesses rich text from the content; escaping makes text that looks like markup show as typed.
    const QString shown = Qt::mightBeRichText(text)
                              ? QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped())
                              : text;
    QToolTip::showText(event->globalPos(), shown, view->viewport(), option.rect);
    return true;
}

QString ProfileItemDelegate::badgeText(const QModelIndex &index)
{
    const QVariant days = index.data(ProfileTreeModel::CertificateDaysLeftRole);
    if (!days.isValid())
        return {};
    const qint64 left = days.toLongLong();
    return left < 0 ? tr("expired") : tr("%1 d", "days the certificate has left").arg(left);
}

void ProfileItemDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString text = badgeText(index);
    if (text.isEmpty())
        return;
    const Smtp::ExpiryLevel level =
        Smtp::expiryLevel(index.data(ProfileTreeModel::CertificateDaysLeftRole).toLongLong());
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int margin = 4;
    const QSize size(metrics.horizontalAdvance(text) + 2 * margin, metrics.height());
    const QRect badge(option.rect.right() - size.width() - margin, option.rect.top() + 2, size.width(), size.height());
    // A certificate far from expiry is a quiet note; one to renew soon is a filled badge in the warning colours.
    QColor textColour = option.palette.color(QPalette::Text);
    if (level == Smtp::ExpiryLevel::Fine) {
        textColour.setAlphaF(0.6f);
        painter->setPen(textColour);
    } else {
        const QColor fill =
            level == Smtp::ExpiryLevel::Critical ? errorTextColour(option.palette) : warningTextColour(option.palette);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, size.height() / 2.0, size.height() / 2.0);
        painter->setPen(isDarkPalette(option.palette) ? QColor(Qt::black) : QColor(Qt::white));
    }
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

void ProfileItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(ProfileTreeModel::IsFolderRole).toBool())
        return;
    paintBadge(painter, option, index);
    const QString details = detailText(index);
    if (details.isEmpty())
        return;
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const bool selected = option.state & QStyle::State_Selected;
    QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colour.setAlphaF(selected ? 0.85f : 0.65f);
    painter->setPen(colour);
    const int textMargin = option.widget ? option.widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2 : 4;
    const QRect rect = option.rect.adjusted(textMargin, option.fontMetrics.height() + 3, -textMargin, 0);
    const QString elided = QFontMetrics(font).elidedText(details, Qt::ElideRight, rect.width());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, elided);
    painter->restore();
}

} // namespace SmtpUi
