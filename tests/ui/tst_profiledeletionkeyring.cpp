// Deleting a profile in the real window against a real Secret Service: the test re-executes itself through
// tests/integration/run-with-keyring.sh, which provides a private D-Bus session and a throwaway unlocked
// gnome-keyring.
#include "core/profiles/keychainsecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilespanel.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace
{

constexpr int keychainTimeoutMs = 20000;

} // namespace

class TestProfileDeletionKeyring : public QObject
{
    Q_OBJECT

private:
    // A service name of its own per run, so runs never see each other's entries.
    const QString m_service = QStringLiteral("smtp-workbench-test-") + QUuid::createUuid().toString(QUuid::Id128);

    std::optional<Smtp::SecretResult> readPassword(Smtp::SecretStore &secrets, const QString &id)
    {
        std::optional<Smtp::SecretResult> result;
        secrets.read(id, Smtp::SecretKind::Password, this, [&result](const Smtp::SecretResult &r) { result = r; });
        // Bounded: a keychain that never answers leaves the result empty and the caller fails.
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs);
        return result;
    }

private slots:
    void initTestCase()
    {
        if (const QString reason = qEnvironmentVariable("SMTP_KEYRING_UNAVAILABLE"); !reason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No throwaway keyring can be started: %1").arg(reason)));
        QVERIFY2(qEnvironmentVariableIsSet("SMTP_KEYRING_WRAPPED"), "must run under run-with-keyring.sh");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no private D-Bus session");
    }

    void theWindowRemovesTheSecretsOfADeletedProfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Smtp::ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
        Smtp::KeychainSecretStore secrets(m_service);
        Smtp::Profile profile = SmtpTest::makeProfile(QStringLiteral("Doomed"), QStringLiteral("mail.example.org"));
        QVERIFY(!store.add(profile).isError());
        std::optional<Smtp::SecretResult> written;
        secrets.write(profile.id, Smtp::SecretKind::Password, "window-secret", this,
                      [&written](const Smtp::SecretResult &r) { written = r; });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }, keychainTimeoutMs));
        QVERIFY(written->ok());

        SmtpUi::MainWindow window(&store, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SmtpUi::ProfilesPanel *panel = window.profilesPanel();
        QVERIFY(panel->selectProfile(profile.id));
        panel->deleteSelectedProfiles();
        QVERIFY(QTest::qWaitFor([panel] { return panel->canUndoDelete(); }, keychainTimeoutMs));
        std::optional<Smtp::SecretResult> gone = readPassword(secrets, profile.id);
        QVERIFY(gone);
        QCOMPARE(gone->code, Smtp::SecretResult::Code::NotFound);

        // Undo puts the secret back from memory.
        panel->undoDelete();
        QVERIFY(store.find(profile.id));
        std::optional<Smtp::SecretResult> back;
        QVERIFY(QTest::qWaitFor(
            [&] {
                back = readPassword(secrets, profile.id);
                return back && back->ok();
            },
            keychainTimeoutMs));
        QCOMPARE(back->secret, QByteArray("window-secret"));

        // Deleted again and the window closed: nothing brings it back.
        QVERIFY(panel->selectProfile(profile.id));
        panel->deleteSelectedProfiles();
        QVERIFY(QTest::qWaitFor([panel] { return panel->canUndoDelete(); }, keychainTimeoutMs));
        QVERIFY(window.close());
        std::optional<Smtp::SecretResult> after = readPassword(secrets, profile.id);
        QVERIFY(after);
        QCOMPARE(after->code, Smtp::SecretResult::Code::NotFound);
    }
};

int main(int argc, char *argv[])
{
    SmtpTest::reexecUnderKeyring(argc, argv);
    QApplication app(argc, argv);
    TestProfileDeletionKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiledeletionkeyring.moc"
