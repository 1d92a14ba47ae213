// --record against a real server: a session's real transcript (aiosmtpd on 127.0.0.1, STARTTLS, AUTH, a message)
// recorded as a scenario parses back to the steps the session took, and holds none of its secrets.

#include "core/scenario/scenario.h"
#include "core/scenario/scenariorecorder.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/sessionrunner.h"

#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

const QString user = QStringLiteral("alice");
const QString password = QStringLiteral("CANARY-pw-5e2a");

QString summary(const Scenario &scenario)
{
    QStringList lines;
    if (scenario.bannerExpectation)
        lines.append(QStringLiteral("banner => ") + scenario.bannerExpectation->toString());
    for (const ScenarioStep &step : scenario.steps) {
        QString line = step.toText();
        if (step.expectation)
            line += QStringLiteral(" => ") + step.expectation->toString();
        lines.append(line);
    }
    return lines.join(QStringLiteral(" / "));
}

} // namespace

class TestScenarioRecording final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsARealSession_data();
    void recordsARealSession();
};

void TestScenarioRecording::initTestCase()
{
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed (Debian package python3-aiosmtpd; .ci/install-deps installs it).");
    CertificateFactory::shared();
}

void TestScenarioRecording::recordsARealSession_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("withMessage");
    QTest::addColumn<QString>("summary");

    QTest::addRow("AUTH PLAIN and a message")
        << QStringLiteral("PLAIN") << true
        << QStringLiteral("banner => 220 / ehlo => 250 / starttls => 250 / auth => 235 / message => 250 / quit => 221");
    QTest::addRow("AUTH LOGIN, no message")
        << QStringLiteral("LOGIN") << false
        << QStringLiteral("banner => 220 / ehlo => 250 / starttls => 250 / auth => 235 / quit => 221");
}

void TestScenarioRecording::recordsARealSession()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, withMessage);
    QFETCH(QString, summary);
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    options.users = {user + u':' + password};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.security = SecurityMode::StartTls;
    settings.timeoutSeconds = 10;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;
    settings.auth.user = user;
    settings.auth.password = password;
    settings.auth.mechanism = mechanism;
    if (withMessage) {
        settings.message.from = QStringLiteral("sender@example.org");
        settings.message.to = {QStringLiteral("rcpt@example.org")};
        settings.message.data = "Subject: private subject\r\n\r\nprivate body\r\n";
    }
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));

    const QString recorded = ScenarioRecorder::record(outcome.transcript.events());
    const Scenario::ParseResult parsed = Scenario::parse(recorded, QStringLiteral("recorded.scenario"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.isEmpty() ? recorded : parsed.errors.first().toString()));
    QCOMPARE(::summary(parsed.scenario), summary);
    // Neither the credentials (in any encoding) nor the message appear: the replay takes them from its settings.
    for (const QByteArray &secret :
         {password.toUtf8(), password.toUtf8().toBase64(), user.toUtf8().toBase64(), QByteArray("private")}) {
        QVERIFY2(!recorded.toUtf8().contains(secret), qPrintable(recorded));
    }
}

QTEST_GUILESS_MAIN(TestScenarioRecording)
#include "tst_scenariorecording.moc"
