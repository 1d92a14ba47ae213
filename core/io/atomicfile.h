#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;
class QSaveFile;

namespace Smtp
{

/// Who may read a file written by AtomicFile::write().
enum class FileAccess
{
    /// Mode 0600, set on the temporary file before any byte is in it: user data (profiles, session logs).
    OwnerOnly,
    /// The mode of the file replaced, else the umask's default: data that is public anyway (certificates).
    Default,
};

/// The one way user data is written to a file: all of it or nothing. The bytes go to a temporary file beside the
/// target, which is renamed over it only when everything was written (QSaveFile), so a failed or interrupted write
/// leaves the previous file as it was.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    /// What write() did; a default-constructed result is success.
    struct Result
    {
        /// Why writing failed, in the system's words ("Permission denied"); empty on success.
        QString reason;
        /// The same for people, naming the file: "Cannot write /x/y: Permission denied". Empty on success.
        QString message;

        bool ok() const { return message.isEmpty(); }
    };

    /// Writes @p data to @p path. @p beforeCommit, when given, is called after the bytes are written and before the
    /// rename; tests call cancelWriting() there to simulate a write interrupted at the last moment.
    static Result write(const QString &path, const QByteArray &data, FileAccess access,
                        const std::function<void(QSaveFile &)> &beforeCommit = {});
    /// Writes what @p produce writes to the device, piece by piece, for contents too large to hold whole. produce
    /// returns why it could not give everything (nothing is written then), or an empty string.
    static Result write(const QString &path, FileAccess access, const std::function<QString(QIODevice &)> &produce);

private:
    static Result writeWith(const QString &path, FileAccess access, const std::function<QString(QIODevice &)> &produce,
                            const std::function<void(QSaveFile &)> &beforeCommit);
};

} // namespace Smtp
