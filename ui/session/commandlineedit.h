#pragma once

#include <QLineEdit>
#include <QStringList>

namespace SmtpUi
{

/// A line edit for raw SMTP commands with a history: Up and Down walk through the lines entered before.
class CommandLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineEdit)

public:
    explicit CommandLineEdit(QWidget *parent = nullptr);
    ~CommandLineEdit() override;

    /// Adds a line to the history (skipping a repeat of the last one) and resets the walk position.
    void addToHistory(const QString &line);
    const QStringList &history() const { return m_history; }

    static constexpr int maximumHistory = 200;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_history;
    qsizetype m_position = 0; ///< m_history.size() means "the line being typed"
    QString m_draft;
};

} // namespace SmtpUi
