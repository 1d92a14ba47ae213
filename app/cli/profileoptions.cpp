// The flags that use or change the saved profiles: --profile, --save-profile, --delete-profile, --list-profiles,
// --import and --export-profiles. Kept apart from the rest of the option table only for its size.
#include "commandlineoptions.h"

#include <QCommandLineParser>

namespace Smtp
{

const QStringList &CommandLineOptions::profileActionFlags()
{
    static const QStringList flags{QStringLiteral("list-profiles"), QStringLiteral("import"),
                                   QStringLiteral("export-profiles"), QStringLiteral("save-profile"),
                                   QStringLiteral("delete-profile")};
    return flags;
}

QList<CommandLineOptions::Option> CommandLineOptions::profileOptionTable()
{
    using Values = const QStringList &;
    // A profile action that names a profile: NAME must not be empty.
    const auto named = [](const char *name, Action action, const QString &description,
                          QString CommandLineOptions::*field) {
        return Option{QString::fromLatin1(name), tr("name"), description,
                      [name, action, field](CommandLineOptions &options, Values values, QIODevice *) {
                          if (action != Action::Run)
                              options.m_action = action;
                          options.*field = values.constLast().trimmed();
                          return (options.*field).isEmpty()
                                     ? tr("--%1 needs a profile name.").arg(QString::fromLatin1(name))
                                     : QString();
                      }};
    };
    return {
        named("profile", Action::Run, tr("Use a saved profile; flags given beside it override its fields."),
              &CommandLineOptions::m_profileName),
        named("save-profile", Action::SaveProfile,
              tr("Save the settings given as a profile (secrets never go to the file)."),
              &CommandLineOptions::m_saveProfileName),
        named("delete-profile", Action::DeleteProfile,
              tr("Delete a saved profile and remove its secrets from the keychain."),
              &CommandLineOptions::m_deleteProfileName),
        {QStringLiteral("list-profiles"),
         {},
         tr("List the saved profiles."),
         [](CommandLineOptions &options, Values, QIODevice *) {
             options.m_action = Action::ListProfiles;
             return QString();
         }},
        {QStringLiteral("import"), tr("file"), tr("Import profiles from a JSON file."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_action = Action::ImportProfiles;
             options.m_profilesFile = values.constLast();
             return checkReadable(QStringLiteral("import"), options.m_profilesFile);
         }},
        {QStringLiteral("export-profiles"), tr("file"), tr("Export the profiles to a JSON file (without secrets)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_action = Action::ExportProfiles;
             options.m_profilesFile = values.constLast();
             return options.m_profilesFile.isEmpty() ? tr("--export-profiles needs a file name.") : QString();
         }},
    };
}

} // namespace Smtp
