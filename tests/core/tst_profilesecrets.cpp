// Secrets stay bound (issue #11): a proxy password never reaches a profile file, a backup, an export, a generated
// command line or the command line's output; a profile's saved secrets go only to the destination they were confirmed
// for, whatever an import or a flag changes.

#include "app/cli/clioutput.h"
#include "app/cli/clirunner.h"
#include "app/cli/commandlineoptions.h"
#include "core/profiles/importplan.h"
#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilecommandline.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;

namespace
{

constexpr int waitMs = 10000;
const QByteArray canary = "canary-proxy-S3cr3t";
const QByteArray password = "canary-auth-Pa55";

QStringList args(const QStringList &flags)
{
    return QStringList{QStringLiteral("smtp-workbench-cli")} + flags;
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every file under @p folder that holds @p secret.
QStringList filesHolding(const QString &folder, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (fileContent(path).contains(secret))
            found << path;
    }
    return found;
}

std::optional<QByteArray> readSecret(SecretStore &store, const QString &id, SecretKind kind)
{
    bool done = false;
    std::optional<QByteArray> secret;
    QObject context;
    store.read(id, kind, &context, [&](const SecretResult &result) {
        done = true;
        if (result.ok())
            secret = result.secret;
    });
    if (!QTest::qWaitFor([&done] { return done; }, waitMs))
        return std::nullopt;
    return secret;
}

bool writeSecret(SecretStore &store, const QString &id, SecretKind kind, const QByteArray &secret)
{
    bool done = false;
    bool ok = false;
    QObject context;
    store.write(id, kind, secret, &context, [&](const SecretResult &result) {
        done = true;
        ok = result.ok();
    });
    return QTest::qWaitFor([&done] { return done; }, waitMs) && ok;
}

std::optional<ProfileSecrets> readProfileSecrets(SecretStore &store, const ProfileStore &profiles,
                                                 const Profile &profile, const ConnectionSettings &settings)
{
    std::optional<ProfileSecrets> read;
    QObject context;
    ProfileSecrets::read(store, profile, profiles.resolvedSettings(profile), settings, &context,
                         [&read](const ProfileSecrets &secrets) { read = secrets; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, waitMs))
        return std::nullopt;
    return read;
}

struct CliRun
{
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &flags, const QString &profilesFile, SecretStore &secrets)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const QStringList arguments = args(flags);
    CliOutput output(CommandLineOptions::wantsJson(arguments) ? CliOutput::Mode::Json : CliOutput::Mode::Text, &out,
                     &err);
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    output.setVerbose(options.isValid() && options.verbose());
    CliRunner runner(options, output);
    runner.setProfilesFile(profilesFile);
    runner.setSecretStore(&secrets);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    CliRun run;
    if (finished.wait(waitMs))
        run.exitStatus = finished.constFirst().constFirst().toInt();
    run.out = out.data();
    run.err = err.data();
    return run;
}

/// A profile that authenticates to mail.example.org, with its password in the keychain, bound to where it points.
Profile addBoundProfile(ProfileStore &store, SecretStore &secrets)
{
    Profile profile;
    profile.name = QStringLiteral("Work");
    profile.settings.host = QStringLiteral("mail.example.org");
    profile.settings.port = 587;
    profile.settings.security = SecurityMode::StartTls;
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    profile.settings.authUser = QStringLiteral("alice");
    store.add(profile);
    profile.secretBinding = SecretBinding::of(store.resolvedSettings(profile));
    store.update(profile);
    writeSecret(secrets, profile.id, SecretKind::Password, password);
    return profile;
}

/// The JSON of an export of @p store with the first profile's host set to @p host (and any extra keys).
QByteArray exportWithHost(const ProfileStore &store, const QString &id, const QString &host,
                          const QJsonObject &extra = {})
{
    QJsonObject document = QJsonDocument::fromJson(store.exportJson({id})).object();
    QJsonArray profiles = document.value(QStringLiteral("profiles")).toArray();
    QJsonObject profile = profiles.at(0).toObject();
    profile.insert(QStringLiteral("host"), host);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        profile.insert(it.key(), it.value());
    profiles.replace(0, profile);
    document.insert(QStringLiteral("profiles"), profiles);
    return QJsonDocument(document).toJson();
}

} // namespace

class TestProfileSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void proxyFlagSplitsPassword();
    void e7ProxyPasswordNeverInProfileFiles();
    void proxyPasswordNeverInCommandLines();
    void cliProxyPasswordOnlyInKeychain();
    void cliProxyPasswordNotInOutputOrLog_data();
    void cliProxyPasswordNotInOutputOrLog();

    void importReplaceWithChangedHostWithholdsPassword();
    void f4ImportedBindingIsIgnored();
    void e7ExportLeavesBindingOut();
    void unchangedProfileUsesItsSecrets();
    void overrideOfDestinationWithholdsPassword();
    void cliRefusesPasswordForChangedDestination();
    void cliImportShowsChangedFields();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString profilesFile() const { return m_dir->filePath(QStringLiteral("profiles.json")); }
};

void TestProfileSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileSecrets::cleanup()
{
    m_dir.reset();
}

void TestProfileSecrets::proxyFlagSplitsPassword()
{
    const CommandLineOptions options = CommandLineOptions::parse(
        args({QStringLiteral("--host"), QStringLiteral("mail.example.org"), QStringLiteral("--proxy"),
              QStringLiteral("http://bob:%1@127.0.0.1:3128").arg(QString::fromLatin1(canary))}));
    QVERIFY2(options.isValid(), qPrintable(options.error()));
    const ConnectionSettings settings = options.settings();
    QCOMPARE(settings.proxy, QStringLiteral("http://bob@127.0.0.1:3128"));
    QCOMPARE(settings.proxyPassword, QString::fromLatin1(canary));
}

void TestProfileSecrets::e7ProxyPasswordNeverInProfileFiles()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("mail.example.org");
    settings.proxy = QStringLiteral("http://bob:%1@127.0.0.1:3128").arg(QString::fromLatin1(canary));
    settings.proxyPassword = QString::fromLatin1(canary);
    {
        ProfileStore store(profilesFile());
        Profile profile = Profile::fromConnectionSettings(settings, QStringLiteral("Proxied"));
        QVERIFY(!store.add(profile).isError());
        QVERIFY(!store.save().isError());
        // The editor or an older file may hand over an address with the password: it is dropped all the same.
        profile.settings.proxy = settings.proxy;
        profile.notes = QStringLiteral("second save makes the backup");
        QVERIFY(!store.update(profile).isError());
        QVERIFY(!store.save().isError());
        QVERIFY(!store.exportProfiles({profile.id}, m_dir->filePath(QStringLiteral("export.json"))).isError());
        QVERIFY(!store.exportFolder(QString(), m_dir->filePath(QStringLiteral("folder-export.json"))).isError());
        QCOMPARE(store.find(profile.id)->settings.proxy, QStringLiteral("http://bob@127.0.0.1:3128"));
    }
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("profiles.json.bak"))));
    QCOMPARE(filesHolding(m_dir->path(), canary), QStringList());

    // A file written by an older version with the password in the address: read without it.
    QStringList problems;
    QJsonObject legacy{{QStringLiteral("id"), QStringLiteral("legacy")},
                       {QStringLiteral("name"), QStringLiteral("Old")},
                       {QStringLiteral("proxy"), settings.proxy}};
    const Profile read = Profile::fromJson(legacy, problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(*read.settings.proxy, QStringLiteral("http://bob@127.0.0.1:3128"));
}

void TestProfileSecrets::proxyPasswordNeverInCommandLines()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("mail.example.org");
    settings.security = SecurityMode::StartTls;
    settings.proxy = QStringLiteral("http://bob:%1@127.0.0.1:3128").arg(QString::fromLatin1(canary));
    settings.proxyPassword = QString::fromLatin1(canary);
    const QString openssl = ProfileCommandLine::toOpenSslClient(settings);
    const QString swaks = ProfileCommandLine::toSwaks(settings);
    QVERIFY2(!openssl.contains(QString::fromLatin1(canary)), qPrintable(openssl));
    QVERIFY2(!swaks.contains(QString::fromLatin1(canary)), qPrintable(swaks));
    QVERIFY2(openssl.contains(QStringLiteral("-proxy 127.0.0.1:3128 -proxy_user bob -proxy_pass env:")),
             qPrintable(openssl));
}

void TestProfileSecrets::cliProxyPasswordOnlyInKeychain()
{
    MemorySecretStore secrets;
    const QString proxy = QStringLiteral("http://bob:%1@127.0.0.1:3128").arg(QString::fromLatin1(canary));
    const CliRun save =
        runCli({QStringLiteral("--host"), QStringLiteral("mail.example.org"), QStringLiteral("--proxy"), proxy,
                QStringLiteral("--verbose"), QStringLiteral("--save-profile"), QStringLiteral("Proxied")},
               profilesFile(), secrets);
    QVERIFY2(save.exitStatus == 0, save.err.constData());
    const CliRun exported = runCli({QStringLiteral("--export-profiles"), m_dir->filePath(QStringLiteral("out.json"))},
                                   profilesFile(), secrets);
    QCOMPARE(exported.exitStatus, 0);
    const CliRun listed =
        runCli({QStringLiteral("--list-profiles"), QStringLiteral("--json")}, profilesFile(), secrets);
    QCOMPARE(listed.exitStatus, 0);
    for (const CliRun &run : {save, exported, listed})
        QVERIFY(!run.out.contains(canary) && !run.err.contains(canary));
    QCOMPARE(filesHolding(m_dir->path(), canary), QStringList());

    ProfileStore store(profilesFile());
    QVERIFY(!store.load().isError());
    const std::optional<Profile> profile = store.findByName(QStringLiteral("Proxied"));
    QVERIFY(profile);
    QCOMPARE(*profile->settings.proxy, QStringLiteral("http://bob@127.0.0.1:3128"));
    QCOMPARE(readSecret(secrets, profile->id, SecretKind::ProxyPassword), std::optional<QByteArray>(canary));

    // At session time the password is put back from the keychain.
    const std::optional<ProfileSecrets> read =
        readProfileSecrets(secrets, store, *profile, store.resolvedSettings(*profile));
    QVERIFY(read);
    QCOMPARE(read->settings.proxyPassword, QString::fromLatin1(canary));
}

void TestProfileSecrets::cliProxyPasswordNotInOutputOrLog_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("text") << false;
    QTest::addRow("json") << true;
}

void TestProfileSecrets::cliProxyPasswordNotInOutputOrLog()
{
    QFETCH(bool, json);
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    MemorySecretStore secrets;
    for (const QString &extension : {QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("json")}) {
        QStringList flags{QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),
                          QString::number(closedPort),
                          QStringLiteral("--security"),
                          QStringLiteral("none"),
                          QStringLiteral("--timeout"),
                          QStringLiteral("5"),
                          QStringLiteral("--proxy"),
                          QStringLiteral("http://bob:%1@127.0.0.1:%2").arg(QString::fromLatin1(canary)).arg(closedPort),
                          QStringLiteral("--verbose"),
                          QStringLiteral("--export"),
                          m_dir->filePath(QStringLiteral("log.") + extension)};
        if (json)
            flags << QStringLiteral("--json");
        const CliRun run = runCli(flags, profilesFile(), secrets);
        QCOMPARE(run.exitStatus, 2); // the proxy is not there: the connection fails
        QVERIFY(!run.out.isEmpty());
        QVERIFY2(!run.out.contains(canary) && !run.err.contains(canary), run.out.constData());
    }
    QCOMPARE(filesHolding(m_dir->path(), canary), QStringList());
}

void TestProfileSecrets::importReplaceWithChangedHostWithholdsPassword()
{
    MemorySecretStore secrets;
    ProfileStore store(profilesFile());
    const Profile profile = addBoundProfile(store, secrets);

    ImportPlan plan = store.planImport(exportWithHost(store, profile.id, QStringLiteral("mail.attacker.example")));
    QCOMPARE(plan.items.size(), 1);
    const ImportItem &item = plan.items.constFirst();
    QCOMPARE(item.status, ImportStatus::Changed);
    QCOMPARE(item.destinationChanges,
             (QList<DestinationChange>{{QStringLiteral("host"), QStringLiteral("mail.example.org"),
                                        QStringLiteral("mail.attacker.example")}}));
    QVERIFY(item.changeLines().contains(
        QStringLiteral("host: mail.example.org → mail.attacker.example (security change)")));
    QVERIFY(std::any_of(item.securityWarnings.cbegin(), item.securityWarnings.cend(),
                        [](const QString &warning) { return warning.contains(QStringLiteral("Security change")); }));

    plan.setConflictAction(ImportAction::Replace);
    QVERIFY(plan.lowersSecurity());
    QVERIFY(!store.applyImport(plan).isError());
    const Profile replaced = *store.find(profile.id);
    QCOMPARE(*replaced.settings.host, QStringLiteral("mail.attacker.example"));
    QCOMPARE(replaced.secretBinding, profile.secretBinding);

    // The saved password is not used for the imported destination…
    std::optional<ProfileSecrets> read = readProfileSecrets(secrets, store, replaced, store.resolvedSettings(replaced));
    QVERIFY(read);
    QVERIFY(read->settings.auth.password.isEmpty());
    QCOMPARE(read->withheld, QList<SecretKind>{SecretKind::Password});
    QCOMPARE(read->unbound.size(), 1);
    QVERIFY(read->needsPassword());

    // …until the user confirms it (the editor's "keep" or a re-saved password rebinds).
    Profile confirmed = replaced;
    confirmed.secretBinding = SecretBinding::of(store.resolvedSettings(replaced));
    QVERIFY(!store.update(confirmed).isError());
    read = readProfileSecrets(secrets, store, confirmed, store.resolvedSettings(confirmed));
    QVERIFY(read);
    QCOMPARE(read->settings.auth.password, QString::fromLatin1(password));
}

void TestProfileSecrets::f4ImportedBindingIsIgnored()
{
    // A crafted file that brings a binding for its own host must not unlock the saved password.
    MemorySecretStore secrets;
    ProfileStore store(profilesFile());
    const Profile profile = addBoundProfile(store, secrets);
    ConnectionSettings attacker = store.resolvedSettings(profile);
    attacker.host = QStringLiteral("mail.attacker.example");
    const QByteArray data = exportWithHost(store, profile.id, attacker.host,
                                           {{QStringLiteral("secretBinding"), SecretBinding::of(attacker).toJson()}});
    ImportPlan plan = store.planImport(data);
    plan.setConflictAction(ImportAction::Replace);
    QVERIFY(!store.applyImport(plan).isError());
    const Profile replaced = *store.find(profile.id);
    const std::optional<ProfileSecrets> read =
        readProfileSecrets(secrets, store, replaced, store.resolvedSettings(replaced));
    QVERIFY(read);
    QVERIFY(read->settings.auth.password.isEmpty());
    QVERIFY(!read->withheld.isEmpty());

    // Legacy profile (no binding recorded): replacing it pins its old destination first.
    Profile legacy = replaced;
    legacy.settings.host = QStringLiteral("mail.example.org");
    legacy.secretBinding = {};
    QVERIFY(!store.update(legacy).isError());
    plan = store.planImport(exportWithHost(store, legacy.id, QStringLiteral("mail.attacker.example")));
    QCOMPARE(plan.items.constFirst().destinationChanges.size(), 1);
    plan.setConflictAction(ImportAction::Replace);
    QVERIFY(!store.applyImport(plan).isError());
    QCOMPARE(store.find(legacy.id)->secretBinding.toJson().value(QStringLiteral("host")).toString(),
             QStringLiteral("mail.example.org"));
}

void TestProfileSecrets::e7ExportLeavesBindingOut()
{
    MemorySecretStore secrets;
    ProfileStore store(profilesFile());
    const Profile profile = addBoundProfile(store, secrets);
    QVERIFY(!store.save().isError());
    QVERIFY(fileContent(profilesFile()).contains("secretBinding"));
    QVERIFY(!store.exportJson({profile.id}).contains("secretBinding"));
    // Reloaded from the file, the binding is the same.
    ProfileStore reloaded(profilesFile());
    QVERIFY(!reloaded.load().isError());
    QCOMPARE(reloaded.find(profile.id)->secretBinding, profile.secretBinding);
}

void TestProfileSecrets::unchangedProfileUsesItsSecrets()
{
    MemorySecretStore secrets;
    ProfileStore store(profilesFile());
    Profile profile = addBoundProfile(store, secrets);
    std::optional<ProfileSecrets> read = readProfileSecrets(secrets, store, profile, store.resolvedSettings(profile));
    QVERIFY(read);
    QCOMPARE(read->settings.auth.password, QString::fromLatin1(password));
    QVERIFY(read->unbound.isEmpty());

    // A profile from before bindings existed is bound to where it points.
    profile.secretBinding = {};
    QVERIFY(!store.update(profile).isError());
    read = readProfileSecrets(secrets, store, profile, store.resolvedSettings(profile));
    QVERIFY(read);
    QCOMPARE(read->settings.auth.password, QString::fromLatin1(password));
}

void TestProfileSecrets::overrideOfDestinationWithholdsPassword()
{
    MemorySecretStore secrets;
    ProfileStore store(profilesFile());
    const Profile profile = addBoundProfile(store, secrets);
    ConnectionSettings settings = store.resolvedSettings(profile);
    settings.serverName = QStringLiteral("other.example.org");
    settings.port = 2525;
    const std::optional<ProfileSecrets> read = readProfileSecrets(secrets, store, profile, settings);
    QVERIFY(read);
    QVERIFY(read->settings.auth.password.isEmpty());
    QCOMPARE(read->unbound.size(), 2);
    QCOMPARE(SecretBinding::describe(read->unbound),
             QStringLiteral("port: 587 → 2525, serverName: (none) → other.example.org"));
}

void TestProfileSecrets::cliRefusesPasswordForChangedDestination()
{
    MemorySecretStore secrets;
    {
        ProfileStore store(profilesFile());
        const Profile profile = addBoundProfile(store, secrets);
        Profile moved = profile;
        moved.settings.host = QStringLiteral("127.0.0.1"); // as an import with "Replace" leaves it
        QVERIFY(!store.update(moved).isError());
        QVERIFY(!store.save().isError());
    }
    const CliRun run = runCli({QStringLiteral("--profile"), QStringLiteral("Work"), QStringLiteral("--json")},
                              profilesFile(), secrets);
    QCOMPARE(run.exitStatus, 6);
    QVERIFY(!run.out.contains(password));
    const QJsonObject result = QJsonDocument::fromJson(run.out.trimmed().split('\n').constLast()).object();
    const QJsonObject error = result.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("AuthenticationRefused"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("host: mail.example.org → 127.0.0.1")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--password-file")), qPrintable(message));

    // Re-saving the password for the new destination confirms it.
    const QString passwordFile = m_dir->filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(password + '\n');
    }
    const CliRun save = runCli({QStringLiteral("--profile"), QStringLiteral("Work"), QStringLiteral("--password-file"),
                                passwordFile, QStringLiteral("--save-profile"), QStringLiteral("Work")},
                               profilesFile(), secrets);
    QVERIFY2(save.exitStatus == 0, save.err.constData());
    ProfileStore store(profilesFile());
    QVERIFY(!store.load().isError());
    const Profile saved = *store.findByName(QStringLiteral("Work"));
    QCOMPARE(saved.secretBinding.toJson().value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
}

void TestProfileSecrets::cliImportShowsChangedFields()
{
    MemorySecretStore secrets;
    QString id;
    QByteArray data;
    {
        ProfileStore store(profilesFile());
        const Profile profile = addBoundProfile(store, secrets);
        QVERIFY(!store.save().isError());
        id = profile.id;
        data = exportWithHost(store, profile.id, QStringLiteral("mail.attacker.example"));
    }
    const QString importPath = m_dir->filePath(QStringLiteral("import.json"));
    {
        QFile file(importPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const CliRun run = runCli({QStringLiteral("--import"), importPath}, profilesFile(), secrets);
    QCOMPARE(run.exitStatus, 0);
    const QString all = QString::fromUtf8(run.out + run.err);
    QVERIFY2(all.contains(QStringLiteral("host: mail.example.org → mail.attacker.example (security change)")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Security change")), qPrintable(all));

    // Unattended: kept beside the original, which keeps its host and its password.
    ProfileStore store(profilesFile());
    QVERIFY(!store.load().isError());
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(*store.find(id)->settings.host, QStringLiteral("mail.example.org"));
    for (const Profile &profile : store.profiles()) {
        if (profile.id == id)
            continue;
        QCOMPARE(*profile.settings.host, QStringLiteral("mail.attacker.example"));
        QVERIFY(profile.secretBinding.isEmpty());
        QCOMPARE(readSecret(secrets, profile.id, SecretKind::Password), std::nullopt);
    }
}

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
