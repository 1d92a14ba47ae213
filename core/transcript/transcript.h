#pragma once

#include "transcriptevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

namespace Smtp
{

class TranscriptSpillFile;

/// The ordered events of one session. Never trimmed: views may cap what they show, exports get everything.
/// Bounded in memory: past memoryLimit() events the oldest ones move to a private temporary file (owner-only, removed
/// from its folder at once where the system allows), and are read back in order by forEach() and events(). Copies
/// are cheap snapshots: they share that file, and what one copy appends later is not seen by the others.
class Transcript
{
    Q_DECLARE_TR_FUNCTIONS(Transcript)

public:
    /// About 20 MB of typical lines: a long session stays in memory, a flood does not.
    static constexpr qsizetype defaultMemoryLimit = 50000;
    /// Events moved to the file at a time once the limit is reached (about 1.5 MB of typical lines).
    static constexpr qsizetype spillBlockEvents = 4096;

    Transcript();
    ~Transcript();
    Transcript(const Transcript &other);
    Transcript &operator=(const Transcript &other);

    void append(const TranscriptEvent &event);
    void append(const QList<TranscriptEvent> &events);

    /// Every event in order. Reads the events kept on disk back into memory: for a long transcript prefer forEach().
    /// Events the file no longer gives back (an I/O error) are missing; forEach() reports that.
    QList<TranscriptEvent> events() const;
    /// The newest events: those still in memory (all of them unless the transcript outgrew memoryLimit()).
    const QList<TranscriptEvent> &recentEvents() const { return m_recent; }
    /// Calls @p visit with every event in order, reading those on disk back a block at a time. Returns false, with
    /// the reason in @p error when given, if the file could not be read back: the caller must not present the
    /// events it saw as complete.
    bool forEach(const std::function<void(const TranscriptEvent &)> &visit, QString *error = nullptr) const;

    qsizetype size() const { return m_spilledCount + m_recent.size(); }
    bool isEmpty() const { return size() == 0; }
    /// Events kept on disk rather than in memory.
    qsizetype spilledCount() const { return m_spilledCount; }

    qsizetype memoryLimit() const { return m_memoryLimit; }
    /// At least 2; the newest half of the limit always stays in memory.
    void setMemoryLimit(qsizetype events);

    QDateTime startedAt() const { return m_startedAt; }

private:
    /// Where one spilled block of events lies in the shared file.
    struct Block
    {
        qint64 offset = 0;
        qint64 length = 0;
        qsizetype count = 0;
    };

    void spillIfOverLimit();

    QList<TranscriptEvent> m_recent;
    QList<Block> m_blocks;
    std::shared_ptr<TranscriptSpillFile> m_spillFile;
    qsizetype m_spilledCount = 0;
    qsizetype m_memoryLimit = defaultMemoryLimit;
    /// Set once the file could not be made or written: from then on everything stays in memory, nothing is lost.
    bool m_spillFailed = false;
    QDateTime m_startedAt;
};

} // namespace Smtp
