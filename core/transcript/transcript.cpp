#include "transcript.h"

#include "transcriptspillfile.h"

#include <QDataStream>

namespace Smtp
{

namespace
{

constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

/// How an event's wall-clock time is kept in the file: its instant, its offset from UTC, and which kind of time it
/// was, so that it comes back printing the same ("…T21:50:00.123" for local time, "…Z" for UTC).
enum class ClockKind : quint8
{
    None,
    Local,
    Utc,
    Offset,
};

ClockKind clockKindOf(const QDateTime &time)
{
    if (!time.isValid())
        return ClockKind::None;
    switch (time.timeSpec()) {
    case Qt::LocalTime:
        return ClockKind::Local;
    case Qt::UTC:
        return ClockKind::Utc;
    case Qt::OffsetFromUTC:
    case Qt::TimeZone:
        break;
    }
    return ClockKind::Offset;
}

QByteArray serialise(const QList<TranscriptEvent> &events, qsizetype count)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    // Converting a local time to an instant asks the time-zone rules (glibc stats /etc/localtime each time); a flood
    // has many events to the millisecond, and equal local times or UTC times have equal instants and offsets.
    QDateTime lastWallClock;
    qint64 lastMs = 0;
    qint32 lastOffset = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const TranscriptEvent &event = events.at(i);
        const ClockKind kind = clockKindOf(event.wallClock);
        const bool sameClock = kind != ClockKind::None && kind != ClockKind::Offset &&
                               kind == clockKindOf(lastWallClock) && event.wallClock == lastWallClock;
        if (kind != ClockKind::None && !sameClock) {
            lastWallClock = event.wallClock;
            lastMs = event.wallClock.toMSecsSinceEpoch();
            lastOffset = qint32(event.wallClock.offsetFromUtc());
        }
        const bool hasClock = kind != ClockKind::None;
        out << quint8(kind) << (hasClock ? lastMs : qint64(0)) << (hasClock ? lastOffset : qint32(0)) << event.elapsedMs
            << quint8(event.kind) << event.raw << event.text << event.redacted << event.beforeTls;
    }
    return bytes;
}

bool deserialise(const QByteArray &bytes, qsizetype count, const std::function<void(const TranscriptEvent &)> &visit)
{
    QDataStream in(bytes);
    in.setVersion(streamVersion);
    // A local time is rebuilt once per instant, for the same reason it was converted once when written.
    QDateTime lastLocal;
    qint64 lastLocalMs = 0;
    for (qsizetype i = 0; i < count; ++i) {
        TranscriptEvent event;
        quint8 clockKind = 0;
        qint64 wallClockMs = 0;
        qint32 offsetFromUtc = 0;
        quint8 kind = 0;
        in >> clockKind >> wallClockMs >> offsetFromUtc >> event.elapsedMs >> kind >> event.raw >> event.text >>
            event.redacted >> event.beforeTls;
        if (in.status() != QDataStream::Ok || kind > quint8(TranscriptEvent::Kind::Error) ||
            clockKind > quint8(ClockKind::Offset))
            return false;
        switch (ClockKind(clockKind)) {
        case ClockKind::None:
            break;
        case ClockKind::Local:
            if (!lastLocal.isValid() || lastLocalMs != wallClockMs) {
                lastLocal = QDateTime::fromMSecsSinceEpoch(wallClockMs, Qt::LocalTime);
                lastLocalMs = wallClockMs;
            }
            event.wallClock = lastLocal;
            break;
        case ClockKind::Utc:
            event.wallClock = QDateTime::fromMSecsSinceEpoch(wallClockMs, Qt::UTC);
            break;
        case ClockKind::Offset:
            event.wallClock = QDateTime::fromMSecsSinceEpoch(wallClockMs, Qt::OffsetFromUTC, offsetFromUtc);
            break;
        }
        event.kind = TranscriptEvent::Kind(kind);
        visit(event);
    }
    return true;
}

} // namespace

Transcript::Transcript() = default;
Transcript::~Transcript() = default;
Transcript::Transcript(const Transcript &other) = default;
Transcript &Transcript::operator=(const Transcript &other) = default;

void Transcript::append(const TranscriptEvent &event)
{
    if (isEmpty())
        m_startedAt = event.wallClock;
    m_recent.append(event);
    spillIfOverLimit();
}

void Transcript::append(const QList<TranscriptEvent> &events)
{
    if (events.isEmpty())
        return;
    if (isEmpty())
        m_startedAt = events.first().wallClock;
    m_recent.append(events);
    spillIfOverLimit();
}

void Transcript::setMemoryLimit(qsizetype events)
{
    m_memoryLimit = qMax<qsizetype>(2, events);
    spillIfOverLimit();
}

void Transcript::spillIfOverLimit()
{
    if (m_recent.size() <= m_memoryLimit || m_spillFailed)
        return;
    if (!m_spillFile) {
        auto file = std::make_shared<TranscriptSpillFile>();
        if (!file->open()) {
            m_spillFailed = true;
            return;
        }
        m_spillFile = std::move(file);
    }
    // Whole blocks, so that a steady stream spills in large pieces rather than line by line; blocks of bounded size,
    // so that no one spill keeps the owner's thread (a window's, under a flood) busy for long.
    const qsizetype count = qMax(m_recent.size() - m_memoryLimit, qMin(m_memoryLimit / 2, spillBlockEvents));
    const QByteArray bytes = serialise(m_recent, count);
    const qint64 offset = m_spillFile->append(bytes);
    if (offset < 0) {
        m_spillFailed = true;
        return;
    }
    m_blocks.append(Block{offset, bytes.size(), count});
    m_spilledCount += count;
    m_recent.remove(0, count);
}

bool Transcript::forEach(const std::function<void(const TranscriptEvent &)> &visit, QString *error) const
{
    for (const Block &block : m_blocks) {
        const QByteArray bytes = m_spillFile->read(block.offset, block.length);
        if (bytes.size() != block.length || !deserialise(bytes, block.count, visit)) {
            // The file's own words (Qt translates them): a new message here would need a new translation.
            if (error)
                *error = m_spillFile->errorString();
            return false;
        }
    }
    for (const TranscriptEvent &event : m_recent)
        visit(event);
    return true;
}

QList<TranscriptEvent> Transcript::events() const
{
    if (m_blocks.isEmpty())
        return m_recent;
    QList<TranscriptEvent> all;
    all.reserve(size());
    forEach([&all](const TranscriptEvent &event) { all.append(event); });
    return all;
}

} // namespace Smtp
