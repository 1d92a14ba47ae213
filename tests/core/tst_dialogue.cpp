// The socket-free SMTP dialogue, driven by tables: events in, actions out. The greeting, TLS, injection, ordering,
// deadlines and disconnects; AUTH and the message are in tst_dialoguetransaction.cpp.

#include "tests/support/dialoguescript.h"

#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)
Q_DECLARE_METATYPE(Smtp::Stage)

namespace
{

const QString ehloStartTls = QStringLiteral("S: 250-mx.test\r\n250 STARTTLS");
const QString ehloPlain = QStringLiteral("S: 250 mx.test");
const QString banner = QStringLiteral("S: 220 mx.test ESMTP");
const QString ehlo = QStringLiteral("C: EHLO client.test");
const QString quit = QStringLiteral("C: QUIT");

/// connect, greeting, EHLO offering STARTTLS, STARTTLS accepted, handshake done.
QStringList upToTls()
{
    return {QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S: 220 go"), QStringLiteral("tls")};
}

} // namespace

class TestDialogue final : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void disconnect_data();
    void disconnect();
    void deadline_data();
    void deadline();
    void everyCommandArmsADeadline();
    void statesFollowTheDialogue();
    void capabilitiesAreForgottenAfterTls();
    void tlsFailureIsReported_data();
    void tlsFailureIsReported();
    void drivenStepByStep();
    void drivenQuitAfterAFailureEndsNoStep();
    void nothingAfterTheEnd();
};

void TestDialogue::plan_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("wire");
    QTest::addColumn<ErrorCode>("error");

    const QString startTls = QStringLiteral("C: STARTTLS");
    const QString handshake = QStringLiteral("starttls");
    const QString disconnect = QStringLiteral("disconnect");
    const QString close = QStringLiteral("close");
    const QString finish = QStringLiteral("finish");
    const QString bye = QStringLiteral("S: 221 bye");

    QTest::addRow("STARTTLS, EHLO again, QUIT")
        << QStringList() << upToTls() + QStringList{ehloPlain, bye}
        << QStringList{ehlo, startTls, handshake, ehlo, quit, disconnect, finish} << ErrorCode::None;
    QTest::addRow("STARTTLS not offered: only QUIT")
        << QStringList() << QStringList{QStringLiteral("connect"), banner, ehloPlain, bye}
        << QStringList{ehlo, quit, disconnect, finish} << ErrorCode::StartTlsUnavailable;
    QTest::addRow("STARTTLS refused: QUIT, never plaintext")
        << QStringList() << QStringList{QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S: 454 no")}
        << QStringList{ehlo, startTls, quit} << ErrorCode::StartTlsUnavailable;
    QTest::addRow("bytes after the STARTTLS 220: injection, nothing more")
        << QStringList()
        << QStringList{QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S: 220 go\r\n250 injected")}
        << QStringList{ehlo, startTls, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("more bytes waiting behind the STARTTLS 220")
        << QStringList() << QStringList{QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S>: 220 go")}
        << QStringList{ehlo, startTls, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("replies behind a STARTTLS refusal")
        << QStringList()
        << QStringList{QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S: 454 no\r\n250 more")}
        << QStringList{ehlo, startTls, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("two replies to one command")
        << QStringList() << QStringList{QStringLiteral("connect"), banner, ehloStartTls + QStringLiteral("\r\n250 x")}
        << QStringList{ehlo, startTls, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("a reply before any command")
        << QStringList() << QStringList{QStringLiteral("connect"), banner + QStringLiteral("\r\n250 x")}
        << QStringList{ehlo, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("greeting 554: QUIT") << QStringList()
                                        << QStringList{QStringLiteral("connect"), QStringLiteral("S: 554 go away")}
                                        << QStringList{quit} << ErrorCode::ServerRejected;
    QTest::addRow("greeting 421: close") << QStringList()
                                         << QStringList{QStringLiteral("connect"), QStringLiteral("S: 421 busy")}
                                         << QStringList{close, finish} << ErrorCode::ServerRejected;
    QTest::addRow("EHLO refused on a plain session: HELO")
        << QStringList{QStringLiteral("none")}
        << QStringList{QStringLiteral("connect"), banner, QStringLiteral("S: 500 what"), ehloPlain, bye}
        << QStringList{ehlo, QStringLiteral("C: HELO client.test"), quit, disconnect, finish} << ErrorCode::None;
    QTest::addRow("EHLO refused where STARTTLS needs it: no HELO")
        << QStringList() << QStringList{QStringLiteral("connect"), banner, QStringLiteral("S: 500 what")}
        << QStringList{ehlo, quit} << ErrorCode::ServerRejected;
    QTest::addRow("EHLO refused on port 587: no HELO")
        << QStringList{QStringLiteral("none"), QStringLiteral("587")}
        << QStringList{QStringLiteral("connect"), banner, QStringLiteral("S: 500 what")} << QStringList{ehlo, quit}
        << ErrorCode::ServerRejected;
    QTest::addRow("HELO only") << QStringList{QStringLiteral("none"), QStringLiteral("helo")}
                               << QStringList{QStringLiteral("connect"), banner, ehloPlain}
                               << QStringList{QStringLiteral("C: HELO client.test"), quit} << ErrorCode::None;
    QTest::addRow("ESMTP forced on port 587")
        << QStringList{QStringLiteral("none"), QStringLiteral("helo"), QStringLiteral("587")}
        << QStringList{QStringLiteral("connect"), banner, ehloPlain} << QStringList{ehlo, quit} << ErrorCode::None;
    QTest::addRow("a 354 to EHLO: injected commands ran")
        << QStringList() << QStringList{QStringLiteral("connect"), banner, QStringLiteral("S: 354 go")}
        << QStringList{ehlo, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("implicit TLS: handshake first")
        << QStringList{QStringLiteral("implicit")}
        << QStringList{QStringLiteral("connect"), QStringLiteral("tls"), banner, ehloPlain}
        << QStringList{handshake, ehlo, quit} << ErrorCode::None;
    QTest::addRow("untrusted certificate: only QUIT")
        << QStringList()
        << QStringList{QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S: 220 go"),
                       QStringLiteral("tls untrusted")}
        << QStringList{ehlo, startTls, handshake, quit} << ErrorCode::CertificateUntrusted;
    QTest::addRow("untrusted certificate on a trusted site goes on")
        << QStringList{QStringLiteral("trusted")}
        << QStringList{QStringLiteral("connect"),       banner,   ehloStartTls, QStringLiteral("S: 220 go"),
                       QStringLiteral("tls untrusted"), ehloPlain}
        << QStringList{ehlo, startTls, handshake, ehlo, quit} << ErrorCode::None;
    QTest::addRow("handshake failed: close")
        << QStringList()
        << QStringList{QStringLiteral("connect"), banner, ehloStartTls, QStringLiteral("S: 220 go"),
                       QStringLiteral("tls failed")}
        << QStringList{ehlo, startTls, handshake, close, finish} << ErrorCode::TlsHandshakeFailed;
    QTest::addRow("STARTTLS offered again after TLS: not used")
        << QStringList() << upToTls() + QStringList{ehloStartTls} << QStringList{ehlo, startTls, handshake, ehlo, quit}
        << ErrorCode::None;
    QTest::addRow("quit after connect") << QStringList{QStringLiteral("quit-after=connect")}
                                        << QStringList{QStringLiteral("connect")} << QStringList{quit}
                                        << ErrorCode::None;
    QTest::addRow("quit after banner") << QStringList{QStringLiteral("quit-after=banner")}
                                       << QStringList{QStringLiteral("connect"), banner} << QStringList{quit}
                                       << ErrorCode::None;
    QTest::addRow("quit after ehlo: before STARTTLS")
        << QStringList{QStringLiteral("none"), QStringLiteral("quit-after=ehlo")}
        << QStringList{QStringLiteral("connect"), banner, ehloStartTls} << QStringList{ehlo, quit} << ErrorCode::None;
    QTest::addRow("quit after tls") << QStringList{QStringLiteral("quit-after=tls")} << upToTls()
                                    << QStringList{ehlo, startTls, handshake, quit} << ErrorCode::None;
    QTest::addRow("interactive: Ready, then QUIT typed")
        << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
        << QStringList{QStringLiteral("connect"),
                       banner,
                       ehloPlain,
                       QStringLiteral("type: NOOP"),
                       QStringLiteral("S: 250 ok"),
                       QStringLiteral("type: quit"),
                       bye}
        << QStringList{ehlo, QStringLiteral("C: NOOP"), quit, disconnect, finish} << ErrorCode::None;
    QTest::addRow("interactive: an unsolicited reply ends it")
        << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
        << QStringList{QStringLiteral("connect"), banner, ehloPlain, QStringLiteral("S: 250 surprise")}
        << QStringList{ehlo, close, finish} << ErrorCode::ProtocolViolation;
    QTest::addRow("interactive: STARTTLS typed, EHLO again")
        << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
        << QStringList{QStringLiteral("connect"),
                       banner,
                       ehloStartTls,
                       QStringLiteral("type: starttls"),
                       QStringLiteral("S: 220 go"),
                       QStringLiteral("tls"),
                       ehloPlain}
        << QStringList{ehlo, startTls, handshake, ehlo} << ErrorCode::None;
    QTest::addRow("interactive: STARTTLS refused stays plain and Ready")
        << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
        << QStringList{QStringLiteral("connect"),
                       banner,
                       ehloStartTls,
                       QStringLiteral("starttls"),
                       QStringLiteral("S: 502 no"),
                       QStringLiteral("type: NOOP")}
        << QStringList{ehlo, startTls, QStringLiteral("C: NOOP")} << ErrorCode::None;
    QTest::addRow("interactive: a typed line while busy is not sent")
        << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
        << QStringList{QStringLiteral("connect"), banner, ehloPlain, QStringLiteral("type: NOOP"),
                       QStringLiteral("type: RSET")}
        << QStringList{ehlo, QStringLiteral("C: NOOP")} << ErrorCode::None;
    QTest::addRow("cancel") << QStringList() << QStringList{QStringLiteral("connect"), QStringLiteral("cancel")}
                            << QStringList{close, finish} << ErrorCode::Cancelled;
    QTest::addRow("transport failed before connecting")
        << QStringList() << QStringList{QStringLiteral("resolving"), QStringLiteral("failed")}
        << QStringList{close, finish} << ErrorCode::ConnectFailed;
}

void TestDialogue::plan()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, wire);
    QFETCH(ErrorCode, error);

    DialogueScript script(dialogueSettings(options));
    script.play(steps);
    QCOMPARE(script.wire(), wire);
    QVERIFY2(script.result().error.code == error, qPrintable(script.transcript().join(QLatin1Char('\n'))));
}

void TestDialogue::disconnect_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<Stage>("stage");

    const QString connect = QStringLiteral("connect");
    QTest::addRow("waiting for the greeting")
        << QStringList() << QStringList{connect} << ErrorCode::ConnectionClosed << Stage::Banner;
    QTest::addRow("in the middle of the greeting")
        << QStringList() << QStringList{connect, QStringLiteral("S: 220-mx.test")} << ErrorCode::ConnectionClosed
        << Stage::Banner;
    QTest::addRow("waiting for EHLO") << QStringList() << QStringList{connect, banner} << ErrorCode::ConnectionClosed
                                      << Stage::Ehlo;
    QTest::addRow("waiting for STARTTLS")
        << QStringList() << QStringList{connect, banner, ehloStartTls} << ErrorCode::ConnectionClosed << Stage::Tls;
    QTest::addRow("during the TLS handshake")
        << QStringList() << QStringList{connect, banner, ehloStartTls, QStringLiteral("S: 220 go")}
        << ErrorCode::TlsHandshakeFailed << Stage::Tls;
    QTest::addRow("waiting for EHLO after TLS")
        << QStringList() << upToTls() << ErrorCode::ConnectionClosed << Stage::Ehlo;
    QTest::addRow("authenticating") << QStringList{QStringLiteral("auth")}
                                    << upToTls() + QStringList{QStringLiteral("S: 250-mx.test\r\n250 AUTH PLAIN")}
                                    << ErrorCode::ConnectionClosed << Stage::Auth;
    QTest::addRow("waiting for MAIL") << QStringList{QStringLiteral("none"), QStringLiteral("message")}
                                      << QStringList{connect, banner, ehloPlain} << ErrorCode::ConnectionClosed
                                      << Stage::Mail;
    QTest::addRow("after the end of data: delivery unknown")
        << QStringList{QStringLiteral("none"), QStringLiteral("message")} << QStringList{connect,
                                                                                         banner,
                                                                                         ehloPlain,
                                                                                         QStringLiteral("S: 250 ok"),
                                                                                         QStringLiteral("S: 250 ok"),
                                                                                         QStringLiteral("S: 354 go")}
        << ErrorCode::DeliveryUnknown << Stage::Data;
    QTest::addRow("interactive, Ready") << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
                                        << QStringList{connect, banner, ehloPlain} << ErrorCode::ConnectionClosed
                                        << Stage::Ehlo;
}

void TestDialogue::disconnect()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, steps);
    QFETCH(ErrorCode, error);
    QFETCH(Stage, stage);

    DialogueScript script(dialogueSettings(options));
    script.play(steps);
    const qsizetype sentBefore = script.wire().size();
    script.step(QStringLiteral("closed"));
    QVERIFY2(script.result().error.code == error, qPrintable(script.transcript().join(QLatin1Char('\n'))));
    QCOMPARE(script.result().error.stage, std::optional<Stage>(stage));
    // Nothing is sent to a connection that is gone.
    QCOMPARE(script.wire().mid(sentBefore), (QStringList{QStringLiteral("close"), QStringLiteral("finish")}));
    QVERIFY(script.dialogue().isFinished());
}

void TestDialogue::deadline_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QString>("message");

    const QString connect = QStringLiteral("connect");
    QTest::addRow("resolving") << QStringList() << QStringList{QStringLiteral("resolving"), QStringLiteral("deadline")}
                               << ErrorCode::TimedOut << QStringLiteral("Resolving mx.test took longer than 5 s.");
    QTest::addRow("connecting") << QStringList()
                                << QStringList{QStringLiteral("resolving"), QStringLiteral("connecting"),
                                               QStringLiteral("deadline")}
                                << ErrorCode::TimedOut << QStringLiteral("Connecting to mx.test port 25 took longer");
    QTest::addRow("no greeting") << QStringList() << QStringList{connect, QStringLiteral("deadline")}
                                 << ErrorCode::TimedOut << QStringLiteral("sent no greeting within 5 s");
    QTest::addRow("no reply to EHLO") << QStringList() << QStringList{connect, banner, QStringLiteral("deadline")}
                                      << ErrorCode::TimedOut
                                      << QStringLiteral("No reply within 5 s while waiting for the reply to EHLO.");
    QTest::addRow("TLS handshake") << QStringList()
                                   << QStringList{connect, banner, ehloStartTls, QStringLiteral("S: 220 go"),
                                                  QStringLiteral("deadline")}
                                   << ErrorCode::TimedOut
                                   << QStringLiteral("The TLS handshake did not finish within 5 s.");
    QTest::addRow("after the end of data") << QStringList{QStringLiteral("none"), QStringLiteral("message")}
                                           << QStringList{connect,
                                                          banner,
                                                          ehloPlain,
                                                          QStringLiteral("S: 250 ok"),
                                                          QStringLiteral("S: 250 ok"),
                                                          QStringLiteral("S: 354 go"),
                                                          QStringLiteral("deadline")}
                                           << ErrorCode::DeliveryUnknown << QStringLiteral("the delivery is unknown");
    QTest::addRow("no reply to QUIT: only a note")
        << QStringList{QStringLiteral("none")} << QStringList{connect, banner, ehloPlain, QStringLiteral("deadline")}
        << ErrorCode::None << QStringLiteral("No reply to QUIT within 5 s; closing.");
    QTest::addRow("the session as a whole")
        << QStringList() << QStringList{connect, banner, QStringLiteral("session deadline")} << ErrorCode::TimedOut
        << QStringLiteral("The session as a whole took longer than 50 s while waiting for the reply to EHLO");
    QTest::addRow("a typed command") << QStringList{QStringLiteral("none"), QStringLiteral("interactive")}
                                     << QStringList{connect, banner, ehloPlain, QStringLiteral("type: VRFY bob"),
                                                    QStringLiteral("deadline")}
                                     << ErrorCode::TimedOut
                                     << QStringLiteral("No reply within 5 s while waiting for the reply to VRFY.");
}

void TestDialogue::deadline()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, steps);
    QFETCH(ErrorCode, error);
    QFETCH(QString, message);

    DialogueScript script(dialogueSettings(options));
    script.play(steps);
    const QString transcript = script.transcript().join(QLatin1Char('\n'));
    QVERIFY2(script.result().error.code == error, qPrintable(transcript));
    QVERIFY2(transcript.contains(message), qPrintable(transcript));
    // A timed-out connection is never reused (hostile D3): closed, not QUIT.
    QCOMPARE(script.wire().mid(script.wire().size() - 2),
             (QStringList{QStringLiteral("close"), QStringLiteral("finish")}));
}

void TestDialogue::everyCommandArmsADeadline()
{
    DialogueScript script(dialogueSettings({QStringLiteral("timeout=2"), QStringLiteral("message")}));
    script.play(upToTls() + QStringList{QStringLiteral("S: 250 mx.test"), QStringLiteral("S: 250 ok"),
                                        QStringLiteral("S: 250 ok"), QStringLiteral("S: 354 go"),
                                        QStringLiteral("S: 250 queued")});
    const QStringList actions = script.actions();
    qsizetype sends = 0;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (!actions.at(i).startsWith(QStringLiteral("send")))
            continue;
        ++sends;
        QVERIFY2(i + 1 < actions.size() && actions.at(i + 1) == QStringLiteral("arm 2000"),
                 qPrintable(actions.join(QLatin1Char('\n'))));
    }
    QCOMPARE(sends, 8); // EHLO, STARTTLS, EHLO, MAIL, RCPT, DATA, the message, QUIT
}

void TestDialogue::statesFollowTheDialogue()
{
    DialogueScript script(dialogueSettings());
    script.play(upToTls() + QStringList{ehloPlain, QStringLiteral("S: 221 bye")});
    const QList<SessionState> expected{SessionState::Resolving, SessionState::Connecting,  SessionState::AwaitingBanner,
                                       SessionState::Greeting,  SessionState::StartingTls, SessionState::Greeting,
                                       SessionState::Quitting,  SessionState::Closed};
    QCOMPARE(script.states(), expected);
    QCOMPARE(script.dialogue().state(), Dialogue::State::Finished);
    QVERIFY(script.actions().contains(QStringLiteral("end ehlo (after TLS)")));
}

void TestDialogue::capabilitiesAreForgottenAfterTls()
{
    // RFC 3207 §4.2: what the server offered in plaintext does not count after STARTTLS.
    DialogueScript script(dialogueSettings({QStringLiteral("auth")}));
    script.play({QStringLiteral("connect"), banner, QStringLiteral("S: 250-mx.test\r\n250-STARTTLS\r\n250 AUTH PLAIN"),
                 QStringLiteral("S: 220 go"), QStringLiteral("tls"), ehloPlain});
    QCOMPARE(script.result().error.code, ErrorCode::AuthenticationRefused);
    QVERIFY(!script.wire().join(QLatin1Char('\n')).contains(QStringLiteral("AUTH")));
    QVERIFY(script.result().capabilitiesBeforeTls->authMechanisms().contains(QStringLiteral("PLAIN")));
    QVERIFY(script.result().capabilitiesAfterTls->authMechanisms().isEmpty());
    QVERIFY(script.actions().contains(QStringLiteral("capabilities after TLS")));
}

void TestDialogue::tlsFailureIsReported_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("certificateRequired");

    QTest::addRow("failed") << QStringLiteral("tls failed")
                            << QStringLiteral("The TLS handshake failed: handshake failure.") << false;
    QTest::addRow("not TLS") << QStringLiteral("tls not tls") << QStringLiteral("does this port expect plaintext")
                             << false;
    QTest::addRow("client certificate") << QStringLiteral("tls certificate required")
                                        << QStringLiteral("The server requires a client certificate.") << true;
}

void TestDialogue::tlsFailureIsReported()
{
    QFETCH(QString, step);
    QFETCH(QString, message);
    QFETCH(bool, certificateRequired);

    DialogueScript script(dialogueSettings({QStringLiteral("implicit")}));
    script.play({QStringLiteral("connect"), step});
    QCOMPARE(script.result().error.code, ErrorCode::TlsHandshakeFailed);
    QCOMPARE(script.result().error.stage, std::optional<Stage>(Stage::Tls));
    QVERIFY2(script.result().error.message.contains(message), qPrintable(script.result().error.message));
    QCOMPARE(script.result().tls.has_value() && script.result().tls->clientCertificateRequired, certificateRequired);
    QCOMPARE(script.wire(),
             (QStringList{QStringLiteral("starttls"), QStringLiteral("close"), QStringLiteral("finish")}));
}

void TestDialogue::drivenStepByStep()
{
    // The hook a scripted driver uses: nothing happens after the greeting until a step is asked for.
    DialogueScript script(dialogueSettings({QStringLiteral("none")}), Dialogue::Mode::Driven);
    script.play({QStringLiteral("connect"), banner});
    QCOMPARE(script.wire(), QStringList());
    QCOMPARE(script.dialogue().state(), Dialogue::State::Ready);
    QCOMPARE(script.actions().last(), QStringLiteral("step 220"));
    script.play({QStringLiteral("ehlo"), QStringLiteral("S: 250-mx.test\r\n250 SIZE 1000")});
    QCOMPARE(script.actions().last(), QStringLiteral("step 250"));
    QCOMPARE(script.result().capabilitiesBeforeTls->sizeLimit(), std::optional<qint64>(1000));
    script.play({QStringLiteral("type: VRFY bob"), QStringLiteral("S: 252 maybe")});
    QCOMPARE(script.actions().last(), QStringLiteral("step 252"));
    script.play({QStringLiteral("message"), QStringLiteral("S: 250 ok"), QStringLiteral("S: 550 no")});
    QCOMPARE(script.actions().last(), QStringLiteral("step 550"));
    QCOMPARE(script.dialogue().state(), Dialogue::State::Ready);
    script.play({QStringLiteral("quit"), QStringLiteral("S: 221 bye")});
    // The reply to the QUIT a driver asked for ends its step too.
    QVERIFY(script.actions().contains(QStringLiteral("step 221")));
    QCOMPARE(script.wire(),
             (QStringList{ehlo, QStringLiteral("C: VRFY bob"), QStringLiteral("C: MAIL FROM:<a@mx.test> SIZE=21"),
                          QStringLiteral("C: RCPT TO:<b@mx.test>"), quit, QStringLiteral("disconnect"),
                          QStringLiteral("finish")}));
    QVERIFY(script.result().ok());
}

void TestDialogue::drivenQuitAfterAFailureEndsNoStep()
{
    // The dialogue's own QUIT after a failure is not a step a driver asked for.
    DialogueScript script(dialogueSettings(), Dialogue::Mode::Driven);
    script.play({QStringLiteral("connect"), banner, QStringLiteral("ehlo"),
                 QStringLiteral("S: 250-mx.test\r\n250 STARTTLS"), QStringLiteral("starttls"),
                 QStringLiteral("S: 454 not now"), QStringLiteral("S: 221 bye")});
    QCOMPARE(script.result().error.code, ErrorCode::StartTlsUnavailable);
    QVERIFY2(!script.actions().contains(QStringLiteral("step 221")), qPrintable(script.actions().join(u'|')));
}

void TestDialogue::nothingAfterTheEnd()
{
    DialogueScript script(dialogueSettings());
    script.play({QStringLiteral("connect"), QStringLiteral("cancel")});
    const QStringList before = script.actions();
    script.play({banner, QStringLiteral("closed"), QStringLiteral("deadline"), QStringLiteral("type: NOOP"),
                 QStringLiteral("cancel")});
    QCOMPARE(script.actions(), before);
}

QTEST_APPLESS_MAIN(TestDialogue)
#include "tst_dialogue.moc"
