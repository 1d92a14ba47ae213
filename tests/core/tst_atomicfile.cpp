// AtomicFile: all bytes or nothing, owner-only mode before any byte is written, the previous file kept on failure.
#include "core/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Smtp;

namespace
{

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

mode_t modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

// Root may write into any directory, so as root the write runs in a child that has given up its privileges (the
// user nobody). @p attempt returns true when the write behaved as expected.
bool runUnprivileged(const std::function<bool()> &attempt)
{
    if (::geteuid() != 0)
        return attempt();
    const pid_t child = ::fork();
    if (child < 0)
        return false;
    if (child == 0) {
        constexpr uid_t nobody = 65534;
        if (::setgid(nobody) != 0 || ::setuid(nobody) != 0)
            ::_exit(2);
        ::_exit(attempt() ? 0 : 1);
    }
    int status = 0;
    pid_t done = 0;
    // Bounded: a child that hangs fails the test instead of blocking it.
    const bool finished = QTest::qWaitFor([&] { return (done = ::waitpid(child, &status, WNOHANG)) == child; }, 10000);
    if (!finished) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        return false;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void f6WritesEveryByteOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        QByteArray data(3 * 1024 * 1024, 'x');
        data[0] = '\0';
        const AtomicFile::Result result = AtomicFile::write(path, data, FileAccess::OwnerOnly);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(contentsOf(path), data);
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void f6ReplacingNarrowsTheMode()
    {
        // A file that others could read is replaced by one they cannot: the mode is not copied from the old file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("session.txt"));
        QVERIFY(writeFile(path, "old"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(AtomicFile::write(path, "new", FileAccess::OwnerOnly).ok());
        QCOMPARE(contentsOf(path), QByteArray("new"));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void defaultAccessKeepsTheMode()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chain.pem"));
        QVERIFY(writeFile(path, "old"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(AtomicFile::write(path, "new", FileAccess::Default).ok());
        QCOMPARE(contentsOf(path), QByteArray("new"));
        QCOMPARE(modeOf(path), mode_t(0644));
    }

    void f1ReadOnlyDirectoryKeepsTheOldFile()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        // Reachable by the unprivileged child, but not writable by it.
        QVERIFY(::chmod(QFile::encodeName(scratch.path()).constData(), 0755) == 0);
        const QString dirPath = scratch.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(dirPath));
        const QString path = dirPath + QStringLiteral("/profiles.json");
        QVERIFY(writeFile(path, "the previous version"));
        // The file itself may be written by anyone: only the directory stands in the way of the rename.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
        QVERIFY(::chmod(QFile::encodeName(dirPath).constData(), 0555) == 0);

        const bool refused = runUnprivileged([&path] {
            const AtomicFile::Result result = AtomicFile::write(path, "the new version", FileAccess::OwnerOnly);
            if (result.ok() || result.reason.isEmpty()) {
                qWarning("writing into a read-only directory was not refused");
                return false;
            }
            if (!result.message.contains(path) || !result.message.contains(result.reason)) {
                qWarning("the message does not name the file and the reason: %s", qPrintable(result.message));
                return false;
            }
            return true;
        });
        ::chmod(QFile::encodeName(dirPath).constData(), 0755);
        QVERIFY(refused);
        QCOMPARE(contentsOf(path), QByteArray("the previous version"));
        QCOMPARE(QDir(dirPath).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("profiles.json")});
    }

    void f1InterruptedBeforeCommitKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        QVERIFY(writeFile(path, "the previous version"));
        bool called = false;
        const AtomicFile::Result result =
            AtomicFile::write(path, "the new version", FileAccess::OwnerOnly, [&called](QSaveFile &file) {
                called = true;
                file.cancelWriting();
            });
        QVERIFY(called);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(!result.reason.isEmpty());
        QCOMPARE(contentsOf(path), QByteArray("the previous version"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("profiles.json")});
    }

    void missingDirectoryIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("no/such/dir/session.json"));
        const AtomicFile::Result result = AtomicFile::write(path, "data", FileAccess::OwnerOnly);
        QVERIFY(!result.ok());
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
