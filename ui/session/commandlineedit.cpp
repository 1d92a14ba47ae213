#include "commandlineedit.h"

#include <QKeyEvent>

namespace SmtpUi
{

CommandLineEdit::CommandLineEdit(QWidget *parent) : QLineEdit(parent) {}

CommandLineEdit::~CommandLineEdit() = default;

void CommandLineEdit::addToHistory(const QString &line)
{
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.last() != line))
        m_history.append(line);
    while (m_history.size() > maximumHistory)
        m_history.removeFirst();
    m_position = m_history.size();
    m_draft.clear();
}

void CommandLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier) {
        if (m_position == m_history.size())
            m_draft = text();
        if (m_position > 0) {
            --m_position;
            setText(m_history.at(m_position));
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        if (m_position < m_history.size()) {
            ++m_position;
            setText(m_position == m_history.size() ? m_draft : m_history.at(m_position));
        }
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace SmtpUi
