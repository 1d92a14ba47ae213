#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smtp-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(SMTP_WORKBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("smtp-workbench"));

    SmtpUi::MainWindow window;
    window.show();
    return QApplication::exec();
}
