// SNI (--sni, --no-sni): the name the ClientHello carries, read from the bytes the test server received, while the
// certificate is still verified for the host or server name.
#include "core/connection/connectionsettings.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QStandardPaths>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

class TestSessionSni final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientHelloCarriesTheChosenName_data();
    void clientHelloCarriesTheChosenName();
    void sniNameRules_data();
    void sniNameRules();
};

void TestSessionSni::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CertificateFactory::shared();
}

void TestSessionSni::clientHelloCarriesTheChosenName_data()
{
    QTest::addColumn<QString>("sniName");
    QTest::addColumn<bool>("noSni");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("notSent");
    QTest::addColumn<QString>("note");
    // The test certificate is for "localhost", the host the test settings dial.
    QTest::addRow("the verified name by default")
        << QString() << false << QByteArray("localhost") << QByteArray() << QString();
    QTest::addRow("--sni another name") << QStringLiteral("other.example") << false << QByteArray("other.example")
                                        << QByteArray("localhost")
                                        << QStringLiteral("Sending SNI other.example; the certificate is verified "
                                                          "for localhost.");
    QTest::addRow("--no-sni") << QString() << true << QByteArray() << QByteArray("localhost")
                              << QStringLiteral("Sending no SNI");
}

void TestSessionSni::clientHelloCarriesTheChosenName()
{
    QFETCH(QString, sniName);
    QFETCH(bool, noSni);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, notSent);
    QFETCH(QString, note);
    ScriptableSmtpServer server;
    server.setScript({Send{"220 mx.test ESMTP\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 go\r\n"},
                      StartTls{ServerCertificate::Valid, ClientCertificateMode::None}, Expect{"EHLO"},
                      Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    QVERIFY(server.listen());
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::StartTls);
    settings.sniName = sniName;
    settings.noSni = noSni;
    QVERIFY(settings.validate().isEmpty());

    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    // Verified for the host whatever was sent.
    QVERIFY(outcome.result.tls && outcome.result.tls->verified);
    QCOMPARE(outcome.result.tls->verificationName, QStringLiteral("localhost"));
    const QByteArray clientHello = server.receivedBytes(Phase::TlsHandshake);
    QVERIFY(!clientHello.isEmpty());
    if (!sent.isEmpty())
        QVERIFY2(clientHello.contains(sent), clientHello.toHex().constData());
    if (!notSent.isEmpty())
        QVERIFY2(!clientHello.contains(notSent), clientHello.toHex().constData());
    if (!note.isEmpty())
        QVERIFY2(outcome.hasEvent(TranscriptEvent::Kind::Info, note), qPrintable(outcome.text()));
}

void TestSessionSni::sniNameRules_data()
{
    QTest::addColumn<QString>("sniName");
    QTest::addColumn<bool>("noSni");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("sentSniName");
    QTest::addRow("none given") << QString() << false << QString() << QStringLiteral("mx.example");
    QTest::addRow("a host name") << QStringLiteral("sni.example") << false << QString()
                                 << QStringLiteral("sni.example");
    QTest::addRow("an IPv4 address") << QStringLiteral("192.0.2.1") << false << QStringLiteral("not an address")
                                     << QStringLiteral("192.0.2.1");
    QTest::addRow("an IPv6 address") << QStringLiteral("2001:db8::1") << false << QStringLiteral("not an address")
                                     << QStringLiteral("2001:db8::1");
    QTest::addRow("a line break") << QStringLiteral("a.example\r\nQUIT") << false << QStringLiteral("SNI name")
                                  << QStringLiteral("a.example\r\nQUIT");
    QTest::addRow("no SNI") << QString() << true << QString() << QString();
    QTest::addRow("both") << QStringLiteral("sni.example") << true << QStringLiteral("send no SNI") << QString();
}

void TestSessionSni::sniNameRules()
{
    QFETCH(QString, sniName);
    QFETCH(bool, noSni);
    QFETCH(QString, problem);
    QFETCH(QString, sentSniName);
    ConnectionSettings settings;
    settings.host = QStringLiteral("mx.example");
    settings.sniName = sniName;
    settings.noSni = noSni;
    const QString problems = settings.validate().join(u'\n');
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    else
        QVERIFY2(problems.contains(problem), qPrintable(problems));
    QCOMPARE(settings.sentSniName(), sentSniName);
}

QTEST_MAIN(TestSessionSni)
#include "tst_sessionsni.moc"
