#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smtp-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(SMTP_WORKBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("smtp-workbench"));
    QApplication::setDesktopFileName(QStringLiteral("smtp-workbench"));

    // Qt's own strings (standard buttons, dialogs), then ours: compiled in under :/i18n when translations exist.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("smtp-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    SmtpUi::MainWindow window;
    window.show();
    return QApplication::exec();
}
