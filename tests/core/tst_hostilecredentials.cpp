// The hostile-server catalogue's group E cases (credential safety; listed with their tests in docs/reliability.md): E6
// (credential input) and E8 (diagnostics hygiene) over real sessions against the scriptable test server, each row named
// by its case id and run with the server's bytes written whole, one byte per write, and in random splits. E1-E3 and E5
// are in tst_sessionauthmessage.cpp, E7 in the profile and secret-store tests.

#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/splitwrites.h"

#include <QMetaProperty>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

Q_DECLARE_METATYPE(Smtp::ErrorCode)

namespace
{

const QString canaryUser = QStringLiteral("canary-user-7f3e");
const QString canaryPassword = QStringLiteral("CANARY-pw-9b1d-\u03A9");

// STARTTLS, then a post-TLS EHLO offering PLAIN and LOGIN, then \a afterEhlo.
Script authScript(const Script &afterEhlo)
{
    Script script{Send{"220 mx.test ESMTP\r\n"},
                  Expect{"EHLO"},
                  Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                  Expect{"STARTTLS"},
                  Send{"220 go\r\n"},
                  StartTls{ServerCertificate::Valid, ClientCertificateMode::None},
                  Expect{"EHLO"},
                  Send{"250-mx.test\r\n250 AUTH PLAIN LOGIN\r\n"}};
    script.append(afterEhlo);
    return script;
}

SessionOutcome serve(ScriptableSmtpServer &server, const Script &script, const ConnectionSettings &settings)
{
    QFETCH(SplitWrites, split);
    server.setScript(withSplitWrites(script, split, splitSeed()));
    return runSession(settings);
}

// Every message Qt's logging sees while it is alive (qDebug, qWarning … from any thread).
class MessageCapture
{
public:
    MessageCapture()
    {
        s_capture = this;
        m_previous = qInstallMessageHandler(&MessageCapture::handle);
    }
    ~MessageCapture()
    {
        qInstallMessageHandler(m_previous);
        s_capture = nullptr;
    }
    Q_DISABLE_COPY_MOVE(MessageCapture)

    QString text() const
    {
        QMutexLocker locker(&m_mutex);
        return m_text;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_capture) {
            QMutexLocker locker(&s_capture->m_mutex);
            s_capture->m_text += message + QLatin1Char('\n');
            if (s_capture->m_previous)
                s_capture->m_previous(type, context, message);
        }
    }

    static inline MessageCapture *s_capture = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QString m_text;
};

// The secret in every form it could leak in: raw, UTF-8, base64 of the PLAIN blob and of LOGIN's lines.
QList<QByteArray> canaryForms()
{
    const QByteArray user = canaryUser.toUtf8();
    const QByteArray password = canaryPassword.toUtf8();
    return {password, "CANARY-pw", password.toBase64(), QByteArray('\0' + user + '\0' + password).toBase64(),
            QByteArray(password.toPercentEncoding())};
}

} // namespace

class TestHostileCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CertificateFactory::shared(); }
    void cleanup();

    void e6CredentialInputIsRefused_data();
    void e6CredentialInputIsRefused();
    void e6HugePasswordIsEncodedAndRedacted_data() { addSplitWriteRows("E6 1 MB password"); }
    void e6HugePasswordIsEncodedAndRedacted();
    void e8NoSecretInErrorsLogsOrProperties_data();
    void e8NoSecretInErrorsLogsOrProperties();
};

void TestHostileCredentials::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(splitSeedNote()));
}

void TestHostileCredentials::e6CredentialInputIsRefused_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    const QString nul(QChar(u'\0'));
    const QList<std::tuple<const char *, QString, QString, QString>> rows{
        {"NUL in the user name, PLAIN", QStringLiteral("PLAIN"),
         QStringLiteral("alice") + nul + QStringLiteral("admin"), canaryPassword},
        {"NUL in the password, PLAIN", QStringLiteral("PLAIN"), canaryUser, canaryPassword + nul + QStringLiteral("x")},
        {"CR LF in the user name, LOGIN", QStringLiteral("LOGIN"), QStringLiteral("alice\r\nMAIL FROM:<x@evil.test>"),
         canaryPassword},
        {"LF in the password, LOGIN", QStringLiteral("LOGIN"), canaryUser, canaryPassword + QStringLiteral("\nQUIT")},
        {"CR in the password, PLAIN", QStringLiteral("PLAIN"), canaryUser, canaryPassword + QStringLiteral("\r")},
        {"prohibited character for SCRAM (SASLprep)", QStringLiteral("SCRAM-SHA-256"), canaryUser,
         canaryPassword + QStringLiteral("\u0007")},
    };
    for (const auto &[name, mechanism, user, password] : rows) {
        for (SplitWrites mode : allSplitWrites())
            QTest::addRow("E6 %s / %s", name, splitWritesName(mode)) << mode << mechanism << user << password;
    }
}

void TestHostileCredentials::e6CredentialInputIsRefused()
{
    // RFC 4954 §4, RFC 4616, RFC 4013: what cannot be carried in the exchange is refused before a byte of it is sent.
    QFETCH(QString, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, password);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.auth.mechanism = mechanism;
    settings.auth.user = user;
    settings.auth.password = password;
    settings.auth.tryUnadvertised = true; // SCRAM is not offered: the input must still be refused first
    const SessionOutcome outcome = serve(server, authScript({Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}}), settings);
    QVERIFY2(outcome.finished, qPrintable(outcome.text()));
    QVERIFY2(outcome.result.error.code == ErrorCode::InvalidSettings, qPrintable(outcome.text()));
    QCOMPARE(server.receivedLines(Phase::Tls), (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    QVERIFY(!outcome.allTranscriptBytes().contains("CANARY"));
    QVERIFY(!outcome.result.error.message.contains(QStringLiteral("CANARY")));
}

void TestHostileCredentials::e6HugePasswordIsEncodedAndRedacted()
{
    // A 1 MB password is not refused (nothing in it is unsafe), but it is base64-encoded, and because the AUTH line
    // would pass RFC 4954's limit it goes as the answer to an empty challenge, not as an initial response. It never
    // reaches the transcript.
    const QString huge = canaryPassword + QString(1024 * 1024, u'p');
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.auth.mechanism = QStringLiteral("PLAIN");
    settings.auth.user = canaryUser;
    settings.auth.password = huge;
    settings.timeoutSeconds = 10;
    const SessionOutcome outcome =
        serve(server,
              authScript({Expect{"AUTH PLAIN"}, Send{"334 \r\n"}, ExpectAny{}, Send{"235 2.7.0 ok\r\n"}, Expect{"QUIT"},
                          Send{"221 bye\r\n"}, Close{}}),
              settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text().left(2000)));
    const QList<QByteArray> lines = server.receivedLines(Phase::Tls);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1), QByteArray("AUTH PLAIN"));
    const QByteArray blob = QByteArray::fromBase64(lines.at(2), QByteArray::AbortOnBase64DecodingErrors);
    QCOMPARE(blob, QByteArray('\0' + canaryUser.toUtf8() + '\0' + huge.toUtf8()));
    QVERIFY(!outcome.allTranscriptBytes().contains("CANARY"));
    QVERIFY(outcome.allTranscriptBytes().size() < 100000);
}

void TestHostileCredentials::e8NoSecretInErrorsLogsOrProperties_data()
{
    QTest::addColumn<SplitWrites>("split");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<Script>("afterEhlo");
    const Script refusedPlain{Expect{"AUTH"}, Send{"535 5.7.8 Authentication credentials invalid\r\n"}, Expect{"QUIT"},
                              Send{"221 bye\r\n"}, Close{}};
    const Script refusedLogin{
        Expect{"AUTH"}, Send{"334 VXNlcm5hbWU6\r\n"}, ExpectAny{},    Send{"334 UGFzc3dvcmQ6\r\n"},
        ExpectAny{},    Send{"535 5.7.8 no\r\n"},     Expect{"QUIT"}, Send{"221 bye\r\n"},
        Close{}};
    const Script droppedLogin{
        Expect{"AUTH"}, Send{"334 VXNlcm5hbWU6\r\n"}, ExpectAny{}, Send{"334 UGFzc3dvcmQ6\r\n"}, ExpectAny{}, Reset{}};
    for (SplitWrites mode : allSplitWrites()) {
        const char *name = splitWritesName(mode);
        QTest::addRow("E8 PLAIN refused / %s", name) << mode << QStringLiteral("PLAIN") << refusedPlain;
        QTest::addRow("E8 LOGIN refused / %s", name) << mode << QStringLiteral("LOGIN") << refusedLogin;
        QTest::addRow("E8 connection reset after the password / %s", name)
            << mode << QStringLiteral("LOGIN") << droppedLogin;
    }
}

void TestHostileCredentials::e8NoSecretInErrorsLogsOrProperties()
{
    // No secret in the error, the transcript, any Qt log message (from every thread), or a property of the session
    // handle that tools could inspect.
    QFETCH(QString, mechanism);
    QFETCH(Script, afterEhlo);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    QFETCH(SplitWrites, split);
    server.setScript(withSplitWrites(authScript(afterEhlo), split, splitSeed()));
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.auth.mechanism = mechanism;
    settings.auth.user = canaryUser;
    settings.auth.password = canaryPassword;

    MessageCapture capture;
    SessionHost host(1);
    std::unique_ptr<SessionHandle> handle = host.createSession(settings);
    QSignalSpy finished(handle.get(), &SessionHandle::finished);
    handle->start();
    QVERIFY(finished.wait(15000));
    const SessionResult result = finished.first().first().value<SessionResult>();
    QVERIFY(!result.ok());
    // The secret did reach the server: the exchange really ran.
    QVERIFY(server.receivedBytes(Phase::Tls).contains(canaryPassword.toUtf8().toBase64()) ||
            server.receivedBytes(Phase::Tls)
                .contains(QByteArray('\0' + canaryUser.toUtf8() + '\0' + canaryPassword.toUtf8()).toBase64()));

    QByteArray everything = result.error.message.toUtf8() + '\n' + capture.text().toUtf8();
    for (const TranscriptEvent &event : handle->transcript().events())
        everything += event.raw + '\n' + event.text.toUtf8() + '\n';
    const QMetaObject *meta = handle->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i)
        everything += meta->property(i).read(handle.get()).toString().toUtf8() + '\n';
    for (const QByteArray &name : handle->dynamicPropertyNames())
        everything += handle->property(name.constData()).toString().toUtf8() + '\n';
    for (const QByteArray &form : canaryForms())
        QVERIFY2(!everything.contains(form), form.constData());
}

QTEST_GUILESS_MAIN(TestHostileCredentials)
#include "tst_hostilecredentials.moc"
