#include "core/profiles/memorysecretstore.h"

#include <QTest>

#include <optional>

using namespace Smtp;

namespace
{

std::optional<SecretResult> run(const std::function<void(SecretStore::Callback)> &operation)
{
    std::optional<SecretResult> result;
    operation([&result](const SecretResult &r) { result = r; });
    // Asynchronous like a keychain: nothing is answered before the event loop runs.
    if (result)
        return SecretResult{SecretResult::Code::Failed, QStringLiteral("answered synchronously"), {}};
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
    return result;
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("secret");
        QTest::addRow("password") << int(SecretKind::Password) << QByteArray("pw");
        QTest::addRow("passphrase") << int(SecretKind::KeyPassphrase) << QByteArray("pass phrase \xe2\x82\xac");
        QTest::addRow("empty") << int(SecretKind::Password) << QByteArray();
    }

    void writeReadRemove()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, secret);
        MemorySecretStore store;
        const QString id = QStringLiteral("profile-1");
        const auto k = SecretKind(kind);
        auto result = run([&](SecretStore::Callback done) { store.write(id, k, secret, this, done); });
        QVERIFY(result && result->ok());
        result = run([&](SecretStore::Callback done) { store.read(id, k, this, done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->secret, secret);
        const auto other = k == SecretKind::Password ? SecretKind::KeyPassphrase : SecretKind::Password;
        result = run([&](SecretStore::Callback done) { store.read(id, other, this, done); });
        QVERIFY(result);
        QCOMPARE(result->code, SecretResult::Code::NotFound);
        result = run([&](SecretStore::Callback done) { store.read(QStringLiteral("profile-2"), k, this, done); });
        QCOMPARE(result->code, SecretResult::Code::NotFound);
        result = run([&](SecretStore::Callback done) { store.remove(id, k, this, done); });
        QVERIFY(result && result->ok());
        result = run([&](SecretStore::Callback done) { store.read(id, k, this, done); });
        QCOMPARE(result->code, SecretResult::Code::NotFound);
        QCOMPARE(store.size(), qsizetype(0));
    }

    void e7NoKeychainStoresNothing()
    {
        MemorySecretStore store;
        store.setFailure(SecretResult::Code::NoKeychain);
        const auto result = run([&](SecretStore::Callback done) {
            store.write(QStringLiteral("p"), SecretKind::Password, "x", this, done);
        });
        QVERIFY(result);
        QCOMPARE(result->code, SecretResult::Code::NoKeychain);
        QCOMPARE(result->message, SecretStore::noKeychainMessage());
        QCOMPARE(store.size(), qsizetype(0));
    }

    void callbackDroppedWithContext()
    {
        MemorySecretStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.write(QStringLiteral("p"), SecretKind::Password, "x", context.get(),
                    [&called](const SecretResult &) { called = true; });
        context.reset();
        // The store still answers other callers; the destroyed context's callback never runs.
        auto result =
            run([&](SecretStore::Callback done) { store.read(QStringLiteral("p"), SecretKind::Password, this, done); });
        QVERIFY(result && result->ok());
        QVERIFY(!called);
    }

    void keys()
    {
        QCOMPARE(SecretStore::key(QStringLiteral("id"), SecretKind::Password), QStringLiteral("id/password"));
        QCOMPARE(SecretStore::key(QStringLiteral("id"), SecretKind::KeyPassphrase),
                 QStringLiteral("id/key-passphrase"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
