#include "transcriptmodel.h"

#include "core/text/hexdump.h"
#include "core/text/untrustedtext.h"
#include <QBrush>

namespace SmtpUi
{

namespace
{

/// A line's bytes as recorded, in hex (what smtp-workbench-cli --hex prints), for its tooltip; long lines are cut.
QString bytesToolTip(const QByteArray &raw)
{
    constexpr qsizetype shownBytes = 512;
    if (raw.isEmpty())
        return {};
    QStringList lines = Smtp::hexDumpLines(raw.left(shownBytes));
    if (raw.size() > shownBytes)
        lines << TranscriptModel::tr("… and %n more byte(s)", nullptr, int(raw.size() - shownBytes));
    // Rich text for a fixed-width font; the dump holds only printable ASCII, escaped all the same.
    return QStringLiteral("<pre>%1</pre>").arg(lines.join(u'\n').toHtmlEscaped());
}

} // namespace

using Kind = Smtp::TranscriptEvent::Kind;

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractTableModel(parent) {}

TranscriptModel::~TranscriptModel() = default;

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::kindMarker(Kind kind)
{
    switch (kind) {
    case Kind::Server:
        return tr("S", "transcript marker: server line");
    case Kind::Client:
        return tr("C", "transcript marker: client line");
    case Kind::Tls:
        return tr("TLS", "transcript marker: TLS event");
    case Kind::Info:
        return tr("i", "transcript marker: information");
    case Kind::Warning:
        return tr("!", "transcript marker: warning");
    case Kind::Error:
        return tr("\u2716", "transcript marker: error");
    }
    return {};
}

QString TranscriptModel::timeStampText(const Smtp::TranscriptEvent &event) const
{
    if (m_timeStampMode == TimeStampMode::WallClock)
        return event.wallClock.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    return tr("+%1 s").arg(static_cast<double>(event.elapsedMs) / 1000.0, 0, 'f', 3);
}

QString TranscriptModel::lineText(int row) const
{
    const Smtp::TranscriptEvent &event = m_events.at(row);
    return tr("%1 %2 %3").arg(timeStampText(event), kindMarker(event.kind), Smtp::neutraliseForDisplay(event.text));
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Smtp::TranscriptEvent &event = m_events.at(index.row());
    // Hostile-server case C15: a server line read before TLS is unauthenticated and must look it.
    const bool unauthenticated = event.beforeTls && event.kind == Kind::Server;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeStampText(event);
        case KindColumn:
            return unauthenticated ? tr("\u26a0 %1").arg(kindMarker(event.kind)) : kindMarker(event.kind);
        case TextColumn:
            // Defence in depth: server text was escaped where it entered; nothing in a row may break it in two.
            return Smtp::neutraliseForDisplay(event.text);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == KindColumn && unauthenticated)
            return tr("Received before TLS: anyone on the path could have written or changed this line.");
        if (index.column() == KindColumn && event.redacted)
            return tr("Credentials in this line were replaced before it was recorded.");
        if (index.column() == TimeColumn)
            return m_timeStampMode == TimeStampMode::WallClock
                       ? tr("+%1 s").arg(static_cast<double>(event.elapsedMs) / 1000.0, 0, 'f', 3)
                       : event.wallClock.toLocalTime().toString(Qt::ISODateWithMs);
        if (index.column() == TextColumn)
            return bytesToolTip(event.raw);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeColumn)
            return {};
        return QBrush(colourFor(event.kind));
    case KindRole:
        return static_cast<int>(event.kind);
    case ElapsedRole:
        return event.elapsedMs;
    case WallClockRole:
        return event.wallClock;
    case BeforeTlsRole:
        return event.beforeTls;
    case RedactedRole:
        return event.redacted;
    case CopyTextRole:
        return lineText(index.row());
    default:
        return {};
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

void TranscriptModel::appendEvents(const QList<Smtp::TranscriptEvent> &events)
{
    if (events.isEmpty())
        return;
    // Only the newest maximumRows of a huge batch can ever be shown: skip the rest without inserting them.
    qsizetype first = 0;
    if (events.size() > m_maximumRows) {
        first = events.size() - m_maximumRows;
        m_droppedCount += first;
    }
    const int count = static_cast<int>(events.size() - first);
    const int oldRows = static_cast<int>(m_events.size());
    if (count == m_maximumRows && oldRows > 0) {
        // Every row shown is replaced (a flood): one reset costs the views far less than removing and inserting a
        // full view of rows, which stalled the window for over 100 ms at a time.
        beginResetModel();
        m_events = events.mid(first);
        endResetModel();
        m_droppedCount += oldRows;
        emit droppedCountChanged(m_droppedCount);
        return;
    }
    const int overflow = oldRows + count - m_maximumRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_events.remove(0, overflow);
        endRemoveRows();
        m_droppedCount += overflow;
    }
    const int start = static_cast<int>(m_events.size());
    beginInsertRows({}, start, start + count - 1);
    m_events.append(events.mid(first));
    endInsertRows();
    if (first > 0 || overflow > 0)
        emit droppedCountChanged(m_droppedCount);
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_droppedCount = 0;
    endResetModel();
    emit droppedCountChanged(0);
}

void TranscriptModel::setMaximumRows(int rows)
{
    m_maximumRows = qMax(1, rows);
    trimToMaximum();
}

void TranscriptModel::trimToMaximum()
{
    const int overflow = static_cast<int>(m_events.size()) - m_maximumRows;
    if (overflow <= 0)
        return;
    beginRemoveRows({}, 0, overflow - 1);
    m_events.remove(0, overflow);
    endRemoveRows();
    m_droppedCount += overflow;
    emit droppedCountChanged(m_droppedCount);
}

void TranscriptModel::setTimeStampMode(TimeStampMode mode)
{
    if (mode == m_timeStampMode)
        return;
    m_timeStampMode = mode;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void TranscriptModel::setDarkPalette(bool dark)
{
    if (dark == m_darkPalette)
        return;
    m_darkPalette = dark;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

QColor TranscriptModel::colourFor(Kind kind) const
{
    // Two sets picked for contrast of at least 4.5:1 against white and against a #2b2b2b-like dark window.
    switch (kind) {
    case Kind::Server:
        return m_darkPalette ? QColor(0x7c, 0xc7, 0xff) : QColor(0x00, 0x4f, 0x9e);
    case Kind::Client:
        return m_darkPalette ? QColor(0x9c, 0xe0, 0x8a) : QColor(0x1d, 0x6b, 0x10);
    case Kind::Tls:
        return m_darkPalette ? QColor(0xd6, 0xa8, 0xff) : QColor(0x6f, 0x2d, 0xa8);
    case Kind::Info:
        return m_darkPalette ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x55, 0x55, 0x55);
    case Kind::Warning:
        return m_darkPalette ? QColor(0xff, 0xc8, 0x57) : QColor(0x8a, 0x56, 0x00);
    case Kind::Error:
        return m_darkPalette ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x10);
    }
    return {};
}

} // namespace SmtpUi
