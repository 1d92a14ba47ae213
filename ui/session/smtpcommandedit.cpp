#include "smtpcommandedit.h"

#include <QKeyEvent>

namespace SmtpUi
{

SmtpCommandEdit::SmtpCommandEdit(QWidget *parent) : QLineEdit(parent) {}

SmtpCommandEdit::~SmtpCommandEdit() = default;

bool SmtpCommandEdit::isAuthCommand(const QString &line)
{
    // RFC 4954 §4: "AUTH" SP mechanism [SP initial-response]; the verb is case-insensitive.
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive))
        return false;
    return trimmed.size() == 4 || trimmed.at(4).isSpace();
}

void SmtpCommandEdit::addToHistory(const QString &line)
{
    const bool secret = m_authExchangeActive || isAuthCommand(line);
    if (!secret && !line.isEmpty() && (m_history.isEmpty() || m_history.last() != line))
        m_history.append(line);
    while (m_history.size() > maximumHistory)
        m_history.removeFirst();
    m_position = m_history.size();
    m_draft.clear();
}

void SmtpCommandEdit::keyPressEvent(QKeyEvent *event)
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
