#pragma once

#include "core/transcript/transcriptevent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace SmtpUi
{

/// The transcript lines a session view shows. Capped: the oldest lines leave the view (never the session's own
/// transcript or its export) once maximumRows is reached, and droppedCount says how many left.
class TranscriptModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptModel)

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        TextColumn,
        ColumnCount,
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< int of Smtp::TranscriptEvent::Kind
        ElapsedRole,
        WallClockRole,
        BeforeTlsRole,
        RedactedRole,
        CopyTextRole, ///< the whole line as one plain-text row for the clipboard
    };
    enum class TimeStampMode
    {
        Relative,
        WallClock,
    };

    static constexpr int defaultMaximumRows = 20000;

    explicit TranscriptModel(QObject *parent = nullptr);
    ~TranscriptModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendEvents(const QList<Smtp::TranscriptEvent> &events);
    void clear();
    const Smtp::TranscriptEvent &eventAt(int row) const { return m_events.at(row); }

    int maximumRows() const { return m_maximumRows; }
    void setMaximumRows(int rows);
    /// Lines removed from the view because of the cap since the last clear().
    qint64 droppedCount() const { return m_droppedCount; }

    TimeStampMode timeStampMode() const { return m_timeStampMode; }
    void setTimeStampMode(TimeStampMode mode);

    /// Chooses colours that stay readable on a dark window background.
    void setDarkPalette(bool dark);
    bool isDarkPalette() const { return m_darkPalette; }
    QColor colourFor(Smtp::TranscriptEvent::Kind kind) const;

    /// Short marker of a kind as the transcript shows it: "S", "C", "TLS" …
    static QString kindMarker(Smtp::TranscriptEvent::Kind kind);
    QString timeStampText(const Smtp::TranscriptEvent &event) const;
    QString lineText(int row) const;

signals:
    void droppedCountChanged(qint64 dropped);

private:
    void trimToMaximum();

    QList<Smtp::TranscriptEvent> m_events;
    int m_maximumRows = defaultMaximumRows;
    qint64 m_droppedCount = 0;
    TimeStampMode m_timeStampMode = TimeStampMode::Relative;
    bool m_darkPalette = false;
};

} // namespace SmtpUi
