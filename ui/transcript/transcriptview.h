#pragma once

#include "core/transcript/transcriptevent.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace SmtpUi
{

class TranscriptFilterProxyModel;
class TranscriptModel;

/// The live transcript of one session: coloured lines, time stamps, filter by kind, find, copy, and auto-scroll
/// that pauses while the user reads further up. Incoming events are coalesced and inserted in batches.
class TranscriptView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)

public:
    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    TranscriptModel *model() const { return m_model; }
    TranscriptFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *treeView() const { return m_treeView; }

    /// Queues events; they reach the model at the next flush (a few times per second at most).
    void appendEvents(const QList<Smtp::TranscriptEvent> &events);
    /// Inserts the queued events now.
    void flushPending();
    /// Whether new lines scroll the view to the end (off while the user has scrolled up).
    bool isFollowingTail() const { return m_followTail; }

    bool isWallClock() const;
    /// Shows wall-clock time stamps instead of the time since the session started.
    void setWallClock(bool wallClock);

    /// Selects the next (or previous) line containing the text; false when there is none.
    bool find(const QString &text, bool backwards = false);
    /// Copies the selected lines (or all visible lines when none is selected) as plain text.
    void copySelection();

signals:
    void followingTailChanged(bool following);
    void wallClockChanged(bool wallClock);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePaletteMode();
    void updateDroppedNote(qint64 dropped);
    void setFollowTail(bool follow);

    TranscriptModel *m_model = nullptr;
    TranscriptFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_treeView = nullptr;
    QLabel *m_droppedLabel = nullptr;
    QLineEdit *m_findLineEdit = nullptr;
    QComboBox *m_timeStampComboBox = nullptr;
    QToolButton *m_followToolButton = nullptr;
    QList<Smtp::TranscriptEvent> m_pending;
    QTimer m_flushTimer;
    bool m_followTail = true;
};

} // namespace SmtpUi
