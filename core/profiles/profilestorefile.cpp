// ProfileStore's file: loading, saving (a lock, a merge with what another instance saved, a backup, an atomic write)
// and recovering from a file that cannot be read. The format itself is ProfileDocument's.

#include "profilestore.h"

#include "core/io/atomicfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace Smtp
{

namespace
{

// Bounded: a second instance holds the lock only for one read and one write.
constexpr int lockTimeoutMs = 5000;
constexpr int staleLockMs = 30000;

QByteArray digestOf(const QByteArray &fileBytes)
{
    return QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256);
}

ProfileStoreError makeError(ProfileStoreError::Code code, const QString &message, const QString &path)
{
    return ProfileStoreError::make(code, message, path);
}

} // namespace

ProfileStoreError ProfileStore::copyAway(const std::optional<QByteArray> &data, ProfileStoreError error) const
{
    const QString copyPath = m_filePath + QStringLiteral(".corrupt-") +
                             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    // The unreadable file itself is never touched; the copy is for the user and for a bug report.
    bool copied = false;
    if (data) {
        // Loading the same damaged file again does not pile up identical copies.
        const QFileInfo info(m_filePath);
        const QFileInfoList earlier =
            info.dir().entryInfoList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files, QDir::Name);
        for (const QFileInfo &candidate : earlier) {
            if (candidate.size() != data->size())
                continue;
            QFile file(candidate.absoluteFilePath());
            if (file.open(QIODevice::ReadOnly) && file.readAll() == *data) {
                error.corruptCopyPath = candidate.absoluteFilePath();
                return error;
            }
        }
        copied = AtomicFile::write(copyPath, *data, FileAccess::OwnerOnly).ok();
    } else {
        // Streamed: a file too large to be read whole is copied piece by piece, owner-only from its first byte.
        const QString source = m_filePath;
        copied = AtomicFile::write(copyPath, FileAccess::OwnerOnly, [source](QIODevice &out) {
                     QFile in(source);
                     if (!in.open(QIODevice::ReadOnly))
                         return in.errorString();
                     while (!in.atEnd()) {
                         const QByteArray chunk = in.read(64 * 1024);
                         if (chunk.isEmpty())
                             return in.errorString();
                         if (out.write(chunk) != chunk.size())
                             return out.errorString();
                     }
                     return QString();
                 }).ok();
    }
    if (copied)
        error.corruptCopyPath = copyPath;
    return error;
}

ProfileStoreError ProfileStore::load()
{
    ProfileDocument document;
    ProfileStoreError error;
    m_unreadable = false;
    m_corruptCopyPath.clear();
    m_syncedDigest.clear();
    if (QFileInfo::exists(m_filePath)) {
        QByteArray raw;
        error = ProfileDocument::readFile(m_filePath, document, &raw);
        m_syncedDigest = digestOf(raw);
        if (error.isError()) {
            if (error.code != ProfileStoreError::Code::FileUnreadable)
                error = copyAway(
                    error.code == ProfileStoreError::Code::FileTooLarge ? std::nullopt : std::optional(raw), error);
            m_unreadable = true;
            m_corruptCopyPath = error.corruptCopyPath;
            if (document.salvaged)
                error.message += u' ' + tr("The profiles that could be read are shown, read-only.");
            else
                document = ProfileDocument{};
            if (QFileInfo::exists(backupFilePath()))
                error.message += u' ' + tr("A backup of the previous version can be restored.");
        }
    }
    adopt(document);
    m_warnings = document.warnings;
    m_readOnly = m_unreadable || !document.isWritable();
    m_migrated = document.version == 0 && !m_unreadable;
    m_changes.clear();
    emit changed();
    return error;
}

bool ProfileStore::hasUnsavedChanges() const
{
    return m_migrated || !m_changes.isEmpty();
}

ProfileStoreError ProfileStore::writeAtomically(const QString &path, const QByteArray &data) const
{
    // Owner only: the profiles name users, hosts and proxies.
    const AtomicFile::Result written =
        AtomicFile::write(path, data, FileAccess::OwnerOnly, path == m_filePath ? m_beforeCommit : nullptr);
    if (!written.ok()) {
        return makeError(
            ProfileStoreError::Code::WriteFailed,
            tr("The profile file cannot be saved; the previous version is unchanged: %1").arg(written.reason), path);
    }
    return {};
}

ProfileStoreError ProfileStore::save()
{
    if (m_readOnly) {
        ProfileStoreError error = makeError(
            ProfileStoreError::Code::ReadOnly,
            m_unreadable ? tr("The profile file could not be read, so it is not overwritten. Restore the backup or "
                              "discard the unreadable file first.")
                         : tr("The profile file was written by a newer version of this program and is not "
                              "overwritten."),
            m_filePath);
        error.corruptCopyPath = m_corruptCopyPath;
        return error;
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The folder %1 cannot be created.").arg(info.absolutePath()), m_filePath);
    }

    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(staleLockMs);
    if (!lock.tryLock(lockTimeoutMs)) {
        return makeError(ProfileStoreError::Code::Locked,
                         tr("Another instance is saving the profiles; try again in a moment."), m_filePath);
    }

    // Re-read under the lock so another instance's save since our load is merged, not overwritten.
    ProfileDocument result = m_document;
    result.warnings.clear();
    QByteArray previous;
    if (QFileInfo::exists(m_filePath)) {
        ProfileDocument disk;
        ProfileStoreError error = ProfileDocument::readFile(m_filePath, disk, &previous);
        if (error.isError()) {
            error.message = tr("The profile file changed on disk and cannot be read any more, so it is not "
                               "overwritten: %1")
                                .arg(error.message);
            return error;
        }
        if (!disk.isWritable()) {
            return makeError(ProfileStoreError::Code::ReadOnly,
                             tr("The profile file was replaced by a newer version of this program and is not "
                                "overwritten."),
                             m_filePath);
        }
        if (!m_migrated || disk.version != 0)
            result = m_changes.mergedInto(disk, m_document);
    }

    const QByteArray data = ProfileDocument::serialize(result);
    if (!previous.isNull() && previous != data) {
        if (ProfileStoreError error = writeAtomically(backupFilePath(), previous); error.isError())
            return error;
    }
    if (ProfileStoreError error = writeAtomically(m_filePath, data); error.isError())
        return error;
    m_syncedDigest = digestOf(data);

    const bool othersChanged = result.profiles != m_document.profiles || result.folders != m_document.folders ||
                               result.applicationDefaults != m_document.applicationDefaults;
    adopt(result);
    m_changes.clear();
    m_migrated = false;
    if (othersChanged)
        emit changed();
    return {};
}

ProfileStoreError ProfileStore::restoreBackup()
{
    const QString backup = backupFilePath();
    if (!QFileInfo::exists(backup))
        return makeError(ProfileStoreError::Code::NoBackup, tr("There is no backup to restore."), backup);
    ProfileDocument document;
    QByteArray data;
    if (ProfileStoreError error = ProfileDocument::readFile(backup, document, &data); error.isError()) {
        error.message = tr("The backup cannot be restored: %1").arg(error.message);
        return error;
    }
    if (QFileInfo::exists(m_filePath) && !m_unreadable) {
        // The current file is readable: keep it as a copy rather than losing it to the restore.
        QFile current(m_filePath);
        if (current.open(QIODevice::ReadOnly))
            copyAway(current.readAll(), {});
    }
    if (ProfileStoreError error = writeAtomically(m_filePath, data); error.isError())
        return error;
    m_readOnly = false;
    return load();
}

ProfileStoreError ProfileStore::discardUnreadableFile()
{
    if (!m_unreadable)
        return {};
    if (m_corruptCopyPath.isEmpty()) {
        return makeError(ProfileStoreError::Code::WriteFailed,
                         tr("The unreadable file could not be copied away, so it is not discarded."), m_filePath);
    }
    m_unreadable = false;
    m_readOnly = false;
    // Overwritten with an empty store right away: the next save must not refuse to merge with it.
    adopt(ProfileDocument{});
    m_changes.clear();
    const QByteArray empty = ProfileDocument::serialize(ProfileDocument{});
    if (ProfileStoreError error = writeAtomically(m_filePath, empty); error.isError())
        return error;
    m_syncedDigest = digestOf(empty);
    emit changed();
    return {};
}

bool ProfileStore::fileChangedOnDisk() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return !m_syncedDigest.isEmpty();
    // A file this store cannot read offers nothing to reload; load() says why when it is tried.
    if (!file.open(QIODevice::ReadOnly) || file.size() > ProfileDocument::maxFileSize)
        return false;
    return digestOf(file.readAll()) != m_syncedDigest;
}

ProfileStoreError ProfileStore::reload()
{
    return hasUnsavedChanges() && !m_readOnly ? save() : load();
}

} // namespace Smtp
