#include "core/profiles/profile.h"
#include "core/profiles/profilemigration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Smtp;

namespace
{

ProfileSettings everySetting()
{
    ProfileSettings settings;
    settings.host = QStringLiteral("mx.example.org");
    settings.port = 2525;
    settings.security = SecurityMode::Implicit;
    settings.extended = false;
    settings.submission = true;
    settings.timeoutSeconds = 42;
    settings.localName = QStringLiteral("[192.0.2.1]");
    settings.trustedSite = true;
    settings.serverName = QStringLiteral("smtp.example.org");
    settings.sniName = QStringLiteral("sni.example.org");
    settings.noSni = false;
    settings.requestOcsp = true;
    settings.keyLogFile = QStringLiteral("/home/u/tls-keys.log");
    settings.tlsMinimum = TlsVersion::Tls1_2;
    settings.tlsMaximum = TlsVersion::Tls1_3;
    settings.ciphers = QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256");
    settings.proxy = QStringLiteral("socks5://127.0.0.1:1080");
    settings.addressFamily = AddressFamily::IPv6;
    settings.bindAddress = QStringLiteral("2001:db8::5");
    settings.protocol = MailProtocol::Lmtp;
    settings.xclient = QStringList{QStringLiteral("ADDR=192.0.2.9"), QStringLiteral("NAME=a+b.example")};
    settings.proxyHeader = ProxyHeaderVersion::V2;
    settings.proxySource = QStringLiteral("[2001:db8::9]:4321");
    settings.caFile = QStringLiteral("/etc/ssl/ca.pem");
    settings.clientCertificateFile = QStringLiteral("/home/u/client.p12");
    settings.clientKeyFile = QStringLiteral("/home/u/client.key");
    settings.authMechanism = QStringLiteral("SCRAM-SHA-256");
    settings.authUser = QStringLiteral("admin@example.org");
    settings.allowPlaintextAuth = true;
    settings.from = QStringLiteral("probe@example.org");
    settings.to = QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
    settings.dsnNotify = QStringLiteral("SUCCESS,FAILURE");
    settings.dsnReturn = QStringLiteral("HDRS");
    settings.dsnEnvelopeId = QStringLiteral("run+7");
    settings.pipelining = false;
    settings.chunking = false;
    settings.subject = QStringLiteral("Gr\u00FC\u00DFe");
    settings.body = QStringLiteral("two\nlines");
    settings.headers = QStringList{QStringLiteral("X-Campaign: 42"), QStringLiteral("Reply-To: c@example.org")};
    settings.attachments = QStringList{QStringLiteral("/tmp/report.pdf")};
    return settings;
}

Profile everyField()
{
    Profile profile;
    profile.id = QStringLiteral("7d3c1f0e-1111-2222-3333-444455556666");
    profile.name = QStringLiteral("ACME relay ü");
    profile.folder = QStringLiteral("Customers/ACME");
    profile.tags = QStringList{QStringLiteral("prod"), QStringLiteral("relay")};
    profile.favourite = true;
    profile.notes = QStringLiteral("Call Bob first.\nSecond line.");
    profile.scenarioFile = QStringLiteral("/home/admin/checks/acme.scenario");
    profile.lastUsed = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15, 123), Qt::UTC);
    profile.lastResult = QStringLiteral("TimedOut");
    profile.lastResultOk = false;
    profile.settings = everySetting();
    return profile;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryField()
    {
        const Profile original = everyField();
        const QJsonObject json = original.toJson();
        // Through text as well, as the store does.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QStringList problems;
        const Profile copy = Profile::fromJson(reparsed, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(copy.id, original.id);
        QCOMPARE(copy.name, original.name);
        QCOMPARE(copy.folder, original.folder);
        QCOMPARE(copy.tags, original.tags);
        QCOMPARE(copy.favourite, original.favourite);
        QCOMPARE(copy.notes, original.notes);
        QCOMPARE(copy.lastUsed, original.lastUsed);
        QCOMPARE(copy.lastResult, original.lastResult);
        QCOMPARE(copy.lastResultOk, original.lastResultOk);
        QVERIFY(copy.settings == original.settings);
        QVERIFY(copy == original);
    }

    void messageSettingsReachTheSession()
    {
        ConnectionSettings settings;
        everySetting().applyTo(settings);
        QCOMPARE(settings.message.dsnNotify, QStringLiteral("SUCCESS,FAILURE"));
        QCOMPARE(settings.message.dsnReturn, QStringLiteral("HDRS"));
        QCOMPARE(settings.message.dsnEnvelopeId, QStringLiteral("run+7"));
        QVERIFY(!settings.message.allowPipelining);
        QVERIFY(!settings.message.allowChunking);
        QCOMPARE(settings.message.composition.subject, QStringLiteral("Gr\u00FC\u00DFe"));
        QCOMPARE(settings.message.composition.body, QStringLiteral("two\nlines"));
        QCOMPARE(settings.message.composition.headers.size(), 2);
        QCOMPARE(settings.message.composition.attachments, QStringList{QStringLiteral("/tmp/report.pdf")});
        QVERIFY(ProfileSettings::fromConnectionSettings(settings) == everySetting());
    }

    void badMessageSettingsAreProblems_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("header with CRLF (C10)")
            << QStringLiteral("headers") << QJsonValue(QJsonArray{QStringLiteral("X-A: 1\r\nBcc: x@example.org")});
        QTest::addRow("header without a name")
            << QStringLiteral("headers") << QJsonValue(QJsonArray{QStringLiteral(": 1")});
        QTest::addRow("NOTIFY NEVER with more")
            << QStringLiteral("dsnNotify") << QJsonValue(QStringLiteral("NEVER,DELAY"));
        QTest::addRow("RET of another kind") << QStringLiteral("dsnReturn") << QJsonValue(QStringLiteral("BODY"));
        QTest::addRow("ENVID not ASCII") << QStringLiteral("dsnEnvelopeId") << QJsonValue(QStringLiteral("\u00E9"));
        QTest::addRow("pipelining not a boolean") << QStringLiteral("pipelining") << QJsonValue(QStringLiteral("no"));
    }

    void badMessageSettingsAreProblems()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QStringList problems;
        const ProfileSettings settings = ProfileSettings::readJson(QJsonObject{{key, value}}, problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(settings.isEmpty());
    }

    void unsetSettingsStayUnset()
    {
        Profile profile;
        profile.id = QStringLiteral("x");
        profile.name = QStringLiteral("minimal");
        profile.settings.host = QStringLiteral("127.0.0.1");
        const QJsonObject json = profile.toJson();
        QVERIFY(!json.contains(QStringLiteral("port")));
        QVERIFY(!json.contains(QStringLiteral("security")));
        QStringList problems;
        const Profile copy = Profile::fromJson(json, problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(!copy.settings.port.has_value());
        QVERIFY(!copy.settings.security.has_value());
        QVERIFY(!copy.settings.to.has_value());
        QCOMPARE(copy.settings.host, QStringLiteral("127.0.0.1"));
    }

    void unknownFieldsSurvive()
    {
        QJsonObject json = everyField().toJson();
        json.insert(QStringLiteral("futureOption"), QJsonObject{{QStringLiteral("nested"), 1}});
        QStringList problems;
        const Profile profile = Profile::fromJson(json, problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(profile.unknownFields.value(QStringLiteral("futureOption")).toObject().value(QStringLiteral("nested")),
                 QJsonValue(1));
        QCOMPARE(profile.toJson(), json);
    }

    void hostileValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problemMentions");
        QTest::addRow("port as string with injection")
            << QByteArray(R"({"id":"a","port":"25; rm -rf"})") << QStringLiteral("port");
        QTest::addRow("port too large") << QByteArray(R"({"id":"a","port":70000})") << QStringLiteral("port");
        QTest::addRow("port negative") << QByteArray(R"({"id":"a","port":-1})") << QStringLiteral("port");
        QTest::addRow("port fractional") << QByteArray(R"({"id":"a","port":25.5})") << QStringLiteral("port");
        QTest::addRow("host with CRLF") << QByteArray(R"({"id":"a","host":"mx\r\nRCPT TO:<x>"})")
                                        << QStringLiteral("host");
        QTest::addRow("host with NUL") << QByteArray(R"({"id":"a","host":"mx\u0000.evil"})") << QStringLiteral("host");
        QTest::addRow("local name with LF")
            << QByteArray(R"({"id":"a","localName":"a\nb"})") << QStringLiteral("localName");
        QTest::addRow("security unknown")
            << QByteArray(R"({"id":"a","security":"ssl3"})") << QStringLiteral("security");
        QTest::addRow("timeout zero") << QByteArray(R"({"id":"a","timeout":0})") << QStringLiteral("timeout");
        QTest::addRow("timeout huge") << QByteArray(R"({"id":"a","timeout":1e300})") << QStringLiteral("timeout");
        QTest::addRow("to not a list") << QByteArray(R"({"id":"a","to":"x@y"})") << QStringLiteral("to");
        QTest::addRow("tags with a number") << QByteArray(R"({"id":"a","tags":["a",1]})") << QStringLiteral("tags");
        QTest::addRow("extended as string")
            << QByteArray(R"({"id":"a","extended":"yes"})") << QStringLiteral("extended");
        QTest::addRow("name as object") << QByteArray(R"({"id":"a","name":{}})") << QStringLiteral("name");
        QTest::addRow("no id") << QByteArray(R"({"name":"x"})") << QStringLiteral("id");
        QTest::addRow("empty id") << QByteArray(R"({"id":"  ","name":"x"})") << QStringLiteral("id");
        QTest::addRow("id as number") << QByteArray(R"({"id":5})") << QStringLiteral("id");
        QTest::addRow("bad date") << QByteArray(R"({"id":"a","lastUsed":"yesterday"})") << QStringLiteral("lastUsed");
        QTest::addRow("huge host") << (QByteArray(R"({"id":"a","host":")") + QByteArray(5000, 'a') + "\"}")
                                   << QStringLiteral("host");
    }

    void hostileValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problemMentions);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
        QStringList problems;
        Profile::fromJson(document.object(), problems);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(u' ').contains(problemMentions), qPrintable(problems.join(u' ')));
    }

    void notesMayHoldLineBreaks()
    {
        QStringList problems;
        const Profile profile =
            Profile::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                          {QStringLiteral("notes"), QStringLiteral("line 1\nline 2")}},
                              problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(profile.notes, QStringLiteral("line 1\nline 2"));
    }

    void fromConnectionSettings()
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("::1");
        settings.port = 587;
        settings.security = SecurityMode::StartTls;
        settings.submission = true;
        settings.localName = QStringLiteral("client.example");
        settings.auth.mechanism = QStringLiteral("PLAIN");
        settings.auth.user = QStringLiteral("u");
        settings.auth.password = QStringLiteral("never-stored");
        settings.clientKeyPassphrase = "never-stored-either";
        settings.message.to = QStringList{QStringLiteral("r@example.org")};
        const Profile profile = Profile::fromConnectionSettings(settings, QStringLiteral("from cli"));
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(profile.name, QStringLiteral("from cli"));
        const QByteArray json = QJsonDocument(profile.toJson()).toJson();
        QVERIFY(!json.contains("never-stored"));

        ConnectionSettings back;
        profile.settings.applyTo(back);
        QCOMPARE(back.host, settings.host);
        QCOMPARE(back.port, settings.port);
        QCOMPARE(back.security, settings.security);
        QCOMPARE(back.submission, settings.submission);
        QCOMPARE(back.localName, settings.localName);
        QCOMPARE(back.auth.mechanism, settings.auth.mechanism);
        QCOMPARE(back.auth.user, settings.auth.user);
        QVERIFY(back.auth.password.isEmpty());
        QCOMPARE(back.message.to, settings.message.to);
    }

    void overriddenBy()
    {
        ProfileSettings base;
        base.localName = QStringLiteral("folder.example");
        base.caFile = QStringLiteral("/ca.pem");
        base.port = 25;
        ProfileSettings top;
        top.port = 465;
        top.security = SecurityMode::Implicit;
        const ProfileSettings merged = base.overriddenBy(top);
        QCOMPARE(merged.localName, base.localName);
        QCOMPARE(merged.caFile, base.caFile);
        QCOMPARE(merged.port, std::optional<quint16>(465));
        QCOMPARE(merged.security, std::optional<SecurityMode>(SecurityMode::Implicit));
        QVERIFY(!merged.host.has_value());
    }

    void summaryLine()
    {
        Profile profile = everyField();
        const QString line = profile.summaryLine();
        QVERIFY2(line.contains(QStringLiteral("ACME relay ü")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("Customers/ACME")));
        QVERIFY(line.contains(QStringLiteral("mx.example.org:2525")));
        QVERIFY(line.contains(QStringLiteral("implicit")));
        QVERIFY(line.contains(QStringLiteral("TimedOut")));

        ConnectionSettings resolved;
        resolved.host = QStringLiteral("::1");
        QVERIFY(profile.summaryLine(resolved).contains(QStringLiteral("[::1]:25")));
        profile.lastUsed = {};
        QVERIFY(profile.summaryLine().contains(QStringLiteral("never used")));
    }

    void folderPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QStringList>("ancestry");
        QTest::addRow("empty") << QString() << QString() << QStringList();
        QTest::addRow("one") << QStringLiteral("A") << QStringLiteral("A") << QStringList{QStringLiteral("A")};
        QTest::addRow("messy") << QStringLiteral(" A//B / C/") << QStringLiteral("A/B/C")
                               << QStringList{QStringLiteral("A"), QStringLiteral("A/B"), QStringLiteral("A/B/C")};
    }

    void folderPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, normalised);
        QFETCH(QStringList, ancestry);
        QCOMPARE(ProfileFolder::normalisedPath(path), normalised);
        QCOMPARE(ProfileFolder::ancestry(path), ancestry);
    }

    void folderRoundTrip()
    {
        ProfileFolder folder;
        folder.path = QStringLiteral("Customers/ACME");
        folder.defaults = everySetting();
        QStringList problems;
        const ProfileFolder copy = ProfileFolder::fromJson(folder.toJson(), problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(copy == folder);
    }

    void folderContains_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("inside");

        QTest::addRow("the folder itself") << QStringLiteral("Lab") << QStringLiteral("Lab") << true;
        QTest::addRow("a subfolder") << QStringLiteral("Lab") << QStringLiteral("Lab/Relays") << true;
        QTest::addRow("deeper") << QStringLiteral("Lab") << QStringLiteral("Lab/Relays/Old") << true;
        QTest::addRow("nested folder itself") << QStringLiteral("Lab/Relays") << QStringLiteral("Lab/Relays") << true;
        QTest::addRow("same prefix, other folder") << QStringLiteral("Lab") << QStringLiteral("Laboratory") << false;
        QTest::addRow("parent of the folder") << QStringLiteral("Lab/Relays") << QStringLiteral("Lab") << false;
        QTest::addRow("sibling") << QStringLiteral("Lab/Relays") << QStringLiteral("Lab/Submission") << false;
        QTest::addRow("top level holds a folder") << QString() << QStringLiteral("Lab") << true;
        QTest::addRow("top level holds itself") << QString() << QString() << true;
        QTest::addRow("a folder does not hold the top level") << QStringLiteral("Lab") << QString() << false;
        QTest::addRow("case matters") << QStringLiteral("lab") << QStringLiteral("Lab") << false;
    }

    void folderContains()
    {
        QFETCH(QString, folder);
        QFETCH(QString, path);
        QFETCH(bool, inside);

        QCOMPARE(Smtp::ProfileFolder::contains(folder, path), inside);
        Profile profile;
        profile.name = QStringLiteral("relay");
        profile.folder = path;
        QCOMPARE(profile.isIn(folder), inside);
    }

    void qualifiedName_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qualified");

        QTest::addRow("top level") << QString() << QStringLiteral("relay") << QStringLiteral("relay");
        QTest::addRow("in a folder") << QStringLiteral("Lab") << QStringLiteral("relay") << QStringLiteral("Lab/relay");
        QTest::addRow("nested") << QStringLiteral("Customers/ACME") << QStringLiteral("mx 1")
                                << QStringLiteral("Customers/ACME/mx 1");
    }

    void qualifiedName()
    {
        QFETCH(QString, folder);
        QFETCH(QString, name);
        QFETCH(QString, qualified);

        Profile profile;
        profile.folder = folder;
        profile.name = name;
        QCOMPARE(profile.qualifiedName(), qualified);
    }

    // Found by fuzz_profileloader (corpus/profileloader/last-result-without-date): a last result read without its
    // date was written back only with the date, so a save lost it.
    void lastResultWithoutDateSurvivesASave()
    {
        const QJsonObject json{{QStringLiteral("id"), QStringLiteral("6f2c5a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f")},
                               {QStringLiteral("name"), QStringLiteral("Relay")},
                               {QStringLiteral("lastResult"), QStringLiteral("TimedOut")},
                               {QStringLiteral("lastResultOk"), true}};
        QStringList problems;
        const Profile profile = Profile::fromJson(json, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!profile.lastUsed.isValid());
        QCOMPARE(profile.lastResult, QStringLiteral("TimedOut"));
        QVERIFY(profile.lastResultOk);
        QCOMPARE(profile.toJson(), json);
        QCOMPARE(Profile::fromJson(profile.toJson(), problems), profile);
    }

    // Found by fuzz_profileloader (corpus/profileloader/v0-fields-with-current-names): a version-0 entry's unknown
    // "folder" was kept as an unknown field, written back under that name and read as the profile's folder next time.
    void legacyFieldsWithCurrentNamesDoNotTakeEffect()
    {
        const QJsonObject legacy{{QStringLiteral("name"), QStringLiteral("old")},
                                 {QStringLiteral("server"), QStringLiteral("mx.example.org")},
                                 {QStringLiteral("folder"), QStringLiteral("Customers/ACME")},
                                 {QStringLiteral("favourite"), true},
                                 {QStringLiteral("extra"), 1}};
        QStringList problems;
        const Profile migrated = ProfileMigration::fromVersion0(legacy, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(migrated.folder.isEmpty());
        QVERIFY(!migrated.favourite);
        QCOMPARE(migrated.unknownFields, (QJsonObject{{QStringLiteral("extra"), 1}}));
        QCOMPARE(Profile::fromJson(migrated.toJson(), problems), migrated);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestProfile)
#include "tst_profile.moc"
