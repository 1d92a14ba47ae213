#include "core/profiles/profilefilterproxymodel.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/profiletreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;

namespace
{

QString addProfile(ProfileStore &store, const QString &name, const QString &folder, const QString &host,
                   bool favourite = false, const QStringList &tags = {})
{
    Profile profile;
    profile.name = name;
    profile.folder = folder;
    profile.favourite = favourite;
    profile.tags = tags;
    profile.settings.host = host;
    if (store.add(profile).isError())
        return {};
    return profile.id;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

} // namespace

class TestProfileTreeModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    QString m_relay;
    QString m_backup;
    QString m_acme;
    QString m_lab;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
        ProfileFolder customers;
        customers.path = QStringLiteral("Customers");
        customers.defaults.security = SecurityMode::Implicit;
        QVERIFY(!m_store->setFolder(customers).isError());
        m_relay = addProfile(*m_store, QStringLiteral("relay"), {}, QStringLiteral("127.0.0.1"));
        m_backup = addProfile(*m_store, QStringLiteral("backup mx"), {}, QStringLiteral("::1"), true);
        m_acme = addProfile(*m_store, QStringLiteral("ACME"), QStringLiteral("Customers/ACME"),
                            QStringLiteral("mx.acme.example"), false, {QStringLiteral("prod")});
        m_lab = addProfile(*m_store, QStringLiteral("lab"), QStringLiteral("Lab"), QStringLiteral("lab.example"));
        QVERIFY(!m_relay.isEmpty() && !m_backup.isEmpty() && !m_acme.isEmpty() && !m_lab.isEmpty());
    }

    void structureAndOrder()
    {
        ProfileTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The favourite first, then folders, then the others by name.
        QCOMPARE(childNames(model), (QStringList{QStringLiteral("backup mx"), QStringLiteral("Customers"),
                                                 QStringLiteral("Lab"), QStringLiteral("relay")}));
        const QModelIndex customers = model.index(1, 0);
        QVERIFY(customers.data(ProfileTreeModel::IsFolderRole).toBool());
        QCOMPARE(customers.data(ProfileTreeModel::FolderPathRole).toString(), QStringLiteral("Customers"));
        QCOMPARE(childNames(model, customers), QStringList{QStringLiteral("ACME")});
        const QModelIndex acmeFolder = model.index(0, 0, customers);
        QCOMPARE(acmeFolder.data(ProfileTreeModel::FolderPathRole).toString(), QStringLiteral("Customers/ACME"));
        const QModelIndex acme = model.index(0, 0, acmeFolder);
        QCOMPARE(acme.data(ProfileTreeModel::IdRole).toString(), m_acme);
        QVERIFY(!acme.data(ProfileTreeModel::IsFolderRole).toBool());
        QCOMPARE(acme.parent(), acmeFolder);
        QCOMPARE(model.indexOfProfile(m_acme), acme);
        QCOMPARE(model.indexOfFolder(QStringLiteral("Customers/ACME")), acmeFolder);
        QVERIFY(!model.indexOfFolder(QStringLiteral("Nope")).isValid());
    }

    void roles()
    {
        ProfileTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex acme = model.indexOfProfile(m_acme);
        // Inherited from the folder: implicit TLS, so port 465.
        QCOMPARE(acme.data(ProfileTreeModel::HostPortRole).toString(), QStringLiteral("mx.acme.example:465"));
        QCOMPARE(acme.data(ProfileTreeModel::SecurityRole).toString(), QStringLiteral("implicit"));
        QCOMPARE(acme.data(ProfileTreeModel::TagsRole).toStringList(), QStringList{QStringLiteral("prod")});
        QCOMPARE(acme.data(ProfileTreeModel::FavouriteRole).toBool(), false);
        QVERIFY(acme.data(Qt::ToolTipRole).toString().contains(QStringLiteral("mx.acme.example:465")));
        const QModelIndex backup = model.indexOfProfile(m_backup);
        QCOMPARE(backup.data(ProfileTreeModel::HostPortRole).toString(), QStringLiteral("[::1]:25"));
        QCOMPARE(backup.data(ProfileTreeModel::FavouriteRole).toBool(), true);
        QVERIFY(model.roleNames().contains(ProfileTreeModel::HostPortRole));

        QVERIFY(
            !m_store->markUsed(m_backup, QDateTime::currentDateTimeUtc(), QStringLiteral("TimedOut"), false).isError());
        const QModelIndex used = model.indexOfProfile(m_backup);
        QCOMPARE(used.data(ProfileTreeModel::LastResultRole).toString(), QStringLiteral("TimedOut"));
        QCOMPARE(used.data(ProfileTreeModel::LastResultOkRole).toBool(), false);
        QVERIFY(used.data(ProfileTreeModel::LastUsedRole).toDateTime().isValid());
    }

    void certificateDaysLeft()
    {
        ProfileTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.indexOfProfile(m_lab).data(ProfileTreeModel::CertificateDaysLeftRole).isValid());
        QVERIFY(!model.index(1, 0).data(ProfileTreeModel::CertificateDaysLeftRole).isValid()); // a folder

        // Remembered 40 days ago; the newest run has seen a renewal: the run counts.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Profile lab = *m_store->find(m_lab);
        RememberedCertificate remembered;
        remembered.spkiSha256 = QStringLiteral("ab");
        remembered.sha256Fingerprint = QStringLiteral("CD");
        remembered.notAfter = now.addDays(5).addSecs(60);
        remembered.rememberedSince = now.addDays(-40);
        lab.rememberedCertificate = remembered;
        QVERIFY(!m_store->update(lab).isError());
        QCOMPARE(model.indexOfProfile(m_lab).data(ProfileTreeModel::CertificateDaysLeftRole).toLongLong(), 5);
        RunRecord run;
        run.when = now;
        run.certificateNotAfter = now.addDays(90).addSecs(60);
        lab.history = {run};
        QVERIFY(!m_store->update(lab).isError());
        const QModelIndex index = model.indexOfProfile(m_lab);
        QCOMPARE(index.data(ProfileTreeModel::CertificateDaysLeftRole).toLongLong(), 90);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("(90 day")),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    }

    void followsStoreChanges()
    {
        ProfileTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString added =
            addProfile(*m_store, QStringLiteral("new"), QStringLiteral("Lab/Deep/Deeper"), QStringLiteral("127.0.0.1"));
        QCOMPARE(reset.count(), 1);
        const QModelIndex index = model.indexOfProfile(added);
        QVERIFY(index.isValid());
        QCOMPARE(index.parent().data(ProfileTreeModel::FolderPathRole).toString(), QStringLiteral("Lab/Deep/Deeper"));
        QVERIFY(!m_store->remove(m_relay).isError());
        QVERIFY(!model.indexOfProfile(m_relay).isValid());
        QVERIFY(!m_store->removeFolder(QStringLiteral("Customers")).isError());
        QVERIFY(!model.indexOfFolder(QStringLiteral("Customers")).isValid());
        QVERIFY(!model.indexOfProfile(m_acme).parent().isValid());
    }

    void dragAndDropMovesProfiles()
    {
        ProfileTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.flags(model.indexOfProfile(m_relay)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(model.indexOfFolder(QStringLiteral("Lab"))) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model.flags(model.indexOfProfile(m_relay)) & Qt::ItemIsDropEnabled));

        std::unique_ptr<QMimeData> data(
            model.mimeData({model.indexOfProfile(m_relay), model.indexOfProfile(m_backup)}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(ProfileTreeModel::profileIdsMimeType()));
        const QModelIndex lab = model.indexOfFolder(QStringLiteral("Lab"));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, lab));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOfProfile(m_lab)));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, lab));
        QCOMPARE(m_store->find(m_relay)->folder, QStringLiteral("Lab"));
        QCOMPARE(m_store->find(m_backup)->folder, QStringLiteral("Lab"));
        QCOMPARE(model.indexOfProfile(m_relay).parent(), model.indexOfFolder(QStringLiteral("Lab")));

        // Back to the top level.
        std::unique_ptr<QMimeData> back(model.mimeData({model.indexOfProfile(m_relay)}));
        QVERIFY(model.dropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(m_store->find(m_relay)->folder, QString());

        QMimeData foreign;
        foreign.setText(QStringLiteral("x"));
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, -1, -1, {}));
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("topLevel");
        QTest::addColumn<int>("profiles");
        QTest::addRow("empty shows all") << QString()
                                         << QStringList{QStringLiteral("backup mx"), QStringLiteral("Customers"),
                                                        QStringLiteral("Lab"), QStringLiteral("relay")}
                                         << 4;
        QTest::addRow("by name keeps folders")
            << QStringLiteral("acm") << QStringList{QStringLiteral("Customers")} << 1;
        QTest::addRow("by host") << QStringLiteral("lab.example") << QStringList{QStringLiteral("Lab")} << 1;
        QTest::addRow("by port") << QStringLiteral("::1]:25") << QStringList{QStringLiteral("backup mx")} << 1;
        QTest::addRow("by tag, case-insensitive")
            << QStringLiteral("PROD") << QStringList{QStringLiteral("Customers")} << 1;
        QTest::addRow("no match") << QStringLiteral("zzz") << QStringList() << 0;
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, topLevel);
        QFETCH(int, profiles);
        ProfileTreeModel model(m_store.get());
        ProfileFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(text);
        QCOMPARE(childNames(proxy), topLevel);
        int count = 0;
        std::vector<QModelIndex> pending{QModelIndex()};
        while (!pending.empty()) {
            const QModelIndex parent = pending.back();
            pending.pop_back();
            for (int row = 0; row < proxy.rowCount(parent); ++row) {
                const QModelIndex index = proxy.index(row, 0, parent);
                if (index.data(ProfileTreeModel::IsFolderRole).toBool())
                    pending.push_back(index);
                else
                    ++count;
            }
        }
        QCOMPARE(count, profiles);

        // The filter follows store changes.
        addProfile(*m_store, QStringLiteral("zzz late"), QStringLiteral("Late"), QStringLiteral("127.0.0.1"));
        if (text == QStringLiteral("zzz"))
            QCOMPARE(childNames(proxy), QStringList{QStringLiteral("Late")});
    }

    void narrowing()
    {
        ProfileFilterProxyModel proxy;
        QVERIFY(!proxy.narrows(QStringLiteral("r")));
        proxy.setSearchText(QStringLiteral("Rel"));
        QVERIFY(proxy.narrows(QStringLiteral("rela")));
        QVERIFY(proxy.narrows(QStringLiteral("the RELAY")));
        QVERIFY(!proxy.narrows(QStringLiteral("re")));
        QVERIFY(!proxy.narrows(QStringLiteral("lab")));
        QVERIFY(!proxy.narrows(QString()));
    }

    void withoutStore()
    {
        ProfileTreeModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileTreeModel)
#include "tst_profiletreemodel.moc"
