// Exporting profiles and folders and importing them into another store: the plan lists what is new, identical or
// changed (with the changes that lower security or move the destination), and carries out the chosen actions.

#include "core/profiles/importplan.h"
#include "core/profiles/profilestore.h"
#include "tests/support/testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Smtp;
using SmtpTest::makeProfile;

class TestProfileStoreExchange : public QObject
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

    void exportAndImport()
    {
        ProfileStore source(m_dir->filePath(QStringLiteral("source.json")));
        ProfileFolder folder;
        folder.path = QStringLiteral("Lab");
        folder.defaults.localName = QStringLiteral("lab.example");
        QVERIFY(!source.setFolder(folder).isError());
        Profile one = makeProfile(QStringLiteral("one"), QStringLiteral("127.0.0.1"), QStringLiteral("Lab"));
        Profile two = makeProfile(QStringLiteral("two"), QStringLiteral("::1"), QStringLiteral("Lab"));
        Profile other = makeProfile(QStringLiteral("other"), QStringLiteral("127.0.0.1"), QStringLiteral("Elsewhere"));
        QVERIFY(!source.add(one).isError());
        QVERIFY(!source.add(two).isError());
        QVERIFY(!source.add(other).isError());
        const QString exported = m_dir->filePath(QStringLiteral("lab.json"));
        QVERIFY(!source.exportFolder(QStringLiteral("Lab"), exported).isError());
        QCOMPARE(source.exportFolder(QStringLiteral("Nowhere"), exported + QStringLiteral("x")).code,
                 ProfileStoreError::Code::NotFound);

        // Into an empty store: everything is new.
        ProfileStore target(path());
        ImportPlan plan = target.planImportFile(exported);
        QVERIFY2(!plan.error.isError(), qPrintable(plan.error.toString()));
        QCOMPARE(plan.items.size(), 2);
        QCOMPARE(plan.count(ImportStatus::New), 2);
        QCOMPARE(plan.newFolders.size(), 1);
        QVERIFY(!plan.lowersSecurity());
        QVERIFY(!target.applyImport(plan).isError());
        QCOMPARE(target.profiles().size(), 2);
        QCOMPARE(target.resolvedSettings(one.id)->localName, QStringLiteral("lab.example"));

        // Again: identical, nothing happens.
        plan = target.planImportFile(exported);
        QCOMPARE(plan.count(ImportStatus::Identical), 2);
        QVERIFY(!target.applyImport(plan).isError());
        QCOMPARE(target.profiles().size(), 2);

        // A changed profile that lowers security.
        one.settings.trustedSite = true;
        one.settings.security = SecurityMode::None;
        one.settings.allowPlaintextAuth = true;
        QVERIFY(!source.update(one).isError());
        QVERIFY(!source.exportProfiles({one.id}, exported).isError());
        plan = target.planImportFile(exported);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items.constFirst().status, ImportStatus::Changed);
        QCOMPARE(plan.items.constFirst().action, ImportAction::KeepBoth);
        QVERIFY(plan.items.constFirst().changedFields.contains(QStringLiteral("trustedSite")));
        // Trusted site, plaintext AUTH, no TLS, and the security mode as a change of destination (issue #11).
        QCOMPARE(plan.items.constFirst().securityWarnings.size(), 4);
        QCOMPARE(plan.items.constFirst().destinationChanges.size(), 1);
        QVERIFY(plan.lowersSecurity());
        QVERIFY(plan.summary().contains(QStringLiteral("1 changed")));

        ImportPlan skip = plan;
        skip.setConflictAction(ImportAction::Skip);
        QVERIFY(!skip.lowersSecurity());
        QVERIFY(!target.applyImport(skip).isError());
        QCOMPARE(target.find(one.id)->settings.trustedSite, std::nullopt);

        QVERIFY(!target.applyImport(plan).isError());
        QCOMPARE(target.profiles().size(), 3);
        QCOMPARE(target.find(one.id)->settings.trustedSite, std::nullopt);
        QVERIFY(target.findByName(QStringLiteral("one (imported)")));

        ImportPlan replace = target.planImportFile(exported);
        replace.setConflictAction(ImportAction::Replace);
        QVERIFY(!target.applyImport(replace).isError());
        QCOMPARE(target.profiles().size(), 3);
        QCOMPARE(target.find(one.id)->settings.trustedSite, true);
        QCOMPARE(target.planImportFile(m_dir->filePath(QStringLiteral("missing.json"))).error.code,
                 ProfileStoreError::Code::FileUnreadable);
    }

    void importRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("fatal");
        QTest::addColumn<int>("items");
        QTest::addRow("not json") << QByteArray("nope") << true << 0;
        QTest::addRow("truncated") << QByteArray(R"({"version":1,"profiles":[{"id":"a")") << true << 0;
        QTest::addRow("one bad entry")
            << QByteArray(R"({"version":1,"profiles":[{"id":"a","name":"a"},{"id":"b","port":"x"}]})") << false << 1;
    }

    void importRejectsGarbage()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, fatal);
        QFETCH(int, items);
        ProfileStore store(path());
        const ImportPlan plan = store.planImport(data, QStringLiteral("test"));
        QCOMPARE(plan.error.isError(), fatal);
        QCOMPARE(plan.items.size(), items);
        if (!fatal)
            QCOMPARE(plan.warnings.size(), 1);
        QCOMPARE(store.planImportFile(m_dir->filePath(QStringLiteral("missing.json"))).error.code,
                 ProfileStoreError::Code::FileUnreadable);
    }
};

QTEST_GUILESS_MAIN(TestProfileStoreExchange)
#include "tst_profilestoreexchange.moc"
