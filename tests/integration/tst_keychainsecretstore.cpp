// Runs against a real Secret Service: the test re-executes itself through run-with-keyring.sh, which provides a
// private D-Bus session and a throwaway unlocked gnome-keyring.
#include "core/profiles/keychainsecretstore.h"
#include "core/profiles/profilesecrets.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>
#include <tuple>

using namespace Smtp;

namespace
{

constexpr int keychainTimeoutMs = 20000;

std::optional<SecretResult> wait(const std::function<void(SecretStore::Callback)> &operation, QObject *context)
{
    Q_UNUSED(context)
    std::optional<SecretResult> result;
    operation([&result](const SecretResult &r) { result = r; });
    // Bounded: a keychain that never answers leaves result empty and the caller's QVERIFY fails.
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, keychainTimeoutMs);
    return result;
}

// A password file for the command line's --password-file, as a person would write it.
bool writePasswordFile(const QString &path, const QByteArray &password)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(password + '\n') == password.size() + 1;
}

// Runs a command line @p program with its profiles under @p configHome and returns its exit status (-1 when it ran
// past the wait) and both output streams. Unlike SmtpTest::runCli it keeps the keyring's private D-Bus session.
std::tuple<int, QByteArray> runInKeyring(const QString &program, const QStringList &arguments,
                                         const QString &configHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(keychainTimeoutMs);
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    return std::make_tuple(finished ? process.exitCode() : -1, output);
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // A service name of its own per run, so runs never see each other's entries.
    const QString m_service = QStringLiteral("smtp-workbench-test-") + QUuid::createUuid().toString(QUuid::Id128);

private slots:
    void initTestCase()
    {
        if (const QString reason = qEnvironmentVariable("SMTP_KEYRING_UNAVAILABLE"); !reason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No throwaway keyring can be started: %1").arg(reason)));
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE"))
            return;
        QVERIFY2(qEnvironmentVariableIsSet("SMTP_KEYRING_WRAPPED"), "must run under run-with-keyring.sh");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no private D-Bus session");
    }

    void writeReadRemove_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("secret");
        QTest::addRow("password") << int(SecretKind::Password) << QByteArray("p4ss-w0rd");
        QTest::addRow("non-ASCII password")
            << int(SecretKind::Password) << QByteArray("gr\xc3\xbc\xc3\x9f Gott \xe2\x82\xac");
        QTest::addRow("key passphrase") << int(SecretKind::KeyPassphrase) << QByteArray("correct horse battery staple");
    }

    void writeReadRemove()
    {
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE"))
            QSKIP("only the no-keychain check runs in this process");
        QFETCH(int, kind);
        QFETCH(QByteArray, secret);
        const auto secretKind = SecretKind(kind);
        KeychainSecretStore store(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);

        auto written = wait([&](SecretStore::Callback done) { store.write(id, secretKind, secret, this, done); }, this);
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->message));

        auto read = wait([&](SecretStore::Callback done) { store.read(id, secretKind, this, done); }, this);
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->secret, secret);

        // The other kind of the same profile is a different entry.
        const auto otherKind = secretKind == SecretKind::Password ? SecretKind::KeyPassphrase : SecretKind::Password;
        auto other = wait([&](SecretStore::Callback done) { store.read(id, otherKind, this, done); }, this);
        QVERIFY(other);
        QCOMPARE(other->code, SecretResult::Code::NotFound);

        auto removed = wait([&](SecretStore::Callback done) { store.remove(id, secretKind, this, done); }, this);
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->message));

        auto gone = wait([&](SecretStore::Callback done) { store.read(id, secretKind, this, done); }, this);
        QVERIFY(gone);
        QCOMPARE(gone->code, SecretResult::Code::NotFound);

        auto removedAgain = wait([&](SecretStore::Callback done) { store.remove(id, secretKind, this, done); }, this);
        QVERIFY(removedAgain);
        QVERIFY2(removedAgain->ok(), qPrintable(removedAgain->message));
    }

    void overwrite()
    {
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE"))
            QSKIP("only the no-keychain check runs in this process");
        KeychainSecretStore store(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QByteArray &secret : {QByteArray("first"), QByteArray("second")}) {
            auto written = wait(
                [&](SecretStore::Callback done) { store.write(id, SecretKind::Password, secret, this, done); }, this);
            QVERIFY(written && written->ok());
        }
        auto read = wait([&](SecretStore::Callback done) { store.read(id, SecretKind::Password, this, done); }, this);
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QByteArray("second"));
        wait([&](SecretStore::Callback done) { store.remove(id, SecretKind::Password, this, done); }, this);
    }

    void deletingAProfileRemovesItsSecrets()
    {
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE"))
            QSKIP("only the no-keychain check runs in this process");
        KeychainSecretStore secrets(m_service);
        const QString doomed = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString kept = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QString &id : {doomed, kept}) {
            for (const SecretKind kind : SecretStore::allKinds()) {
                auto written =
                    wait([&](SecretStore::Callback done) { secrets.write(id, kind, "secret", this, done); }, this);
                QVERIFY(written && written->ok());
            }
        }

        // The one removal the window (at close, once undo is gone) and the command line both use.
        std::optional<QList<SecretResult>> failures;
        ProfileSecrets::removeAll(secrets, {doomed}, this,
                                  [&failures](const QList<SecretResult> &result) { failures = result; });
        QVERIFY(QTest::qWaitFor([&failures] { return failures.has_value(); }, keychainTimeoutMs));
        QVERIFY(failures->isEmpty());
        for (const SecretKind kind : SecretStore::allKinds()) {
            auto gone = wait([&](SecretStore::Callback done) { secrets.read(doomed, kind, this, done); }, this);
            QVERIFY(gone);
            QCOMPARE(gone->code, SecretResult::Code::NotFound);
            auto still = wait([&](SecretStore::Callback done) { secrets.read(kept, kind, this, done); }, this);
            QVERIFY(still && still->ok());
            wait([&](SecretStore::Callback done) { secrets.remove(kept, kind, this, done); }, this);
        }
    }

    void theCommandLineDeletesAProfileAndItsSecrets()
    {
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE"))
            QSKIP("only the no-keychain check runs in this process");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        QVERIFY(writePasswordFile(passwordFile, "cli-secret-for-deletion"));
        const auto cli = [&dir](const QStringList &arguments) {
            return runInKeyring(QStringLiteral(SMTP_CLI_BINARY), arguments + QStringList{QStringLiteral("--json")},
                                dir.filePath(QStringLiteral("config")));
        };
        const auto [saved, saveOutput] =
            cli({QStringLiteral("--save-profile"), QStringLiteral("Doomed"), QStringLiteral("--host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(saved == 0, saveOutput.constData());
        const QRegularExpressionMatch id =
            QRegularExpression(QStringLiteral("\"id\":\"([^\"]+)\"")).match(QString::fromUtf8(saveOutput));
        QVERIFY2(id.hasMatch(), saveOutput.constData());
        KeychainSecretStore secrets; // the command line's own service
        auto before = wait(
            [&](SecretStore::Callback done) { secrets.read(id.captured(1), SecretKind::Password, this, done); }, this);
        QVERIFY(before && before->ok());
        QCOMPARE(before->secret, QByteArray("cli-secret-for-deletion"));

        // A case variant deletes nothing: a deletion is not undone.
        const auto [refused, refusedOutput] = cli({QStringLiteral("--delete-profile"), QStringLiteral("doomed")});
        QVERIFY2(refused == 1, refusedOutput.constData());
        const auto [deleted, deleteOutput] = cli({QStringLiteral("--delete-profile"), QStringLiteral("Doomed")});
        QVERIFY2(deleted == 0, deleteOutput.constData());
        QVERIFY2(!deleteOutput.contains("warning"), deleteOutput.constData());
        auto after = wait(
            [&](SecretStore::Callback done) { secrets.read(id.captured(1), SecretKind::Password, this, done); }, this);
        QVERIFY(after);
        QCOMPARE(after->code, SecretResult::Code::NotFound);
        const auto [listed, listOutput] = cli({QStringLiteral("--list-profiles")});
        QCOMPARE(listed, 0);
        QVERIFY2(!listOutput.contains("Doomed"), listOutput.constData());
    }

    // A program outside the build tree loads the installed keychain module, never the build's: a copy of the command
    // line in a temporary folder finds none beside it and says so, and the profile is still saved.
    void aMissingModuleIsReportedAsNoKeychain()
    {
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE"))
            QSKIP("only the no-keychain check runs in this process");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("smtp-workbench-cli"));
        QVERIFY(QFile::copy(QStringLiteral(SMTP_CLI_BINARY), copy));
        const QString installedModule = QDir::cleanPath(
            dir.path() + QStringLiteral("/" SMTP_INSTALLED_MODULE_DIR_FROM_PROGRAM "/" SMTP_KEYCHAIN_MODULE_FILE));
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        QVERIFY(writePasswordFile(passwordFile, "never-stored"));
        const auto [status, bytes] =
            runInKeyring(copy,
                         {QStringLiteral("--save-profile"), QStringLiteral("Moduleless"), QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("--user"), QStringLiteral("admin"),
                          QStringLiteral("--password-file"), passwordFile},
                         dir.filePath(QStringLiteral("config")));
        const QString output = QString::fromUtf8(bytes);
        QVERIFY2(status == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Saved profile \"Moduleless\"")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("The password was not stored in the keychain")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("The keychain module %1 is missing.").arg(installedModule)),
                 qPrintable(output));
    }

    void noKeychainIsReportedClearly()
    {
        if (qEnvironmentVariableIsSet("SMTP_KEYRING_EXPECT_NONE")) {
            // Child process: the bus address points nowhere.
            KeychainSecretStore store(m_service);
            auto read = wait(
                [&](SecretStore::Callback done) { store.read(QStringLiteral("x"), SecretKind::Password, this, done); },
                this);
            QVERIFY(read);
            QCOMPARE(read->code, SecretResult::Code::NoKeychain);
            QVERIFY2(read->message.contains(QStringLiteral("No keychain available")), qPrintable(read->message));
            return;
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SMTP_KEYRING_EXPECT_NONE"), QStringLiteral("1"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/smtp-workbench-test-bus"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainIsReportedClearly")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    }
};

int main(int argc, char *argv[])
{
    // Under a private bus and keyring (the child of noKeychainIsReportedClearly inherits SMTP_KEYRING_WRAPPED and
    // stays in this process).
    SmtpTest::reexecUnderKeyring(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
