// Storage faults: a full disk (a file-size limit) during a profile save or a session-log export reports an error and
// keeps the old file; a configuration folder that cannot be read or written is reported, not crashed on; a program
// killed at any moment of a save never leaves a torn profile file.
#include "core/connection/connectionsettings.h"
#include "core/profiles/profilestore.h"
#include "core/session/sessionresult.h"
#include "core/sessionlog/sessionlog.h"
#include "core/sessionlog/sessionlogexporter.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace Smtp;

namespace
{

/// The child's task (see main()): save the store at this path again and again until killed.
const char writerVariable[] = "SMTP_FAULTS_SAVE_FOREVER";
constexpr int profilesPerSet = 400;
constexpr int waitMs = 10000;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Profiles named "<set>-<n>": a file holds one whole set or the other, never a mixture or a prefix.
void fillStore(ProfileStore &store, const QString &set)
{
    for (const Profile &old : store.profiles())
        store.remove(old.id);
    for (int i = 0; i < profilesPerSet; ++i) {
        Profile profile = SmtpTest::makeProfile(QStringLiteral("%1-%2").arg(set).arg(i),
                                                QStringLiteral("mx%1.%2.example").arg(i).arg(set));
        store.add(profile);
    }
}

/// Files written from here on may grow to @p bytes; a write past it fails with EFBIG instead of killing the process
/// with SIGXFSZ. Restored when the guard goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

    bool isActive() const { return m_active; }

private:
    rlimit m_previous = {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

int saveForever(const QString &path)
{
    ProfileStore store(path);
    if (const ProfileStoreError error = store.load(); error.isError()) {
        std::fputs(qPrintable(error.toString()), stderr);
        return 2;
    }
    for (int round = 0;; ++round) {
        fillStore(store, round % 2 == 0 ? QStringLiteral("even") : QStringLiteral("odd"));
        if (const ProfileStoreError error = store.save(); error.isError()) {
            std::fputs(qPrintable(error.toString()), stderr);
            return 3;
        }
        if (round == 0) {
            // The parent starts killing once a first whole file exists.
            std::fputs("saved\n", stdout);
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void f1FullDiskDuringProfileSaveKeepsTheOldFile();
    void f7FullDiskDuringExportKeepsTheOldFile();
    void f3UnusableConfigFolderIsReported_data();
    void f3UnusableConfigFolderIsReported();
    void f1KilledDuringSaveNeverTearsTheFile();
};

void TestStorageFaults::f1FullDiskDuringProfileSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(path);
    QVERIFY(!store.load().isError());
    Profile first = SmtpTest::makeProfile(QStringLiteral("Relay"), QStringLiteral("relay.example"));
    QVERIFY(!store.add(first).isError());
    QVERIFY(!store.save().isError());
    const QByteArray saved = contentsOf(path);
    QVERIFY(!saved.isEmpty());

    fillStore(store, QStringLiteral("big"));
    ProfileStoreError error;
    {
        // Room for the old file, not for the new one: the disk fills up in the middle of the write.
        FileSizeLimit limit(rlim_t(saved.size() * 2));
        QVERIFY(limit.isActive());
        error = store.save();
    }
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(QStringLiteral("File too large")) ||
                 error.message.contains(QStringLiteral("space")),
             qPrintable(error.toString()));
    QCOMPARE(contentsOf(path), saved);
    // Nothing the user did is lost: the store still holds the changes and saves them once there is room.
    QVERIFY(store.hasUnsavedChanges());
    QCOMPARE(store.profiles().size(), profilesPerSet);
    QVERIFY(!store.save().isError());
    ProfileStore reread(path);
    QVERIFY(!reread.load().isError());
    QCOMPARE(reread.profiles().size(), profilesPerSet);
    // No half-written file is left beside them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             QStringList({QStringLiteral("profiles.json"), QStringLiteral("profiles.json.bak")}));
}

void TestStorageFaults::f7FullDiskDuringExportKeepsTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.txt"));
    const QByteArray old = "the previous export\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(old), old.size());
    }
    Transcript transcript;
    QList<TranscriptEvent> events;
    for (int i = 0; i < 20000; ++i) {
        TranscriptEvent event;
        event.kind = TranscriptEvent::Kind::Server;
        event.raw = "250-line " + QByteArray::number(i) + " of a reply long enough to fill a small disk";
        event.text = QString::fromLatin1(event.raw);
        events << event;
    }
    transcript.append(events);
    const ConnectionSettings settings = SmtpTest::testSettings(2525, SecurityMode::None);
    const SessionLog log = SessionLog::create(QStringLiteral("full disk"), settings, transcript, SessionResult{}, true);

    ExportResult result;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY(limit.isActive());
        result = SessionLogExporter::writeToFile(log, path);
    }
    QVERIFY(!result.ok());
    QVERIFY2(!result.errorMessage.isEmpty(), "no reason given");
    QCOMPARE(contentsOf(path), old);
}

void TestStorageFaults::f3UnusableConfigFolderIsReported_data()
{
    QTest::addColumn<QString>("layout");
    // Kinds of breakage that hold for root too (a mode of 000 does not stop root).
    QTest::addRow("the folder is a file") << QStringLiteral("folder-is-file");
    QTest::addRow("the profile file is a folder") << QStringLiteral("file-is-folder");
}

void TestStorageFaults::f3UnusableConfigFolderIsReported()
{
    QFETCH(QString, layout);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (layout == QStringLiteral("folder-is-file")) {
        QFile blocker(dir.filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        path = dir.filePath(QStringLiteral("config/profiles.json"));
    } else {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("profiles.json")));
        path = dir.filePath(QStringLiteral("profiles.json"));
    }
    ProfileStore store(path);
    const ProfileStoreError loaded = store.load();
    Profile profile = SmtpTest::makeProfile(QStringLiteral("Relay"), QStringLiteral("relay.example"));
    store.add(profile);
    const ProfileStoreError saved = store.save();
    // Whatever load() made of it, saving cannot succeed, and says so with the path.
    QVERIFY2(saved.isError(), qPrintable(loaded.toString()));
    QVERIFY2(saved.toString().contains(path) || saved.toString().contains(QFileInfo(path).path()),
             qPrintable(saved.toString()));
    if (layout == QStringLiteral("file-is-folder")) {
        QVERIFY(loaded.isError());
        QCOMPARE(loaded.code, ProfileStoreError::Code::FileUnreadable);
    }
}

void TestStorageFaults::f1KilledDuringSaveNeverTearsTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    constexpr int kills = 12;
    for (int attempt = 0; attempt < kills; ++attempt) {
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(writerVariable), path);
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted(waitMs));
        QVERIFY2(writer.waitForReadyRead(waitMs),
                 qPrintable(QStringLiteral("attempt %1: the writer never saved (exit %2): %3")
                                .arg(attempt)
                                .arg(writer.exitCode())
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        QCOMPARE(writer.readLine(), QByteArray("saved\n"));
        // A random moment of the next saves: fault injection, not synchronisation.
        QTest::qWait(int(QRandomGenerator::global()->bounded(1, 120)));
        writer.kill();
        QVERIFY(writer.waitForFinished(waitMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        ProfileStore store(path);
        const ProfileStoreError loaded = store.load();
        QVERIFY2(!loaded.isError(), qPrintable(loaded.toString()));
        const QList<Profile> profiles = store.profiles();
        QCOMPARE(profiles.size(), profilesPerSet);
        const QString set = profiles.first().name.section(u'-', 0, 0);
        for (const Profile &profile : profiles)
            QVERIFY2(profile.name.startsWith(set + u'-'), qPrintable(profile.name));

        // A kill between creating the lock file and writing its owner into it leaves a lock nobody can prove stale
        // until it is 30 s old: saves until then are refused ("Another instance is saving…") and lose nothing. The
        // next writer should not wait that long here, so such a lock goes as time would take it.
        const QString lockPath = path + QStringLiteral(".lock");
        if (QFileInfo(lockPath).exists() && QFileInfo(lockPath).size() == 0)
            QVERIFY(QFile::remove(lockPath));
    }
}

int main(int argc, char *argv[])
{
    if (const QString path = qEnvironmentVariable(writerVariable); !path.isEmpty()) {
        QCoreApplication app(argc, argv);
        return saveForever(path);
    }
    QCoreApplication app(argc, argv);
    TestStorageFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storagefaults.moc"
