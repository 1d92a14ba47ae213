#include "keyboardshortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace SmtpUi
{

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model = new QStandardItemModel(0, 2, this);
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    QSet<const QAction *> seen;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            keys.append(shortcut.toString(QKeySequence::NativeText));
        // Menu texts carry their mnemonic and an ellipsis; the list reads better without the ampersand.
        QString text = action->text();
        text.remove(u'&');
        auto *nameItem = new QStandardItem(text);
        auto *keysItem = new QStandardItem(keys.join(tr(", ", "between two shortcuts of one action")));
        nameItem->setEditable(false);
        keysItem->setEditable(false);
        m_model->appendRow({nameItem, keysItem});
    }

    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("shortcutsTableView"));
    view->setAccessibleName(tr("Keyboard shortcuts"));
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u'M') * 40, fontMetrics().height() * 28);
}

KeyboardShortcutsDialog::~KeyboardShortcutsDialog() = default;

QList<QAction *> KeyboardShortcutsDialog::actionsOf(const QWidget *window)
{
    QList<QAction *> actions;
    if (const auto *menuBar = window->findChild<QMenuBar *>()) {
        const QList<QAction *> menus = menuBar->actions();
        for (const QAction *menuAction : menus) {
            if (const QMenu *menu = menuAction->menu())
                actions += menu->actions();
        }
    }
    return actions + window->actions();
}

} // namespace SmtpUi
