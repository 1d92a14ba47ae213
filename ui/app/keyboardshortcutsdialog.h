#pragma once

#include <QDialog>

class QAction;
class QStandardItemModel;

namespace SmtpUi
{

/// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, with all its key sequences.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)

public:
    /// Lists the actions' shortcuts in the given order; actions without one are left out, duplicates shown once.
    explicit KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~KeyboardShortcutsDialog() override;

    const QStandardItemModel *model() const { return m_model; }
    /// The actions of a main window's menus in menu order, then the window's own (shortcut-only) actions.
    static QList<QAction *> actionsOf(const QWidget *window);

private:
    QStandardItemModel *m_model = nullptr;
};

} // namespace SmtpUi
