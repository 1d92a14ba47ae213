#pragma once

#include <QLineEdit>
#include <QStringList>

namespace SmtpUi
{

/// A line edit for raw SMTP commands with a history: Up and Down walk through the lines entered before. Lines that
/// carry credentials (a typed AUTH command, or any line typed while the server waits for an AUTH response) are never
/// remembered, so Up cannot bring a password back in clear.
class SmtpCommandEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpCommandEdit)

public:
    explicit SmtpCommandEdit(QWidget *parent = nullptr);
    ~SmtpCommandEdit() override;

    /// Adds a line to the history (skipping a repeat of the last one and any line that may carry credentials) and
    /// resets the walk position.
    void addToHistory(const QString &line);
    const QStringList &history() const { return m_history; }

    /// Set while the server is inside an AUTH exchange (it sent 334): every line typed then is a SASL response.
    void setAuthExchangeActive(bool active) { m_authExchangeActive = active; }
    bool isAuthExchangeActive() const { return m_authExchangeActive; }

    /// True for an AUTH command in any case, after any blanks: its initial response may hold a password.
    static bool isAuthCommand(const QString &line);

    static constexpr int maximumHistory = 200;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_history;
    qsizetype m_position = 0; ///< m_history.size() means "the line being typed"
    QString m_draft;
    bool m_authExchangeActive = false;
};

} // namespace SmtpUi
