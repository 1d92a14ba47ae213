#include "app/cli/commandlineoptions.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;

namespace
{

QStringList args(const QStringList &flags)
{
    return QStringList{QStringLiteral("smtp-workbench-cli")} + flags;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

class TestCommandLineOptions final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pem;
    QString m_password;
    QString m_passphrase;
    QString m_message;
    QString m_empty;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_pem = writeFile(m_dir, QStringLiteral("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        m_password = writeFile(m_dir, QStringLiteral("password.txt"), "s3cret pass\r\nsecond line\n");
        m_passphrase = writeFile(m_dir, QStringLiteral("key.pass"), "phrase\n");
        m_message = writeFile(m_dir, QStringLiteral("message.eml"), "Subject: hi\r\n\r\nbody\r\n");
        m_empty = writeFile(m_dir, QStringLiteral("empty.txt"), {});
        QVERIFY(!m_pem.isEmpty() && !m_password.isEmpty() && !m_message.isEmpty() && !m_empty.isEmpty());
    }

    void defaults()
    {
        const CommandLineOptions options =
            CommandLineOptions::parse(args({QStringLiteral("--host"), QStringLiteral("mail.example.org")}));
        QVERIFY2(options.isValid(), qPrintable(options.error()));
        QCOMPARE(options.action(), CommandLineOptions::Action::Run);
        const ConnectionSettings &s = options.settings();
        QCOMPARE(s.host, QStringLiteral("mail.example.org"));
        QCOMPARE(s.port, quint16(0));
        QCOMPARE(s.security, SecurityMode::StartTls);
        QVERIFY(s.extended);
        QVERIFY(!s.auth.isRequested());
        QVERIFY(!s.message.isRequested());
        QVERIFY(!s.quitAfter);
        QVERIFY(!options.json());
        QCOMPARE(options.givenSettingFlags(), QStringList{QStringLiteral("host")});
    }

    void settingFlags()
    {
        const CommandLineOptions options = CommandLineOptions::parse(args({QStringLiteral("--host"),
                                                                           QStringLiteral("::1"),
                                                                           QStringLiteral("--port"),
                                                                           QStringLiteral("2525"),
                                                                           QStringLiteral("--security"),
                                                                           QStringLiteral("IMPLICIT"),
                                                                           QStringLiteral("--helo"),
                                                                           QStringLiteral("--timeout"),
                                                                           QStringLiteral("7"),
                                                                           QStringLiteral("--local-name"),
                                                                           QStringLiteral("client.example"),
                                                                           QStringLiteral("--trusted-site"),
                                                                           QStringLiteral("--ca-file"),
                                                                           m_pem,
                                                                           QStringLiteral("--server-name"),
                                                                           QStringLiteral("mx.example.org"),
                                                                           QStringLiteral("--proxy"),
                                                                           QStringLiteral("socks5://127.0.0.1:1080"),
                                                                           QStringLiteral("--client-cert"),
                                                                           m_pem,
                                                                           QStringLiteral("--client-key"),
                                                                           m_pem,
                                                                           QStringLiteral("--client-key-password-file"),
                                                                           m_passphrase,
                                                                           QStringLiteral("--auth"),
                                                                           QStringLiteral("cram-md5"),
                                                                           QStringLiteral("--user"),
                                                                           QStringLiteral("alice"),
                                                                           QStringLiteral("--password-file"),
                                                                           m_password,
                                                                           QStringLiteral("--allow-plaintext-auth"),
                                                                           QStringLiteral("--from"),
                                                                           QStringLiteral("a@example.org"),
                                                                           QStringLiteral("--to"),
                                                                           QStringLiteral("b@example.org"),
                                                                           QStringLiteral("--to"),
                                                                           QStringLiteral("c@example.org"),
                                                                           QStringLiteral("--data"),
                                                                           m_message,
                                                                           QStringLiteral("--quit-after"),
                                                                           QStringLiteral("rcpt"),
                                                                           QStringLiteral("--json"),
                                                                           QStringLiteral("--verbose")}));
        QVERIFY2(options.isValid(), qPrintable(options.error()));
        const ConnectionSettings &s = options.settings();
        QCOMPARE(s.host, QStringLiteral("::1"));
        QCOMPARE(s.port, quint16(2525));
        QCOMPARE(s.security, SecurityMode::Implicit);
        QVERIFY(!s.extended);
        QCOMPARE(s.timeoutSeconds, 7);
        QCOMPARE(s.localName, QStringLiteral("client.example"));
        QVERIFY(s.trustedSite);
        QCOMPARE(s.caFile, m_pem);
        QCOMPARE(s.serverName, QStringLiteral("mx.example.org"));
        QCOMPARE(s.proxy, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(s.clientCertificateFile, m_pem);
        QCOMPARE(s.clientKeyFile, m_pem);
        QCOMPARE(s.clientKeyPassphrase, QByteArray("phrase"));
        QCOMPARE(s.auth.mechanism, QStringLiteral("CRAM-MD5"));
        QCOMPARE(s.auth.user, QStringLiteral("alice"));
        QCOMPARE(s.auth.password, QStringLiteral("s3cret pass")); // the first line only, without CR LF
        QVERIFY(s.auth.allowPlaintext);
        QCOMPARE(s.message.from, QStringLiteral("a@example.org"));
        QCOMPARE(s.message.to, (QStringList{QStringLiteral("b@example.org"), QStringLiteral("c@example.org")}));
        // A file is described, not read into memory: it is streamed when the message is sent.
        QVERIFY(s.message.data.isEmpty());
        QVERIFY(s.message.file);
        QCOMPARE(s.message.file->path, m_message);
        QCOMPARE(s.message.file->facts.size, QByteArray("Subject: hi\r\n\r\nbody\r\n").size());
        QCOMPARE(s.quitAfter, std::optional<Stage>(Stage::Rcpt));
        QVERIFY(options.json());
        QVERIFY(options.verbose());
    }

    void userImpliesAutoAuth()
    {
        const CommandLineOptions options = CommandLineOptions::parse(
            args({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--user"), QStringLiteral("bob")}));
        QVERIFY(options.isValid());
        QCOMPARE(options.settings().auth.mechanism, QStringLiteral("auto"));
    }

    void quitAfter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("stage"); // -1: refused
        QTest::addRow("connect") << QStringLiteral("connect") << int(Stage::Connect);
        QTest::addRow("banner") << QStringLiteral("banner") << int(Stage::Banner);
        QTest::addRow("ehlo") << QStringLiteral("ehlo") << int(Stage::Ehlo);
        QTest::addRow("tls") << QStringLiteral("tls") << int(Stage::Tls);
        QTest::addRow("auth") << QStringLiteral("auth") << int(Stage::Auth);
        QTest::addRow("mail") << QStringLiteral("mail") << int(Stage::Mail);
        QTest::addRow("rcpt") << QStringLiteral("rcpt") << int(Stage::Rcpt);
        QTest::addRow("data") << QStringLiteral("data") << int(Stage::Data);
        QTest::addRow("quit is not a step to stop after") << QStringLiteral("quit") << -1;
        QTest::addRow("resolve is not either") << QStringLiteral("resolve") << -1;
        QTest::addRow("nonsense") << QStringLiteral("later") << -1;
    }

    void quitAfter()
    {
        QFETCH(QString, name);
        QFETCH(int, stage);
        const CommandLineOptions options = CommandLineOptions::parse(
            args({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--quit-after"), name}));
        QCOMPARE(options.isValid(), stage >= 0);
        if (stage >= 0)
            QCOMPARE(options.settings().quitAfter, std::optional<Stage>(Stage(stage)));
        else
            QVERIFY(options.error().contains(QStringLiteral("--quit-after")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");

        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        QTest::addRow("unknown flag") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::addRow("flag without value") << QStringList{QStringLiteral("--host")} << QStringLiteral("host");
        QTest::addRow("positional argument") << QStringList{QStringLiteral("mail.example.org")}
                                             << QStringLiteral("Unexpected argument: mail.example.org");
        QTest::addRow("port not a number")
            << QStringList{QStringLiteral("--port"), QStringLiteral("smtp")} << QStringLiteral("--port");
        QTest::addRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("65536")}
                                      << QStringLiteral("--port");
        QTest::addRow("port negative") << QStringList{QStringLiteral("--port"), QStringLiteral("-1")}
                                       << QStringLiteral("--port");
        QTest::addRow("security unknown")
            << QStringList{QStringLiteral("--security"), QStringLiteral("ssl")}
            << QStringLiteral("--security must be none, starttls, implicit or starttls-opportunistic");
        QTest::addRow("timeout zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")}
                                      << QStringLiteral("--timeout");
        QTest::addRow("timeout huge") << QStringList{QStringLiteral("--timeout"), QStringLiteral("99999")}
                                      << QStringLiteral("--timeout");
        QTest::addRow("proxy scheme") << QStringList{QStringLiteral("--proxy"), QStringLiteral("ftp://h:1")}
                                      << QStringLiteral("--proxy");
        QTest::addRow("proxy without port")
            << QStringList{QStringLiteral("--proxy"), QStringLiteral("http://h")} << QStringLiteral("--proxy");
        QTest::addRow("proxy password not echoed")
            << QStringList{QStringLiteral("--proxy"), QStringLiteral("ftp://u:topsecret@h:1")}
            << QStringLiteral("ftp://h:1");
        QTest::addRow("auth mechanism") << QStringList{QStringLiteral("--auth"), QStringLiteral("PLAIN LOGIN")}
                                        << QStringLiteral("--auth");
        QTest::addRow("local name with CRLF")
            << QStringList{QStringLiteral("--local-name"), QStringLiteral("a\r\nMAIL FROM:<x>")}
            << QStringLiteral("--local-name");
        QTest::addRow("missing CA file") << QStringList{QStringLiteral("--ca-file"), missing} << missing;
        QTest::addRow("CA file is a directory")
            << QStringList{QStringLiteral("--ca-file"), m_dir.path()} << m_dir.path();
        QTest::addRow("missing client cert") << QStringList{QStringLiteral("--client-cert"), missing} << missing;
        QTest::addRow("missing client key") << QStringList{QStringLiteral("--client-key"), missing} << missing;
        QTest::addRow("missing key password file")
            << QStringList{QStringLiteral("--client-key-password-file"), missing} << missing;
        QTest::addRow("missing password file") << QStringList{QStringLiteral("--password-file"), missing} << missing;
        QTest::addRow("empty password file") << QStringList{QStringLiteral("--password-file"), m_empty} << m_empty;
        QTest::addRow("missing data file") << QStringList{QStringLiteral("--data"), missing} << missing;
        QTest::addRow("empty data file") << QStringList{QStringLiteral("--data"), m_empty} << m_empty;
        QTest::addRow("missing import file") << QStringList{QStringLiteral("--import"), missing} << missing;
        QTest::addRow("export format") << QStringList{QStringLiteral("--export"), QStringLiteral("log.pdf")}
                                       << QStringLiteral("log.pdf");
        QTest::addRow("export directory") << QStringList{QStringLiteral("--export"), missing + QStringLiteral("/x.txt")}
                                          << QStringLiteral("directory");
        QTest::addRow("host twice") << QStringList{QStringLiteral("--host"), QStringLiteral("a"),
                                                   QStringLiteral("--host"), QStringLiteral("b")}
                                    << QStringLiteral("more than once");
        QTest::addRow("two profile actions")
            << QStringList{QStringLiteral("--list-profiles"), QStringLiteral("--save-profile"), QStringLiteral("x")}
            << QStringLiteral("only one");
        QTest::addRow("empty recipient") << QStringList{QStringLiteral("--to"), QString()} << QStringLiteral("--to");
        QTest::addRow("SNI an address") << QStringList{QStringLiteral("--sni"), QStringLiteral("192.0.2.1")}
                                        << QStringLiteral("not an address");
        QTest::addRow("SNI empty") << QStringList{QStringLiteral("--sni"), QString()} << QStringLiteral("--sni");
        QTest::addRow("-4 with -6") << QStringList{QStringLiteral("-4"), QStringLiteral("-6")}
                                    << QStringLiteral("-4 or -6");
        QTest::addRow("bind a name") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost")}
                                     << QStringLiteral("not an IPv4 or IPv6 address");
        QTest::addRow("unknown protocol")
            << QStringList{QStringLiteral("--protocol"), QStringLiteral("esmtp")} << QStringLiteral("smtp or lmtp");
        QTest::addRow("xclient without =")
            << QStringList{QStringLiteral("--xclient"), QStringLiteral("ADDR")} << QStringLiteral("NAME=VALUE");
        QTest::addRow("xclient with CRLF")
            << QStringList{QStringLiteral("--xclient"), QStringLiteral("NAME=a\r\nRSET")} << QStringLiteral("XCLIENT");
        QTest::addRow("proxy header unknown")
            << QStringList{QStringLiteral("--proxy-header"), QStringLiteral("v3"), QStringLiteral("--proxy-source"),
                           QStringLiteral("192.0.2.1:1")}
            << QStringLiteral("v1 or v2");
        QTest::addRow("proxy source without port")
            << QStringList{QStringLiteral("--proxy-header"), QStringLiteral("v1"), QStringLiteral("--proxy-source"),
                           QStringLiteral("192.0.2.1")}
            << QStringLiteral("--proxy-source");
        QTest::addRow("proxy source IPv6 unbracketed")
            << QStringList{QStringLiteral("--proxy-header"), QStringLiteral("v1"), QStringLiteral("--proxy-source"),
                           QStringLiteral("2001:db8::1:25")}
            << QStringLiteral("bracketed");
        QTest::addRow("proxy source port 0")
            << QStringList{QStringLiteral("--proxy-header"), QStringLiteral("v2"), QStringLiteral("--proxy-source"),
                           QStringLiteral("192.0.2.1:0")}
            << QStringLiteral("1 to 65535");
        QTest::addRow("proxy header alone")
            << QStringList{QStringLiteral("--proxy-header"), QStringLiteral("v1")} << QStringLiteral("go together");
        QTest::addRow("peer chain with probes")
            << QStringList{QStringLiteral("--host"),           QStringLiteral("h"),
                           QStringLiteral("--probe"),          QStringLiteral("tls-versions"),
                           QStringLiteral("--get-peer-chain"), m_dir.filePath(QStringLiteral("chain.pem"))}
            << QStringLiteral("leave out --get-peer-chain");
        QTest::addRow("peer chain with --mx")
            << QStringList{QStringLiteral("--mx"), QStringLiteral("example.org"), QStringLiteral("--get-peer-chain"),
                           m_dir.filePath(QStringLiteral("chain.pem"))}
            << QStringLiteral("leave out --get-peer-chain");
    }

    void errors()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        const CommandLineOptions options = CommandLineOptions::parse(args(flags));
        QVERIFY(!options.isValid());
        QVERIFY2(options.error().contains(expected), qPrintable(options.error()));
        QVERIFY(!options.error().contains(QStringLiteral("topsecret")));
    }

    void dataFromStandardInput()
    {
        QByteArray input("Subject: piped\r\n\r\nhello\r\n");
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const CommandLineOptions options =
            CommandLineOptions::parse(args({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--to"),
                                            QStringLiteral("b@x"), QStringLiteral("--data"), QStringLiteral("-")}),
                                      &buffer);
        QVERIFY2(options.isValid(), qPrintable(options.error()));
        QCOMPARE(options.settings().message.data, input);

        const CommandLineOptions noInput =
            CommandLineOptions::parse(args({QStringLiteral("--data"), QStringLiteral("-")}), nullptr);
        QVERIFY(!noInput.isValid());
        QVERIFY(noInput.error().contains(QStringLiteral("standard input")));
    }

    void actions_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("action");
        using A = CommandLineOptions::Action;
        QTest::addRow("help") << QStringList{QStringLiteral("--help")} << int(A::Help);
        QTest::addRow("version") << QStringList{QStringLiteral("--version")} << int(A::Version);
        QTest::addRow("list") << QStringList{QStringLiteral("--list-profiles")} << int(A::ListProfiles);
        QTest::addRow("import") << QStringList{QStringLiteral("--import"), m_pem} << int(A::ImportProfiles);
        QTest::addRow("export") << QStringList{QStringLiteral("--export-profiles"), QStringLiteral("p.json")}
                                << int(A::ExportProfiles);
        QTest::addRow("save") << QStringList{QStringLiteral("--host"), QStringLiteral("h"),
                                             QStringLiteral("--save-profile"), QStringLiteral("Work")}
                              << int(A::SaveProfile);
        QTest::addRow("run with profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("Work")} << int(A::Run);
    }

    void actions()
    {
        QFETCH(QStringList, flags);
        QFETCH(int, action);
        const CommandLineOptions options = CommandLineOptions::parse(args(flags));
        QVERIFY2(options.isValid(), qPrintable(options.error()));
        QCOMPARE(int(options.action()), action);
    }

    void flagsOverrideProfile()
    {
        const CommandLineOptions options = CommandLineOptions::parse(
            args({QStringLiteral("--profile"), QStringLiteral("Work"), QStringLiteral("--port"), QStringLiteral("2525"),
                  QStringLiteral("--trusted-site")}));
        QVERIFY(options.isValid());
        QCOMPARE(options.profileName(), QStringLiteral("Work"));
        ConnectionSettings fromProfile;
        fromProfile.host = QStringLiteral("profile.example.org");
        fromProfile.port = 587;
        fromProfile.security = SecurityMode::Implicit;
        fromProfile.auth.mechanism = QStringLiteral("PLAIN");
        options.applyTo(fromProfile);
        QCOMPARE(fromProfile.host, QStringLiteral("profile.example.org"));
        QCOMPARE(fromProfile.port, quint16(2525));
        QCOMPARE(fromProfile.security, SecurityMode::Implicit);
        QVERIFY(fromProfile.trustedSite);
        QCOMPARE(fromProfile.auth.mechanism, QStringLiteral("PLAIN"));
        QCOMPARE(options.givenSettingFlags(), (QStringList{QStringLiteral("port"), QStringLiteral("trusted-site")}));
    }

    void problems_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected"); // empty: no problem
        QTest::addRow("fine") << QStringList{QStringLiteral("--host"), QStringLiteral("h")} << QString();
        QTest::addRow("no host") << QStringList{} << QStringLiteral("host");
        QTest::addRow("helo with starttls")
            << QStringList{QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--helo")}
            << QStringLiteral("STARTTLS needs EHLO");
        QTest::addRow("auth without user") << QStringList{QStringLiteral("--host"), QStringLiteral("h"),
                                                          QStringLiteral("--auth"), QStringLiteral("PLAIN")}
                                           << QStringLiteral("--user");
        QTest::addRow("external needs no user") << QStringList{QStringLiteral("--host"), QStringLiteral("h"),
                                                               QStringLiteral("--auth"), QStringLiteral("EXTERNAL")}
                                                << QString();
        QTest::addRow("from without to") << QStringList{QStringLiteral("--host"), QStringLiteral("h"),
                                                        QStringLiteral("--from"), QStringLiteral("a@x")}
                                         << QStringLiteral("--to");
        QTest::addRow("recipient with CRLF") << QStringList{QStringLiteral("--host"), QStringLiteral("h"),
                                                            QStringLiteral("--to"), QStringLiteral("a@x\r\nRSET")}
                                             << QStringLiteral("recipient");
        QTest::addRow("SNI name and no SNI")
            << QStringList{QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--sni"),
                           QStringLiteral("a.example"), QStringLiteral("--no-sni")}
            << QStringLiteral("send no SNI");
        QTest::addRow("bind IPv4 with -6")
            << QStringList{QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--bind"),
                           QStringLiteral("127.0.0.2"), QStringLiteral("-6")}
            << QStringLiteral("not of the address family");
        QTest::addRow("-4 through a proxy")
            << QStringList{QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("-4"),
                           QStringLiteral("--proxy"), QStringLiteral("socks5://127.0.0.1:1080")}
            << QStringLiteral("through a proxy");
        QTest::addRow("lmtp with helo") << QStringList{QStringLiteral("--host"),     QStringLiteral("h"),
                                                       QStringLiteral("--security"), QStringLiteral("none"),
                                                       QStringLiteral("--helo"),     QStringLiteral("--protocol"),
                                                       QStringLiteral("lmtp")}
                                        << QStringLiteral("LMTP has no HELO");
    }

    void transportFlags()
    {
        const CommandLineOptions options = CommandLineOptions::parse(
            args({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("-6"), QStringLiteral("--bind"),
                  QStringLiteral("::1"), QStringLiteral("--protocol"), QStringLiteral("LMTP"),
                  QStringLiteral("--xclient"), QStringLiteral("ADDR=192.0.2.1"), QStringLiteral("--xclient"),
                  QStringLiteral("NAME=x.example"), QStringLiteral("--proxy-header"), QStringLiteral("v2"),
                  QStringLiteral("--proxy-source"), QStringLiteral("[2001:db8::1]:4321")}));
        QVERIFY2(options.isValid(), qPrintable(options.error()));
        const ConnectionSettings &s = options.settings();
        QCOMPARE(s.addressFamily, AddressFamily::IPv6);
        QCOMPARE(s.bindAddress, QStringLiteral("::1"));
        QCOMPARE(s.protocol, MailProtocol::Lmtp);
        QCOMPARE(s.xclient, (QStringList{QStringLiteral("ADDR=192.0.2.1"), QStringLiteral("NAME=x.example")}));
        QCOMPARE(s.proxyHeader, ProxyHeaderVersion::V2);
        QCOMPARE(s.proxySource, QStringLiteral("[2001:db8::1]:4321"));
        QVERIFY(CommandLineOptions::problems(s).isEmpty());
        const CommandLineOptions four =
            CommandLineOptions::parse(args({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("-4")}));
        QVERIFY2(four.isValid(), qPrintable(four.error()));
        QCOMPARE(four.settings().addressFamily, AddressFamily::IPv4);
    }

    void sniFlags()
    {
        const CommandLineOptions named = CommandLineOptions::parse(args(
            {QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--sni"), QStringLiteral("a.example")}));
        QVERIFY2(named.isValid(), qPrintable(named.error()));
        QCOMPARE(named.settings().sniName, QStringLiteral("a.example"));
        QVERIFY(!named.settings().noSni);
        const CommandLineOptions none = CommandLineOptions::parse(
            args({QStringLiteral("--host"), QStringLiteral("h"), QStringLiteral("--no-sni")}));
        QVERIFY2(none.isValid(), qPrintable(none.error()));
        QVERIFY(none.settings().noSni);
        QVERIFY(none.settings().sniName.isEmpty());
    }

    void problems()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        const CommandLineOptions options = CommandLineOptions::parse(args(flags));
        QVERIFY2(options.isValid(), qPrintable(options.error()));
        const QStringList problems = CommandLineOptions::problems(options.settings());
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        } else {
            QVERIFY(!problems.isEmpty());
            QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
        }
    }

    void passwordNeverInErrors()
    {
        // A bad flag after the password file: the error must not quote the file's content.
        const CommandLineOptions options = CommandLineOptions::parse(
            args({QStringLiteral("--password-file"), m_password, QStringLiteral("--port"), QStringLiteral("x")}));
        QVERIFY(!options.isValid());
        QVERIFY(!options.error().contains(QStringLiteral("s3cret")));
    }

    void helpListsEveryFlag()
    {
        const QString help = CommandLineOptions::helpText();
        for (const char *flag : {"--host",
                                 "--port",
                                 "--security",
                                 "--helo",
                                 "--timeout",
                                 "--local-name",
                                 "--trusted-site",
                                 "--ca-file",
                                 "--server-name",
                                 "--sni",
                                 "--no-sni",
                                 "--proxy",
                                 "-4",
                                 "-6",
                                 "--bind",
                                 "--protocol",
                                 "--xclient",
                                 "--proxy-header",
                                 "--proxy-source",
                                 "--client-cert",
                                 "--client-key",
                                 "--client-key-password-file",
                                 "--auth",
                                 "--user",
                                 "--password-file",
                                 "--allow-plaintext-auth",
                                 "--from",
                                 "--to",
                                 "--data",
                                 "--quit-after",
                                 "--profile",
                                 "--save-profile",
                                 "--list-profiles",
                                 "--import",
                                 "--export-profiles",
                                 "--json",
                                 "--export",
                                 "--verbose",
                                 "--help",
                                 "--version"})
            QVERIFY2(help.contains(QLatin1String(flag)), flag);
    }

    void wantsJson()
    {
        QVERIFY(CommandLineOptions::wantsJson(args({QStringLiteral("--bogus"), QStringLiteral("--json")})));
        QVERIFY(!CommandLineOptions::wantsJson(args({QStringLiteral("--host"), QStringLiteral("json")})));
        // Even when parsing fails, the JSON choice survives so the error comes out as JSON.
        const CommandLineOptions options =
            CommandLineOptions::parse(args({QStringLiteral("--json"), QStringLiteral("--port"), QStringLiteral("x")}));
        QVERIFY(!options.isValid());
        QVERIFY(options.json());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
