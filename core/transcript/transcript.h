#pragma once

#include "transcriptevent.h"

#include <QDateTime>
#include <QList>

namespace Smtp
{

/// The ordered events of one session. Never trimmed: views may cap what they show, exports get everything.
class Transcript
{
public:
    void append(const TranscriptEvent &event) { m_events.append(event); }
    void append(const QList<TranscriptEvent> &events) { m_events.append(events); }
    const QList<TranscriptEvent> &events() const { return m_events; }
    qsizetype size() const { return m_events.size(); }
    bool isEmpty() const { return m_events.isEmpty(); }

    QDateTime startedAt() const { return m_events.isEmpty() ? QDateTime() : m_events.first().wallClock; }

private:
    QList<TranscriptEvent> m_events;
};

} // namespace Smtp
