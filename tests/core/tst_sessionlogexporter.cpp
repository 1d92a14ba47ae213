#include "core/sessionlog/sessionlogexporter.h"
#include "core/sessionlog/settingsreport.h"
#include "core/text/untrustedtext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Smtp;

namespace
{

const QString passwordCanary = QStringLiteral("CANARY-pa55word-9f3e");
const QByteArray passphraseCanary = "CANARY-keyphrase-77ab";
const QString proxyCanary = QStringLiteral("CANARY-proxysecret-41");

TranscriptEvent makeEvent(qint64 ms, TranscriptEvent::Kind kind, const QByteArray &raw, const QString &text = {})
{
    TranscriptEvent e;
    e.elapsedMs = ms;
    e.wallClock = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0)).addMSecs(ms);
    e.kind = kind;
    e.raw = raw;
    e.text = text.isEmpty() ? escapeUntrustedBytes(raw) : text;
    return e;
}

Reply reply(int code, const QByteArrayList &lines, EnhancedStatusCode enhanced = {})
{
    Reply r;
    r.code = code;
    r.lines = lines;
    r.enhanced = enhanced;
    return r;
}

SessionLog makeLog()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("mail.example.org");
    settings.security = SecurityMode::StartTls;
    settings.proxy = QStringLiteral("socks5://proxyuser:") + proxyCanary + QStringLiteral("@127.0.0.1:1080");
    settings.clientCertificateFile = QStringLiteral("/tmp/client.pem");
    settings.clientKeyPassphrase = passphraseCanary;
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = QStringLiteral("alice");
    settings.auth.password = passwordCanary;
    settings.message.from = QStringLiteral("alice@example.org");
    settings.message.to = {QStringLiteral("bob@example.org")};

    Transcript transcript;
    TranscriptEvent banner = makeEvent(3, TranscriptEvent::Kind::Server, "220 <script>alert(1)</script> ESMTP");
    banner.beforeTls = true;
    transcript.append(banner);
    transcript.append(makeEvent(4, TranscriptEvent::Kind::Client, "EHLO client.example.org"));
    transcript.append(makeEvent(9, TranscriptEvent::Kind::Server, "250-<a href=\"http://evil.example\">click</a>"));
    transcript.append(makeEvent(10, TranscriptEvent::Kind::Tls, {}, QStringLiteral("TLS 1.3 established")));
    TranscriptEvent auth = makeEvent(20, TranscriptEvent::Kind::Client, "AUTH PLAIN ****");
    auth.redacted = true;
    transcript.append(auth);
    transcript.append(makeEvent(25, TranscriptEvent::Kind::Server, "235 2.7.0 ok"));
    transcript.append(makeEvent(30, TranscriptEvent::Kind::Warning, {}, QStringLiteral("Odd reply")));
    transcript.append(makeEvent(40, TranscriptEvent::Kind::Error, {}, QStringLiteral("Relay denied")));

    SessionResult result;
    result.error.code = ErrorCode::ServerRejected;
    result.error.message = QStringLiteral("The server refused the sender.");
    result.error.stage = Stage::Mail;
    result.error.reply = reply(550, {"5.7.1 <script>alert(3)</script>"}, {5, 7, 1});
    result.recipientReplies = {reply(250, {"2.1.5 ok"}, {2, 1, 5})};
    result.timings = {{QStringLiteral("connect"), 0, 3},
                      {QStringLiteral("ehlo"), 4, 5},
                      {QStringLiteral("ehlo"), 12, 6},
                      {QStringLiteral("total"), 0, 40}};

    CertificateReport tls;
    tls.tlsEstablished = true;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.cipherBits = 256;
    tls.verificationName = QStringLiteral("mail.example.org");
    CertificateInfo leaf;
    leaf.subject = QStringLiteral("CN=<script>alert(2)</script>");
    leaf.issuer = QStringLiteral("CN=<a href=\"http://evil.example\">Evil CA</a>");
    leaf.subjectAlternativeNames = {QStringLiteral("DNS:<img src=x onerror=alert(4)>")};
    leaf.sha256Fingerprint = QStringLiteral("AA:BB");
    tls.chain = {leaf};
    tls.verificationErrors = {QStringLiteral("The certificate is self-signed")};
    result.tls = tls;

    SessionLog log = SessionLog::create(QStringLiteral("Work <server>"), settings, transcript, result);
    return log;
}

QByteArray rendered(SessionLogExporter::Format format)
{
    return SessionLogExporter::render(makeLog(), format);
}

mode_t fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class TestSessionLogExporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recipientsZonesAndDurations_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("text") << int(SessionLogExporter::Format::Text);
        QTest::addRow("html") << int(SessionLogExporter::Format::Html);
        QTest::addRow("json") << int(SessionLogExporter::Format::Json);
    }

    void recipientsZonesAndDurations()
    {
        // A message sent from the window's compose panel: its recipients are in the result, not in the settings.
        QFETCH(int, format);
        SessionLog log = makeLog();
        log.settings.message.to.clear();
        log.result->recipients = {QStringLiteral("carol@example.org")};
        log.result->timings.append({QStringLiteral("message"), 50, 136605});
        const QByteArray out = SessionLogExporter::render(log, SessionLogExporter::Format(format));
        QVERIFY2(out.contains("carol@example.org"), out.constData());
        QVERIFY(!out.contains("RCPT : "));
        if (format != int(SessionLogExporter::Format::Json)) {
            QVERIFY2(out.contains("2 min 16.6 s"), out.constData());
            QVERIFY(!out.contains("136605 ms"));
            QVERIFY(!out.contains("break-all"));
        }
        // The start time says its offset from UTC.
        static const QRegularExpression zoned(
            QStringLiteral("Started:? \\d{4}-\\d\\d-\\d\\dT[\\d:.]+(Z|[+-]\\d\\d:\\d\\d)"));
        static const QRegularExpression zonedJson(
            QStringLiteral("\"started_at\": ?\"\\d{4}-\\d\\d-\\d\\dT[\\d:.]+(Z|[+-]\\d\\d:\\d\\d)\""));
        const QString text = QString::fromUtf8(out);
        QVERIFY2((format == int(SessionLogExporter::Format::Json) ? zonedJson : zoned).match(text).hasMatch(),
                 out.left(600).constData());
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("shown");
        QTest::addRow("milliseconds") << qint64(136) << QStringLiteral("136 ms");
        QTest::addRow("just under ten seconds") << qint64(9999) << QStringLiteral("9999 ms");
        QTest::addRow("seconds") << qint64(12345) << QStringLiteral("12.3 s");
        QTest::addRow("minutes") << qint64(136605) << QStringLiteral("2 min 16.6 s");
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, shown);
        QCOMPARE(SessionLogExporter::durationText(ms), shown);
    }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: none

        using F = SessionLogExporter::Format;
        QTest::addRow("txt") << QStringLiteral("/tmp/a.txt") << int(F::Text);
        QTest::addRow("log upper case") << QStringLiteral("session.LOG") << int(F::Text);
        QTest::addRow("html") << QStringLiteral("x/y.html") << int(F::Html);
        QTest::addRow("htm") << QStringLiteral("y.htm") << int(F::Html);
        QTest::addRow("json") << QStringLiteral("y.json") << int(F::Json);
        QTest::addRow("unknown") << QStringLiteral("y.pdf") << -1;
        QTest::addRow("no extension") << QStringLiteral("session") << -1;
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto chosen = SessionLogExporter::formatForPath(path);
        QCOMPARE(chosen.has_value(), format >= 0);
        if (chosen)
            QCOMPARE(int(*chosen), format);
    }

    void e5SecretsAbsentFromExports_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("text") << int(SessionLogExporter::Format::Text);
        QTest::addRow("html") << int(SessionLogExporter::Format::Html);
        QTest::addRow("json") << int(SessionLogExporter::Format::Json);
    }

    void e5SecretsAbsentFromExports()
    {
        QFETCH(int, format);
        const QByteArray out = rendered(SessionLogExporter::Format(format));
        QVERIFY(!out.isEmpty());
        QVERIFY(!out.contains(passwordCanary.toUtf8()));
        QVERIFY(!out.contains(passwordCanary.toUtf8().toBase64()));
        QVERIFY(!out.contains(passphraseCanary));
        QVERIFY(!out.contains(passphraseCanary.toBase64()));
        QVERIFY(!out.contains(proxyCanary.toUtf8()));
        QVERIFY(!out.contains("proxyuser"));
        // The redacted AUTH line is there in its redacted form, and marked.
        QVERIFY(out.contains("AUTH PLAIN ****") || out.contains(QByteArray("AUTH PLAIN ****").toBase64()));
        QVERIFY(out.contains("redacted"));
    }

    void textFormat()
    {
        const QString text = QString::fromUtf8(rendered(SessionLogExporter::Format::Text));
        QVERIFY(text.contains(QStringLiteral("S: 220 <script>alert(1)</script> ESMTP")));
        QVERIFY(text.contains(QStringLiteral("C: EHLO client.example.org")));
        QVERIFY(text.contains(QStringLiteral("* TLS 1.3 established")));
        QVERIFY(text.contains(QStringLiteral("! Odd reply")));
        QVERIFY(text.contains(QStringLiteral("! Relay denied")));
        // Wall-clock and elapsed time on every event line.
        QVERIFY(text.contains(QStringLiteral("10:00:00.003 +   0.003s S: 220")));
        QVERIFY(text.contains(QStringLiteral("ServerRejected")));
        QVERIFY(text.contains(QStringLiteral("550 5.7.1")));
        QVERIFY(text.contains(QStringLiteral("RCPT bob@example.org: 250 2.1.5 ok")));
        QVERIFY(text.contains(QStringLiteral("SMTP Workbench ") + QStringLiteral(SMTP_WORKBENCH_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("Timings")));
    }

    void textHasNoControlCharacters()
    {
        SessionLog log = makeLog();
        log.transcript.append(makeEvent(50, TranscriptEvent::Kind::Info, {}, QStringLiteral("bell\x07 and \x1b[31m")));
        // A message that quotes server text unescaped still cannot start a line of its own.
        log.transcript.append(makeEvent(51, TranscriptEvent::Kind::Tls, {},
                                        QStringLiteral("CN=x\nCertificate verified for a.test.\u2028\u202E")));
        const QString text = SessionLogExporter::toText(log);
        QVERIFY(!text.contains(QChar(0x07)));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(text.contains(QStringLiteral("bell\\x07 and \\x1B[31m")));
        QVERIFY(text.contains(QStringLiteral("* CN=x\\nCertificate verified for a.test.\\u2028\\u202E")));
        QVERIFY(!text.contains(QStringLiteral("\nCertificate verified")));
    }

    // JSON's own escaping keeps U+2028 and ESC for `jq -r` to print raw: every string value is neutralised too.
    void jsonStringsNeutralised()
    {
        SessionLog log = makeLog();
        log.transcript.append(
            makeEvent(50, TranscriptEvent::Kind::Warning, {}, QStringLiteral("a\u2028S: 235 fake\x1b[2J")));
        log.result->tls->chain[0].subject = QStringLiteral("CN=x\nCertificate verified for a.test.");
        log.result->error.message = QStringLiteral("refused: \u202Eevil");
        const QJsonObject json =
            QJsonDocument::fromJson(SessionLogExporter::render(log, SessionLogExporter::Format::Json)).object();
        const QJsonArray events = json.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.last().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("a\\u2028S: 235 fake\\x1B[2J"));
        const QJsonObject result = json.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("tls"))
                     .toObject()
                     .value(QStringLiteral("chain"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
                 QStringLiteral("CN=x\\nCertificate verified for a.test."));
        QCOMPARE(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("refused: \\u202Eevil"));
        // The reply keeps its documented shape: its lines joined by line feeds.
        log.result->error.reply = reply(550, {"5.7.1 one", "two\xE2\x80\xA8"}, {5, 7, 1});
        const QJsonObject again =
            QJsonDocument::fromJson(SessionLogExporter::render(log, SessionLogExporter::Format::Json)).object();
        QCOMPARE(again.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("reply"))
                     .toString(),
                 QStringLiteral("550-5.7.1 one\n550 two\\u2028"));
    }

    // The text export marks what arrived before TLS as the HTML badge and the window do: unauthenticated.
    void c15TextMarksPlaintextLines()
    {
        const QStringList lines = SessionLogExporter::toText(makeLog()).split(u'\n');
        QStringList marked;
        for (const QString &line : lines) {
            if (line.endsWith(QStringLiteral("  [plaintext]")))
                marked << line;
        }
        QCOMPARE(marked, QStringList{QStringLiteral(
                             "10:00:00.003 +   0.003s S: 220 <script>alert(1)</script> ESMTP  [plaintext]")});
        QVERIFY(lines.contains(
            QStringLiteral("(Server lines marked [plaintext] were received before TLS: not authenticated.)")));

        // A log without such lines has no legend either.
        SessionLog log = makeLog();
        Transcript transcript;
        transcript.append(makeEvent(25, TranscriptEvent::Kind::Server, "235 2.7.0 ok"));
        log.transcript = transcript;
        QVERIFY(!SessionLogExporter::toText(log).contains(QStringLiteral("[plaintext]")));
    }

    void htmlEscaping()
    {
        const QString page = SessionLogExporter::toHtml(makeLog());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<style>")));
        QVERIFY(!page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!page.contains(QStringLiteral("<a href"), Qt::CaseInsensitive));
        QVERIFY(!page.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!page.contains(QStringLiteral("<server>")));
        // Escaped, not dropped: server lines, the error reply and certificate fields are all shown.
        QVERIFY(page.contains(QStringLiteral("220 &lt;script&gt;alert(1)&lt;/script&gt; ESMTP")));
        QVERIFY(page.contains(QStringLiteral("&lt;a href=&quot;http://evil.example&quot;&gt;click&lt;/a&gt;")));
        QVERIFY(page.contains(QStringLiteral("&lt;script&gt;alert(3)&lt;/script&gt;")));
        QVERIFY(page.contains(QStringLiteral("CN=&lt;script&gt;alert(2)&lt;/script&gt;")));
        QVERIFY(page.contains(QStringLiteral("&lt;a href=&quot;http://evil.example&quot;&gt;Evil CA")));
        QVERIFY(page.contains(QStringLiteral("DNS:&lt;img src=x onerror=alert(4)&gt;")));
        QVERIFY(page.contains(QStringLiteral("Work &lt;server&gt;")));
        // Each kind has its own class (and colour).
        for (const char *kind : {"server", "client", "tls", "warning", "error"})
            QVERIFY2(page.contains(QStringLiteral("<tr class=\"%1\">").arg(QLatin1String(kind))), kind);
        QVERIFY(page.contains(QStringLiteral("tr.server {")));
    }

    void jsonFormat()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(rendered(SessionLogExporter::Format::Json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("app_version")).toString(),
                 QStringLiteral(SMTP_WORKBENCH_VERSION));
        QVERIFY(
            !root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("qt_version")).toString().isEmpty());

        const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("host")).toString(), QStringLiteral("mail.example.org"));
        QCOMPARE(settings.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(settings.value(QStringLiteral("proxy")).toString(), QStringLiteral("socks5://127.0.0.1:1080"));
        const QJsonObject auth = settings.value(QStringLiteral("auth")).toObject();
        QCOMPARE(auth.value(QStringLiteral("password_set")).toBool(), true);
        QVERIFY(!auth.contains(QStringLiteral("password")));

        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 8);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("t_ms")).toInteger(), 3);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
        QCOMPARE(first.value(QStringLiteral("before_tls")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("redacted")).toBool(), false);
        QCOMPARE(QByteArray::fromBase64(first.value(QStringLiteral("raw_base64")).toString().toLatin1()),
                 QByteArray("220 <script>alert(1)</script> ESMTP"));
        QVERIFY(first.value(QStringLiteral("wall")).toString().startsWith(QStringLiteral("2026-11-25T10:00:00.003")));
        QCOMPARE(events.at(4).toObject().value(QStringLiteral("redacted")).toBool(), true);
        QVERIFY(!events.at(3).toObject().contains(QStringLiteral("raw_base64")));

        const QJsonObject result = root.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject err = result.value(QStringLiteral("error")).toObject();
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("ServerRejected"));
        QCOMPARE(err.value(QStringLiteral("stage")).toString(), QStringLiteral("mail"));
        QCOMPARE(err.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.7.1"));
        QCOMPARE(err.value(QStringLiteral("reply_code")).toInt(), 550);
        QVERIFY(err.value(QStringLiteral("explanation"))
                    .toString()
                    .startsWith(QStringLiteral("5.7.1 Delivery not authorized, message refused: ")));
        QCOMPARE(err.value(QStringLiteral("reply")).toString(), QStringLiteral("550 5.7.1 <script>alert(3)</script>"));
        const QJsonObject timings = result.value(QStringLiteral("timings")).toObject();
        QCOMPARE(timings.value(QStringLiteral("connect")).toObject().value(QStringLiteral("duration_ms")).toInt(), 3);
        QCOMPARE(timings.value(QStringLiteral("ehlo#2")).toObject().value(QStringLiteral("start_ms")).toInt(), 12);
        QVERIFY(result.value(QStringLiteral("tls")).isObject());
        QVERIFY(result.value(QStringLiteral("capabilities")).isObject());
        const QJsonArray recipients = result.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("bob@example.org"));
    }

    void settingsNameEveryConnectionAndMessageFlag()
    {
        // What --verbose and the exports say of the flags that shape the connection and the message.
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.example.org");
        settings.sniName = QStringLiteral("other.example");
        settings.tlsMinimum = TlsVersion::Tls1_2;
        settings.ciphers = QStringLiteral("TLS_AES_128_GCM_SHA256");
        settings.requestOcsp = true;
        settings.keyLogFile = QStringLiteral("/tmp/keys.log");
        settings.addressFamily = AddressFamily::IPv6;
        settings.bindAddress = QStringLiteral("::1");
        settings.protocol = MailProtocol::Lmtp;
        settings.xclient = {QStringLiteral("ADDR=192.0.2.9")};
        settings.proxyHeader = ProxyHeaderVersion::V2;
        settings.proxySource = QStringLiteral("192.0.2.9:4321");
        settings.message.to = {QStringLiteral("b@example.org")};
        settings.message.composition.subject = QStringLiteral("Weekly probe");
        settings.message.composition.body = QStringLiteral("two\nlines");
        settings.message.composition.headers = {QStringLiteral("X-Campaign: 42")};
        settings.message.composition.attachments = {QStringLiteral("/tmp/report.pdf")};
        settings.message.dsnNotify = QStringLiteral("SUCCESS,FAILURE");
        settings.message.allowPipelining = false;
        settings.message.allowChunking = false;

        const QJsonObject json = SettingsReport::toJson(settings);
        const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
        QCOMPARE(tls.value(QStringLiteral("sni")).toString(), QStringLiteral("other.example"));
        QCOMPARE(tls.value(QStringLiteral("min")).toString(), QStringLiteral("1.2"));
        QVERIFY(tls.value(QStringLiteral("max")).isNull());
        QCOMPARE(tls.value(QStringLiteral("ciphers")).toString(), QStringLiteral("TLS_AES_128_GCM_SHA256"));
        QVERIFY(tls.value(QStringLiteral("ocsp")).toBool());
        QCOMPARE(tls.value(QStringLiteral("keylog")).toString(), QStringLiteral("/tmp/keys.log"));
        const QJsonObject transport = json.value(QStringLiteral("transport")).toObject();
        QCOMPARE(transport.value(QStringLiteral("address_family")).toString(), QStringLiteral("ipv6"));
        QCOMPARE(transport.value(QStringLiteral("protocol")).toString(), QStringLiteral("lmtp"));
        QCOMPARE(transport.value(QStringLiteral("xclient")).toArray(), QJsonArray{QStringLiteral("ADDR=192.0.2.9")});
        QCOMPARE(transport.value(QStringLiteral("proxy_header")).toString(), QStringLiteral("v2"));
        const QJsonObject message = json.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("subject")).toString(), QStringLiteral("Weekly probe"));
        QCOMPARE(message.value(QStringLiteral("headers")).toArray(), QJsonArray{QStringLiteral("X-Campaign: 42")});
        QCOMPARE(message.value(QStringLiteral("attachments")).toArray(), QJsonArray{QStringLiteral("/tmp/report.pdf")});
        QVERIFY(!message.value(QStringLiteral("pipelining")).toBool());
        QVERIFY(!message.value(QStringLiteral("chunking")).toBool());

        const QStringList lines = SettingsReport::toTextLines(settings);
        for (const char *line :
             {"SNI: other.example", "TLS versions: 1.2 to 1.3", "OCSP: stapled response asked for",
              "TLS key log: /tmp/keys.log", "Protocol: lmtp", "PROXY header: v2 claiming 192.0.2.9:4321",
              "Subject: Weekly probe", "Body: 2 line(s) of its own", "Header field: X-Campaign: 42",
              "Attachment: /tmp/report.pdf", "DSN notify: SUCCESS,FAILURE", "PIPELINING: not used",
              "CHUNKING: not used"})
            QVERIFY2(lines.contains(QLatin1String(line)), line);
    }

    void jsonWithoutResult()
    {
        SessionLog log = makeLog();
        log.result.reset();
        QVERIFY(SessionLogExporter::toJson(log).value(QStringLiteral("result")).isNull());
        QVERIFY(SessionLogExporter::toText(log).contains(QStringLiteral("not finished")));
    }

    void writeToFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("marker");
        QTest::addRow("text") << QStringLiteral("session.txt") << QByteArray("S: 220");
        QTest::addRow("log") << QStringLiteral("session.log") << QByteArray("S: 220");
        QTest::addRow("html") << QStringLiteral("session.html") << QByteArray("<!DOCTYPE html>");
        QTest::addRow("json") << QStringLiteral("session.json") << QByteArray("\"events\"");
    }

    void writeToFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, marker);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        // An existing world-readable file is replaced, and the new one is private.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

        const ExportResult result = SessionLogExporter::writeToFile(makeLog(), path);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.path, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(marker));
        QVERIFY(!content.contains(passwordCanary.toUtf8()));
        QCOMPARE(fileMode(path), mode_t(0600));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void f7ExportOntoSymlinkWritesItsTarget()
    {
        // Hostile-server case F7: a symlink at the chosen path is resolved, not replaced by a file: the log lands in
        // the target and the link stays. (That the window shows the target before overwriting is not tested here.)
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("real.txt"));
        const QString link = dir.filePath(QStringLiteral("link.txt"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(QFile::link(target, link));
        const ExportResult result = SessionLogExporter::writeToFile(makeLog(), link);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QVERIFY(QFileInfo(link).isSymLink());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("S: 220"));
    }

    void f6WriteToNewFileIsPrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("new.json"));
        QVERIFY(SessionLogExporter::writeToFile(makeLog(), path, SessionLogExporter::Format::Json).ok());
        QCOMPARE(fileMode(path), mode_t(0600));
    }

    void f7WriteFailsCleanly_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::addRow("parent is a file") << QStringLiteral("plain-file/session.txt") << QStringLiteral("Cannot write");
        QTest::addRow("missing directory")
            << QStringLiteral("no/such/dir/session.html") << QStringLiteral("Cannot write");
        QTest::addRow("unknown extension") << QStringLiteral("session.pdf") << QStringLiteral("format");
    }

    void f7WriteFailsCleanly()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, expectedInMessage);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            QFile plain(dir.filePath(QStringLiteral("plain-file")));
            QVERIFY(plain.open(QIODevice::WriteOnly));
        }
        const QString path = dir.filePath(relativePath);
        const ExportResult result = SessionLogExporter::writeToFile(makeLog(), path);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage.contains(path), qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(expectedInMessage), qPrintable(result.errorMessage));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("plain-file")});
    }

    void f7WriteToUnwritableDirectory()
    {
        if (::geteuid() == 0)
            QSKIP("root may write into any directory");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0500) == 0);
        const QString path = dir.filePath(QStringLiteral("session.txt"));
        const ExportResult result = SessionLogExporter::writeToFile(makeLog(), path);
        ::chmod(QFile::encodeName(dir.path()).constData(), 0700);
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSessionLogExporter)
#include "tst_sessionlogexporter.moc"
