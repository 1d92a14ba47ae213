#include "core/profiles/importplan.h"
#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;
using SmtpTest::makeProfile;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

QStringList corruptCopies(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("profiles.json")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultPathIsInAppConfigLocation()
    {
        ProfileStore store;
        QCOMPARE(store.filePath(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                       QStringLiteral("/profiles.json"));
    }

    void defaultPathFollowsXdgConfigHome()
    {
        // Only the path is computed here; no file is touched outside test mode.
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->path()));
        const QString path = ProfileStore::defaultFilePath();
        QStandardPaths::setTestModeEnabled(true);
        if (previous.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", previous);
        QVERIFY2(path.startsWith(m_dir->path() + u'/'), qPrintable(path));
        QVERIFY(path.endsWith(QStringLiteral("/profiles.json")));
    }

    void missingFileIsAnEmptyStore()
    {
        ProfileStore store(path());
        QVERIFY(!store.load().isError());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.isReadOnly());
    }

    void saveLoadRoundTrip()
    {
        ProfileStore store(path());
        Profile profile = makeProfile(QStringLiteral("relay"), QStringLiteral("127.0.0.1"), QStringLiteral("A/B"));
        profile.tags = QStringList{QStringLiteral("t1")};
        profile.favourite = true;
        profile.notes = QStringLiteral("multi\nline");
        profile.lastUsed = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        profile.lastResult = QStringLiteral("OK");
        profile.lastResultOk = true;
        profile.settings.port = 2525;
        profile.settings.security = SecurityMode::None;
        profile.settings.extended = false;
        profile.settings.submission = false;
        profile.settings.timeoutSeconds = 10;
        profile.settings.localName = QStringLiteral("me.example");
        profile.settings.trustedSite = true;
        profile.settings.serverName = QStringLiteral("sni.example");
        profile.settings.proxy = QStringLiteral("http://127.0.0.1:3128");
        profile.settings.caFile = QStringLiteral("/ca.pem");
        profile.settings.clientCertificateFile = QStringLiteral("/c.pem");
        profile.settings.clientKeyFile = QStringLiteral("/k.pem");
        profile.settings.authMechanism = QStringLiteral("auto");
        profile.settings.authUser = QStringLiteral("user");
        profile.settings.allowPlaintextAuth = true;
        profile.settings.from = QStringLiteral("f@example.org");
        profile.settings.to = QStringList{QStringLiteral("t@example.org")};
        QVERIFY(!store.add(profile).isError());
        QVERIFY(!profile.id.isEmpty());
        ProfileFolder folder;
        folder.path = QStringLiteral("A");
        folder.defaults.caFile = QStringLiteral("/folder-ca.pem");
        QVERIFY(!store.setFolder(folder).isError());
        ProfileSettings defaults;
        defaults.localName = QStringLiteral("app.example");
        store.setApplicationDefaults(defaults);
        QVERIFY(store.hasUnsavedChanges());
        const ProfileStoreError error = store.save();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(!store.hasUnsavedChanges());

        const QJsonObject top = QJsonDocument::fromJson(readAll(path())).object();
        QCOMPARE(top.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(top.value(QStringLiteral("profiles")).isArray());
        QVERIFY(top.value(QStringLiteral("folders")).isArray());

        ProfileStore other(path());
        QVERIFY(!other.load().isError());
        QCOMPARE(other.profiles().size(), 1);
        QVERIFY(other.profiles().constFirst() == profile);
        QCOMPARE(other.folders().size(), 1);
        QVERIFY(other.folders().constFirst() == folder);
        QVERIFY(other.applicationDefaults() == defaults);
        QVERIFY(other.loadWarnings().isEmpty());
    }

    void f6FileModeIsOwnerOnly()
    {
        ProfileStore store(path());
        Profile profile = makeProfile(QStringLiteral("p"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        QVERIFY(!store.save().isError());
        profile.notes = QStringLiteral("second");
        QVERIFY(!store.update(profile).isError());
        QVERIFY(!store.save().isError());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto groupOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        for (const QString &file : {path(), store.backupFilePath()}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const auto permissions = QFile::permissions(file);
            QVERIFY2((permissions & ownerOnly) == ownerOnly, qPrintable(file));
            QVERIFY2((permissions & groupOther) == 0, qPrintable(file));
        }
    }

    void previousVersionKeptAsBackup()
    {
        ProfileStore store(path());
        Profile profile = makeProfile(QStringLiteral("first"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        QVERIFY(!store.save().isError());
        const QByteArray first = readAll(path());
        profile.name = QStringLiteral("second");
        QVERIFY(!store.update(profile).isError());
        QVERIFY(!store.save().isError());
        QCOMPARE(readAll(store.backupFilePath()), first);
        QVERIFY(readAll(path()).contains("second"));
    }

    void f3UnreadableFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("line");
        const int parse = int(ProfileStoreError::Code::ParseFailed);
        const int structure = int(ProfileStoreError::Code::InvalidStructure);
        const QByteArray valid = R"({"version": 1, "profiles": [{"id": "a", "name": "x", "host": "127.0.0.1"}]})";
        QTest::addRow("empty") << QByteArray() << parse << -1;
        QTest::addRow("whitespace only") << QByteArray("  \n\n ") << parse << -1;
        QTest::addRow("truncated") << valid.left(valid.size() - 9) << parse << 1;
        QTest::addRow("truncated on line 3") << QByteArray("{\n\"version\": 1,\n\"profiles\": [") << parse << 3;
        QTest::addRow("invalid UTF-8") << QByteArray("{\"version\": 1, \"x\": \"\xff\xfe\"}") << parse << 1;
        QTest::addRow("not JSON") << QByteArray("version=1\n") << parse << 1;
        QTest::addRow("deeply nested") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << parse << 1;
        QTest::addRow("a number") << QByteArray("42") << parse << 1;
        QTest::addRow("profiles not a list") << QByteArray(R"({"version": 1, "profiles": "x"})") << structure << -1;
        QTest::addRow("folders not a list") << QByteArray(R"({"version": 1, "folders": 3})") << structure << -1;
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\x03", 4) << parse << 1;
    }

    void f3UnreadableFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(int, line);
        // A good previous version to restore.
        const QByteArray good = R"({"version": 1, "profiles": [{"id": "good", "name": "kept", "host": "127.0.0.1"}]})";
        QVERIFY(writeAll(path() + QStringLiteral(".bak"), good));
        QVERIFY(writeAll(path(), content));

        ProfileStore store(path());
        const ProfileStoreError error = store.load();
        QVERIFY(error.isError());
        QCOMPARE(int(error.code), code);
        QCOMPARE(error.path, path());
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(QStringLiteral("backup")), qPrintable(error.message));
        if (line > 0) {
            QCOMPARE(error.line, line);
            QVERIFY(error.offset >= 0);
            QVERIFY(error.toString().contains(QStringLiteral(":%1:").arg(line)));
        }
        // The original is untouched and a copy was made.
        QCOMPARE(readAll(path()), content);
        QVERIFY(!error.corruptCopyPath.isEmpty());
        QCOMPARE(readAll(error.corruptCopyPath), content);
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
        // Loading it again reuses the copy.
        ProfileStore again(path());
        QCOMPARE(again.load().corruptCopyPath, error.corruptCopyPath);
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);

        // It is never overwritten, even with changes pending.
        QVERIFY(store.isReadOnly());
        Profile profile = makeProfile(QStringLiteral("new"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        QCOMPARE(store.save().code, ProfileStoreError::Code::ReadOnly);
        QCOMPARE(readAll(path()), content);

        // The backup can be restored.
        const ProfileStoreError restored = store.restoreBackup();
        QVERIFY2(!restored.isError(), qPrintable(restored.toString()));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().constFirst().name, QStringLiteral("kept"));
        QVERIFY(!store.isReadOnly());
    }

    void invalidUtf8IsShownReadOnly()
    {
        const QByteArray content = "{\"version\": 1, \"profiles\": [{\"id\": \"a\", \"name\": \"bad \xc3\x28 text\", "
                                   "\"host\": \"127.0.0.1\"}, {\"id\": \"b\", \"name\": \"fine\", \"host\": \"::1\"}]}";
        QVERIFY(writeAll(path(), content));
        ProfileStore store(path());
        const ProfileStoreError error = store.load();
        QCOMPARE(error.code, ProfileStoreError::Code::ParseFailed);
        QVERIFY2(error.message.contains(QStringLiteral("UTF-8")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("read-only")), qPrintable(error.message));
        QCOMPARE(error.line, 1);
        QVERIFY(error.offset > 0);
        // Both profiles are there to see, the damaged name repaired, and nothing is written.
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.find(QStringLiteral("a"))->name.contains(QChar(0xfffd)));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.save().code, ProfileStoreError::Code::ReadOnly);
        QCOMPARE(readAll(path()), content);
        QCOMPARE(readAll(error.corruptCopyPath), content);
    }

    void discardUnreadableFile()
    {
        QVERIFY(writeAll(path(), "{ broken"));
        ProfileStore store(path());
        QVERIFY(store.load().isError());
        QCOMPARE(store.restoreBackup().code, ProfileStoreError::Code::NoBackup);
        QVERIFY(!store.discardUnreadableFile().isError());
        QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
        Profile profile = makeProfile(QStringLiteral("fresh"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        QVERIFY(!store.save().isError());
        ProfileStore other(path());
        QVERIFY(!other.load().isError());
        QCOMPARE(other.profiles().size(), 1);
    }

    void f3HugeFileIsRefusedUnread()
    {
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(ProfileStore::maxFileSize + 1));
        }
        ProfileStore store(path());
        const ProfileStoreError error = store.load();
        QCOMPARE(error.code, ProfileStoreError::Code::FileTooLarge);
        QVERIFY(store.isReadOnly());
        QCOMPARE(QFileInfo(path()).size(), ProfileStore::maxFileSize + 1);
        // The copy for the user is streamed (the file is never read whole) and private from its first byte.
        QVERIFY(!error.corruptCopyPath.isEmpty());
        const QFileInfo copy(error.corruptCopyPath);
        QCOMPARE(copy.size(), ProfileStore::maxFileSize + 1);
        QCOMPARE(copy.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void f3HostileEntriesKeepTheOthers()
    {
        const QByteArray content = R"({"version": 1, "profiles": [
            {"id": "good1", "name": "one", "host": "127.0.0.1", "port": 25},
            {"id": "bad-port", "name": "inject", "host": "127.0.0.1", "port": "25; rm -rf"},
            {"id": "big-port", "name": "big", "port": 99999},
            {"id": "crlf", "name": "crlf", "host": "mx\r\nQUIT"},
            {"id": "nul", "name": "nul", "host": "mx\u0000x"},
            {"id": "good1", "name": "duplicate"},
            "not an object",
            {"id": ["x"], "name": "typed"},
            {"id": "good2", "name": "two", "host": "::1", "security": "implicit"}
        ], "folders": [{"path": "A", "defaults": {"timeout": "soon"}}, 7]})";
        QVERIFY(writeAll(path(), content));
        ProfileStore store(path());
        const ProfileStoreError error = store.load();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.find(QStringLiteral("good1")));
        QCOMPARE(store.find(QStringLiteral("good1"))->name, QStringLiteral("one"));
        QVERIFY(store.find(QStringLiteral("good2")));
        const QList<ProfileStoreError> warnings = store.loadWarnings();
        QCOMPARE(warnings.size(), 9);
        int duplicates = 0;
        for (const ProfileStoreError &warning : warnings) {
            QVERIFY(warning.isError());
            QVERIFY(!warning.message.isEmpty());
            if (warning.code == ProfileStoreError::Code::DuplicateId) {
                ++duplicates;
                QCOMPARE(warning.profileId, QStringLiteral("good1"));
            }
        }
        QCOMPARE(duplicates, 1);
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const ProfileStoreError &warning) {
            return warning.profileId == QStringLiteral("bad-port") && warning.message.contains(QStringLiteral("port"));
        }));

        // Saving keeps the refused entries as they were: nothing the user had is dropped.
        Profile added = makeProfile(QStringLiteral("three"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(added).isError());
        QVERIFY(!store.save().isError());
        const QJsonObject top = QJsonDocument::fromJson(readAll(path())).object();
        QCOMPARE(top.value(QStringLiteral("profiles")).toArray().size(), 10);
        QCOMPARE(top.value(QStringLiteral("folders")).toArray().size(), 2);
        QVERIFY(readAll(path()).contains("25; rm -rf"));
        ProfileStore again(path());
        QVERIFY(!again.load().isError());
        QCOMPARE(again.profiles().size(), 3);
    }

    void manyBadEntriesAreCounted()
    {
        QJsonArray profiles;
        for (int i = 0; i < 5000; ++i)
            profiles.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("port"), -i - 1}});
        profiles.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("ok")}, {QStringLiteral("name"), QStringLiteral("ok")}});
        QVERIFY(writeAll(
            path(), QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), profiles}})
                        .toJson()));
        ProfileStore store(path());
        QVERIFY(!store.load().isError());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.loadWarnings().size(), 201);
        QVERIFY(store.loadWarnings().constLast().message.contains(QStringLiteral("4800")));
    }

    void f3RandomDamageNeverCrashes()
    {
        // A valid file damaged at random places: every load ends with a result, never a crash, and the damaged
        // file is never rewritten.
        Profile profile = makeProfile(QStringLiteral("victim"), QStringLiteral("127.0.0.1"), QStringLiteral("A/B"));
        profile.tags = QStringList{QStringLiteral("t")};
        profile.settings.port = 25;
        profile.settings.to = QStringList{QStringLiteral("a@example.org")};
        {
            ProfileStore seed(path());
            QVERIFY(!seed.add(profile).isError());
            QVERIFY(!seed.save().isError());
        }
        const QByteArray original = readAll(path());
        QRandomGenerator random(20261125);
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = original;
            const int changes = 1 + int(random.bounded(4));
            for (int i = 0; i < changes; ++i) {
                const qsizetype at = random.bounded(int(damaged.size()));
                switch (random.bounded(3)) {
                case 0:
                    damaged[at] = char(random.bounded(256));
                    break;
                case 1:
                    damaged.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    damaged.insert(at, char(random.bounded(256)));
                    break;
                }
            }
            QVERIFY(writeAll(path(), damaged));
            ProfileStore store(path());
            const ProfileStoreError error = store.load();
            if (error.isError()) {
                QVERIFY(!error.message.isEmpty());
                QCOMPARE(store.save().code, ProfileStoreError::Code::ReadOnly);
                QCOMPARE(readAll(path()), damaged);
            }
            for (const QString &copy : corruptCopies(m_dir->path()))
                QFile::remove(m_dir->filePath(copy));
        }
    }

    void unknownFieldsSurviveLoadAndSave()
    {
        const QByteArray content = R"({"version": 1, "futureTopLevel": {"x": [1, 2]},
            "defaults": {"localName": "app.example", "futureAppDefault": "x"},
            "folders": [{"path": "F", "defaults": {"port": 587, "futureDefault": true}, "colour": "red"}],
            "profiles": [{"id": "a", "name": "a", "host": "127.0.0.1", "futureField": "keep me",
                          "futureObject": {"deep": [true]}}]})";
        QVERIFY(writeAll(path(), content));
        ProfileStore store(path());
        QVERIFY(!store.load().isError());
        Profile profile = *store.find(QStringLiteral("a"));
        profile.notes = QStringLiteral("edited");
        QVERIFY(!store.update(profile).isError());
        QVERIFY(!store.save().isError());
        const QJsonObject top = QJsonDocument::fromJson(readAll(path())).object();
        QCOMPARE(top.value(QStringLiteral("futureTopLevel")).toObject().value(QStringLiteral("x")).toArray().size(), 2);
        const QJsonObject saved = top.value(QStringLiteral("profiles")).toArray().at(0).toObject();
        QCOMPARE(saved.value(QStringLiteral("futureField")).toString(), QStringLiteral("keep me"));
        QVERIFY(saved.value(QStringLiteral("futureObject")).toObject().contains(QStringLiteral("deep")));
        QCOMPARE(saved.value(QStringLiteral("notes")).toString(), QStringLiteral("edited"));
        const QJsonObject folder = top.value(QStringLiteral("folders")).toArray().at(0).toObject();
        QCOMPARE(folder.value(QStringLiteral("colour")).toString(), QStringLiteral("red"));
        const QJsonObject folderDefaults = folder.value(QStringLiteral("defaults")).toObject();
        QCOMPARE(folderDefaults.value(QStringLiteral("futureDefault")), QJsonValue(true));
        QCOMPARE(folderDefaults.value(QStringLiteral("port")), QJsonValue(587));
        const QJsonObject appDefaults = top.value(QStringLiteral("defaults")).toObject();
        QCOMPARE(appDefaults.value(QStringLiteral("futureAppDefault")), QJsonValue(QStringLiteral("x")));
        QCOMPARE(appDefaults.value(QStringLiteral("localName")), QJsonValue(QStringLiteral("app.example")));
    }

    void f3NewerVersionIsReadOnly_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addRow("2") << QByteArray("2");
        QTest::addRow("string") << QByteArray("\"one\"");
        QTest::addRow("missing") << QByteArray();
        QTest::addRow("negative") << QByteArray("-3");
    }

    void f3NewerVersionIsReadOnly()
    {
        QFETCH(QByteArray, version);
        const QByteArray content = (version.isEmpty() ? QByteArray("{") : "{\"version\": " + version + ",") +
                                   R"( "profiles": [{"id": "a", "name": "a", "host": "127.0.0.1"}]})";
        QVERIFY(writeAll(path(), content));
        ProfileStore store(path());
        QVERIFY(!store.load().isError());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.loadWarnings().constFirst().code, ProfileStoreError::Code::UnsupportedVersion);
        QCOMPARE(store.save().code, ProfileStoreError::Code::ReadOnly);
        QCOMPARE(readAll(path()), content);
    }

    void version0EntriesThatCannotBeMigratedStayApart()
    {
        // fuzz_profileloader found it: "options" as a string is refused in version 0, but the same object, written
        // back among the profiles of a version 1 file, would be read as a profile by the current rules.
        const QByteArray legacy = R"([
            {"name": "good", "server": "127.0.0.1", "options": []},
            {"id": "6f2c5a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "name": "odd", "host": "mx.example.org", "server": [],
             "options": "extended"}
        ])";
        ProfileDocument document;
        QVERIFY(!ProfileDocument::parse(legacy, path(), document).isError());
        QCOMPARE(document.profiles.size(), 1);
        const QByteArray written = ProfileDocument::serialize(document);
        ProfileDocument reread;
        QVERIFY(!ProfileDocument::parse(written, path(), reread).isError());
        QCOMPARE(reread.profiles, document.profiles);
        // Kept for the user, under a key that says what it is, and kept again by the next save.
        QCOMPARE(reread.otherFields.value(QStringLiteral("unmigratedVersion0Profiles")).toArray().size(), 1);
        QVERIFY(ProfileDocument::serialize(reread).contains("\"odd\""));
    }

    void migratesVersion0()
    {
        // Version 0: a flat array with the classic API's option flags.
        const QByteArray legacy = R"([
            {"name": "old relay", "server": "127.0.0.1", "port": 25, "options": ["extended", "secure"],
             "timeout": 20, "localName": "legacy.example", "user": "bob", "colour": "blue"},
            {"name": "old smtps", "server": "::1", "port": 465, "options": ["secure-implicit", "trustedsite"]},
            {"name": "old helo", "server": "127.0.0.1", "options": []}
        ])";
        QVERIFY(writeAll(path(), legacy));
        ProfileStore store(path());
        QVERIFY(!store.load().isError());
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.loadWarnings().size(), 1);
        QCOMPARE(store.loadWarnings().constFirst().code, ProfileStoreError::Code::Migrated);
        QVERIFY(store.hasUnsavedChanges());
        const Profile relay = *store.findByName(QStringLiteral("old relay"));
        QVERIFY(!relay.id.isEmpty());
        QCOMPARE(relay.settings.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(relay.settings.security, SecurityMode::StartTls);
        QCOMPARE(relay.settings.extended, true);
        QCOMPARE(relay.settings.timeoutSeconds, 20);
        QCOMPARE(relay.settings.localName, QStringLiteral("legacy.example"));
        QCOMPARE(relay.settings.authUser, QStringLiteral("bob"));
        QCOMPARE(relay.unknownFields.value(QStringLiteral("colour")).toString(), QStringLiteral("blue"));
        const Profile smtps = *store.findByName(QStringLiteral("old smtps"));
        QCOMPARE(smtps.settings.security, SecurityMode::Implicit);
        QCOMPARE(smtps.settings.trustedSite, true);
        const Profile helo = *store.findByName(QStringLiteral("old helo"));
        QCOMPARE(helo.settings.security, SecurityMode::None);
        QCOMPARE(helo.settings.extended, false);

        QVERIFY(!store.save().isError());
        QCOMPARE(readAll(store.backupFilePath()), legacy);
        ProfileStore migrated(path());
        QVERIFY(!migrated.load().isError());
        QVERIFY(migrated.loadWarnings().isEmpty());
        QCOMPARE(migrated.profiles().size(), 3);
        QCOMPARE(migrated.findByName(QStringLiteral("old relay"))->id, relay.id);
    }

    void f1InterruptedSaveKeepsOldFile()
    {
        ProfileStore store(path());
        Profile profile = makeProfile(QStringLiteral("stable"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        QVERIFY(!store.save().isError());
        const QByteArray before = readAll(path());

        profile.name = QStringLiteral("never committed");
        QVERIFY(!store.update(profile).isError());
        bool hookRan = false;
        store.setBeforeCommitHook([&hookRan](QSaveFile &file) {
            hookRan = true;
            file.cancelWriting();
        });
        const ProfileStoreError error = store.save();
        QVERIFY(hookRan);
        QCOMPARE(error.code, ProfileStoreError::Code::WriteFailed);
        QVERIFY(error.message.contains(QStringLiteral("previous version")));
        QCOMPARE(readAll(path()), before);
        QVERIFY(store.hasUnsavedChanges());
        // No temporary files are left behind.
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : files)
            QVERIFY2(file.startsWith(QStringLiteral("profiles.json")), qPrintable(file));

        store.setBeforeCommitHook({});
        QVERIFY(!store.save().isError());
        QVERIFY(readAll(path()).contains("never committed"));
    }

    void f1UnwritableDirectoryReportsError()
    {
        ProfileStore store(m_dir->filePath(QStringLiteral("file-not-dir/profiles.json")));
        QVERIFY(writeAll(m_dir->filePath(QStringLiteral("file-not-dir")), "x"));
        Profile profile = makeProfile(QStringLiteral("p"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        const ProfileStoreError error = store.save();
        QCOMPARE(error.code, ProfileStoreError::Code::WriteFailed);
        QVERIFY(!error.message.isEmpty());
    }

    void e7SecretsNeverReachFiles()
    {
        const QByteArray password = "Kn0wn-Pa55word-\xc3\xa9-42";
        const QByteArray passphrase = "key-passphrase-73519";
        MemorySecretStore secrets;
        ProfileStore store(path());
        Profile profile = makeProfile(QStringLiteral("with secret"), QStringLiteral("127.0.0.1"));
        profile.settings.authMechanism = QStringLiteral("PLAIN");
        profile.settings.authUser = QStringLiteral("user");
        QVERIFY(!store.add(profile).isError());
        int written = 0;
        secrets.write(profile.id, SecretKind::Password, password, this, [&written](const SecretResult &result) {
            QVERIFY(result.ok());
            ++written;
        });
        secrets.write(profile.id, SecretKind::KeyPassphrase, passphrase, this, [&written](const SecretResult &result) {
            QVERIFY(result.ok());
            ++written;
        });
        QTRY_COMPARE_WITH_TIMEOUT(written, 2, 5000);
        QVERIFY(!store.save().isError());
        profile.notes = QStringLiteral("again");
        QVERIFY(!store.update(profile).isError());
        QVERIFY(!store.save().isError());
        QVERIFY(!store.exportProfiles({profile.id}, m_dir->filePath(QStringLiteral("export.json"))).isError());
        QVERIFY(!store.exportFolder(QString(), m_dir->filePath(QStringLiteral("all.json"))).isError());

        int files = 0;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QByteArray content = readAll(file);
            QVERIFY2(!content.contains(password), qPrintable(file));
            QVERIFY2(!content.contains(passphrase), qPrintable(file));
            QVERIFY2(!content.contains(password.toBase64()), qPrintable(file));
            ++files;
        }
        QVERIFY(files >= 4);

        // Removing the profile from the file leaves the secrets to ProfileSecrets::removeAll (the window keeps them
        // while the deletion can be undone).
        QVERIFY(!store.remove(profile.id).isError());
        QCOMPARE(secrets.size(), qsizetype(2));
    }

    void resolvedSettingsInherit()
    {
        ProfileStore store(path());
        ProfileSettings application;
        application.localName = QStringLiteral("app.example");
        application.timeoutSeconds = 60;
        application.caFile = QStringLiteral("/app-ca.pem");
        store.setApplicationDefaults(application);
        ProfileFolder outer;
        outer.path = QStringLiteral("Customers");
        outer.defaults.caFile = QStringLiteral("/customers-ca.pem");
        outer.defaults.localName = QStringLiteral("customers.example");
        QVERIFY(!store.setFolder(outer).isError());
        ProfileFolder inner;
        inner.path = QStringLiteral("Customers/ACME");
        inner.defaults.localName = QStringLiteral("acme.example");
        inner.defaults.security = SecurityMode::Implicit;
        QVERIFY(!store.setFolder(inner).isError());

        Profile profile =
            makeProfile(QStringLiteral("acme mx"), QStringLiteral("127.0.0.1"), QStringLiteral("Customers/ACME"));
        profile.settings.timeoutSeconds = 5;
        QVERIFY(!store.add(profile).isError());
        const auto resolved = store.resolvedSettings(profile.id);
        QVERIFY(resolved);
        QCOMPARE(resolved->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(resolved->timeoutSeconds, 5);
        QCOMPARE(resolved->localName, QStringLiteral("acme.example"));
        QCOMPARE(resolved->caFile, QStringLiteral("/customers-ca.pem"));
        QCOMPARE(resolved->security, SecurityMode::Implicit);
        QCOMPARE(resolved->extended, true); // built-in default

        Profile top = makeProfile(QStringLiteral("top"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(top).isError());
        QCOMPARE(store.resolvedSettings(top.id)->caFile, QStringLiteral("/app-ca.pem"));
        QCOMPARE(store.resolvedSettings(top.id)->security, SecurityMode::StartTls);
        QVERIFY(!store.resolvedSettings(QStringLiteral("nope")));
    }

    void editing()
    {
        ProfileStore store(path());
        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile a = makeProfile(QStringLiteral("Alpha"), QStringLiteral("127.0.0.1"), QStringLiteral("X/Y"));
        QVERIFY(!store.add(a).isError());
        QCOMPARE(changed.count(), 1);
        Profile duplicate = a;
        QCOMPARE(store.add(duplicate).code, ProfileStoreError::Code::DuplicateId);
        Profile bad = makeProfile(QStringLiteral("bad"), QStringLiteral("mx\r\nDATA"));
        QCOMPARE(store.add(bad).code, ProfileStoreError::Code::InvalidProfile);
        QCOMPARE(store.profiles().size(), 1);

        QCOMPARE(store.findByName(QStringLiteral("Alpha"))->id, a.id);
        QCOMPARE(store.findByName(QStringLiteral("alpha"))->id, a.id);
        QCOMPARE(store.findByName(QStringLiteral("X/Y/Alpha"))->id, a.id);
        QVERIFY(!store.findByName(QStringLiteral("Beta")));
        QCOMPARE(store.folderPaths(), (QStringList{QStringLiteral("X"), QStringLiteral("X/Y")}));

        const QDateTime when = QDateTime::currentDateTimeUtc();
        QVERIFY(!store.markUsed(a.id, when, QStringLiteral("OK"), true).isError());
        QCOMPARE(store.find(a.id)->lastResult, QStringLiteral("OK"));
        QCOMPARE(store.markUsed(QStringLiteral("nope"), when, {}, false).code, ProfileStoreError::Code::NotFound);

        QVERIFY(!store.removeFolder(QStringLiteral("X/Y")).isError());
        QCOMPARE(store.find(a.id)->folder, QStringLiteral("X"));
        QCOMPARE(store.update(makeProfile(QStringLiteral("ghost"), {})).code, ProfileStoreError::Code::NotFound);
        QVERIFY(!store.remove(a.id).isError());
        QCOMPARE(store.remove(a.id).code, ProfileStoreError::Code::NotFound);
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
