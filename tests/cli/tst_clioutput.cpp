#include "app/cli/clioutput.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Smtp;

namespace
{

TranscriptEvent makeEvent(TranscriptEvent::Kind kind, const QString &text, qint64 ms = 5)
{
    TranscriptEvent e;
    e.kind = kind;
    e.text = text;
    e.elapsedMs = ms;
    e.wallClock = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
    if (kind == TranscriptEvent::Kind::Server || kind == TranscriptEvent::Kind::Client)
        e.raw = text.toUtf8();
    return e;
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};
        objects << document.object();
    }
    return objects;
}

SessionResult failedResult()
{
    SessionResult result;
    result.error.code = ErrorCode::CertificateUntrusted;
    result.error.message = QStringLiteral("The certificate is not trusted.");
    result.error.stage = Stage::Tls;
    CertificateReport report;
    report.tlsEstablished = true;
    report.protocol = QStringLiteral("TLS 1.3");
    report.verificationName = QStringLiteral("mail.example.org");
    report.verificationErrors = {QStringLiteral("self-signed")};
    result.tls = report;
    result.timings = {{QStringLiteral("connect"), 0, 2}, {QStringLiteral("total"), 0, 30}};
    return result;
}

} // namespace

class TestCliOutput final : public QObject
{
    Q_OBJECT

private slots:
    void formatEvent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        using K = TranscriptEvent::Kind;
        QTest::addRow("server") << int(K::Server) << QStringLiteral("220 mx ESMTP")
                                << QStringLiteral("S: 220 mx ESMTP");
        QTest::addRow("client") << int(K::Client) << QStringLiteral("EHLO me") << QStringLiteral("C: EHLO me");
        QTest::addRow("tls") << int(K::Tls) << QStringLiteral("TLS 1.3") << QStringLiteral("* TLS 1.3");
        QTest::addRow("info") << int(K::Info) << QStringLiteral("Connecting") << QStringLiteral("* Connecting");
        QTest::addRow("warning") << int(K::Warning) << QStringLiteral("odd") << QStringLiteral("! odd");
        QTest::addRow("error") << int(K::Error) << QStringLiteral("bad") << QStringLiteral("! bad");
        // One event, one line: a line break that slipped into a message must not start a line of its own.
        QTest::addRow("line break shown, not started")
            << int(K::Tls) << QStringLiteral("CN=x\nCertificate verified for a.test.")
            << QStringLiteral("* CN=x\\nCertificate verified for a.test.");
        QTest::addRow("escape sequence shown")
            << int(K::Warning) << QStringLiteral("a\x1b[2Jb") << QStringLiteral("! a\\x1B[2Jb");
        QTest::addRow("line separator and bidi override shown")
            << int(K::Server) << QStringLiteral("235 ok\u2028S: 235 fake\u202E")
            << QStringLiteral("S: 235 ok\\u2028S: 235 fake\\u202E");
        QTest::addRow("already escaped server text kept as it is")
            << int(K::Server) << QStringLiteral("250 a\\\\x41 \\x1B") << QStringLiteral("S: 250 a\\\\x41 \\x1B");
    }

    void formatEvent()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CliOutput::formatEvent(makeEvent(TranscriptEvent::Kind(kind), text)), expected);
    }

    void textMode()
    {
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(CliOutput::Mode::Text, &out, &err);
        output.writeEvents({makeEvent(TranscriptEvent::Kind::Server, QStringLiteral("220 hi")),
                            makeEvent(TranscriptEvent::Kind::Client, QStringLiteral("EHLO me"))});
        QCOMPARE(output.eventsWritten(), 2);
        output.writeResult(failedResult(), {});
        const QString text = QString::fromUtf8(out.data());
        QVERIFY2(text.startsWith(QStringLiteral("S: 220 hi\nC: EHLO me\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("TLS and certificate")));
        QVERIFY(text.contains(QStringLiteral("mail.example.org")));
        QVERIFY(text.contains(QStringLiteral("Timings")));
        QVERIFY(text.contains(QStringLiteral("connect")));
        QVERIFY(text.contains(QStringLiteral("Result: FAILED (CertificateUntrusted at tls)")));
        // The error itself goes to the error device, with "! ".
        const QString errors = QString::fromUtf8(err.data());
        QCOMPARE(errors, QStringLiteral("! CertificateUntrusted: The certificate is not trusted.\n"));
    }

    void hexShowsEveryLinesBytes()
    {
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(CliOutput::Mode::Text, &out, &err);
        output.setHexShown(true);
        TranscriptEvent hostile = makeEvent(TranscriptEvent::Kind::Server, QStringLiteral("250 a\\0b\\x1B[2Jc"));
        hostile.raw = QByteArray("250 a\0b\x1b[2Jcdefghijklm", 22);
        output.writeEvents({hostile, makeEvent(TranscriptEvent::Kind::Info, QStringLiteral("note"))});
        QCOMPARE(QString::fromUtf8(out.data()),
                 QStringLiteral("S: 250 a\\0b\\x1B[2Jc\n"
                                "    0000  32 35 30 20 61 00 62 1b  5b 32 4a 63 64 65 66 67  |250 a.b.[2Jcdefg|\n"
                                "    0010  68 69 6a 6b 6c 6d                                 |hijklm|\n"
                                "* note\n"));

        QBuffer json;
        QVERIFY(json.open(QIODevice::WriteOnly));
        CliOutput jsonOutput(CliOutput::Mode::Json, &json, &err);
        jsonOutput.setHexShown(true);
        jsonOutput.writeEvents({hostile});
        QCOMPARE(jsonLines(json.data()).at(0).value(QStringLiteral("raw_hex")).toString(),
                 QStringLiteral("32353020610062"
                                "1b5b324a636465666768696a6b6c6d"));
        QVERIFY(err.data().isEmpty());
    }

    void textModeSuccessWritesNoErrors()
    {
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(CliOutput::Mode::Text, &out, &err);
        output.writeResult(SessionResult{}, {});
        QVERIFY(out.data().contains("Result: OK"));
        QVERIFY(err.data().isEmpty());
    }

    void progress_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray half = "\rSending the message: 1.0 MiB of 2.0 MiB (50%)\x1b[K";
        const QByteArray all = "\rSending the message: 2.0 MiB of 2.0 MiB (100%)\x1b[K\n";
        QTest::addRow("on a terminal: one line rewritten, ended at the end") << false << true << half + all;
        QTest::addRow("not a terminal: nothing") << false << false << QByteArray();
        QTest::addRow("JSON: never") << true << true << QByteArray();
    }

    void progress()
    {
        QFETCH(bool, json);
        QFETCH(bool, shown);
        QFETCH(QByteArray, expected);
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(json ? CliOutput::Mode::Json : CliOutput::Mode::Text, &out, &err);
        output.setProgressShown(shown);
        output.writeProgress(1024 * 1024, 2 * 1024 * 1024);
        output.writeProgress(2 * 1024 * 1024, 2 * 1024 * 1024);
        QCOMPARE(err.data(), expected);
        QVERIFY(out.data().isEmpty());
    }

    void jsonMode()
    {
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(CliOutput::Mode::Json, &out, &err);
        output.writeEvents({makeEvent(TranscriptEvent::Kind::Server, QStringLiteral("220 <b>hi</b>"), 12),
                            makeEvent(TranscriptEvent::Kind::Warning, QStringLiteral("odd"), 13)});
        SessionResult result = failedResult();
        Reply reply;
        reply.code = 554;
        reply.lines = {"5.7.0 go away"};
        reply.enhanced = {5, 7, 0};
        result.error.reply = reply;
        output.writeResult(result, {});
        QVERIFY(err.data().isEmpty());

        const QList<QJsonObject> lines = jsonLines(out.data());
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QStringLiteral("t_ms")).toInt(), 12);
        QCOMPARE(lines.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
        QCOMPARE(lines.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("220 <b>hi</b>"));
        QCOMPARE(lines.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("warning"));

        const QJsonObject final = lines.at(2);
        QCOMPARE(final.value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
        QCOMPARE(final.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(final.value(QStringLiteral("exit_status")).toInt(), 5);
        const QJsonObject error = final.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("CertificateUntrusted"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("The certificate is not trusted."));
        QCOMPARE(error.value(QStringLiteral("reply")).toString(), QStringLiteral("554 5.7.0 go away"));
        QCOMPARE(error.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.7.0"));
        QVERIFY(final.value(QStringLiteral("tls")).isObject());
        QVERIFY(final.value(QStringLiteral("timings")).toObject().contains(QStringLiteral("total")));
    }

    void jsonSuccess()
    {
        const QJsonObject object = CliOutput::resultObject(SessionResult{}, {});
        QCOMPARE(object.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(object.value(QStringLiteral("error")).isNull());
        QCOMPARE(object.value(QStringLiteral("exit_status")).toInt(), 0);
    }

    void failureBeforeSession_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("text") << int(CliOutput::Mode::Text);
        QTest::addRow("json") << int(CliOutput::Mode::Json);
    }

    void failureBeforeSession()
    {
        QFETCH(int, mode);
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(CliOutput::Mode(mode), &out, &err);
        output.writeFailure(ErrorCode::InvalidSettings, QStringLiteral("--ca-file: the file x.pem does not exist."));
        if (CliOutput::Mode(mode) == CliOutput::Mode::Text) {
            QVERIFY(out.data().isEmpty());
            QCOMPARE(err.data(), QByteArray("! --ca-file: the file x.pem does not exist.\n"));
            return;
        }
        QVERIFY(err.data().isEmpty());
        const QList<QJsonObject> lines = jsonLines(out.data());
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("error"));
        QCOMPARE(lines.at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
        QCOMPARE(lines.at(1).value(QStringLiteral("exit_status")).toInt(), 1);
        QCOMPARE(lines.at(1).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("InvalidSettings"));
    }

    void verboseSettingsHideSecrets()
    {
        QBuffer out;
        QBuffer err;
        QVERIFY(out.open(QIODevice::WriteOnly) && err.open(QIODevice::WriteOnly));
        CliOutput output(CliOutput::Mode::Text, &out, &err);
        ConnectionSettings settings;
        settings.host = QStringLiteral("h.example");
        settings.auth.mechanism = QStringLiteral("PLAIN");
        settings.auth.user = QStringLiteral("u");
        settings.auth.password = QStringLiteral("CANARY-hunter2");
        output.writeSettings(settings);
        QVERIFY(out.data().isEmpty()); // not verbose
        output.setVerbose(true);
        output.writeSettings(settings);
        QVERIFY(out.data().contains("* Host: h.example"));
        QVERIFY(!out.data().contains("CANARY"));
    }

    void exitStatus_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        using E = ErrorCode;
        QTest::addRow("none") << int(E::None) << 0;
        QTest::addRow("invalid settings") << int(E::InvalidSettings) << 1;
        QTest::addRow("client certificate") << int(E::ClientCertificateInvalid) << 1;
        QTest::addRow("resolve") << int(E::ResolveFailed) << 2;
        QTest::addRow("connect") << int(E::ConnectFailed) << 2;
        QTest::addRow("closed") << int(E::ConnectionClosed) << 2;
        QTest::addRow("timeout") << int(E::TimedOut) << 3;
        QTest::addRow("handshake") << int(E::TlsHandshakeFailed) << 4;
        QTest::addRow("starttls") << int(E::StartTlsUnavailable) << 4;
        QTest::addRow("certificate") << int(E::CertificateUntrusted) << 5;
        QTest::addRow("auth failed") << int(E::AuthenticationFailed) << 6;
        QTest::addRow("auth refused") << int(E::AuthenticationRefused) << 6;
        QTest::addRow("rejected") << int(E::ServerRejected) << 7;
        QTest::addRow("protocol") << int(E::ProtocolViolation) << 8;
        QTest::addRow("cancelled") << int(E::Cancelled) << 130;
    }

    void exitStatus()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QCOMPARE(int(exitStatusFor(ErrorCode(code))), status);
    }
};

QTEST_APPLESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
