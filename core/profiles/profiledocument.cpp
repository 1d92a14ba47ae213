#include "profiledocument.h"

#include "profilemigration.h"
#include "profilestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace Smtp
{

namespace
{

const QString keyVersion = QStringLiteral("version");
const QString keyProfiles = QStringLiteral("profiles");
const QString keyFolders = QStringLiteral("folders");
const QString keyDefaults = QStringLiteral("defaults");

constexpr qsizetype maxReportedWarnings = 200;

ProfileStoreError makeError(ProfileStoreError::Code code, const QString &message, const QString &path)
{
    return ProfileStoreError::make(code, message, path);
}

QString parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return ProfileStore::tr("the file ends too early (truncated?)");
    case QJsonParseError::IllegalUTF8String:
        return ProfileStore::tr("the text is not valid UTF-8");
    case QJsonParseError::DeepNesting:
        return ProfileStore::tr("the data is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return ProfileStore::tr("the document is too large");
    default:
        break;
    }
    return ProfileStore::tr("it is not valid JSON");
}

// The version as written, short enough for a message even when a hostile file puts a huge value there.
QString describeVersion(const QJsonValue &version)
{
    if (version.isUndefined())
        return ProfileStore::tr("(none)");
    const QByteArray text = QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(40);
}

QString profileLabel(const QJsonObject &object, qsizetype index)
{
    const QString name = object.value(QStringLiteral("name")).toString();
    if (!name.isEmpty() && profileTextProblem(name).isEmpty())
        return ProfileStore::tr("Profile \"%1\"").arg(name.left(80));
    return ProfileStore::tr("Profile #%1").arg(index + 1);
}
} // namespace

ProfileStoreError ProfileDocument::parse(const QByteArray &data, const QString &path, ProfileDocument &document)
{
    document = ProfileDocument{};
    if (data.trimmed().isEmpty())
        return makeError(ProfileStoreError::Code::ParseFailed, ProfileStore::tr("The profile file is empty."), path);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProfileStoreError error = makeError(
            ProfileStoreError::Code::ParseFailed,
            ProfileStore::tr("The profile file cannot be read: %1.").arg(parseErrorText(parseError.error)), path);
        error.offset = qBound(0, parseError.offset, int(data.size()));
        const QByteArray before = data.left(error.offset);
        error.line = int(before.count('\n')) + 1;
        error.column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        if (parseError.error == QJsonParseError::IllegalUTF8String) {
            // Damaged text in one value should not hide every profile: read a repaired copy (invalid sequences
            // become U+FFFD) so the caller can show what is there. The error stands, so nothing is overwritten.
            const QByteArray repaired = QString::fromUtf8(data).toUtf8();
            if (repaired != data && !parse(repaired, path, document).isError())
                document.salvaged = true;
        }
        return error;
    }

    QJsonArray profileEntries;
    QJsonArray folderEntries;
    bool legacy = false;
    if (json.isArray()) {
        legacy = true;
        document.version = 0;
        profileEntries = json.array();
    } else if (json.isObject()) {
        QJsonObject top = json.object();
        const QJsonValue version = top.value(keyVersion);
        if (version.isDouble() && version.toDouble() == currentVersion) {
            document.version = currentVersion;
        } else {
            document.version = -1;
            ProfileStoreError warning =
                makeError(ProfileStoreError::Code::UnsupportedVersion,
                          ProfileStore::tr(
                              "The profile file has version %1, which this program does not know; it is read as far as "
                              "possible and will not be overwritten.")
                              .arg(describeVersion(version)),
                          path);
            if (version.isDouble() && version.toDouble() > currentVersion && version.toDouble() < 1e9)
                document.version = version.toInt();
            document.warnings << warning;
        }
        const QJsonValue profilesValue = top.value(keyProfiles);
        if (!profilesValue.isUndefined() && !profilesValue.isArray())
            return makeError(ProfileStoreError::Code::InvalidStructure,
                             ProfileStore::tr("\"profiles\" in the profile file is not a list."), path);
        const QJsonValue foldersValue = top.value(keyFolders);
        if (!foldersValue.isUndefined() && !foldersValue.isArray())
            return makeError(ProfileStoreError::Code::InvalidStructure,
                             ProfileStore::tr("\"folders\" in the profile file is not a list."), path);
        profileEntries = profilesValue.toArray();
        folderEntries = foldersValue.toArray();
        const QJsonValue defaultsValue = top.value(keyDefaults);
        if (defaultsValue.isObject()) {
            QStringList problems;
            document.applicationDefaults = ProfileSettings::readJson(defaultsValue.toObject(), problems);
            if (!problems.isEmpty()) {
                document.applicationDefaults = {};
                document.applicationDefaultsValid = false;
                document.warnings << makeError(
                    ProfileStoreError::Code::InvalidEntry,
                    ProfileStore::tr("The application defaults were refused: %1").arg(problems.join(QLatin1Char(' '))),
                    path);
            }
        } else if (!defaultsValue.isUndefined()) {
            document.applicationDefaultsValid = false;
            document.warnings << makeError(ProfileStoreError::Code::InvalidEntry,
                                           ProfileStore::tr("The application defaults were refused: not an object."),
                                           path);
        }
        top.remove(keyVersion);
        top.remove(keyProfiles);
        top.remove(keyFolders);
        document.otherFields = top;
    } else {
        return makeError(ProfileStoreError::Code::InvalidStructure,
                         ProfileStore::tr("The profile file holds neither an object nor a list."), path);
    }

    // A hostile file may hold millions of bad entries: report the first ones and count the rest.
    qsizetype unreported = 0;
    const auto report = [&document, &unreported](const ProfileStoreError &warning) {
        if (document.warnings.size() < maxReportedWarnings)
            document.warnings << warning;
        else
            ++unreported;
    };

    QSet<QString> ids;
    QJsonArray unmigrated;
    for (qsizetype i = 0; i < profileEntries.size(); ++i) {
        const QJsonValue entry = profileEntries.at(i);
        ProfileStoreError warning;
        warning.path = path;
        if (!entry.isObject()) {
            warning.code = ProfileStoreError::Code::InvalidEntry;
            warning.message = ProfileStore::tr("Profile #%1 was refused: it is not an object.").arg(i + 1);
            report(warning);
            document.rejectedProfiles.append(entry);
            continue;
        }
        const QJsonObject object = entry.toObject();
        QStringList problems;
        const Profile profile =
            legacy ? ProfileMigration::fromVersion0(object, problems) : Profile::fromJson(object, problems);
        warning.profileId = profile.id;
        warning.profileName = profile.name;
        if (!problems.isEmpty()) {
            warning.code = ProfileStoreError::Code::InvalidEntry;
            warning.message =
                ProfileStore::tr("%1 was refused: %2").arg(profileLabel(object, i), problems.join(QLatin1Char(' ')));
        } else if (ids.contains(profile.id)) {
            warning.code = ProfileStoreError::Code::DuplicateId;
            warning.message = ProfileStore::tr("%1 was refused: another profile already has the id %2.")
                                  .arg(profileLabel(object, i), profile.id);
        }
        if (warning.isError()) {
            report(warning);
            // A version 0 entry that could not be migrated is kept apart: written into the profiles of a current
            // file, it would be read by the current rules next time and might become a profile nobody checked.
            (legacy ? unmigrated : document.rejectedProfiles).append(entry);
            continue;
        }
        ids.insert(profile.id);
        document.profiles << profile;
    }

    QSet<QString> paths;
    for (qsizetype i = 0; i < folderEntries.size(); ++i) {
        const QJsonValue entry = folderEntries.at(i);
        QStringList problems;
        ProfileFolder folder;
        if (entry.isObject())
            folder = ProfileFolder::fromJson(entry.toObject(), problems);
        else
            problems << ProfileStore::tr("it is not an object.");
        if (problems.isEmpty() && paths.contains(folder.path))
            problems << ProfileStore::tr("another folder has the same path.");
        if (!problems.isEmpty()) {
            report(makeError(ProfileStoreError::Code::InvalidEntry,
                             ProfileStore::tr("Folder #%1 was refused: %2").arg(i + 1).arg(problems.join(u' ')), path));
            document.rejectedFolders.append(entry);
            continue;
        }
        paths.insert(folder.path);
        document.folders << folder;
    }

    if (unreported > 0) {
        document.warnings << makeError(ProfileStoreError::Code::InvalidEntry,
                                       ProfileStore::tr("%1 more entries were refused.").arg(unreported), path);
    }
    if (legacy) {
        if (!unmigrated.isEmpty())
            document.otherFields.insert(QStringLiteral("unmigratedVersion0Profiles"), unmigrated);
        document.warnings << makeError(
            ProfileStoreError::Code::Migrated,
            ProfileStore::tr("The profile file was in the old format (version 0); it will be saved "
                             "in version %1, and the old file kept as the backup.")
                .arg(currentVersion),
            path);
    }
    return {};
}

ProfileStoreError ProfileDocument::readFile(const QString &path, ProfileDocument &document, QByteArray *rawData)
{
    document = ProfileDocument{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ProfileStoreError::Code::FileUnreadable,
                         ProfileStore::tr("The profile file cannot be opened: %1").arg(file.errorString()), path);
    }
    if (file.size() > maxFileSize) {
        return makeError(ProfileStoreError::Code::FileTooLarge,
                         ProfileStore::tr("The profile file is %1 bytes, more than the limit of %2 bytes.")
                             .arg(file.size())
                             .arg(maxFileSize),
                         path);
    }
    // Read at most one byte beyond the cap: a file growing while it is read is refused too.
    const QByteArray data = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ProfileStoreError::Code::FileUnreadable,
                         ProfileStore::tr("The profile file cannot be read: %1").arg(file.errorString()), path);
    }
    if (data.size() > maxFileSize) {
        return makeError(ProfileStoreError::Code::FileTooLarge,
                         ProfileStore::tr("The profile file is larger than the limit of %1 bytes.").arg(maxFileSize),
                         path);
    }
    if (rawData)
        *rawData = data;
    return parse(data, path, document);
}

QByteArray ProfileDocument::serialize(const ProfileDocument &document)
{
    QJsonObject top = document.otherFields;
    top.insert(keyVersion, currentVersion);
    if (document.applicationDefaultsValid) {
        // Keys a newer version added to the defaults are kept beside the ones written here.
        QJsonObject defaults = ProfileSettings::unknownKeys(document.otherFields.value(keyDefaults).toObject());
        document.applicationDefaults.writeJson(defaults);
        if (defaults.isEmpty())
            top.remove(keyDefaults);
        else
            top.insert(keyDefaults, defaults);
    }
    QJsonArray folders;
    for (const ProfileFolder &folder : document.folders)
        folders.append(folder.toJson());
    for (const QJsonValue &rejected : document.rejectedFolders)
        folders.append(rejected);
    top.insert(keyFolders, folders);
    QJsonArray profiles;
    for (const Profile &profile : document.profiles)
        profiles.append(profile.toJson());
    for (const QJsonValue &rejected : document.rejectedProfiles)
        profiles.append(rejected);
    top.insert(keyProfiles, profiles);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}
} // namespace Smtp
