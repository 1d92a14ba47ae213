#pragma once

#include "core/session/phasetiming.h"

#include <QWidget>

namespace SmtpUi
{

/// The phases of a session as a small horizontal bar chart: where each phase started and how long it took.
class TimingChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingChartWidget)

public:
    explicit TimingChartWidget(QWidget *parent = nullptr);
    ~TimingChartWidget() override;

    void setTimings(const Smtp::PhaseTimings &timings);
    const Smtp::PhaseTimings &timings() const { return m_timings; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Smtp::PhaseTimings m_timings;
};

} // namespace SmtpUi
