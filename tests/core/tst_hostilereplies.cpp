// The hostile-server catalogue's group C cases (reply parsing and bad input; listed with their tests in
// docs/reliability.md): the cases whose server bytes reach a real session, each row named by its case id and run with
// the server's bytes written whole, one byte per write, and in random splits. The pure parser, capability, AUTH and
// command-builder cases (C1-C3 caps, C7, C9, C10-C12, C16) have their tables next to the code they test.

#include "core/sessionlog/sessionlog.h"
#include "core/sessionlog/sessionlogexporter.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/splitwrites.h"

#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

SessionOutcome serve(ScriptableSmtpServer &server, const Script &script, const ConnectionSettings &settings)
{
    QFETCH(SplitWrites, split);
    server.setScript(withSplitWrites(script, split, splitSeed()));
    return runSession(settings);
}

Script afterEhlo(const QByteArray &reply)
{
    return {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{reply}, Pause{200}, Close{}};
}

// Credentials and a message, so that a row can check none of them reached the wire.
ConnectionSettings withCredentialsAndMessage(ConnectionSettings settings)
{
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = QStringLiteral("user");
    settings.auth.password = QStringLiteral("CANARY-pw");
    settings.message.from = QStringLiteral("a@mx.test");
    settings.message.to = QStringList{QStringLiteral("b@mx.test")};
    return settings;
}

template <typename Row>
void addRowsForEverySplit(const QList<Row> &rows, const std::function<void(SplitWrites, const Row &)> &add)
{
    for (const Row &row : rows) {
        for (SplitWrites mode : allSplitWrites())
            add(mode, row);
    }
}

} // namespace

class TestHostileReplies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CertificateFactory::shared(); }
    void cleanup();

    void malformedReplyIsFatal_data();
    void malformedReplyIsFatal();
    void wellFormedOddRepliesAreAccepted_data();
    void wellFormedOddRepliesAreAccepted();
    void c8UnexpectedCodePerStage_data();
    void c8UnexpectedCodePerStage();
    void c8UnsolicitedReply_data();
    void c8UnsolicitedReply();
    void c15PreTlsTextIsMarked_data() { addSplitWriteRows("C15 pre-TLS text is marked as such"); }
    void c15PreTlsTextIsMarked();
};

void TestHostileReplies::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(splitSeedNote()));
}

void TestHostileReplies::malformedReplyIsFatal_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<Script>("script");
    const QList<std::pair<const char *, Script>> rows{
        {"C1 over-long reply line (100 000 octets)", afterEhlo("250 " + QByteArray(100000, 'A') + "\r\n")},
        {"C1 reply line of 8193 octets", afterEhlo("250 " + QByteArray(8187, 'A') + "\r\n")},
        {"C2 endless continuation lines", afterEhlo(QByteArray("250-x\r\n").repeated(50000))},
        {"C2 no CRLF", afterEhlo("250-" + QByteArray(200000, 'B'))},
        {"C3 25", afterEhlo("25\r\n")},
        {"C3 2500 OK", afterEhlo("2500 OK\r\n")},
        {"C3 25O OK", afterEhlo("25O OK\r\n")},
        {"C3 250OK", afterEhlo("250OK\r\n")},
        {"C3 leading space", afterEhlo(" 250 OK\r\n")},
        {"C3 tab after the code", afterEhlo("250\tOK\r\n")},
        {"C3 -250", afterEhlo("-250 x\r\n")},
        {"C3 150", afterEhlo("150 x\r\n")},
        {"C3 650", afterEhlo("650 x\r\n")},
        {"C3 099", afterEhlo("099 x\r\n")},
        {"C3 NUL bytes", afterEhlo(QByteArray("\0\0\0\r\n", 5))},
        {"C3 malformed greeting", Script{Send{"2200 hi\r\n"}, Pause{200}, Close{}}},
        {"C3 bare LF", afterEhlo("250 ok\n")},
        {"C5 code changes in a multi-line reply", afterEhlo("250-first\r\n251 last\r\n")},
    };
    addRowsForEverySplit<std::pair<const char *, Script>>(rows, [](SplitWrites mode, const auto &row) {
        QTest::addRow("%s / %s", row.first, splitWritesName(mode)) << mode << row.second;
    });
}

void TestHostileReplies::malformedReplyIsFatal()
{
    // One command, one reply: anything else is a protocol error, never parsed "best effort", and a stream out of
    // step is closed, never answered.
    QFETCH(Script, script);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome = serve(server, script, testSettings(server.port(), SecurityMode::None));
    QVERIFY2(outcome.result.error.code == ErrorCode::ProtocolViolation, qPrintable(outcome.text()));
    QVERIFY(!outcome.result.error.message.isEmpty());
    QVERIFY(!server.receivedLines(Phase::Plain).contains("QUIT"));
}

void TestHostileReplies::wellFormedOddRepliesAreAccepted_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<QByteArray>("reply");
    const QList<std::pair<const char *, QByteArray>> rows{
        {"C3 bare 250", "250\r\n"},
        {"C3 250 and a space", "250 \r\n"},
        {"C5 continuation text starting with digits", "250-234 Text beginning with numbers\r\n250 ok\r\n"},
        {"C1 reply line of 512 octets", "250 " + QByteArray(506, 'A') + "\r\n"},
        {"C1 reply line of 4096 octets", "250 " + QByteArray(4090, 'A') + "\r\n"},
    };
    addRowsForEverySplit<std::pair<const char *, QByteArray>>(rows, [](SplitWrites mode, const auto &row) {
        QTest::addRow("%s / %s", row.first, splitWritesName(mode)) << mode << row.second;
    });
}

void TestHostileReplies::wellFormedOddRepliesAreAccepted()
{
    // RFC 5321 §4.2: the code alone, an unknown code by its first digit, digits at the start of a continuation's text.
    QFETCH(QByteArray, reply);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const SessionOutcome outcome = serve(
        server, {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{reply}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}},
        testSettings(server.port(), SecurityMode::None));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void TestHostileReplies::c8UnexpectedCodePerStage_data()
{
    // The EAST "others" grid. STARTTLS rows are A5 and A6; RSET is never sent after a refused EHLO (the session
    // ends or says HELO), so the RSET rows have nothing to answer.
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<Script>("script");
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("quitSent");
    struct Row
    {
        QByteArray name;
        Script script;
        SecurityMode security;
        ErrorCode code;
        bool quitSent;
    };
    QList<Row> rows;
    const Script endAfterQuit{Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}};
    // Greeting: 554 (RFC 5321 §3.1) and the other refusals are answered with QUIT; 421 closes at once; a code that
    // is not a greeting is a protocol error.
    for (const QByteArray &greeting :
         {QByteArray("554 No SMTP service here"), QByteArray("500 no"), QByteArray("501 no"), QByteArray("530 no")})
        rows << Row{"greeting " + greeting.left(3), Script{Send{greeting + "\r\n"}} + endAfterQuit,
                    SecurityMode::StartTls, ErrorCode::ServerRejected, true};
    rows << Row{"greeting 421",
                {Send{"421 4.3.2 not now\r\n"}, Pause{200}, Close{}},
                SecurityMode::StartTls,
                ErrorCode::ServerRejected,
                false};
    for (const QByteArray &greeting : {QByteArray("221 ESMTP server not ready"), QByteArray("354 go")})
        rows << Row{"greeting " + greeting.left(3),
                    {Send{greeting + "\r\n"}, Pause{200}, Close{}},
                    SecurityMode::StartTls,
                    ErrorCode::ProtocolViolation,
                    false};
    // QUIT after a refused greeting: whatever answers it, or nothing, the session closes.
    for (const QByteArray &answer :
         {QByteArray("220 hi"), QByteArray("354 go"), QByteArray("421 bye"), QByteArray("500 what")})
        rows << Row{"QUIT after greeting 500 answered " + answer.left(3),
                    {Send{"500 no\r\n"}, Expect{"QUIT"}, Send{answer + "\r\n"}, Pause{200}, Close{}},
                    SecurityMode::StartTls,
                    ErrorCode::ServerRejected,
                    true};
    rows << Row{"QUIT after greeting 500 never answered",
                {Send{"500 no\r\n"}, Expect{"QUIT"}, Stall{}},
                SecurityMode::StartTls,
                ErrorCode::ServerRejected,
                true};
    // EHLO: 421 closes; 5yz ends a STARTTLS session (A7); a 2yz/3yz code that is not 250 is a protocol error.
    rows << Row{"EHLO 421", afterEhlo("421 4.3.2 shutting down\r\n"), SecurityMode::StartTls, ErrorCode::ServerRejected,
                false};
    for (const QByteArray &reply :
         {QByteArray("501 no"), QByteArray("504 no"), QByteArray("530 no"), QByteArray("550 no")})
        rows << Row{"EHLO " + reply.left(3),
                    Script{Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{reply + "\r\n"}} + endAfterQuit,
                    SecurityMode::StartTls, ErrorCode::ServerRejected, true};
    // 299 is a well-formed reply (C3: read by its first digit), but not the 250 EHLO needs (A14).
    for (const QByteArray &reply :
         {QByteArray("220 hi"), QByteArray("221 bye"), QByteArray("354 go"), QByteArray("299 x")})
        rows << Row{"EHLO " + reply.left(3), afterEhlo(reply + "\r\n"), SecurityMode::StartTls,
                    ErrorCode::ProtocolViolation, false};
    rows << Row{"EHLO 250 with an empty capability list", afterEhlo("250 mx.test\r\n"), SecurityMode::StartTls,
                ErrorCode::StartTlsUnavailable, true};
    // HELO after EHLO 500 (plain mode): anything but 250 ends the session.
    const Script toHelo{Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"500 what\r\n"}, Expect{"HELO"}};
    for (const QByteArray &reply : {QByteArray("500 no"), QByteArray("501 no"), QByteArray("530 no")})
        rows << Row{"HELO " + reply.left(3), toHelo + Script{Send{reply + "\r\n"}} + endAfterQuit, SecurityMode::None,
                    ErrorCode::ServerRejected, true};
    rows << Row{"HELO 421", toHelo + Script{Send{"421 bye\r\n"}, Pause{200}, Close{}}, SecurityMode::None,
                ErrorCode::ServerRejected, false};
    for (const QByteArray &reply : {QByteArray("220 hi"), QByteArray("221 bye"), QByteArray("354 go")})
        rows << Row{"HELO " + reply.left(3), toHelo + Script{Send{reply + "\r\n"}, Pause{200}, Close{}},
                    SecurityMode::None, ErrorCode::ProtocolViolation, false};
    // RFC 5321 §4.2.2: a 421 may answer any command, or come with none outstanding, mid-transaction too.
    rows << Row{"asynchronous 421 mid-transaction",
                {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"MAIL"},
                 Send{"421 4.3.2 Service shutting down\r\n"}, Pause{200}, Close{}},
                SecurityMode::None,
                ErrorCode::ServerRejected,
                false};
    for (const Row &row : rows) {
        for (SplitWrites mode : allSplitWrites())
            QTest::addRow("C8 %s / %s", row.name.constData(), splitWritesName(mode))
                << mode << row.script << row.security << row.code << row.quitSent;
    }
}

void TestHostileReplies::c8UnexpectedCodePerStage()
{
    // Never crash, hang, loop or send credentials; each stage's reply ends the session with its own error.
    QFETCH(Script, script);
    QFETCH(SecurityMode, security);
    QFETCH(ErrorCode, code);
    QFETCH(bool, quitSent);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    // Credentials where TLS is required; a plain session asked to authenticate would end at EHLO 500 (A7), so the
    // HELO rows carry only a message.
    ConnectionSettings settings = withCredentialsAndMessage(testSettings(server.port(), security));
    if (security == SecurityMode::None)
        settings.auth = AuthSettings{};
    settings.timeoutSeconds = 1;
    const SessionOutcome outcome = serve(server, script, settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.code == code, qPrintable(outcome.text()));
    const QByteArray sent = server.receivedBytes(Phase::Plain);
    QVERIFY(!sent.contains("CANARY"));
    QVERIFY(!sent.contains("AUTH"));
    QVERIFY(!sent.contains("DATA"));
    QVERIFY(!sent.contains("RCPT"));
    QCOMPARE(server.receivedLines(Phase::Plain).contains("QUIT"), quitSent);
}

void TestHostileReplies::c8UnsolicitedReply_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<Script>("script");
    const QList<std::pair<const char *, Script>> rows{
        {"C8 extra reply in the EHLO reply's segment",
         {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n250 extra\r\n"}, Pause{200}, Close{}}},
        {"C8 extra reply while no command is outstanding",
         {Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Pause{100}, Send{"250 extra\r\n"},
          Pause{200}, Close{}}},
    };
    addRowsForEverySplit<std::pair<const char *, Script>>(rows, [](SplitWrites mode, const auto &row) {
        QTest::addRow("%s / %s", row.first, splitWritesName(mode)) << mode << row.second;
    });
}

void TestHostileReplies::c8UnsolicitedReply()
{
    // One command, one reply: a reply nobody asked for is fatal. The session is interactive, so after EHLO it waits
    // for the user and sends nothing the extra reply could be taken to answer.
    QFETCH(Script, script);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.interactive = true;
    const SessionOutcome outcome = serve(server, script, settings);
    QVERIFY2(outcome.result.error.code == ErrorCode::ProtocolViolation, qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Plain), QList<QByteArray>{"EHLO client.test"});
}

void TestHostileReplies::c15PreTlsTextIsMarked()
{
    // What the server said before TLS is unauthenticated: the transcript marks it, the exports show the mark, and
    // nothing said after TLS carries it.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    const Script script{Send{"220 mx.test Your password expired, call +1-555-0100\r\n"},
                        Expect{"EHLO"},
                        Send{"250-mx.test Your password expired, call +1-555-0100\r\n250 STARTTLS\r\n"},
                        Expect{"STARTTLS"},
                        Send{"220 go\r\n"},
                        StartTls{ServerCertificate::Valid, ClientCertificateMode::None},
                        Expect{"EHLO"},
                        Send{"250-mx.test after TLS\r\n250 SIZE 1000\r\n"},
                        Expect{"QUIT"},
                        Send{"221 bye\r\n"},
                        Close{}};
    const ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    const SessionOutcome outcome = serve(server, script, settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));

    int marked = 0;
    int afterTls = 0;
    for (const TranscriptEvent &event : outcome.transcript.events()) {
        if (event.kind != TranscriptEvent::Kind::Server)
            continue;
        if (event.text.contains(QStringLiteral("password expired"))) {
            QVERIFY2(event.beforeTls, qPrintable(event.text));
            ++marked;
        }
        if (event.text.contains(QStringLiteral("after TLS")) || event.text.startsWith(QStringLiteral("221"))) {
            QVERIFY2(!event.beforeTls, qPrintable(event.text));
            ++afterTls;
        }
    }
    QCOMPARE(marked, 2);
    QCOMPARE(afterTls, 2);
    // Nothing the server said before TLS is in the result as a statement of the server.
    QVERIFY(!outcome.result.error.message.contains(QStringLiteral("password")));

    const SessionLog log = SessionLog::create(QStringLiteral("c15"), settings, outcome.transcript, outcome.result);
    const QString text = SessionLogExporter::toText(log);
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(QStringLiteral("password expired")))
            QVERIFY2(line.contains(QStringLiteral("[plaintext]")), qPrintable(line));
        if (line.contains(QStringLiteral("after TLS")))
            QVERIFY2(!line.contains(QStringLiteral("[plaintext]")), qPrintable(line));
    }
    QVERIFY(SessionLogExporter::toHtml(log).contains(QStringLiteral("Received before TLS: not authenticated")));
}

QTEST_GUILESS_MAIN(TestHostileReplies)
#include "tst_hostilereplies.moc"
