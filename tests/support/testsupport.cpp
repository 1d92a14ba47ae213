#include "testsupport.h"

#include <QFile>

namespace SmtpTest
{

QString supportDir()
{
    return QStringLiteral(SMTP_TEST_SUPPORT_DIR);
}

qint64 residentMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

Smtp::Profile makeProfile(const QString &name, const QString &host, const QString &folder)
{
    Smtp::Profile profile;
    profile.name = name;
    profile.folder = folder;
    profile.settings.host = host;
    return profile;
}

} // namespace SmtpTest
