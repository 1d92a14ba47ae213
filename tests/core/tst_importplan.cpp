#include "core/profiles/importplan.h"

#include <QTest>

using namespace Smtp;

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void f4SecurityWarnings_data()
    {
        QTest::addColumn<std::optional<bool>>("trusted");
        QTest::addColumn<std::optional<bool>>("plaintext");
        QTest::addColumn<std::optional<int>>("security");
        QTest::addColumn<bool>("hasExisting");
        QTest::addColumn<int>("warnings");
        QTest::addRow("secure new") << std::optional<bool>() << std::optional<bool>(false)
                                    << std::optional<int>(int(SecurityMode::StartTls)) << false << 0;
        QTest::addRow("trusted new") << std::optional<bool>(true) << std::optional<bool>() << std::optional<int>()
                                     << false << 1;
        QTest::addRow("everything lowered") << std::optional<bool>(true) << std::optional<bool>(true)
                                            << std::optional<int>(int(SecurityMode::None)) << false << 3;
        QTest::addRow("already as low") << std::optional<bool>(true) << std::optional<bool>(true)
                                        << std::optional<int>(int(SecurityMode::None)) << true << 0;
    }

    void f4SecurityWarnings()
    {
        QFETCH(std::optional<bool>, trusted);
        QFETCH(std::optional<bool>, plaintext);
        QFETCH(std::optional<int>, security);
        QFETCH(bool, hasExisting);
        QFETCH(int, warnings);
        ProfileSettings incoming;
        incoming.trustedSite = trusted;
        incoming.allowPlaintextAuth = plaintext;
        if (security)
            incoming.security = SecurityMode(*security);
        std::optional<ProfileSettings> existing;
        if (hasExisting)
            existing = incoming;
        QCOMPARE(ImportPlan::securityWarnings(incoming, existing).size(), warnings);
    }

    void countsAndActions()
    {
        ImportPlan plan;
        ImportItem added;
        added.status = ImportStatus::New;
        added.action = ImportAction::Add;
        ImportItem changed;
        changed.status = ImportStatus::Changed;
        changed.action = ImportAction::KeepBoth;
        changed.securityWarnings << QStringLiteral("no TLS");
        ImportItem same;
        same.status = ImportStatus::Identical;
        same.action = ImportAction::Skip;
        plan.items << added << changed << changed << same;
        QCOMPARE(plan.count(ImportStatus::New), 1);
        QCOMPARE(plan.count(ImportStatus::Changed), 2);
        QCOMPARE(plan.count(ImportStatus::Identical), 1);
        QCOMPARE(plan.summary(), QStringLiteral("1 new, 2 changed, 1 identical"));
        QVERIFY(plan.lowersSecurity());
        plan.setConflictAction(ImportAction::Skip);
        QCOMPARE(plan.items.at(0).action, ImportAction::Add);
        QCOMPARE(plan.items.at(1).action, ImportAction::Skip);
        QCOMPARE(plan.items.at(2).action, ImportAction::Skip);
        QVERIFY(!plan.lowersSecurity());
        plan.folderWarnings << QStringLiteral("Folder X: trusted");
        QVERIFY(plan.lowersSecurity());
    }
};

QTEST_APPLESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
