#include "transcriptview.h"

#include "transcriptfilterproxymodel.h"
#include "transcriptmodel.h"
#include "ui/app/theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace SmtpUi
{

namespace
{
using Kind = Smtp::TranscriptEvent::Kind;
constexpr int flushIntervalMs = 50;
} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent), m_model(new TranscriptModel(this)), m_proxy(new TranscriptFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    auto *filterLayout = new QHBoxLayout;
    filterLayout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        Kind kind;
        QString label;
        QString objectName;
    } kinds[] = {
        {Kind::Server, tr("Server"), QStringLiteral("serverKindToolButton")},
        {Kind::Client, tr("Client"), QStringLiteral("clientKindToolButton")},
        {Kind::Tls, tr("TLS"), QStringLiteral("tlsKindToolButton")},
        {Kind::Info, tr("Info"), QStringLiteral("infoKindToolButton")},
        {Kind::Warning, tr("Warnings"), QStringLiteral("warningKindToolButton")},
        {Kind::Error, tr("Errors"), QStringLiteral("errorKindToolButton")},
    };
    for (const auto &entry : kinds) {
        auto *button = new QToolButton(this);
        button->setObjectName(entry.objectName);
        button->setText(entry.label);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolTip(tr("Show or hide %1 lines").arg(entry.label.toLower()));
        button->setAccessibleName(tr("Show %1 lines").arg(entry.label.toLower()));
        const Kind kind = entry.kind;
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) { m_proxy->setKindVisible(kind, on); });
        filterLayout->addWidget(button);
    }
    filterLayout->addStretch();

    m_timeStampComboBox = new QComboBox(this);
    m_timeStampComboBox->setObjectName(QStringLiteral("timeStampComboBox"));
    m_timeStampComboBox->addItem(tr("Relative time"));
    m_timeStampComboBox->addItem(tr("Wall-clock time"));
    m_timeStampComboBox->setAccessibleName(tr("Time stamp format"));
    connect(m_timeStampComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setTimeStampMode(index == 1 ? TranscriptModel::TimeStampMode::WallClock
                                             : TranscriptModel::TimeStampMode::Relative);
        emit wallClockChanged(index == 1);
    });
    filterLayout->addWidget(m_timeStampComboBox);
    auto *findLayout = new QHBoxLayout;
    findLayout->setContentsMargins(0, 0, 0, 0);

    m_findLineEdit = new QLineEdit(this);
    m_findLineEdit->setObjectName(QStringLiteral("findLineEdit"));
    m_findLineEdit->setPlaceholderText(tr("Find in transcript"));
    m_findLineEdit->setAccessibleName(tr("Find in transcript"));
    m_findLineEdit->setClearButtonEnabled(true);
    m_findLineEdit->setMinimumWidth(m_findLineEdit->fontMetrics().horizontalAdvance(u'M') * 12);
    connect(m_findLineEdit, &QLineEdit::returnPressed, this, [this] { find(m_findLineEdit->text()); });
    findLayout->addWidget(m_findLineEdit, 1);

    auto *findPreviousButton = new QToolButton(this);
    findPreviousButton->setObjectName(QStringLiteral("findPreviousToolButton"));
    findPreviousButton->setText(tr("\u25b2"));
    findPreviousButton->setToolTip(tr("Find previous (Shift+F3)"));
    findPreviousButton->setAccessibleName(tr("Find previous"));
    connect(findPreviousButton, &QToolButton::clicked, this, [this] { find(m_findLineEdit->text(), true); });
    findLayout->addWidget(findPreviousButton);
    auto *findNextButton = new QToolButton(this);
    findNextButton->setObjectName(QStringLiteral("findNextToolButton"));
    findNextButton->setText(tr("\u25bc"));
    findNextButton->setToolTip(tr("Find next (F3)"));
    findNextButton->setAccessibleName(tr("Find next"));
    connect(findNextButton, &QToolButton::clicked, this, [this] { find(m_findLineEdit->text()); });
    findLayout->addWidget(findNextButton);

    m_followToolButton = new QToolButton(this);
    m_followToolButton->setObjectName(QStringLiteral("followToolButton"));
    m_followToolButton->setText(tr("Follow"));
    m_followToolButton->setCheckable(true);
    m_followToolButton->setChecked(true);
    m_followToolButton->setToolTip(tr("Scroll to new lines as they arrive (stops when you scroll up)"));
    m_followToolButton->setAccessibleName(tr("Follow new lines"));
    connect(m_followToolButton, &QToolButton::clicked, this, [this](bool on) {
        setFollowTail(on);
        if (on)
            m_treeView->scrollToBottom();
    });
    findLayout->addStretch();
    findLayout->addWidget(m_followToolButton);

    m_droppedLabel = new QLabel(this);
    m_droppedLabel->setObjectName(QStringLiteral("droppedLinesLabel"));
    m_droppedLabel->setTextFormat(Qt::PlainText);
    m_droppedLabel->setWordWrap(true);
    m_droppedLabel->hide();

    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("transcriptTreeView"));
    m_treeView->setAccessibleName(tr("Session transcript"));
    m_treeView->setModel(m_proxy);
    m_treeView->setRootIsDecorated(false);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(false);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setTextElideMode(Qt::ElideRight);
    m_treeView->setWordWrap(false);
    m_treeView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setColumnWidth(TranscriptModel::TimeColumn, m_treeView->fontMetrics().horizontalAdvance(u'0') * 14);
    m_treeView->setColumnWidth(TranscriptModel::KindColumn, m_treeView->fontMetrics().horizontalAdvance(u'0') * 7);
    m_treeView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copyAction = new QAction(tr("&Copy"), this);
    copyAction->setObjectName(QStringLiteral("copyTranscriptAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &TranscriptView::copySelection);
    m_treeView->addAction(copyAction);
    auto *selectAllAction = new QAction(tr("Select &All"), this);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAllAction, &QAction::triggered, m_treeView, &QTreeView::selectAll);
    m_treeView->addAction(selectAllAction);
    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_findLineEdit->setFocus();
        m_findLineEdit->selectAll();
    });
    addAction(findAction);
    auto *findNextAction = new QAction(tr("Find &Next"), this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, [this] { find(m_findLineEdit->text()); });
    addAction(findNextAction);
    auto *findPreviousAction = new QAction(tr("Find &Previous"), this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousAction, &QAction::triggered, this, [this] { find(m_findLineEdit->text(), true); });
    addAction(findPreviousAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterLayout);
    layout->addWidget(m_droppedLabel);
    layout->addWidget(m_treeView, 1);
    layout->addLayout(findLayout);

    // Follow the tail while the scroll bar sits at its end; the user scrolling up stops it.
    QScrollBar *scrollBar = m_treeView->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { setFollowTail(value >= scrollBar->maximum()); });
    connect(scrollBar, &QScrollBar::rangeChanged, this, [this, scrollBar](int, int maximum) {
        if (m_followTail)
            scrollBar->setValue(maximum);
    });
    connect(m_model, &TranscriptModel::droppedCountChanged, this, &TranscriptView::updateDroppedNote);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptView::flushPending);
    updatePaletteMode();
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::appendEvents(const QList<Smtp::TranscriptEvent> &events)
{
    m_pending.append(events);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptView::flushPending()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Smtp::TranscriptEvent> batch = std::exchange(m_pending, {});
    m_model->appendEvents(batch);
    if (m_followTail)
        m_treeView->scrollToBottom();
}

void TranscriptView::setFollowTail(bool follow)
{
    if (follow == m_followTail)
        return;
    m_followTail = follow;
    m_followToolButton->setChecked(follow);
    emit followingTailChanged(follow);
}

bool TranscriptView::isWallClock() const
{
    return m_model->timeStampMode() == TranscriptModel::TimeStampMode::WallClock;
}

void TranscriptView::setWallClock(bool wallClock)
{
    m_timeStampComboBox->setCurrentIndex(wallClock ? 1 : 0);
}

bool TranscriptView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex current = m_treeView->currentIndex();
    int start = current.isValid() ? current.row() : (backwards ? rows : -1);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((start + (backwards ? -step : step)) % rows + rows) % rows;
        const QModelIndex index = m_proxy->index(row, TranscriptModel::TextColumn);
        if (index.data().toString().contains(text, Qt::CaseInsensitive)) {
            setFollowTail(false);
            m_treeView->setCurrentIndex(index);
            m_treeView->selectionModel()->select(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_treeView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void TranscriptView::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_treeView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    lines.reserve(rows.size());
    for (int row : std::as_const(rows))
        lines.append(m_proxy->index(row, 0).data(TranscriptModel::CopyTextRole).toString());
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updatePaletteMode();
    QWidget::changeEvent(event);
}

void TranscriptView::updatePaletteMode()
{
    m_model->setDarkPalette(isDarkPalette(palette()));
}

void TranscriptView::updateDroppedNote(qint64 dropped)
{
    m_droppedLabel->setVisible(dropped > 0);
    if (dropped > 0)
        m_droppedLabel->setText(tr("%n earlier line(s) are no longer shown here to keep the window responsive; "
                                   "the exported log contains every line.",
                                   nullptr, static_cast<int>(qMin<qint64>(dropped, INT_MAX))));
}

} // namespace SmtpUi
