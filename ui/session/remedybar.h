#pragma once

#include "core/session/remedy.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace SmtpUi
{

/// Above a failed session's transcript: what went wrong in one sentence and a button for each fix the window can
/// carry out ("Set the server name to mail.example.org", "Open the Security tab"). Hidden while there is nothing
/// to say.
class RemedyBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemedyBar)

public:
    explicit RemedyBar(QWidget *parent = nullptr);

    /// Shows @p message (the server's or the certificate's text already neutralised) with one button per remedy.
    void showRemedies(const QString &message, const QList<Smtp::Remedy> &remedies);

signals:
    void remedyChosen(const Smtp::Remedy &remedy);

private:
    QLabel *m_messageLabel = nullptr;
    QGridLayout *m_buttonsLayout = nullptr;
};

} // namespace SmtpUi
