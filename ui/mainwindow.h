#pragma once

#include <QMainWindow>

namespace SmtpUi
{

/// The application's main window: profiles on the left, one tab per running session on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace SmtpUi
