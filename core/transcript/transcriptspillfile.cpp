#include "transcriptspillfile.h"

#include <QDir>
#include <QMutexLocker>

namespace Smtp
{

bool TranscriptSpillFile::open()
{
    QMutexLocker locker(&m_mutex);
    m_file.setFileTemplate(QDir::tempPath() + QStringLiteral("/smtp-workbench-transcript-XXXXXX"));
    // Where the system has unnamed temporary files (Linux), the file gets no name unless fileName() asks for one,
    // so it is never called here. QTemporaryFile creates the file with mode 0600.
    return m_file.open();
}

qint64 TranscriptSpillFile::append(const QByteArray &bytes)
{
    QMutexLocker locker(&m_mutex);
    const qint64 offset = m_file.size();
    if (!m_file.seek(offset) || m_file.write(bytes) != bytes.size() || !m_file.flush())
        return -1;
    return offset;
}

QByteArray TranscriptSpillFile::read(qint64 offset, qint64 length)
{
    QMutexLocker locker(&m_mutex);
    if (!m_file.seek(offset))
        return {};
    QByteArray bytes = m_file.read(length);
    return bytes.size() == length ? bytes : QByteArray();
}

QString TranscriptSpillFile::errorString() const
{
    QMutexLocker locker(&m_mutex);
    return m_file.errorString();
}

} // namespace Smtp
