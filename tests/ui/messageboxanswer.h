#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>

namespace SmtpTest
{

/// Answers the next modal message box: clicks its button named @p buttonName (empty: rejects it) and hands back its
/// text, or "wrong box: NAME" when it is not @p boxName. Polls from the event loop without blocking it, so it works
/// whichever nested loop (QMessageBox::exec()) shows the box; gives up after @p waitMs. The polling ends with
/// @p context, which must not outlive @p text.
inline void answerMessageBox(QObject *context, const QString &boxName, const QString &buttonName, QString *text,
                             int waitMs = 5000)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > waitMs / 10)
                timer->deleteLater();
            return;
        }
        timer->deleteLater();
        *text = box->objectName() == boxName ? box->text() : QStringLiteral("wrong box: %1").arg(box->objectName());
        // findChild() with an empty name would match any button.
        if (auto *button = buttonName.isEmpty() ? nullptr : box->findChild<QPushButton *>(buttonName))
            button->click();
        else
            box->reject();
    });
    timer->start();
}

} // namespace SmtpTest
