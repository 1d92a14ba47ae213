#pragma once

#include "profile.h"
#include "profilestoreerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Smtp
{

/// The content of a profile file, and the one reader and writer of its format:
///
///     {"version": 1, "defaults": {...}, "folders": [{"path": "A/B", "defaults": {...}}, ...], "profiles": [...]}
///
/// A profile or folder entry that is invalid (wrong types, port out of range, CR/LF/NUL in a name, duplicate id) is
/// refused with its own warning and kept as it was, so that writing the document back loses nothing. Fields and
/// top-level keys this version does not know are kept too. Version 0 is read through ProfileMigration; its entries
/// that cannot be migrated are kept under the top-level key "unmigratedVersion0Profiles", never among the profiles.
struct ProfileDocument
{
    /// Files larger than this are refused unread.
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;
    static constexpr int currentVersion = 1;

    /// 0: the legacy shape (migrated on reading); -1 or above currentVersion: a version this program does not know.
    int version = currentVersion;
    QList<Profile> profiles;
    QList<ProfileFolder> folders;
    ProfileSettings applicationDefaults;
    /// False when the file's "defaults" could not be read; they are then written back as they were.
    bool applicationDefaultsValid = true;
    /// Refused entries, written back unchanged.
    QJsonArray rejectedProfiles;
    QJsonArray rejectedFolders;
    /// Top-level keys other than version, profiles and folders (including the raw "defaults").
    QJsonObject otherFields;
    QList<ProfileStoreError> warnings;
    /// Filled from a repaired copy of a file with invalid UTF-8; parse() still reports the error.
    bool salvaged = false;

    /// True for a version this program can write back without losing what it does not understand.
    bool isWritable() const { return version >= 0 && version <= currentVersion; }

    /// Parses file content; a returned error means nothing usable was found.
    static ProfileStoreError parse(const QByteArray &data, const QString &path, ProfileDocument &document);
    /// Reads and parses a file, with the size cap. @p rawData, when given, receives the bytes read.
    static ProfileStoreError readFile(const QString &path, ProfileDocument &document, QByteArray *rawData = nullptr);
    /// Always in the current version.
    static QByteArray serialize(const ProfileDocument &document);
};

} // namespace Smtp
