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

} // namespace

AtomicFile::Result AtomicFile::write(const QString &path, const QByteArray &data, FileAccess access,
                                     const std::function<void(QSaveFile &)> &beforeCommit)
{
    return writeWith(
        path, access,
        [&data](QIODevice &device) { return device.write(data) == data.size() ? QString() : device.errorString(); },
        beforeCommit);
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
    if (beforeCommit)
        beforeCommit(file);
    if (!file.commit()) {
        const QString reason = file.errorString().isEmpty() ? tr("writing was cancelled") : file.errorString();
        return failure(tr("Cannot write %1: %2").arg(path, reason), reason);
    }
    return {};
}

} // namespace Smtp
