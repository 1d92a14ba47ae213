#include "atomicfile.h"

#include <QSaveFile>

namespace Smtp
{

namespace
{

AtomicFile::Result failure(const QString &message, const QString &reason)
{
    AtomicFile::Result result;
    result.reason = reason;
    result.message = message;
    return result;
}

/// A disk that fills up takes part of a write and fails only the next one: only then does the system say why
/// ("File too large", "No space left on device"), so a short write is followed by another for the rest.
QString writeAll(QIODevice &device, const QByteArray &data)
{
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 step = device.write(data.constData() + written, data.size() - written);
        if (step <= 0)
            return device.errorString();
        written += step;
    }
    return {};
}

} // namespace

AtomicFile::Result AtomicFile::write(const QString &path, const QByteArray &data, FileAccess access,
                                     const std::function<void(QSaveFile &)> &beforeCommit)
{
    return writeWith(
        path, access, [&data](QIODevice &device) { return writeAll(device, data); }, beforeCommit);
}

AtomicFile::Result AtomicFile::write(const QString &path, FileAccess access,
                                     const std::function<QString(QIODevice &)> &produce)
{
    return writeWith(path, access, produce, {});
}

AtomicFile::Result AtomicFile::writeWith(const QString &path, FileAccess access,
                                         const std::function<QString(QIODevice &)> &produce,
                                         const std::function<void(QSaveFile &)> &beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2").arg(path, file.errorString()), file.errorString());
    // Before any data is in the temporary file, so no other user can ever read a byte of it (QSaveFile would
    // otherwise copy the mode of the file it replaces, or use the umask's default).
    if (access == FileAccess::OwnerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(tr("Cannot restrict the permissions of %1: %2").arg(path, reason), reason);
    }
    if (const QString reason = produce(file); !reason.isEmpty()) {
        file.cancelWriting();
        return failure(tr("Cannot write %1: %2").arg(path, reason), reason);
    }
    // The last buffered bytes reach the disk here, so a full disk is named now: commit() would throw the temporary
    // file away first and report only "Unknown error".
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(tr("Cannot write %1: %2").arg(path, reason), reason);
    }
    if (beforeCommit)
        beforeCommit(file);
    if (!file.commit()) {
        const QString reason = file.errorString().isEmpty() ? tr("writing was cancelled") : file.errorString();
        return failure(tr("Cannot write %1: %2").arg(path, reason), reason);
    }
    return {};
}

} // namespace Smtp
