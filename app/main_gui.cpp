#include "translations/translations.h"
#include "ui/app/theme.h"
#include "ui/app/uisettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>

namespace
{

const QString kLanguageOptionName = QStringLiteral("language");
const QString kConnectOptionName = QStringLiteral("connect");

// Called twice: once to find --language before any translator is installed, once more afterwards so that --help
// shows the option descriptions in the chosen language.
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiMain", "Interactive SMTP client for testing mail servers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        kLanguageOptionName,
        QCoreApplication::translate("GuiMain", "Show the window in language <code> (for example de, fr or en) "
                                               "instead of the one chosen in the preferences or the system's."),
        QCoreApplication::translate("GuiMain", "code")));
    parser.addOption(QCommandLineOption(
        kConnectOptionName,
        QCoreApplication::translate("GuiMain", "Connect the saved profile <name> at start: the exact name, else any "
                                               "case, or Folder/Name (as the command line's --profile)."),
        QCoreApplication::translate("GuiMain", "name")));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smtp-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(SMTP_WORKBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("smtp-workbench"));
    QApplication::setDesktopFileName(QStringLiteral("org.smtpworkbench.SmtpWorkbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.smtpworkbench.SmtpWorkbench.svg")));
    // The desktop's icon theme first; our few action icons (resources/icons/smtp-workbench) where it has none.
    SmtpUi::installIconTheme();

    // Errors are reported by process() below, in the chosen language.
    QCommandLineParser languageParser;
    describeOptions(languageParser);
    languageParser.parse(QCoreApplication::arguments());

    // --language wins for this run; otherwise the language chosen in the preferences; otherwise the system's.
    const QString languageCode = languageParser.isSet(kLanguageOptionName) ? languageParser.value(kLanguageOptionName)
                                                                           : SmtpUi::UiSettings().language();
    Smtp::Translations translations;
    translations.install(Smtp::Translations::localeFor(languageCode));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    SmtpUi::applyTheme(SmtpUi::themeFromName(SmtpUi::UiSettings().theme()));
    SmtpUi::MainWindow window;
    window.show();
    if (parser.isSet(kConnectOptionName))
        window.connectProfileByName(parser.value(kConnectOptionName));
    return QApplication::exec();
}
