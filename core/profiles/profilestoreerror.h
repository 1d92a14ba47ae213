#pragma once

#include <QString>

namespace Smtp
{

/// A load, save, import or export problem as a value the caller can show. A default-constructed error means success.
struct ProfileStoreError
{
    enum class Code
    {
        None,
        FileUnreadable,     ///< the file exists but cannot be opened or read
        FileTooLarge,       ///< larger than ProfileStore::maxFileSize
        ParseFailed,        ///< not JSON (truncated, invalid UTF-8, too deeply nested …): see line, column, offset
        InvalidStructure,   ///< JSON, but not a profile file (wrong top-level type, bad "version")
        UnsupportedVersion, ///< written by a newer version: loaded read-only
        InvalidEntry,       ///< one profile or folder was refused; the others are loaded
        DuplicateId,        ///< a second profile with an id already seen; refused, the first one is kept
        Migrated,           ///< an older version was read and will be saved in the current one (a notice)
        WriteFailed,        ///< the file could not be written; the previous file is intact
        Locked,             ///< another instance holds the lock for too long
        ReadOnly,           ///< saving refused: the file on disk is unreadable or from a newer version
        NotFound,           ///< no profile or folder with that id, name or path
        InvalidProfile,     ///< a profile given to add() or update() is not valid
        NoBackup,           ///< restoreBackup() without a backup file
    };

    Code code = Code::None;
    /// Human-readable, translated: what is wrong.
    QString message;
    /// The file concerned, when there is one.
    QString path;
    /// Where in the file, for parse errors: 1-based line and column, 0-based byte offset; -1 when unknown.
    int line = -1;
    int column = -1;
    qint64 offset = -1;
    /// The profile concerned (InvalidEntry, DuplicateId), when it has an id, and its name.
    QString profileId;
    QString profileName;
    /// Where an unreadable file was copied before anything else happened (profiles.json.corrupt-<timestamp>).
    QString corruptCopyPath;

    static ProfileStoreError make(Code code, const QString &message, const QString &path);

    bool isError() const { return code != Code::None && code != Code::Migrated; }
    explicit operator bool() const { return isError(); }
    /// The message with the path and position, for a log line or a terminal.
    QString toString() const;
};

} // namespace Smtp
