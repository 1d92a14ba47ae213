#include "core/connection/connectionsettings.h"

#include <QTest>

using namespace Smtp;

Q_DECLARE_METATYPE(Smtp::SecurityMode)

class TestConnectionSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultPort_data();
    void defaultPort();
    void extendedForcedOnSubmissionPort();
    void verificationName();
    void hostAndPort_data();
    void hostAndPort();
    void validate_data();
    void validate();
    void securityModeNames();
    void stageNames();
};

void TestConnectionSettings::defaultPort_data()
{
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<bool>("submission");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<quint16>("effective");

    QTest::addRow("plain, port 0") << SecurityMode::None << false << quint16(0) << quint16(25);
    QTest::addRow("starttls, port 0") << SecurityMode::StartTls << false << quint16(0) << quint16(25);
    QTest::addRow("submission, port 0") << SecurityMode::StartTls << true << quint16(0) << quint16(587);
    QTest::addRow("implicit, port 0") << SecurityMode::Implicit << false << quint16(0) << quint16(465);
    QTest::addRow("implicit submission, port 0") << SecurityMode::Implicit << true << quint16(0) << quint16(465);
    QTest::addRow("explicit port wins") << SecurityMode::Implicit << false << quint16(2525) << quint16(2525);
}

void TestConnectionSettings::defaultPort()
{
    QFETCH(SecurityMode, security);
    QFETCH(bool, submission);
    QFETCH(quint16, port);
    QFETCH(quint16, effective);
    ConnectionSettings settings;
    settings.security = security;
    settings.submission = submission;
    settings.port = port;
    QCOMPARE(settings.effectivePort(), effective);
}

void TestConnectionSettings::extendedForcedOnSubmissionPort()
{
    ConnectionSettings settings;
    settings.extended = false;
    settings.port = 25;
    QVERIFY(!settings.effectiveExtended());
    settings.port = 587;
    QVERIFY(settings.effectiveExtended());
    settings.port = 0;
    settings.submission = true;
    QVERIFY(settings.effectiveExtended());
}

void TestConnectionSettings::verificationName()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    QCOMPARE(settings.verificationName(), QStringLiteral("127.0.0.1"));
    settings.serverName = QStringLiteral("mail.example.org");
    QCOMPARE(settings.verificationName(), QStringLiteral("mail.example.org"));
}

void TestConnectionSettings::hostAndPort_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<SecurityMode>("security");
    QTest::addColumn<QString>("expected");

    QTest::addRow("name, explicit port") << QStringLiteral("mx.example.org") << quint16(2525) << SecurityMode::StartTls
                                         << QStringLiteral("mx.example.org:2525");
    QTest::addRow("default port of the mode") << QStringLiteral("mx.example.org") << quint16(0)
                                              << SecurityMode::Implicit << QStringLiteral("mx.example.org:465");
    QTest::addRow("IPv4 literal") << QStringLiteral("192.0.2.7") << quint16(0) << SecurityMode::None
                                  << QStringLiteral("192.0.2.7:25");
    QTest::addRow("IPv6 literal in brackets") << QStringLiteral("2001:db8::25") << quint16(587)
                                              << SecurityMode::StartTls << QStringLiteral("[2001:db8::25]:587");
}

// What the profile list, `--list-profiles` and the openssl s_client line show.
void TestConnectionSettings::hostAndPort()
{
    QFETCH(QString, host);
    QFETCH(quint16, port);
    QFETCH(SecurityMode, security);
    QFETCH(QString, expected);
    ConnectionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = security;
    QCOMPARE(settings.hostAndPort(), expected);
}

void TestConnectionSettings::validate_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("localName");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QString>("problem");

    QTest::addRow("fine") << QStringLiteral("mx.example") << QString() << 30 << true << QString();
    QTest::addRow("no host") << QString() << QString() << 30 << true << QStringLiteral("host");
    QTest::addRow("CRLF in host") << QStringLiteral("mx\r\nQUIT") << QString() << 30 << true << QStringLiteral("host");
    QTest::addRow("CRLF in EHLO name (C10)")
        << QStringLiteral("mx.example") << QStringLiteral("host\r\nAUTH PLAIN AAAA") << 30 << true
        << QStringLiteral("EHLO");
    QTest::addRow("NUL in EHLO name") << QStringLiteral("mx.example") << QString::fromUtf8("a\0b", 3) << 30 << true
                                      << QStringLiteral("EHLO");
    // The same rule as the profile editor's and --local-name's (LocalName::problem()).
    QTest::addRow("space in EHLO name") << QStringLiteral("mx.example") << QStringLiteral("my host") << 30 << true
                                        << QStringLiteral("EHLO");
    QTest::addRow("zero timeout") << QStringLiteral("mx.example") << QString() << 0 << true
                                  << QStringLiteral("timeout");
    QTest::addRow("STARTTLS without EHLO")
        << QStringLiteral("mx.example") << QString() << 30 << false << QStringLiteral("STARTTLS needs EHLO");
}

void TestConnectionSettings::validate()
{
    QFETCH(QString, host);
    QFETCH(QString, localName);
    QFETCH(int, timeout);
    QFETCH(bool, extended);
    QFETCH(QString, problem);
    ConnectionSettings settings;
    settings.host = host;
    settings.localName = localName;
    settings.timeoutSeconds = timeout;
    settings.extended = extended;
    const QStringList problems = settings.validate();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
    } else {
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(problem, Qt::CaseInsensitive),
                 qPrintable(problems.join(QLatin1Char('|'))));
    }
}

void TestConnectionSettings::securityModeNames()
{
    for (auto mode : {SecurityMode::None, SecurityMode::StartTls, SecurityMode::Implicit})
        QCOMPARE(securityModeFromName(securityModeName(mode)), std::optional<SecurityMode>(mode));
    QCOMPARE(securityModeFromName(QStringLiteral("STARTTLS")), std::optional<SecurityMode>(SecurityMode::StartTls));
    QVERIFY(!securityModeFromName(QStringLiteral("ssl")).has_value());
}

void TestConnectionSettings::stageNames()
{
    for (const char *name : {"connect", "banner", "ehlo", "tls", "auth", "mail", "rcpt", "data"})
        QCOMPARE(stageName(*stageFromName(QString::fromLatin1(name))), QString::fromLatin1(name));
    QVERIFY(!stageFromName(QStringLiteral("first-ehlo")).has_value());
}

QTEST_APPLESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
