#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QTemporaryFile>

namespace Smtp
{

/// An append-only private temporary file for transcript events that left memory. Shared by a transcript and its
/// snapshots, which may read it on other threads while the transcript appends: every access is serialised.
class TranscriptSpillFile
{
public:
    TranscriptSpillFile() = default;
    Q_DISABLE_COPY_MOVE(TranscriptSpillFile)

    /// Creates the file (mode 0600) and, where the system allows, removes its name at once, so that no other
    /// process can open it and nothing is left behind after a crash. False with errorString() when it failed.
    bool open();
    /// Appends @p bytes; returns where they start, or -1 on a write error.
    qint64 append(const QByteArray &bytes);
    /// Reads back @p length bytes written at @p offset; an empty result on a read error.
    QByteArray read(qint64 offset, qint64 length);
    QString errorString() const;

private:
    mutable QMutex m_mutex;
    QTemporaryFile m_file;
};

} // namespace Smtp
