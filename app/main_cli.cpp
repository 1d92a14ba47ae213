#include "app/cli/clioutput.h"
#include "app/cli/clirunner.h"
#include "app/cli/commandlineoptions.h"
#include "app/cli/interruptwatcher.h"
#include "core/tls/tlswarmup.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Smtp::TlsWarmUp tlsWarmUp;
    // The window's name, not the binary's: both read the same profiles from AppConfigLocation.
    QCoreApplication::setApplicationName(QStringLiteral("smtp-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTP_WORKBENCH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("smtp-workbench"));

    // Messages follow the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    Smtp::Translations translations;
    translations.install(Smtp::Translations::localeFor(QString()));

    QFile standardInput;
    QFile standardOutput;
    QFile standardError;
    if (!standardInput.open(stdin, QIODevice::ReadOnly) || !standardOutput.open(stdout, QIODevice::WriteOnly) ||
        !standardError.open(stderr, QIODevice::WriteOnly))
        return 1;

    const QStringList arguments = QCoreApplication::arguments();
    const Smtp::CommandLineOptions options = Smtp::CommandLineOptions::parse(arguments, &standardInput);
    Smtp::CliOutput::Mode mode = Smtp::CliOutput::Mode::Text;
    if (options.nagios() || Smtp::CommandLineOptions::wantsNagios(arguments))
        mode = Smtp::CliOutput::Mode::Nagios;
    else if (options.json() || Smtp::CommandLineOptions::wantsJson(arguments))
        mode = Smtp::CliOutput::Mode::Json;
    Smtp::CliOutput output(mode, &standardOutput, &standardError);
    output.setVerbose(options.verbose());
    output.setHexShown(options.hex());
    // Progress is for a person watching: never into a pipe or a file, where it would only be noise.
    output.setProgressShown(::isatty(::fileno(stderr)) == 1);

    Smtp::CliRunner runner(options, output);
    Smtp::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &Smtp::InterruptWatcher::interrupted, &runner, &Smtp::CliRunner::interrupt);
    QObject::connect(&runner, &Smtp::CliRunner::finished, &app, [](int status) { QCoreApplication::exit(status); });
    runner.start();
    return QCoreApplication::exec();
}
