// The socket-free SMTP dialogue, driven by tables: AUTH with its redaction, and the mail transaction (MAIL, RCPT,
// DATA or BDAT, with and without PIPELINING), scripted and typed.

#include "tests/support/dialoguescript.h"

#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)
Q_DECLARE_METATYPE(Smtp::Stage)

namespace
{

const QString banner = QStringLiteral("S: 220 mx.test ESMTP");
const QString ehloPlain = QStringLiteral("S: 250 mx.test");
const QString ehlo = QStringLiteral("C: EHLO client.test");
const QString quit = QStringLiteral("C: QUIT");
const QString mail = QStringLiteral("C: MAIL FROM:<a@mx.test>");
const QString rcptB = QStringLiteral("C: RCPT TO:<b@mx.test>");
const QString rcptC = QStringLiteral("C: RCPT TO:<c@mx.test>");
const QString data = QStringLiteral("C: DATA");
const QStringList payload{QStringLiteral("C: Subject: t"), QStringLiteral("C: "), QStringLiteral("C: hello"),
                          QStringLiteral("C: .")};
const QString ok = QStringLiteral("S: 250 ok");
const QString plainAuth = QStringLiteral("C: AUTH PLAIN AGFsaWNlAENBTkFSWS1wdw==");

QStringList upToTls()
{
    return {QStringLiteral("connect"), banner, QStringLiteral("S: 250-mx.test\r\n250 STARTTLS"),
            QStringLiteral("S: 220 go"), QStringLiteral("tls")};
}

QStringList throughTls()
{
    return {ehlo, QStringLiteral("C: STARTTLS"), QStringLiteral("starttls"), ehlo};
}

} // namespace

class TestDialogueTransaction final : public QObject
{
    Q_OBJECT

private slots:
    void transaction_data();
    void transaction();
    void messageTextStreamed_data();
    void messageTextStreamed();
    void authentication_data();
    void authentication();
    void recipientsAreAccounted();
    void typedAuthIsRedacted();
    void typedAuthNeedsTls();
    void typedData();
    void messageAsked();
};

void TestDialogueTransaction::transaction_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("wire");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<Stage>("stage");

    const QStringList plain{QStringLiteral("none"), QStringLiteral("message")};
    const QStringList two{QStringLiteral("none"), QStringLiteral("two recipients")};
    const QString connect = QStringLiteral("connect");
    const QString pipelining = QStringLiteral("S: 250-mx.test\r\n250 PIPELINING");

    QTest::addRow("DATA, one command at a time")
        << plain << QStringList{connect, banner, ehloPlain, ok, ok, QStringLiteral("S: 354 go"), ok}
        << QStringList{ehlo, mail, rcptB, data} + payload + QStringList{quit} << ErrorCode::None << Stage::Quit;
    QTest::addRow("PIPELINING: MAIL, RCPT and DATA together")
        << plain << QStringList{connect, banner, pipelining, QStringLiteral("S: 250 ok\r\n250 ok\r\n354 go"), ok}
        << QStringList{ehlo, mail, rcptB, data} + payload + QStringList{quit} << ErrorCode::None << Stage::Quit;
    QTest::addRow("PIPELINING, one recipient of two refused")
        << two
        << QStringList{connect, banner, pipelining, QStringLiteral("S: 250 ok\r\n250 ok\r\n550 unknown\r\n354 go"), ok}
        << QStringList{ehlo, mail, rcptB, rcptC, data} + payload + QStringList{quit} << ErrorCode::None << Stage::Quit;
    QTest::addRow("PIPELINING, no recipient accepted: the empty message is ended")
        << plain << QStringList{connect, banner, pipelining, QStringLiteral("S: 250 ok\r\n550 unknown\r\n354 go"), ok}
        << QStringList{ehlo, mail, rcptB, data, QStringLiteral("C: ."), quit} << ErrorCode::ServerRejected
        << Stage::Rcpt;
    QTest::addRow("PIPELINING, MAIL refused: the group's replies are read, then QUIT")
        << plain << QStringList{connect, banner, pipelining, QStringLiteral("S: 550 no\r\n503 no\r\n503 no")}
        << QStringList{ehlo, mail, rcptB, data, quit} << ErrorCode::ServerRejected << Stage::Mail;
    QTest::addRow("PIPELINING turned off")
        << plain + QStringList{QStringLiteral("no pipelining")}
        << QStringList{connect, banner, pipelining, ok, ok, QStringLiteral("S: 354 go"), ok}
        << QStringList{ehlo, mail, rcptB, data} + payload + QStringList{quit} << ErrorCode::None << Stage::Quit;
    QTest::addRow("one at a time, one recipient of two refused")
        << two << QStringList{connect,
                              banner,
                              ehloPlain,
                              ok,
                              QStringLiteral("S: 550 unknown"),
                              ok,
                              QStringLiteral("S: 354 go"),
                              ok}
        << QStringList{ehlo, mail, rcptB, rcptC, data} + payload + QStringList{quit} << ErrorCode::None << Stage::Quit;
    QTest::addRow("one at a time, no recipient accepted")
        << plain << QStringList{connect, banner, ehloPlain, ok, QStringLiteral("S: 550 unknown")}
        << QStringList{ehlo, mail, rcptB, quit} << ErrorCode::ServerRejected << Stage::Rcpt;
    QTest::addRow("MAIL refused") << plain << QStringList{connect, banner, ehloPlain, QStringLiteral("S: 550 no")}
                                  << QStringList{ehlo, mail, quit} << ErrorCode::ServerRejected << Stage::Mail;
    QTest::addRow("DATA refused") << plain
                                  << QStringList{connect, banner, ehloPlain, ok, ok, QStringLiteral("S: 554 no")}
                                  << QStringList{ehlo, mail, rcptB, data, quit} << ErrorCode::ServerRejected
                                  << Stage::Data;
    QTest::addRow("message refused at its end")
        << plain
        << QStringList{connect, banner, ehloPlain, ok, ok, QStringLiteral("S: 354 go"), QStringLiteral("S: 554 no")}
        << QStringList{ehlo, mail, rcptB, data} + payload + QStringList{quit} << ErrorCode::ServerRejected
        << Stage::Data;
    QTest::addRow("421 to RCPT: closed") << plain
                                         << QStringList{connect, banner, ehloPlain, ok, QStringLiteral("S: 421 bye")}
                                         << QStringList{ehlo, mail, rcptB, QStringLiteral("close"),
                                                        QStringLiteral("finish")}
                                         << ErrorCode::ServerRejected << Stage::Rcpt;
    QTest::addRow("BDAT: one chunk, unstuffed, no dot")
        << plain << QStringList{connect, banner, QStringLiteral("S: 250-mx.test\r\n250 CHUNKING"), ok, ok, ok}
        << QStringList{ehlo,
                       mail,
                       rcptB,
                       QStringLiteral("C: BDAT 21 LAST"),
                       QStringLiteral("C: Subject: t"),
                       QStringLiteral("C: "),
                       QStringLiteral("C: hello"),
                       quit}
        << ErrorCode::None << Stage::Quit;
    QTest::addRow("BDAT with PIPELINING: MAIL and RCPT together, then BDAT")
        << plain
        << QStringList{connect, banner, QStringLiteral("S: 250-mx.test\r\n250-PIPELINING\r\n250 CHUNKING"),
                       QStringLiteral("S: 250 ok\r\n250 ok"), ok}
        << QStringList{ehlo,
                       mail,
                       rcptB,
                       QStringLiteral("C: BDAT 21 LAST"),
                       QStringLiteral("C: Subject: t"),
                       QStringLiteral("C: "),
                       QStringLiteral("C: hello"),
                       quit}
        << ErrorCode::None << Stage::Quit;
    QTest::addRow("quit after mail") << plain + QStringList{QStringLiteral("quit-after=mail")}
                                     << QStringList{connect, banner, pipelining, ok} << QStringList{ehlo, mail, quit}
                                     << ErrorCode::None << Stage::Quit;
    QTest::addRow("quit after rcpt") << plain + QStringList{QStringLiteral("quit-after=rcpt")}
                                     << QStringList{connect, banner, pipelining, ok, ok}
                                     << QStringList{ehlo, mail, rcptB, quit} << ErrorCode::None << Stage::Quit;
}

void TestDialogueTransaction::transaction()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, wire);
    QFETCH(ErrorCode, error);
    QFETCH(Stage, stage);

    DialogueScript script(dialogueSettings(options));
    script.play(steps);
    QCOMPARE(script.wire(), wire);
    QVERIFY2(script.result().error.code == error, qPrintable(script.transcript().join(QLatin1Char('\n'))));
    if (error != ErrorCode::None)
        QCOMPARE(script.result().error.stage, std::optional<Stage>(stage));
}

void TestDialogueTransaction::messageTextStreamed_data()
{
    // The session writes the text and reports MessageTextSent; only then is the reply to the text due.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("actionsAfter354");
    QTest::addColumn<QStringList>("wireEnd");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QString>("message");

    const QStringList plain{QStringLiteral("none"), QStringLiteral("message")};
    const QStringList upTo354{QStringLiteral("connect"), banner, ehloPlain, ok, ok, QStringLiteral("S: 354 go")};
    const QString chunking = QStringLiteral("S: 250-mx.test\r\n250 CHUNKING");
    // The 354 recorded, its deadline disarmed, the summary recorded, then the text (21 octets and ".\r\n") and the
    // deadline that bounds a stalled write.
    const QStringList sending{QStringLiteral("record"), QStringLiteral("disarm"), QStringLiteral("record"),
                              QStringLiteral("send text 24 bytes"), QStringLiteral("arm 5000")};

    QTest::addRow("DATA: text, then its reply") << plain << upTo354 + QStringList{QStringLiteral("text sent"), ok}
                                                << sending << QStringList{quit} << ErrorCode::None << QString();
    QTest::addRow("BDAT: the command, the text, then its reply")
        << plain << QStringList{QStringLiteral("connect"), banner, chunking, ok, ok, QStringLiteral("text sent"), ok}
        << QStringList() << QStringList{QStringLiteral("C: hello"), quit} << ErrorCode::None << QString();
    QTest::addRow("the server stops reading: timed out, closed without QUIT")
        << plain << upTo354 + QStringList{QStringLiteral("deadline")} << sending
        << QStringList{QStringLiteral("C: ."), QStringLiteral("close"), QStringLiteral("finish")} << ErrorCode::TimedOut
        << QStringLiteral("stopped reading");
    QTest::addRow("a reply before the text is complete: closed without QUIT")
        << plain << upTo354 + QStringList{QStringLiteral("S: 552 too big")} << sending
        << QStringList{QStringLiteral("C: ."), QStringLiteral("close"), QStringLiteral("finish")}
        << ErrorCode::ServerRejected << QStringLiteral("before the message text was complete");
    QTest::addRow("the connection lost while sending: failed, not unknown")
        << plain << upTo354 + QStringList{QStringLiteral("lost")} << sending
        << QStringList{QStringLiteral("C: ."), QStringLiteral("close"), QStringLiteral("finish")}
        << ErrorCode::ConnectionClosed << QStringLiteral("sending the message text");
}

void TestDialogueTransaction::messageTextStreamed()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, actionsAfter354);
    QFETCH(QStringList, wireEnd);
    QFETCH(ErrorCode, error);
    QFETCH(QString, message);

    DialogueScript script(dialogueSettings(options));
    script.setReportsTextSent(false);
    for (const QString &step : std::as_const(steps)) {
        const qsizetype before = script.actions().size();
        script.step(step);
        if (step == QStringLiteral("S: 354 go")) {
            QCOMPARE(script.actions().mid(before, actionsAfter354.size()), actionsAfter354);
            QCOMPARE(script.dialogue().state(), Dialogue::State::SendingMessageText);
            QCOMPARE(script.dialogue().sessionState(), SessionState::SendingMessage);
        }
    }
    const QStringList wire = script.wire();
    QCOMPARE(wire.mid(wire.size() - wireEnd.size()), wireEnd);
    QVERIFY2(script.result().error.code == error, qPrintable(script.transcript().join(QLatin1Char('\n'))));
    if (error != ErrorCode::None) {
        QVERIFY2(script.result().error.message.contains(message), qPrintable(script.result().error.message));
        QCOMPARE(script.result().error.stage, std::optional<Stage>(Stage::Data));
    }
}

void TestDialogueTransaction::authentication_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("wire");
    QTest::addColumn<ErrorCode>("error");

    const QString offered = QStringLiteral("S: 250-mx.test\r\n250 AUTH PLAIN LOGIN");
    const QStringList plainText{QStringLiteral("none"), QStringLiteral("auth")};

    QTest::addRow("PLAIN over validated TLS")
        << QStringList{QStringLiteral("auth")} << upToTls() + QStringList{offered, QStringLiteral("S: 235 ok")}
        << throughTls() + QStringList{plainAuth, quit} << ErrorCode::None;
    QTest::addRow("LOGIN, step by step") << QStringList{QStringLiteral("auth=LOGIN")}
                                         << upToTls() + QStringList{offered, QStringLiteral("S: 334 VXNlcm5hbWU6"),
                                                                    QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                                                                    QStringLiteral("S: 235 ok")}
                                         << throughTls() + QStringList{QStringLiteral("C: AUTH LOGIN"),
                                                                       QStringLiteral("C: YWxpY2U="),
                                                                       QStringLiteral("C: Q0FOQVJZLXB3"), quit}
                                         << ErrorCode::None;
    QTest::addRow("credentials refused") << QStringList{QStringLiteral("auth")}
                                         << upToTls() + QStringList{offered, QStringLiteral("S: 535 no")}
                                         << throughTls() + QStringList{plainAuth, quit}
                                         << ErrorCode::AuthenticationFailed;
    QTest::addRow("421 during AUTH: closed")
        << QStringList{QStringLiteral("auth")} << upToTls() + QStringList{offered, QStringLiteral("S: 421 bye")}
        << throughTls() + QStringList{plainAuth, QStringLiteral("close"), QStringLiteral("finish")}
        << ErrorCode::ServerRejected;
    QTest::addRow("without TLS: not one byte of credentials")
        << plainText << QStringList{QStringLiteral("connect"), banner, offered} << QStringList{ehlo, quit}
        << ErrorCode::AuthenticationRefused;
    QTest::addRow("without TLS, allowed by the profile")
        << plainText + QStringList{QStringLiteral("plaintext")}
        << QStringList{QStringLiteral("connect"), banner, offered, QStringLiteral("S: 235 ok")}
        << QStringList{ehlo, plainAuth, quit} << ErrorCode::None;
    QTest::addRow("a test without validated TLS stops after discovery")
        << plainText + QStringList{QStringLiteral("plaintext"), QStringLiteral("test-only")}
        << QStringList{QStringLiteral("connect"), banner, offered} << QStringList{ehlo, quit} << ErrorCode::None;
    QTest::addRow("trusted site: the certificate was not validated")
        << QStringList{QStringLiteral("auth"), QStringLiteral("trusted")}
        << QStringList{QStringLiteral("connect"),
                       banner,
                       QStringLiteral("S: 250-mx.test\r\n250 STARTTLS"),
                       QStringLiteral("S: 220 go"),
                       QStringLiteral("tls untrusted"),
                       offered}
        << throughTls() + QStringList{quit} << ErrorCode::AuthenticationRefused;
    QTest::addRow("mechanism not offered")
        << QStringList{QStringLiteral("auth=CRAM-MD5")} << upToTls() + QStringList{offered}
        << throughTls() + QStringList{quit} << ErrorCode::AuthenticationRefused;
}

void TestDialogueTransaction::authentication()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, wire);
    QFETCH(ErrorCode, error);

    DialogueScript script(dialogueSettings(options));
    script.play(steps);
    const QString transcript = script.transcript().join(QLatin1Char('\n'));
    QCOMPARE(script.wire(), wire);
    QVERIFY2(script.result().error.code == error, qPrintable(transcript));
    // The transcript never holds the password, nor its base64 form; an AUTH line sent is marked redacted.
    for (const QString &secret : {QStringLiteral("CANARY"), QStringLiteral("Q0FOQVJZ"), QStringLiteral("AENBTkFSWS")})
        QVERIFY2(!transcript.contains(secret), qPrintable(transcript));
    if (wire.contains(plainAuth))
        QVERIFY2(transcript.contains(QStringLiteral("client: AUTH PLAIN ")) &&
                     transcript.contains(QStringLiteral("(redacted)")),
                 qPrintable(transcript));
    // E8: exactly the lines with credentials are marked for the session to zero once written.
    QStringList withCredentials;
    for (const QString &line : wire) {
        if (line == plainAuth || line == QStringLiteral("C: YWxpY2U=") || line == QStringLiteral("C: Q0FOQVJZLXB3"))
            withCredentials << line;
    }
    QCOMPARE(script.secretWire(), withCredentials);
}

void TestDialogueTransaction::recipientsAreAccounted()
{
    DialogueScript script(dialogueSettings({QStringLiteral("none"), QStringLiteral("two recipients")}));
    script.play({QStringLiteral("connect"), banner, QStringLiteral("S: 250-mx.test\r\n250 PIPELINING"),
                 QStringLiteral("S: 250 ok\r\n450 later\r\n250 ok\r\n354 go"), QStringLiteral("S: 250 queued")});
    QVERIFY(script.result().ok());
    QCOMPARE(script.result().recipients, (QStringList{QStringLiteral("b@mx.test"), QStringLiteral("c@mx.test")}));
    QCOMPARE(script.result().recipientReplies.size(), 2);
    QCOMPARE(script.result().recipientReplies.at(0).code, 450);
    QCOMPARE(script.result().recipientReplies.at(1).code, 250);
    const QString transcript = script.transcript().join(QLatin1Char('\n'));
    QVERIFY2(transcript.contains(QStringLiteral("warning: Recipient b@mx.test refused: 450 later")),
             qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("Message accepted for 1 recipient(s)")), qPrintable(transcript));
}

void TestDialogueTransaction::typedAuthIsRedacted()
{
    DialogueScript script(
        dialogueSettings({QStringLiteral("none"), QStringLiteral("interactive"), QStringLiteral("plaintext")}));
    script.play({QStringLiteral("connect"), banner, ehloPlain, QStringLiteral("type: auth plain"),
                 QStringLiteral("S: 334 "), QStringLiteral("type: AGFsaWNlAENBTkFSWS1wdw=="),
                 QStringLiteral("S: 235 ok")});
    QCOMPARE(script.wire(),
             (QStringList{ehlo, QStringLiteral("C: auth plain"), QStringLiteral("C: AGFsaWNlAENBTkFSWS1wdw==")}));
    QCOMPARE(script.secretWire(), QStringList{QStringLiteral("C: AGFsaWNlAENBTkFSWS1wdw==")});
    const QString transcript = script.transcript().join(QLatin1Char('\n'));
    QVERIFY2(!transcript.contains(QStringLiteral("AENBTkFSWS")), qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("(redacted)")), qPrintable(transcript));
    QVERIFY2(transcript.contains(QStringLiteral("info: Authenticated.")), qPrintable(transcript));
    QCOMPARE(script.dialogue().sessionState(), SessionState::Ready);
}

void TestDialogueTransaction::typedAuthNeedsTls()
{
    DialogueScript script(dialogueSettings({QStringLiteral("none"), QStringLiteral("interactive")}));
    script.play({QStringLiteral("connect"), banner, ehloPlain, QStringLiteral("type:   auth\tplain AGFsaWNl")});
    QCOMPARE(script.wire(), QStringList{ehlo});
    QVERIFY(script.transcript().last().startsWith(QStringLiteral("error: Not sent: credentials go only over TLS")));
    QVERIFY(!script.allBytes().contains("AGFsaWNl"));
}

void TestDialogueTransaction::typedData()
{
    DialogueScript script(dialogueSettings({QStringLiteral("none"), QStringLiteral("interactive")}));
    script.play({QStringLiteral("connect"), banner, ehloPlain, QStringLiteral("type: MAIL FROM:<a@mx.test>"), ok,
                 QStringLiteral("type: RCPT TO:<b@mx.test>"), ok, QStringLiteral("type: DATA"),
                 QStringLiteral("S: 354 go")});
    QCOMPARE(script.dialogue().state(), Dialogue::State::UserMessageText);
    QCOMPARE(script.dialogue().sessionState(), SessionState::Ready);
    script.play({QStringLiteral("type: Subject: typed"), QStringLiteral("type: .hidden"), QStringLiteral("type: QUIT"),
                 QStringLiteral("type: ."), QStringLiteral("S: 250 queued")});
    QCOMPARE(script.wire(),
             (QStringList{ehlo, mail, rcptB, data, QStringLiteral("C: Subject: typed"), QStringLiteral("C: ..hidden"),
                          QStringLiteral("C: QUIT"), QStringLiteral("C: .")}));
    QCOMPARE(script.dialogue().state(), Dialogue::State::Ready);
    QVERIFY(script.result().ok());

    // 354 to anything but DATA keeps the next lines commands.
    script.play({QStringLiteral("type: NOOP"), QStringLiteral("S: 354 odd")});
    QCOMPARE(script.dialogue().state(), Dialogue::State::Ready);
    QVERIFY(script.transcript().join(QLatin1Char('\n')).contains(QStringLiteral("The server answered 354 to NOOP")));
}

void TestDialogueTransaction::messageAsked()
{
    // The window's compose panel: a message asked for once the session is Ready.
    DialogueScript script(dialogueSettings({QStringLiteral("none"), QStringLiteral("interactive")}));
    script.play({QStringLiteral("connect"), banner, ehloPlain, QStringLiteral("message"), ok,
                 QStringLiteral("S: 550 unknown")});
    QCOMPARE(script.wire(), (QStringList{ehlo, mail, rcptB}));
    // Interactive: the refusal ends the transaction, not the session.
    QCOMPARE(script.dialogue().state(), Dialogue::State::Ready);
    QVERIFY(script.result().ok());
    QCOMPARE(script.actions().last(), QStringLiteral("step 550"));
}

QTEST_APPLESS_MAIN(TestDialogueTransaction)
#include "tst_dialoguetransaction.moc"
