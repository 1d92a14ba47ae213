#include "testsupport.h"

#include <QFile>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace SmtpTest
{

QString supportDir()
{
    return QStringLiteral(SMTP_TEST_SUPPORT_DIR);
}

namespace
{

/// A numeric field of /proc/self/status ("VmRSS", "VmHWM", "Threads"), or -1 where there is none.
qint64 processStatusField(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = name + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

qint64 residentMemoryKiB()
{
    return processStatusField("VmRSS");
}

qint64 peakResidentMemoryKiB()
{
    return processStatusField("VmHWM");
}

int threadCount()
{
    return int(processStatusField("Threads"));
}

Smtp::Profile makeProfile(const QString &name, const QString &host, const QString &folder)
{
    Smtp::Profile profile;
    profile.name = name;
    profile.folder = folder;
    profile.settings.host = host;
    return profile;
}

void reexecUnderKeyring(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("SMTP_KEYRING_WRAPPED"))
        return;
    static const QByteArray wrapper =
        (supportDir() + QStringLiteral("/../integration/run-with-keyring.sh")).toLocal8Bit();
    std::vector<char *> arguments;
    arguments.push_back(const_cast<char *>("/bin/sh"));
    arguments.push_back(const_cast<char *>(wrapper.constData()));
    for (int i = 0; i < argc; ++i)
        arguments.push_back(argv[i]);
    arguments.push_back(nullptr);
    execv("/bin/sh", arguments.data());
    perror("execv /bin/sh");
    std::exit(1);
}

} // namespace SmtpTest
