#include "core/profiles/profilecommandline.h"

#include <QJsonDocument>
#include <QTest>

using namespace Smtp;

class TestProfileCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << QStringLiteral("mx.example.org") << QStringLiteral("mx.example.org");
        QTest::addRow("address") << QStringLiteral("a+b@example.org") << QStringLiteral("a+b@example.org");
        QTest::addRow("empty") << QString() << QStringLiteral("''");
        QTest::addRow("space") << QStringLiteral("my file.pem") << QStringLiteral("'my file.pem'");
        QTest::addRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::addRow("command substitution") << QStringLiteral("$(rm -rf ~)") << QStringLiteral("'$(rm -rf ~)'");
        QTest::addRow("backticks and semicolon") << QStringLiteral("`id`;ls") << QStringLiteral("'`id`;ls'");
        QTest::addRow("glob") << QStringLiteral("*.pem") << QStringLiteral("'*.pem'");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\nb'");
    }

    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(ProfileCommandLine::shellQuote(word), quoted);
        // What is quoted splits back into the same word.
        QString error;
        const QStringList words = ProfileCommandLine::splitShellWords(quoted, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(words, QStringList{word});
    }

    void splitShellWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("ok");
        QTest::addRow("simple") << QStringLiteral("swaks --to a@b")
                                << QStringList{QStringLiteral("swaks"), QStringLiteral("--to"), QStringLiteral("a@b")}
                                << true;
        QTest::addRow("quotes") << QStringLiteral("a \"b c\" \'d e\' f\\ g")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d e"),
                                               QStringLiteral("f g")}
                                << true;
        QTest::addRow("adjacent") << QStringLiteral("--x=\"a b\"\'c\'") << QStringList{QStringLiteral("--x=a bc")}
                                  << true;
        QTest::addRow("empty quoted") << QStringLiteral("a '' b")
                                      << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")} << true;
        QTest::addRow("escape in double")
            << QStringLiteral("\"a\\\"b\\$c\"") << QStringList{QStringLiteral("a\"b$c")} << true;
        QTest::addRow("continuation") << QStringLiteral("a \\\n b")
                                      << QStringList{QStringLiteral("a"), QStringLiteral("b")} << true;
        QTest::addRow("unterminated") << QStringLiteral("a 'b") << QStringList() << false;
    }

    void splitShellWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QFETCH(bool, ok);
        QString error;
        QCOMPARE(ProfileCommandLine::splitShellWords(line, &error), words);
        QCOMPARE(error.isEmpty(), ok);
    }

    void toSwaks()
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.example.org");
        settings.port = 587;
        settings.security = SecurityMode::StartTls;
        settings.localName = QStringLiteral("client example");
        settings.caFile = QStringLiteral("/etc/ca dir/ca.pem");
        settings.auth.mechanism = QStringLiteral("plain");
        settings.auth.user = QStringLiteral("bob");
        settings.auth.password = QStringLiteral("secret-never-shown");
        settings.message.from = QStringLiteral("a@example.org");
        settings.message.to = QStringList{QStringLiteral("b@example.org"), QStringLiteral("c@example.org")};
        const QString line = ProfileCommandLine::toSwaks(settings);
        QCOMPARE(line, QStringLiteral("swaks --server mx.example.org --port 587 --tls --tls-verify --tls-ca-path "
                                      "'/etc/ca dir/ca.pem' --helo 'client example' --timeout 30 --auth PLAIN "
                                      "--auth-user bob --from a@example.org --to b@example.org,c@example.org"));
        QVERIFY(!line.contains(QStringLiteral("secret")));
    }

    void toSwaksRoundTrip_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<bool>("extended");
        QTest::addColumn<QString>("host");
        QTest::addRow("starttls verified")
            << int(SecurityMode::StartTls) << false << true << QStringLiteral("127.0.0.1");
        QTest::addRow("implicit trusted") << int(SecurityMode::Implicit) << true << true << QStringLiteral("::1");
        QTest::addRow("plain helo") << int(SecurityMode::None) << false << false << QStringLiteral("localhost");
        QTest::addRow("opportunistic starttls")
            << int(SecurityMode::StartTlsOpportunistic) << false << true << QStringLiteral("mx.example.org");
    }

    void toSwaksRoundTrip()
    {
        QFETCH(int, security);
        QFETCH(bool, trusted);
        QFETCH(bool, extended);
        QFETCH(QString, host);
        ConnectionSettings settings;
        settings.host = host;
        settings.port = 2525;
        settings.security = SecurityMode(security);
        settings.trustedSite = trusted;
        settings.extended = extended;
        settings.timeoutSeconds = 12;
        settings.localName = QStringLiteral("[127.0.0.1]");
        settings.auth.mechanism = QStringLiteral("auto");
        settings.auth.user = QStringLiteral("user name");
        settings.message.from = QStringLiteral("from@example.org");
        settings.message.to = QStringList{QStringLiteral("to@example.org")};
        if (settings.security != SecurityMode::None) {
            settings.serverName = QStringLiteral("sni.example.org");
            settings.caFile = QStringLiteral("/ca.pem");
            settings.clientCertificateFile = QStringLiteral("/c.pem");
            settings.clientKeyFile = QStringLiteral("/k.pem");
        }
        const SwaksImport imported = ProfileCommandLine::fromSwaks(ProfileCommandLine::toSwaks(settings));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY2(imported.unknownOptions.isEmpty(), qPrintable(imported.unknownOptions.join(u' ')));
        ConnectionSettings back;
        imported.profile.settings.applyTo(back);
        QCOMPARE(back.host, settings.host);
        QCOMPARE(back.port, settings.port);
        QCOMPARE(back.security, settings.security);
        QCOMPARE(back.trustedSite, settings.trustedSite);
        QCOMPARE(back.extended, settings.extended);
        QCOMPARE(back.timeoutSeconds, settings.timeoutSeconds);
        QCOMPARE(back.localName, settings.localName);
        QCOMPARE(back.serverName, settings.serverName);
        QCOMPARE(back.caFile, settings.caFile);
        QCOMPARE(back.clientCertificateFile, settings.clientCertificateFile);
        QCOMPARE(back.clientKeyFile, settings.clientKeyFile);
        QCOMPARE(back.auth.mechanism, QStringLiteral("auto"));
        QCOMPARE(back.auth.user, settings.auth.user);
        QCOMPARE(back.message.from, settings.message.from);
        QCOMPARE(back.message.to, settings.message.to);
    }

    void swaksMessageFields()
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.example.org");
        settings.message.to = QStringList{QStringLiteral("to@example.org")};
        settings.message.composition.subject = QStringLiteral("Quarterly check");
        settings.message.composition.headers = {QStringLiteral("X-Campaign: 42")};
        settings.message.composition.body = QStringLiteral("two\nlines");
        settings.message.composition.attachments = {QStringLiteral("/tmp/report.pdf")};
        settings.message.dsnNotify = QStringLiteral("SUCCESS");
        settings.message.allowChunking = false;
        const QString line = ProfileCommandLine::toSwaks(settings);
        QVERIFY2(line.contains(QStringLiteral("--header 'Subject: Quarterly check' --header 'X-Campaign: 42' "
                                              "--body 'two\nlines'")),
                 qPrintable(line));
        // swaks has no DSN or CHUNKING option, and its --attach means a file only with '@' in newer versions.
        QVERIFY(!line.contains(QStringLiteral("--attach")) && !line.contains(QStringLiteral("dsn")));

        const SwaksImport imported = ProfileCommandLine::fromSwaks(line);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY2(imported.unknownOptions.isEmpty(), qPrintable(imported.unknownOptions.join(u' ')));
        ConnectionSettings back;
        imported.profile.settings.applyTo(back);
        QCOMPARE(back.message.composition.headers,
                 (QStringList{QStringLiteral("Subject: Quarterly check"), QStringLiteral("X-Campaign: 42")}));
        QCOMPARE(back.message.composition.body, settings.message.composition.body);
    }

    void fromSwaksMessageOptions()
    {
        const SwaksImport imported = ProfileCommandLine::fromSwaks(QStringLiteral(
            "swaks --server h --h-X-Test yes --add-header 'Reply-To: r@example.org' --attach @/tmp/a.pdf "
            "--attach inline-content --body @/tmp/body.txt --header 'Bad: a\nb'"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.profile.settings.headers,
                 (QStringList{QStringLiteral("X-Test: yes"), QStringLiteral("Reply-To: r@example.org")}));
        QCOMPARE(imported.profile.settings.attachments, QStringList{QStringLiteral("/tmp/a.pdf")});
        QVERIFY(!imported.profile.settings.body);
        QCOMPARE(imported.unknownOptions,
                 (QStringList{QStringLiteral("--attach inline-content"), QStringLiteral("--body @/tmp/body.txt")}));
        QCOMPARE(imported.warnings.filter(QStringLiteral("Bad")).size(), 1);
    }

    void fromSwaks_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("security");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QStringList>("unknown");
        QTest::addRow("server with port")
            << QStringLiteral("swaks --server mx.example.org:2525 --tls --tls-verify")
            << QStringLiteral("mx.example.org") << 2525 << int(SecurityMode::StartTls) << false << QStringList();
        QTest::addRow("port option wins") << QStringLiteral("swaks -s mx:25 -p 587 -tlsc") << QStringLiteral("mx")
                                          << 587 << int(SecurityMode::Implicit) << true << QStringList();
        QTest::addRow("ipv6 bracketed") << QStringLiteral(
                                               "/usr/bin/swaks --server [::1]:465 --tls-on-connect --tls-verify")
                                        << QStringLiteral("::1") << 465 << int(SecurityMode::Implicit) << false
                                        << QStringList();
        QTest::addRow("bare ipv6") << QStringLiteral("--server ::1") << QStringLiteral("::1") << -1
                                   << int(SecurityMode::None) << false << QStringList();
        QTest::addRow("unknown options reported")
            << QStringLiteral("swaks --server h --attach-type 'text/plain' --silent --pipeline --dump=x")
            << QStringLiteral("h") << -1 << int(SecurityMode::None) << false
            << QStringList{QStringLiteral("--attach-type text/plain"), QStringLiteral("--silent"),
                           QStringLiteral("--pipeline"), QStringLiteral("--dump=x")};
        QTest::addRow("stray word") << QStringLiteral("swaks stray --server h") << QStringLiteral("h") << -1
                                    << int(SecurityMode::None) << false << QStringList{QStringLiteral("stray")};
        QTest::addRow("equals form") << QStringLiteral("swaks --server=h --port=26 --tls") << QStringLiteral("h") << 26
                                     << int(SecurityMode::StartTls) << true << QStringList();
        QTest::addRow("optional strict") << QStringLiteral("swaks --server h -tlsos --tls-verify")
                                         << QStringLiteral("h") << -1 << int(SecurityMode::StartTlsOpportunistic)
                                         << false << QStringList();
    }

    void fromSwaks()
    {
        QFETCH(QString, line);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, security);
        QFETCH(bool, trusted);
        QFETCH(QStringList, unknown);
        const SwaksImport imported = ProfileCommandLine::fromSwaks(line);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.profile.settings.host, host);
        QCOMPARE(imported.profile.settings.port.has_value(), port >= 0);
        if (port >= 0)
            QCOMPARE(int(*imported.profile.settings.port), port);
        QCOMPARE(int(*imported.profile.settings.security), security);
        QCOMPARE(imported.profile.settings.trustedSite.value_or(false), trusted);
        QCOMPARE(imported.unknownOptions, unknown);
        QVERIFY(!imported.profile.id.isEmpty());
        if (trusted)
            QVERIFY(!imported.warnings.isEmpty());
    }

    void fromSwaksOptionalTlsSaysWhatDiffers()
    {
        // swaks -tlso goes on in plaintext after a failed STARTTLS; this program never does, and says so.
        const SwaksImport imported =
            ProfileCommandLine::fromSwaks(QStringLiteral("swaks --server h -tlso --tls-verify"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(*imported.profile.settings.security, SecurityMode::StartTlsOpportunistic);
        QCOMPARE(imported.warnings.size(), 1);
        QVERIFY2(imported.warnings.constFirst().contains(QStringLiteral("plaintext")),
                 qPrintable(imported.warnings.constFirst()));
        ConnectionSettings settings;
        imported.profile.settings.applyTo(settings);
        QVERIFY2(ProfileCommandLine::toSwaks(settings).contains(QStringLiteral(" --tls-optional-strict ")),
                 qPrintable(ProfileCommandLine::toSwaks(settings)));
        QVERIFY2(ProfileCommandLine::toOpenSslClient(settings).contains(QStringLiteral(" -starttls smtp")),
                 qPrintable(ProfileCommandLine::toOpenSslClient(settings)));
    }

    void fromSwaksDetails()
    {
        const SwaksImport imported = ProfileCommandLine::fromSwaks(
            QStringLiteral("swaks --server h --ehlo me.example -f a@x -t b@x,c@x --to d@x -a login -au bob "
                           "-ap 'p w' --timeout 2m --tls-cert c.pem --tls-key k.pem --tls-ca-path ca.pem --tls "
                           "--protocol SMTP -q RCPT"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const ProfileSettings &s = imported.profile.settings;
        QCOMPARE(s.localName, QStringLiteral("me.example"));
        QCOMPARE(s.from, QStringLiteral("a@x"));
        QCOMPARE(s.to, (QStringList{QStringLiteral("b@x"), QStringLiteral("c@x"), QStringLiteral("d@x")}));
        QCOMPARE(s.authMechanism, QStringLiteral("LOGIN"));
        QCOMPARE(s.authUser, QStringLiteral("bob"));
        QCOMPARE(s.timeoutSeconds, 120);
        QCOMPARE(s.clientCertificateFile, QStringLiteral("c.pem"));
        QCOMPARE(s.clientKeyFile, QStringLiteral("k.pem"));
        QCOMPARE(s.caFile, QStringLiteral("ca.pem"));
        QCOMPARE(s.extended, false);
        QCOMPARE(imported.password, QByteArray("p w"));
        // The password is for the keychain, never the profile.
        QVERIFY(!QJsonDocument(imported.profile.toJson()).toJson().contains("p w"));
        QVERIFY(imported.unknownOptions.isEmpty());
        QVERIFY(imported.warnings.join(u' ').contains(QStringLiteral("quit-after")));

        const SwaksImport bareAuth = ProfileCommandLine::fromSwaks(QStringLiteral("swaks --auth --server h"));
        QCOMPARE(bareAuth.profile.settings.authMechanism, QStringLiteral("auto"));
        QCOMPARE(bareAuth.profile.settings.host, QStringLiteral("h"));
    }

    void fromSwaksRefusesBadInput_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("unterminated quote") << QStringLiteral("swaks --server 'h");
        QTest::addRow("CRLF in host") << QStringLiteral("swaks --server $'h'\"\r\n\"QUIT");
        QTest::addRow("NUL in helo") << (QStringLiteral("swaks --server h --helo a") + QChar(0) + QStringLiteral("b"));
    }

    void fromSwaksRefusesBadInput()
    {
        QFETCH(QString, line);
        QVERIFY(!ProfileCommandLine::fromSwaks(line).ok());
    }

    void fromSwaksWarnsAboutValues()
    {
        const SwaksImport imported =
            ProfileCommandLine::fromSwaks(QStringLiteral("swaks --port 99999 --timeout never --server"));
        QVERIFY(imported.ok());
        QVERIFY(!imported.profile.settings.port);
        QVERIFY(!imported.profile.settings.timeoutSeconds);
        QCOMPARE(imported.warnings.size(), 4); // port, timeout, --server without value, no server
    }

    void toOpenSslClient_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("expected");
        QTest::addRow("starttls") << int(SecurityMode::StartTls) << QStringLiteral("mx.example.org") << false
                                  << QStringLiteral("openssl s_client -connect mx.example.org:25 -starttls smtp "
                                                    "-servername mx.example.org -verify_return_error "
                                                    "-verify_hostname mx.example.org -crlf");
        QTest::addRow("implicit ipv6 trusted") << int(SecurityMode::Implicit) << QStringLiteral("::1") << true
                                               << QStringLiteral("openssl s_client -connect '[::1]:465' -crlf");
        QTest::addRow("ipv4 verified") << int(SecurityMode::Implicit) << QStringLiteral("127.0.0.1") << false
                                       << QStringLiteral("openssl s_client -connect 127.0.0.1:465 "
                                                         "-verify_return_error -verify_ip 127.0.0.1 -crlf");
        QTest::addRow("plaintext") << int(SecurityMode::None) << QStringLiteral("h") << false << QString();
    }

    void toOpenSslClient()
    {
        QFETCH(int, security);
        QFETCH(QString, host);
        QFETCH(bool, trusted);
        QFETCH(QString, expected);
        ConnectionSettings settings;
        settings.host = host;
        settings.security = SecurityMode(security);
        settings.trustedSite = trusted;
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings), expected);
    }

    void toOpenSslClientTunnel()
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = 10025;
        settings.serverName = QStringLiteral("smtp.example.org");
        settings.localName = QStringLiteral("me.example");
        settings.caFile = QStringLiteral("/my ca.pem");
        settings.clientCertificateFile = QStringLiteral("/c.pem");
        settings.clientKeyFile = QStringLiteral("/k.pem");
        settings.proxy = QStringLiteral("http://127.0.0.1:3128");
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings),
                 QStringLiteral("openssl s_client -connect 127.0.0.1:10025 -starttls smtp -name me.example "
                                "-servername smtp.example.org -CAfile '/my ca.pem' -cert /c.pem -key /k.pem "
                                "-verify_return_error -verify_hostname smtp.example.org -proxy 127.0.0.1:3128 -crlf"));
    }

    void sniInTheExports()
    {
        // s_client's -servername and swaks's --tls-sni are what is sent; the name verified stays the host.
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.example.org");
        settings.sniName = QStringLiteral("other.example");
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings),
                 QStringLiteral("openssl s_client -connect mx.example.org:25 -starttls smtp -servername other.example "
                                "-verify_return_error -verify_hostname mx.example.org -crlf"));
        QVERIFY2(ProfileCommandLine::toSwaks(settings).contains(QStringLiteral("--tls-sni other.example")),
                 qPrintable(ProfileCommandLine::toSwaks(settings)));
        settings.sniName.clear();
        settings.noSni = true;
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings),
                 QStringLiteral("openssl s_client -connect mx.example.org:25 -starttls smtp -noservername "
                                "-verify_return_error -verify_hostname mx.example.org -crlf"));
        QVERIFY(!ProfileCommandLine::toSwaks(settings).contains(QStringLiteral("--tls-sni")));
    }

    void ocspAndKeyLogInTheOpenSslExport()
    {
        // s_client's -status asks for the stapled response and prints it, -keylogfile appends the key log; swaks has
        // neither.
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.example.org");
        settings.requestOcsp = true;
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings),
                 QStringLiteral("openssl s_client -connect mx.example.org:25 -starttls smtp -servername mx.example.org "
                                "-status -verify_return_error -verify_hostname mx.example.org -crlf"));
        settings.keyLogFile = QStringLiteral("/tmp/my keys.log");
        QVERIFY2(ProfileCommandLine::toOpenSslClient(settings).contains(
                     QStringLiteral("-status -keylogfile '/tmp/my keys.log' -verify_return_error")),
                 qPrintable(ProfileCommandLine::toOpenSslClient(settings)));
        QVERIFY(!ProfileCommandLine::toSwaks(settings).contains(QStringLiteral("keys.log")));
    }

    void tlsOfferInTheExports()
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.example.org");
        settings.tlsMinimum = TlsVersion::Tls1_1;
        settings.tlsMaximum = TlsVersion::Tls1_2;
        settings.ciphers = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256");
        // s_client takes the versions by OpenSSL's names and the two kinds of cipher apart.
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings),
                 QStringLiteral("openssl s_client -connect mx.example.org:25 -starttls smtp -servername mx.example.org "
                                "-verify_return_error -verify_hostname mx.example.org -min_protocol TLSv1.1 "
                                "-max_protocol TLSv1.2 -cipher ECDHE-RSA-AES128-GCM-SHA256 -ciphersuites "
                                "TLS_AES_128_GCM_SHA256 -crlf"));
        const QString swaks = ProfileCommandLine::toSwaks(settings);
        QVERIFY2(swaks.contains(QStringLiteral("--tls-protocol tlsv1_1,tlsv1_2 --tls-cipher "
                                               "ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256")),
                 qPrintable(swaks));
        const SwaksImport imported = ProfileCommandLine::fromSwaks(swaks);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY2(imported.unknownOptions.isEmpty(), qPrintable(imported.unknownOptions.join(u',')));
        ConnectionSettings back;
        imported.profile.settings.applyTo(back);
        QCOMPARE(back.tlsMinimum, settings.tlsMinimum);
        QCOMPARE(back.tlsMaximum, settings.tlsMaximum);
        QCOMPARE(back.ciphers, settings.ciphers);

        // swaks's "all but" form, and a list with nothing this program offers.
        ConnectionSettings without;
        ProfileCommandLine::fromSwaks(
            QStringLiteral("swaks -s mx.example.org --tls --tls-protocol no_tlsv1,no_tlsv1_1"))
            .profile.settings.applyTo(without);
        QCOMPARE(without.tlsMinimum, TlsVersion::Tls1_2);
        QCOMPARE(without.tlsMaximum, TlsVersion::Tls1_3);
        const SwaksImport sslOnly =
            ProfileCommandLine::fromSwaks(QStringLiteral("swaks -s mx.example.org --tls --tls-protocol sslv3"));
        QVERIFY2(sslOnly.warnings.join(u'\n').contains(QStringLiteral("names no TLS version")),
                 qPrintable(sslOnly.warnings.join(u'\n')));
        QVERIFY(!sslOnly.profile.settings.tlsMinimum);

        // Unrestricted settings add nothing.
        settings.tlsMinimum.reset();
        settings.tlsMaximum.reset();
        settings.ciphers.clear();
        QVERIFY(!ProfileCommandLine::toOpenSslClient(settings).contains(QStringLiteral("protocol")));
        QVERIFY(!ProfileCommandLine::toSwaks(settings).contains(QStringLiteral("--tls-protocol")));
    }

    void transportInTheExports()
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("192.0.2.25");
        settings.port = 24;
        settings.addressFamily = AddressFamily::IPv4;
        settings.bindAddress = QStringLiteral("192.0.2.2");
        settings.protocol = MailProtocol::Lmtp;
        settings.xclient = {QStringLiteral("ADDR=198.51.100.7"), QStringLiteral("reverse_name=a.example"),
                            QStringLiteral("X-ODD=a b")};
        settings.proxyHeader = ProxyHeaderVersion::V1;
        settings.proxySource = QStringLiteral("198.51.100.7:4000");
        // s_client has -4, -bind and -starttls lmtp; no XCLIENT and no PROXY header.
        QCOMPARE(ProfileCommandLine::toOpenSslClient(settings),
                 QStringLiteral("openssl s_client -connect 192.0.2.25:24 -starttls lmtp -verify_return_error "
                                "-verify_ip 192.0.2.25 -4 -bind 192.0.2.2 -crlf"));
        const QString swaks = ProfileCommandLine::toSwaks(settings);
        QVERIFY2(swaks.contains(QStringLiteral("--protocol LMTP -4 --local-interface 192.0.2.2 --xclient-addr "
                                               "198.51.100.7 --xclient-reverse-name a.example --xclient "
                                               "X-ODD=a+20b --proxy-version 1 --proxy-family TCP4 --proxy-source "
                                               "198.51.100.7 --proxy-source-port 4000 --proxy-dest 192.0.2.25 "
                                               "--proxy-dest-port 24")),
                 qPrintable(swaks));

        // And back: what swaks can say comes back the same.
        const SwaksImport imported = ProfileCommandLine::fromSwaks(swaks);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY2(imported.unknownOptions.isEmpty(), qPrintable(imported.unknownOptions.join(u',')));
        ConnectionSettings back;
        imported.profile.settings.applyTo(back);
        QCOMPARE(back.addressFamily, AddressFamily::IPv4);
        QCOMPARE(back.bindAddress, settings.bindAddress);
        QCOMPARE(back.protocol, MailProtocol::Lmtp);
        QCOMPARE(back.xclient, (QStringList{QStringLiteral("ADDR=198.51.100.7"),
                                            QStringLiteral("REVERSE_NAME=a.example"), QStringLiteral("X-ODD=a b")}));
        QCOMPARE(back.proxyHeader, ProxyHeaderVersion::V1);
        QCOMPARE(back.proxySource, settings.proxySource);

        // A host by name: swaks would need the PROXY header's destination address, so the header is left out.
        settings.host = QStringLiteral("mx.example.org");
        QVERIFY(!ProfileCommandLine::toSwaks(settings).contains(QStringLiteral("--proxy")));
        settings.addressFamily = AddressFamily::IPv6;
        settings.bindAddress = QStringLiteral("2001:db8::2");
        settings.security = SecurityMode::Implicit;
        QVERIFY2(ProfileCommandLine::toOpenSslClient(settings).contains(QStringLiteral("-6 -bind '[2001:db8::2]'")),
                 qPrintable(ProfileCommandLine::toOpenSslClient(settings)));
    }

    void transportFromSwaks()
    {
        const SwaksImport imported = ProfileCommandLine::fromSwaks(
            QStringLiteral("swaks --server 127.0.0.1 -6 -li '[::1]:2525' --protocol LMTPS --proxy-version 2 "
                           "--proxy-source ::1 --proxy-source-port 7 --proxy-dest ::1 --proxy-dest-port 25"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const ProfileSettings &s = imported.profile.settings;
        QCOMPARE(s.addressFamily, AddressFamily::IPv6);
        QCOMPARE(s.bindAddress, QStringLiteral("::1"));
        QCOMPARE(s.protocol, MailProtocol::Lmtp);
        QCOMPARE(s.security, SecurityMode::StartTls);
        QCOMPARE(s.proxyHeader, ProxyHeaderVersion::V2);
        QCOMPARE(s.proxySource, QStringLiteral("[::1]:7"));
        QVERIFY2(imported.warnings.join(u' ').contains(QStringLiteral("local port 2525")),
                 qPrintable(imported.warnings.join(u' ')));
        QVERIFY2(imported.warnings.join(u' ').contains(QStringLiteral("destination is not kept")),
                 qPrintable(imported.warnings.join(u' ')));
        // A raw --xclient line is xtext: decoded once, encoded again when sent.
        const SwaksImport raw = ProfileCommandLine::fromSwaks(
            QStringLiteral("swaks --server h --xclient 'ADDR=192.0.2.1 NAME=a+2Bb.example'"));
        QCOMPARE(raw.profile.settings.xclient,
                 (QStringList{QStringLiteral("ADDR=192.0.2.1"), QStringLiteral("NAME=a+b.example")}));
    }
};

QTEST_APPLESS_MAIN(TestProfileCommandLine)
#include "tst_profilecommandline.moc"
