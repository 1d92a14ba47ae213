// Two windows (or the window and the command line) share one profile file: each save merges what the other saved,
// and a save while another process holds the file's lock is reported, not lost.

#include "core/profiles/profilestore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Smtp;
using SmtpTest::makeProfile;

class TestProfileStoreSharing : public QObject
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

    void f5AnotherSaveIsNoticedAndReloaded()
    {
        // Catalogue F5: a change on disk by another instance is seen (for the window's reload prompt), and a reload
        // takes it in without losing this instance's unsaved change.
        ProfileStore mine(path());
        QVERIFY(!mine.load().isError());
        QVERIFY2(!mine.fileChangedOnDisk(), "no file yet, and none expected");
        Profile own = makeProfile(QStringLiteral("own"), QStringLiteral("127.0.0.1"));
        QVERIFY(!mine.add(own).isError());
        QVERIFY(!mine.save().isError());
        QVERIFY2(!mine.fileChangedOnDisk(), "its own save is not a change on disk");

        ProfileStore other(path());
        QVERIFY(!other.load().isError());
        Profile theirs = makeProfile(QStringLiteral("theirs"), QStringLiteral("127.0.0.1"));
        QVERIFY(!other.add(theirs).isError());
        QVERIFY(!other.save().isError());
        QVERIFY(mine.fileChangedOnDisk());
        QVERIFY(!other.fileChangedOnDisk());

        // Unchanged here: the file is read again.
        QVERIFY(!mine.reload().isError());
        QVERIFY(mine.find(theirs.id).has_value());
        QVERIFY(!mine.fileChangedOnDisk());

        // A change here not saved yet survives a reload: it is merged with the file and saved.
        Profile pending = makeProfile(QStringLiteral("pending"), QStringLiteral("127.0.0.1"));
        QVERIFY(!mine.add(pending).isError());
        QVERIFY(!other.remove(theirs.id).isError());
        QVERIFY(!other.save().isError());
        QVERIFY(mine.fileChangedOnDisk());
        QVERIFY(!mine.reload().isError());
        QVERIFY(mine.find(pending.id).has_value());
        QVERIFY(!mine.find(theirs.id).has_value());
        QVERIFY(!mine.hasUnsavedChanges());
        QVERIFY(!mine.fileChangedOnDisk());
        QVERIFY(other.fileChangedOnDisk());

        // A file deleted under the store is a change too.
        QVERIFY(QFile::remove(path()));
        QVERIFY(mine.fileChangedOnDisk());
    }

    void f5TwoStoresDoNotLoseWrites()
    {
        ProfileStore seed(path());
        Profile shared = makeProfile(QStringLiteral("shared"), QStringLiteral("127.0.0.1"));
        Profile doomed = makeProfile(QStringLiteral("doomed"), QStringLiteral("127.0.0.1"));
        Profile untouched = makeProfile(QStringLiteral("untouched"), QStringLiteral("127.0.0.1"));
        QVERIFY(!seed.add(shared).isError());
        QVERIFY(!seed.add(doomed).isError());
        QVERIFY(!seed.add(untouched).isError());
        QVERIFY(!seed.save().isError());

        ProfileStore first(path());
        ProfileStore second(path());
        QVERIFY(!first.load().isError());
        QVERIFY(!second.load().isError());

        Profile fromFirst = makeProfile(QStringLiteral("added by first"), QStringLiteral("127.0.0.1"));
        QVERIFY(!first.add(fromFirst).isError());
        Profile sharedByFirst = shared;
        sharedByFirst.notes = QStringLiteral("first's edit");
        QVERIFY(!first.update(sharedByFirst).isError());
        QVERIFY(!first.save().isError());

        Profile fromSecond = makeProfile(QStringLiteral("added by second"), QStringLiteral("127.0.0.1"));
        QVERIFY(!second.add(fromSecond).isError());
        QVERIFY(!second.remove(doomed.id).isError());
        Profile sharedBySecond = shared;
        sharedBySecond.notes = QStringLiteral("second's edit");
        QVERIFY(!second.update(sharedBySecond).isError());
        QSignalSpy secondChanged(&second, &ProfileStore::changed);
        QVERIFY(!second.save().isError());
        // The second store now also shows what the first one saved.
        QCOMPARE(secondChanged.count(), 1);
        QVERIFY(second.find(fromFirst.id));

        ProfileStore check(path());
        QVERIFY(!check.load().isError());
        QVERIFY(check.find(fromFirst.id));
        QVERIFY(check.find(fromSecond.id));
        QVERIFY(check.find(untouched.id));
        QVERIFY(!check.find(doomed.id));
        // Last writer wins per profile.
        QCOMPARE(check.find(shared.id)->notes, QStringLiteral("second's edit"));
        QCOMPARE(check.profiles().size(), 4);

        // The first store saving again without touching "shared" does not undo the second's edit.
        Profile more = makeProfile(QStringLiteral("more"), QStringLiteral("127.0.0.1"));
        QVERIFY(!first.add(more).isError());
        QVERIFY(!first.save().isError());
        QVERIFY(!check.load().isError());
        QCOMPARE(check.find(shared.id)->notes, QStringLiteral("second's edit"));
        QVERIFY(!check.find(doomed.id));
        QCOMPARE(check.profiles().size(), 5);
    }

    void f5HeldLockIsReported()
    {
        QLockFile lock(path() + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        ProfileStore store(path());
        Profile profile = makeProfile(QStringLiteral("p"), QStringLiteral("127.0.0.1"));
        QVERIFY(!store.add(profile).isError());
        QCOMPARE(store.save().code, ProfileStoreError::Code::Locked);
        lock.unlock();
        QVERIFY(!store.save().isError());
    }
};

QTEST_GUILESS_MAIN(TestProfileStoreSharing)
#include "tst_profilestoresharing.moc"
