// Typed AUTH commands in an interactive session (issue #11): whatever their spelling they are redacted in the
// transcript, the SASL lines typed after a 334 too, and they follow the same RFC 8314 §5 policy as the AUTH button.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

constexpr int waitMs = 5000;

const QByteArray plainResponse = "AGZvbwBiYXI="; // "\0foo\0bar"
const QByteArray userName = "Zm9v";              // "foo"
const QByteArray password = "YmFy";              // "bar"

QByteArray transcriptBytes(const SessionHandle &handle)
{
    QByteArray all;
    for (const TranscriptEvent &event : handle.transcript().events())
        all += event.raw + '\n' + event.text.toUtf8() + '\n';
    return all;
}

bool hasError(const SessionHandle &handle, const QString &fragment)
{
    const QList<TranscriptEvent> events = handle.transcript().events();
    return std::any_of(events.cbegin(), events.cend(), [&fragment](const TranscriptEvent &event) {
        return event.kind == TranscriptEvent::Kind::Error && event.text.contains(fragment);
    });
}

} // namespace

class TestSessionTypedAuth final : public QObject
{
    Q_OBJECT

private slots:
    void plaintextAuthRefusedWithoutSending_data();
    void plaintextAuthRefusedWithoutSending();
    void allowedAuthRedactedWithContinuations();
    void stray354KeepsCommandMode();
};

void TestSessionTypedAuth::plaintextAuthRefusedWithoutSending_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("upper case") << QStringLiteral("AUTH PLAIN AGZvbwBiYXI=");
    QTest::addRow("leading spaces, lower case") << QStringLiteral("  auth plain AGZvbwBiYXI=");
    QTest::addRow("tab") << QStringLiteral("AUTH\tPLAIN AGZvbwBiYXI=");
    QTest::addRow("AUTH LOGIN, no response") << QStringLiteral("\tAuth Login");
}

void TestSessionTypedAuth::plaintextAuthRefusedWithoutSending()
{
    QFETCH(QString, typed);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 AUTH PLAIN LOGIN\r\n"},
                      Expect{"NOOP"}, Send{"250 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.interactive = true;
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);

    handle->sendCommand(typed);
    handle->sendCommand(QStringLiteral("NOOP"));
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedLines(Phase::Plain).contains("NOOP"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);
    handle->quit();
    QVERIFY(finished.wait(waitMs));

    // Not one byte of the typed command went out: the line after EHLO is the NOOP.
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "NOOP", "QUIT"}));
    QVERIFY(!server.receivedBytes(Phase::Plain).contains(plainResponse));
    QVERIFY(!transcriptBytes(*handle).contains(plainResponse));
    QVERIFY(hasError(*handle, QStringLiteral("RFC 8314")));
}

void TestSessionTypedAuth::allowedAuthRedactedWithContinuations()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 AUTH PLAIN LOGIN\r\n"},
                      ExpectAny{}, Send{"334 VXNlcm5hbWU6\r\n"}, ExpectAny{}, Send{"334 UGFzc3dvcmQ6\r\n"}, ExpectAny{},
                      Send{"354 odd\r\n"}, ExpectAny{}, Send{"503 5.5.1 already\r\n"}, Expect{"NOOP"},
                      Send{"250 ok\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.interactive = true;
    settings.auth.allowPlaintext = true; // a test server: the profile allows plaintext AUTH
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);

    // Each line waits for its reply: the continuation state depends on the 334 before it.
    const QStringList lines{QStringLiteral("  auth login"), QString::fromLatin1(userName),
                            QString::fromLatin1(password), QStringLiteral("\tAUTH\tPLAIN AGZvbwBiYXI="),
                            QStringLiteral("NOOP")};
    int expectedLines = 1;
    for (const QString &line : lines) {
        handle->sendCommand(line);
        ++expectedLines;
        QTRY_COMPARE_WITH_TIMEOUT(server.receivedLines(Phase::Plain).size(), expectedLines, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);
    }
    handle->quit();
    QVERIFY(finished.wait(waitMs));

    const QByteArray wire = server.receivedBytes(Phase::Plain);
    QVERIFY(wire.contains(userName) && wire.contains(password) && wire.contains(plainResponse));
    const QByteArray shown = transcriptBytes(*handle);
    for (const QByteArray &secret : {userName, password, plainResponse}) {
        QVERIFY2(!shown.contains(secret), secret.constData());
        QVERIFY2(!shown.contains(secret.toUpper()), secret.constData());
    }
    // A stray 354 to the password line is reported without quoting the line.
    QVERIFY(shown.contains("354 to AUTH"));
    int redacted = 0;
    for (const TranscriptEvent &event : handle->transcript().events())
        redacted += event.redacted ? 1 : 0;
    QCOMPARE(redacted, 3);
}

void TestSessionTypedAuth::stray354KeepsCommandMode()
{
    // A server that answers 354 to a command other than DATA must not switch the session into message text, where
    // typed lines would go out unchecked and unredacted.
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 AUTH PLAIN\r\n"},
                      Expect{"NOOP"}, Send{"354 go ahead\r\n"}, Expect{"NOOP"}, Send{"250 ok\r\n"}, Expect{"QUIT"},
                      Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::None);
    settings.interactive = true;
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);

    handle->sendCommand(QStringLiteral("NOOP"));
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedLines(Phase::Plain).size(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);
    handle->sendCommand(QStringLiteral(" AUTH PLAIN AGZvbwBiYXI="));
    handle->sendCommand(QStringLiteral("NOOP"));
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedLines(Phase::Plain).size(), 3, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(handle->state(), SessionState::Ready, waitMs);
    handle->quit();
    QVERIFY(finished.wait(waitMs));

    QVERIFY(handle->result()->ok());
    QCOMPARE(server.receivedLines(Phase::Plain), (QList<QByteArray>{"EHLO client.test", "NOOP", "NOOP", "QUIT"}));
    QVERIFY(!transcriptBytes(*handle).contains(plainResponse));
}

QTEST_GUILESS_MAIN(TestSessionTypedAuth)
#include "tst_sessiontypedauth.moc"
