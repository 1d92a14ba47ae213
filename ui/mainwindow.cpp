#include "mainwindow.h"

namespace SmtpUi
{

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("SMTP Workbench"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace SmtpUi
