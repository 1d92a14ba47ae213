// Fuzz target for the profile file loader: ProfileDocument::parse(), the one reader of profiles.json (and of the
// version-0 shape it migrates), on the input as file content, straight from memory as ProfileStore::load() gives it
// the bytes it read. What it accepts must survive the round trip the store makes on save: written back and read
// again, it gives the same profiles and folders and the same bytes, so that saving never loses or changes anything.
// Each profile's settings are then resolved and validated as a session would.

#include "core/profiles/profiledocument.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_profileloader: property violated: %s\n", what);
        std::abort();
    }
}

void exercise(const Smtp::ProfileDocument &document)
{
    for (const Smtp::Profile &profile : document.profiles) {
        Smtp::ProfileSettings settings = document.applicationDefaults;
        for (const Smtp::ProfileFolder &folder : document.folders) {
            if (profile.isIn(folder.path))
                settings = settings.overriddenBy(folder.defaults);
        }
        settings = settings.overriddenBy(profile.settings);
        Smtp::ConnectionSettings connection;
        settings.applyTo(connection);
        (void)connection.validate();
        (void)profile.summaryLine(connection);
        (void)profile.qualifiedName();
        (void)profile.knownCertificateExpiry();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString path = QStringLiteral("/fuzz/profiles.json");
    Smtp::ProfileDocument document;
    const Smtp::ProfileStoreError error = Smtp::ProfileDocument::parse(bytes, path, document);
    check(!error.isError() || !error.message.isEmpty(), "errors are explained");
    if (error.isError() || !document.isWritable())
        return 0;
    exercise(document);

    const QByteArray written = Smtp::ProfileDocument::serialize(document);
    Smtp::ProfileDocument reread;
    const Smtp::ProfileStoreError rereadError = Smtp::ProfileDocument::parse(written, path, reread);
    check(!rereadError.isError(), "what was written back can be read again");
    check(reread.version == Smtp::ProfileDocument::currentVersion, "the file is written in the current version");
    check(reread.profiles == document.profiles, "profiles survive a save");
    check(reread.folders == document.folders, "folders survive a save");
    check(reread.applicationDefaults == document.applicationDefaults, "defaults survive a save");
    check(reread.rejectedProfiles == document.rejectedProfiles, "refused profiles are kept as they were");
    check(reread.rejectedFolders == document.rejectedFolders, "refused folders are kept as they were");
    check(Smtp::ProfileDocument::serialize(reread) == written, "saving again writes the same bytes");
    return 0;
}
