// smtp-workbench-cli as scripts see it: the built binary against the scriptable test server, checked by exit status,
// output prefixes and the --json result line.

#include "tests/support/certificatefactory.h"
#include "tests/support/hostileservertext.h"
#include "tests/support/scriptablesmtpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/cliprocess.h"

#include <sys/stat.h>

using namespace SmtpTest;

namespace
{

constexpr int processWaitMs = 30000;

const QByteArray ehloWithStartTls = "250-mx.test Hello\r\n250-PIPELINING\r\n250 STARTTLS\r\n";

/// Profiles go to a throw-away configuration folder, never the user's; no keychain is reachable.
QTemporaryDir &configHome()
{
    static QTemporaryDir dir;
    return dir;
}

/// Input files the command lines read.
QTemporaryDir &files()
{
    static QTemporaryDir dir;
    return dir;
}

/// Runs the command line; the test server keeps serving because the wait spins the event loop.
CliRun runCli(const QStringList &arguments, const QByteArray &standardInput = {})
{
    return SmtpTest::runCli(QStringLiteral(SMTP_CLI_BINARY), arguments, configHome().path(), standardInput,
                            processWaitMs);
}

/// Every string value in a JSON value, as `jq -r` would print it.
void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString())
        strings << value.toString();
    for (const QJsonValue &item : value.toArray())
        collectStrings(item, strings);
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        collectStrings(it.value(), strings);
}

Script startTls(ServerCertificate certificate)
{
    return {Send{"220 mx.test ESMTP\r\n"},
            Expect{"EHLO"},
            Send{ehloWithStartTls},
            Expect{"STARTTLS"},
            Send{"220 go\r\n"},
            StartTls{certificate, ClientCertificateMode::None},
            Expect{"EHLO"},
            Send{"250-mx.test again\r\n250 SIZE 1000\r\n"},
            Expect{"QUIT"},
            Send{"221 bye\r\n"},
            Close{}};
}

/// A plain ESMTP dialogue up to the envelope, then what the test adds.
Script envelope(const Script &rest)
{
    Script script{
        Send{"220 mx.test ESMTP\r\n"},       Expect{"EHLO"},           Send{"250-mx.test\r\n250 8BITMIME\r\n"},
        Expect{"MAIL FROM:<a@example.org>"}, Send{"250 2.1.0 ok\r\n"}, Expect{"RCPT TO:<b@example.org>"}};
    script.append(rest);
    return script;
}

const QByteArray message = "Subject: CLI test\r\n\r\nhello\r\n";

QStringList baseArguments(quint16 port, const QString &security)
{
    return {QStringLiteral("--host"),      QStringLiteral("localhost"),  QStringLiteral("--port"),
            QString::number(port),         QStringLiteral("--security"), security,
            QStringLiteral("--timeout"),   QStringLiteral("5"),          QStringLiteral("--local-name"),
            QStringLiteral("client.test"), QStringLiteral("--ca-file"),  CertificateFactory::shared().ca.certificate};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(QStringLiteral(SMTP_CLI_BINARY)), SMTP_CLI_BINARY);
        QVERIFY(!CertificateFactory::shared().ca.certificate.isEmpty());
        QVERIFY(configHome().isValid());
        QVERIFY(files().isValid());
        for (const auto &[name, content] :
             {std::pair{"password", QByteArray("CANARY-pw-1\n")}, std::pair{"message.eml", message}}) {
            QFile file(files().filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
    }

    void exitStatus_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // the JSON error code; empty on success

        QTest::addRow("plain session succeeds") << greetAndQuit("250-mx.test\r\n250 SIZE 1000\r\n")
                                                << QStringLiteral("none") << QStringList() << 0 << QString();
        QTest::addRow("STARTTLS with a trusted certificate succeeds")
            << startTls(ServerCertificate::Valid) << QStringLiteral("starttls") << QStringList() << 0 << QString();
        QTest::addRow("quit after the banner")
            << Script{Send{"220 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}
            << QStringLiteral("starttls") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("banner")} << 0
            << QString();
        QTest::addRow("no banner times out (3)")
            << Script{Stall{}} << QStringLiteral("none")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} << 3 << QStringLiteral("TimedOut");
        QTest::addRow("STARTTLS not offered (4)")
            << greetAndQuit("250-mx.test\r\n250 SIZE 1000\r\n") << QStringLiteral("starttls") << QStringList() << 4
            << QStringLiteral("StartTlsUnavailable");
        QTest::addRow("self-signed certificate (5)")
            << startTls(ServerCertificate::SelfSigned) << QStringLiteral("starttls") << QStringList() << 5
            << QStringLiteral("CertificateUntrusted");
        QTest::addRow("expired certificate (5)") << startTls(ServerCertificate::Expired) << QStringLiteral("starttls")
                                                 << QStringList() << 5 << QStringLiteral("CertificateUntrusted");
        QTest::addRow("421 to STARTTLS (7)")
            << Script{Send{"220 mx.test\r\n"},
                      Expect{"EHLO"},
                      Send{ehloWithStartTls},
                      Expect{"STARTTLS"},
                      Send{"421 closing\r\n"},
                      Pause{300},
                      Close{}}
            << QStringLiteral("starttls") << QStringList() << 7 << QStringLiteral("ServerRejected");
        const QStringList sendMessage{QStringLiteral("--from"), QStringLiteral("a@example.org"),
                                      QStringLiteral("--to"),   QStringLiteral("b@example.org"),
                                      QStringLiteral("--data"), files().filePath(QStringLiteral("message.eml"))};
        QTest::addRow("message sent") << envelope({Send{"250 2.1.5 ok\r\n"}, Expect{"DATA"}, Send{"354 go ahead\r\n"},
                                                   ReceiveData{}, Send{"250 2.0.0 queued\r\n"}, Expect{"QUIT"},
                                                   Send{"221 bye\r\n"}, Close{}})
                                      << QStringLiteral("none") << sendMessage << 0 << QString();
        QTest::addRow("recipient refused (7)")
            << envelope({Send{"550 5.1.1 no such user\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}})
            << QStringLiteral("none") << sendMessage << 7 << QStringLiteral("ServerRejected");
        QTest::addRow("authentication failed (6)")
            << Script{Send{"220 mx.test\r\n"},
                      Expect{"EHLO"},
                      Send{"250-mx.test\r\n250 AUTH PLAIN\r\n"},
                      Expect{"AUTH PLAIN"},
                      Send{"535 5.7.8 bad credentials\r\n"},
                      Pause{300},
                      Close{}}
            << QStringLiteral("none")
            << QStringList{QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-file"),
                           files().filePath(QStringLiteral("password")), QStringLiteral("--allow-plaintext-auth")}
            << 6 << QStringLiteral("AuthenticationFailed");
        QTest::addRow("connection lost after the end of data (9)")
            << envelope({Send{"250 2.1.5 ok\r\n"}, Expect{"DATA"}, Send{"354 go ahead\r\n"}, ReceiveData{}, Close{}})
            << QStringLiteral("none") << sendMessage << 9 << QStringLiteral("DeliveryUnknown");
        QTest::addRow("whole session bounded (3)")
            << Script{Pause{600},     Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Pause{600}, Send{"250 mx.test\r\n"},
                      Expect{"QUIT"}, Send{"221 bye\r\n"},     Close{}}
            << QStringLiteral("none")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--session-timeout"),
                           QStringLiteral("1")}
            << 3 << QStringLiteral("TimedOut");
        QTest::addRow("replies behind a refused STARTTLS (8)")
            << Script{Send{"220 mx.test\r\n"},           Expect{"EHLO"}, Send{ehloWithStartTls}, Expect{"STARTTLS"},
                      Send{"454 not now\r\n235 ok\r\n"}, ExpectAny{}}
            << QStringLiteral("starttls") << QStringList() << 8 << QStringLiteral("ProtocolViolation");
        QTest::addRow("malformed reply code (8)")
            << Script{Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"25O OK\r\n"}, Pause{300}, Close{}}
            << QStringLiteral("none") << QStringList() << 8 << QStringLiteral("ProtocolViolation");
    }

    void exitStatus()
    {
        QFETCH(Script, script);
        QFETCH(QString, security);
        QFETCH(QStringList, extra);
        QFETCH(int, status);
        QFETCH(QString, code);

        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(script);
        // --timeout may be given again in extra: the last one would be a repeat, so drop the default then.
        QStringList arguments = baseArguments(server.port(), security);
        if (extra.contains(QStringLiteral("--timeout")))
            arguments.remove(arguments.indexOf(QStringLiteral("--timeout")), 2);
        arguments << extra;

        // Text mode: the transcript with its prefixes, the report, and the error on stderr.
        const CliRun text = runCli(arguments);
        QVERIFY2(text.finished, "the command line did not finish");
        QVERIFY2(text.exitStatus == status, qPrintable(text.describe()));
        if (!script.isEmpty() && std::holds_alternative<Send>(script.first()))
            QVERIFY2(text.out.contains("\nS: 220 mx.test"), qPrintable(text.describe()));
        QVERIFY2(text.out.contains("* "), qPrintable(text.describe()));
        QVERIFY2(text.out.contains("Timings"), qPrintable(text.describe()));
        if (status == 0) {
            QVERIFY2(text.out.contains("\nC: QUIT"), qPrintable(text.describe()));
            QVERIFY2(text.out.contains("Result: OK"), qPrintable(text.describe()));
            QVERIFY2(text.err.isEmpty(), qPrintable(text.describe()));
        } else {
            QVERIFY2(text.err.startsWith(QByteArray(QByteArray("! ") + code.toLatin1())), qPrintable(text.describe()));
        }

        // JSON mode: nothing but JSON lines on stdout, ending with the result.
        const CliRun json = runCli(arguments << QStringLiteral("--json"));
        QVERIFY2(json.finished, "the command line did not finish");
        QVERIFY2(json.exitStatus == status, qPrintable(json.describe()));
        QVERIFY2(json.err.isEmpty(), qPrintable(json.describe()));
        const QList<QByteArray> lines = json.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
            QVERIFY(document.object().contains(QStringLiteral("kind")));
        }
        // Secrets never reach the output, in clear or as the AUTH PLAIN payload.
        const QByteArray plainPayload = QByteArray("\0alice\0CANARY-pw-1", 19).toBase64();
        for (const QByteArray &output : {text.out, text.err, json.out}) {
            QVERIFY(!output.contains("CANARY"));
            QVERIFY(!output.contains(plainPayload));
        }
        const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), status == 0);
        QCOMPARE(result.value(QStringLiteral("exit_status")).toInt(), status);
        QVERIFY(result.value(QStringLiteral("timings")).isObject());
        if (status == 0) {
            QVERIFY(result.value(QStringLiteral("error")).isNull());
        } else {
            const QJsonObject error = result.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(error.contains(QStringLiteral("reply")));
        }
        if (security == u"starttls" && status == 0 && !extra.contains(QStringLiteral("--quit-after")))
            QVERIFY(result.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QVERIFY(first.contains(QStringLiteral("t_ms")));
        QVERIFY(first.contains(QStringLiteral("text")));
    }

    void messageFromStandardInput()
    {
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(envelope({Send{"250 2.1.5 ok\r\n"}, Expect{"DATA"}, Send{"354 go ahead\r\n"}, ReceiveData{},
                                   Send{"250 2.0.0 queued\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}));
        const CliRun run = runCli(baseArguments(server.port(), QStringLiteral("none"))
                                      << QStringLiteral("--from") << QStringLiteral("a@example.org")
                                      << QStringLiteral("--to") << QStringLiteral("b@example.org")
                                      << QStringLiteral("--data") << QStringLiteral("-") << QStringLiteral("--json"),
                                  message);
        QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
        QVERIFY(server.receivedBytes(Phase::Plain).contains("Subject: CLI test\r\n\r\nhello\r\n.\r\n"));
        const QJsonObject result = QJsonDocument::fromJson(run.out.trimmed().split('\n').last()).object();
        QCOMPARE(result.value(QStringLiteral("recipients")).toArray().size(), 1);
        QCOMPARE(
            result.value(QStringLiteral("recipients")).toArray().at(0).toObject().value(QStringLiteral("code")).toInt(),
            250);
        // The password never reaches the output, even redacted AUTH aside.
        QVERIFY(!run.out.contains("CANARY"));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            ScriptableSmtpServer server;
            QVERIFY(server.listen());
            port = server.port();
        }
        const CliRun run = runCli(baseArguments(port, QStringLiteral("none")));
        QVERIFY(run.finished);
        QVERIFY2(run.exitStatus == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith("! ConnectFailed"), qPrintable(run.describe()));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("unknown flag") << QStringList{QStringLiteral("--bogus")} << QByteArray("bogus");
        QTest::addRow("missing CA file") << QStringList{QStringLiteral("--host"), QStringLiteral("localhost"),
                                                        QStringLiteral("--ca-file"),
                                                        QStringLiteral("/nonexistent/ca.pem")}
                                         << QByteArray("/nonexistent/ca.pem");
        QTest::addRow("missing password file")
            << QStringList{QStringLiteral("--host"),          QStringLiteral("localhost"),
                           QStringLiteral("--user"),          QStringLiteral("u"),
                           QStringLiteral("--password-file"), QStringLiteral("/nonexistent/pw")}
            << QByteArray("/nonexistent/pw");
        QTest::addRow("session timeout out of range")
            << QStringList{QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--session-timeout"),
                           QStringLiteral("3601")}
            << QByteArray("--session-timeout");
        QTest::addRow("no host") << QStringList{QStringLiteral("--security"), QStringLiteral("none")}
                                 << QByteArray("host");
        QTest::addRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("No Such Profile")}
                                         << QByteArray("No Such Profile");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const CliRun text = runCli(arguments);
        QVERIFY(text.finished);
        QVERIFY2(text.exitStatus == 1, qPrintable(text.describe()));
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.startsWith("! ") && text.err.contains(expected), qPrintable(text.describe()));

        const CliRun json = runCli(arguments << QStringLiteral("--json"));
        QVERIFY(json.finished);
        QCOMPARE(json.exitStatus, 1);
        QVERIFY(json.err.isEmpty());
        const QJsonObject result = QJsonDocument::fromJson(json.out.trimmed().split('\n').last()).object();
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
        QCOMPARE(result.value(QStringLiteral("exit_status")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("InvalidSettings"));
    }

    void helpAndVersion()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitStatus, 0);
        QVERIFY(help.out.contains("--quit-after"));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitStatus, 0);
        QVERIFY(version.out.contains(SMTP_WORKBENCH_VERSION));
    }

    void profiles()
    {
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(startTls(ServerCertificate::Valid));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        {
            QFile file(passwordFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("CANARY-profile-secret\n");
        }

        // Save: the settings go to the file, the password never does (no keychain here: a warning says so).
        const CliRun save =
            runCli(baseArguments(1, QStringLiteral("starttls"))
                   << QStringLiteral("--user") << QStringLiteral("alice") << QStringLiteral("--password-file")
                   << passwordFile << QStringLiteral("--save-profile") << QStringLiteral("Lab server"));
        QVERIFY2(save.exitStatus == 0, qPrintable(save.describe()));
        const QString profilesPath =
            configHome().filePath(QStringLiteral("smtp-workbench/smtp-workbench/profiles.json"));
        QFile file(profilesPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(profilesPath));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("Lab server"));
        QVERIFY(saved.contains("alice"));
        QVERIFY(!saved.contains("CANARY"));

        const CliRun list = runCli({QStringLiteral("--list-profiles"), QStringLiteral("--json")});
        QCOMPARE(list.exitStatus, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            return object.value(QStringLiteral("kind")).toString() == u"profile" &&
                   object.value(QStringLiteral("name")).toString() == u"Lab server";
        }));

        // Run: flags beside --profile override its fields (the port, and no AUTH after TLS).
        const CliRun run =
            runCli({QStringLiteral("--profile"), QStringLiteral("Lab server"), QStringLiteral("--port"),
                    QString::number(server.port()), QStringLiteral("--quit-after"), QStringLiteral("tls")});
        QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("C: STARTTLS"), qPrintable(run.describe()));
    }

    void interruptCancels()
    {
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript({Stall{}});
        QSignalSpy connected(&server, &ScriptableSmtpServer::clientConnected);
        QProcess process;
        process.setProgram(QStringLiteral(SMTP_CLI_BINARY));
        process.setArguments(baseArguments(server.port(), QStringLiteral("none")) << QStringLiteral("--json"));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        QVERIFY(connected.wait(10000));
        process.terminate(); // SIGTERM, handled like SIGINT
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QJsonObject result =
            QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("Cancelled"));
    }

    // Issue #11: a certificate whose CN holds "\nCertificate verified for …", replies with U+2028, bidi controls
    // and ESC, and an XOAUTH2 error JSON with line breaks. No output the command line makes (the terminal text,
    // standard error, JSON lines, the text, HTML and JSON exports) holds a forged line or an unsafe character, and
    // each shows the hostile texts escaped.
    void hostileServerTextIsData_data()
    {
        QTest::addColumn<QString>("exportName");
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("hex");
        QTest::addRow("text, text export") << QStringLiteral("log.txt") << false << false;
        QTest::addRow("text, HTML export") << QStringLiteral("log.html") << false << false;
        QTest::addRow("JSON lines, JSON export") << QStringLiteral("log.json") << true << false;
        QTest::addRow("text with --hex") << QStringLiteral("log.txt") << false << true;
        QTest::addRow("JSON lines with --hex") << QStringLiteral("log.json") << true << true;
    }

    void hostileServerTextIsData()
    {
        QFETCH(QString, exportName);
        QFETCH(bool, json);
        QFETCH(bool, hex);
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(hostileTextScript());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString exportPath = dir.filePath(exportName);
        QStringList arguments = baseArguments(server.port(), QStringLiteral("starttls"))
                                << QStringLiteral("--trusted-site") << QStringLiteral("--auth")
                                << QStringLiteral("XOAUTH2") << QStringLiteral("--user") << QStringLiteral("alice")
                                << QStringLiteral("--password-file") << files().filePath(QStringLiteral("password"))
                                << QStringLiteral("--allow-plaintext-auth") << QStringLiteral("--verbose")
                                << QStringLiteral("--export") << exportPath;
        if (json)
            arguments << QStringLiteral("--json");
        if (hex)
            arguments << QStringLiteral("--hex");
        const CliRun run = runCli(arguments);
        QVERIFY2(run.finished, "the command line did not finish");
        QVERIFY2(run.exitStatus == 6, qPrintable(run.describe()));
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(file.readAll());

        QStringList fragments = hostileTranscriptFragments();
        fragments << escapedForgedAlternativeName();
        const QString out = QString::fromUtf8(run.out);
        if (hex) {
            // The bytes of every line are there in hex (the banner's first bytes, "220 " and the EHLO), the password's
            // in no form.
            QVERIFY2(json ? run.out.contains("\"raw_hex\":\"32323020")
                          : out.contains(QStringLiteral("0000  32 32 30 20 ")),
                     qPrintable(out));
            QVERIFY2(json ? run.out.contains("\"raw_hex\":\"45484c4f20")
                          : out.contains(QStringLiteral("0000  45 48 4c 4f 20 ")),
                     qPrintable(out));
            QFile passwordFile(files().filePath(QStringLiteral("password")));
            QVERIFY(passwordFile.open(QIODevice::ReadOnly));
            const QByteArray password = passwordFile.readAll().trimmed();
            QVERIFY(!password.isEmpty());
            QVERIFY(!run.out.contains(password.toHex()) && !run.out.contains(password.toHex(' ')));
        }
        for (const auto &[name, output] : {std::pair{"stdout", out}, std::pair{"stderr", QString::fromUtf8(run.err)},
                                           std::pair{"export", exported}}) {
            const QString problem = forgedOutputProblem(output);
            QVERIFY2(problem.isEmpty(), qPrintable(QLatin1String(name) + QStringLiteral(": ") + problem));
        }
        QString exportedShown = exported;
        if (json) {
            QStringList strings;
            collectStrings(QJsonDocument::fromJson(exported.toUtf8()).object(), strings);
            exportedShown = strings.join(u'\n');
            QVERIFY2(forgedOutputProblem(exportedShown).isEmpty(), qPrintable(forgedOutputProblem(exportedShown)));
        }
        for (const QString &fragment : fragments) {
            const QString shown = exportName.endsWith(u"html") ? fragment.toHtmlEscaped() : fragment;
            QVERIFY2(exportedShown.contains(shown), qPrintable(fragment + QStringLiteral("\n---\n") + exportedShown));
        }
        if (!json) {
            for (const QString &fragment : fragments)
                QVERIFY2(out.contains(fragment), qPrintable(fragment + QStringLiteral("\n---\n") + out));
            // The genuine lines are still there, on their own lines.
            QVERIFY2(out.contains(QStringLiteral("\n* Server certificate: ") + escapedForgedSubject()),
                     qPrintable(out));
            return;
        }
        // Each JSON line parses, and its strings, decoded as `jq -r` prints them, are as safe as the text.
        QStringList strings;
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            collectStrings(document.object(), strings);
        }
        const QString decoded = strings.join(u'\n');
        QVERIFY2(forgedOutputProblem(decoded).isEmpty(), qPrintable(forgedOutputProblem(decoded)));
        for (const QString &fragment : fragments)
            QVERIFY2(decoded.contains(fragment), qPrintable(fragment + QStringLiteral("\n---\n") + decoded));
    }

    void exportWritesPrivateLog()
    {
        ScriptableSmtpServer server;
        QVERIFY(server.listen());
        server.setScript(startTls(ServerCertificate::Valid));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("session.json"));
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        {
            QFile file(passwordFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("CANARY-cli-secret\n");
        }
        const CliRun run =
            runCli(baseArguments(server.port(), QStringLiteral("starttls"))
                   << QStringLiteral("--quit-after") << QStringLiteral("tls") << QStringLiteral("--export") << path);
        QVERIFY2(run.exitStatus == 0, qPrintable(run.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject log = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(log.value(QStringLiteral("result")).toObject().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!log.value(QStringLiteral("events")).toArray().isEmpty());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void proxyPasswordNeverWritten()
    {
        // Issue #11: the password in --proxy reaches no file, no export, no generated line and no output.
        const QByteArray canary = "canary-proxy-S3cr3t";
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString proxy =
            QStringLiteral("http://bob:%1@127.0.0.1:%2").arg(QString::fromLatin1(canary)).arg(closedPort);
        QList<CliRun> runs;
        // Saved twice with a change, so that the backup is written too.
        for (const QString &protocol : {QStringLiteral("--helo"), QStringLiteral("--verbose")})
            runs << runCli(baseArguments(closedPort, QStringLiteral("none"))
                           << QStringLiteral("--proxy") << proxy << protocol << QStringLiteral("--save-profile")
                           << QStringLiteral("Proxied"));
        runs << runCli({QStringLiteral("--export-profiles"), dir.filePath(QStringLiteral("export.json"))});
        runs << runCli({QStringLiteral("--list-profiles"), QStringLiteral("--json")});
        runs << runCli({QStringLiteral("--profile"), QStringLiteral("Proxied"), QStringLiteral("--verbose"),
                        QStringLiteral("--export"), dir.filePath(QStringLiteral("profile-log.json"))});
        runs << runCli(baseArguments(closedPort, QStringLiteral("none"))
                       << QStringLiteral("--proxy") << proxy << QStringLiteral("--verbose")
                       << QStringLiteral("--export") << dir.filePath(QStringLiteral("log.html")));
        runs << runCli(baseArguments(closedPort, QStringLiteral("none"))
                       << QStringLiteral("--proxy") << proxy << QStringLiteral("--verbose") << QStringLiteral("--json")
                       << QStringLiteral("--export") << dir.filePath(QStringLiteral("log.txt")));
        QCOMPARE(runs.size(), 7);
        QCOMPARE(runs.at(0).exitStatus, 0);
        QCOMPARE(runs.at(2).exitStatus, 0);
        QCOMPARE(runs.at(6).exitStatus, 2); // no proxy listens: the connection fails, the log is still written
        for (const CliRun &run : std::as_const(runs)) {
            QVERIFY2(run.finished, qPrintable(run.describe()));
            QVERIFY2(!run.out.contains(canary) && !run.err.contains(canary), qPrintable(run.describe()));
        }
        const QString profiles = configHome().filePath(QStringLiteral("smtp-workbench/smtp-workbench/profiles.json"));
        QVERIFY(QFileInfo::exists(profiles + QStringLiteral(".bak")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("log.html"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("log.txt"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("profile-log.json"))));
        for (const QString &folder : {configHome().path(), dir.path()}) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(canary), qPrintable(file.fileName()));
            }
        }
        QFile saved(profiles);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("http://bob@127.0.0.1:"));
    }

    void importNamesChangedDestination()
    {
        // Issue #11: a changed profile in an import shows each changed field, old → new, security changes marked.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRun save = runCli(baseArguments(2525, QStringLiteral("starttls"))
                                   << QStringLiteral("--save-profile") << QStringLiteral("Moving target"));
        QVERIFY2(save.exitStatus == 0, qPrintable(save.describe()));
        const QString exported = dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(runCli({QStringLiteral("--export-profiles"), exported}).exitStatus, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray profiles = document.value(QStringLiteral("profiles")).toArray();
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            QJsonObject profile = profiles.at(i).toObject();
            if (profile.value(QStringLiteral("name")).toString() != u"Moving target")
                continue;
            profile.insert(QStringLiteral("host"), QStringLiteral("mx.elsewhere.test"));
            profile.insert(QStringLiteral("port"), 25);
            profiles.replace(i, profile);
        }
        document.insert(QStringLiteral("profiles"), profiles);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(document).toJson());
        file.close();

        const CliRun import = runCli({QStringLiteral("--import"), exported});
        QVERIFY2(import.exitStatus == 0, qPrintable(import.describe()));
        const QString all = QString::fromUtf8(import.out + import.err);
        QVERIFY2(all.contains(QStringLiteral("Moving target: host: localhost → mx.elsewhere.test (security change)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("port: 2525 → 25 (security change)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Security change: the destination changes")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("1 changed")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
