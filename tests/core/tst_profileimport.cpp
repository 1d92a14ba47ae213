// ProfileImport, the one import the window and the command line share: the plan shown is the plan applied, the
// notices name what is refused, what lowers security and every change, and applying saves.

#include "core/profiles/profileimport.h"
#include "core/profiles/profilestore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Smtp;
using SmtpTest::makeProfile;

namespace
{

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// An export of @p profile with its host changed, one entry that is refused, and a new trusted-site profile.
QByteArray importWithChanges(const ProfileStore &store, const Profile &profile)
{
    QJsonObject document = QJsonDocument::fromJson(store.exportJson({profile.id})).object();
    QJsonArray profiles = document.value(QStringLiteral("profiles")).toArray();
    QJsonObject changed = profiles.at(0).toObject();
    changed.insert(QStringLiteral("host"), QStringLiteral("mail.attacker.example"));
    profiles.replace(0, changed);
    profiles.append(QStringLiteral("not a profile"));
    Profile trusted = makeProfile(QStringLiteral("trusting"), QStringLiteral("127.0.0.1"));
    trusted.id = Profile::newId();
    trusted.settings.trustedSite = true;
    profiles.append(trusted.toJson());
    document.insert(QStringLiteral("profiles"), profiles);
    return QJsonDocument(document).toJson();
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString storePath() const { return m_dir->filePath(QStringLiteral("profiles.json")); }
    QString importPath() const { return m_dir->filePath(QStringLiteral("import.json")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void f4NoticesNameRefusedSecurityAndChanges()
    {
        ProfileStore store(storePath());
        Profile existing = makeProfile(QStringLiteral("office"), QStringLiteral("mail.example.org"));
        QVERIFY(!store.add(existing).isError());
        QVERIFY(writeFile(importPath(), importWithChanges(store, existing)));

        ProfileImport import(store, importPath());
        QVERIFY2(!import.error().isError(), qPrintable(import.error().toString()));
        QCOMPARE(import.plan().count(ImportStatus::New), 1);
        QCOMPARE(import.plan().count(ImportStatus::Changed), 1);

        const QList<ProfileImport::Notice> notices = import.notices();
        QVERIFY(!notices.isEmpty());
        QCOMPARE(notices.constFirst().kind, ProfileImport::Notice::Kind::Refused);
        QVERIFY(notices.constFirst().profileName.isEmpty());
        const auto has = [&notices](ProfileImport::Notice::Kind kind, const QString &name, const QString &text) {
            return std::any_of(notices.cbegin(), notices.cend(), [&](const ProfileImport::Notice &notice) {
                return notice.kind == kind && notice.profileName == name && notice.text.contains(text);
            });
        };
        QVERIFY(has(ProfileImport::Notice::Kind::SecurityWarning, QStringLiteral("trusting"),
                    QStringLiteral("trusted site")));
        QVERIFY(has(ProfileImport::Notice::Kind::SecurityWarning, QStringLiteral("office"),
                    QStringLiteral("Security change: the destination changes")));
        QVERIFY(has(ProfileImport::Notice::Kind::Change, QStringLiteral("office"),
                    QStringLiteral("host: mail.example.org → mail.attacker.example (security change)")));
        // The changes come last, so a preview reads warnings first.
        QCOMPARE(notices.constLast().kind, ProfileImport::Notice::Kind::Change);
        // Nothing changed yet.
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!QFile::exists(storePath()));
    }

    void applyReplacesAndSaves()
    {
        ProfileStore store(storePath());
        Profile existing = makeProfile(QStringLiteral("office"), QStringLiteral("mail.example.org"));
        QVERIFY(!store.add(existing).isError());
        QVERIFY(!store.save().isError());
        QVERIFY(writeFile(importPath(), importWithChanges(store, existing)));

        ProfileImport import(store, importPath());
        const ProfileStoreError error = import.apply(ImportAction::Replace);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(import.plan().items.constFirst().action, ImportAction::Replace);

        // Saved: another store reading the file sees the import.
        ProfileStore reread(storePath());
        QVERIFY(!reread.load().isError());
        QCOMPARE(reread.profiles().size(), 2);
        QCOMPARE(*reread.find(existing.id)->settings.host, QStringLiteral("mail.attacker.example"));
        // A replaced profile keeps the binding of its old destination, so its secrets do not follow the new one.
        QVERIFY(!reread.find(existing.id)->secretBinding.isEmpty());
        QVERIFY(!reread.hasUnsavedChanges());
    }

    void keepBothAddsACopy()
    {
        ProfileStore store(storePath());
        Profile existing = makeProfile(QStringLiteral("office"), QStringLiteral("mail.example.org"));
        QVERIFY(!store.add(existing).isError());
        QVERIFY(writeFile(importPath(), importWithChanges(store, existing)));

        ProfileImport import(store, importPath());
        QVERIFY(!import.apply(ImportAction::KeepBoth).isError());
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(*store.find(existing.id)->settings.host, QStringLiteral("mail.example.org"));
        QVERIFY(store.findByName(QStringLiteral("office (imported)")));
    }

    void theShownPlanIsTheAppliedPlan()
    {
        // The file changes while the user reads the preview: what is applied is what was shown.
        ProfileStore store(storePath());
        Profile existing = makeProfile(QStringLiteral("office"), QStringLiteral("mail.example.org"));
        QVERIFY(!store.add(existing).isError());
        QVERIFY(writeFile(importPath(), store.exportJson({existing.id})));

        ProfileImport import(store, importPath());
        QCOMPARE(import.plan().count(ImportStatus::Identical), 1);
        QVERIFY(writeFile(importPath(), importWithChanges(store, existing)));
        QVERIFY(!import.apply(ImportAction::Replace).isError());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(*store.find(existing.id)->settings.host, QStringLiteral("mail.example.org"));
    }

    void unreadableFileAppliesNothing()
    {
        ProfileStore store(storePath());
        ProfileImport missing(store, m_dir->filePath(QStringLiteral("missing.json")));
        QCOMPARE(missing.error().code, ProfileStoreError::Code::FileUnreadable);
        QCOMPARE(missing.apply(ImportAction::Replace).code, ProfileStoreError::Code::FileUnreadable);

        QVERIFY(writeFile(importPath(), "{\"profiles\": ["));
        ProfileImport garbage(store, importPath());
        QCOMPARE(garbage.error().code, ProfileStoreError::Code::ParseFailed);
        QVERIFY(garbage.notices().isEmpty());
        QVERIFY(garbage.apply(ImportAction::KeepBoth).isError());
        QVERIFY(!QFile::exists(storePath()));
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
