#include "timingchartwidget.h"

#include <QPainter>
#include <QPalette>

namespace SmtpUi
{

namespace
{
constexpr int rowSpacing = 4;
constexpr int margin = 4;
} // namespace

TimingChartWidget::TimingChartWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Phase timings"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

TimingChartWidget::~TimingChartWidget() = default;

void TimingChartWidget::setTimings(const Smtp::PhaseTimings &timings)
{
    m_timings = timings;
    QStringList lines;
    for (const Smtp::PhaseTiming &timing : timings)
        lines.append(tr("%1: %2 ms").arg(timing.name).arg(timing.durationMs));
    setAccessibleDescription(lines.join(u'\n'));
    setToolTip(lines.join(u'\n'));
    updateGeometry();
    update();
}

QSize TimingChartWidget::sizeHint() const
{
    const int rows = qMax<int>(1, static_cast<int>(m_timings.size()));
    return {240, margin * 2 + rows * (fontMetrics().height() + rowSpacing)};
}

QSize TimingChartWidget::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void TimingChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    if (m_timings.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, tr("No timings yet"));
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    int nameWidth = 0;
    qint64 end = 1;
    for (const Smtp::PhaseTiming &timing : m_timings) {
        nameWidth = qMax(nameWidth, metrics.horizontalAdvance(timing.name));
        end = qMax(end, timing.startMs + timing.durationMs);
    }
    const int valueWidth = metrics.horizontalAdvance(tr("%1 ms").arg(end)) + margin;
    const int barLeft = area.left() + nameWidth + margin * 2;
    const int barSpan = qMax(10, area.right() - valueWidth - barLeft);
    const int rowHeight = metrics.height() + rowSpacing;
    const QColor barColour = pal.color(QPalette::Highlight);
    int y = area.top();
    for (const Smtp::PhaseTiming &timing : m_timings) {
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(area.left(), y, nameWidth, metrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                         timing.name);
        const int x = barLeft + static_cast<int>(barSpan * timing.startMs / end);
        const int width = qMax(2, static_cast<int>(barSpan * timing.durationMs / end));
        painter.fillRect(QRect(x, y + 2, width, metrics.height() - 4), barColour);
        painter.drawText(QRect(x + width + margin, y, valueWidth + barSpan, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%1 ms").arg(timing.durationMs));
        y += rowHeight;
    }
}

} // namespace SmtpUi
