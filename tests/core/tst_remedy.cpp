// The fixes the window offers for a failed session: a name the certificate covers, offered only when it is a plain
// host name or address and the only problem is the name; otherwise the settings tab that holds the fix.

#include "core/session/remedy.h"
#include "core/session/sessionresult.h"

#include <QTest>

using namespace Smtp;

namespace
{

constexpr int hostnameMismatch = 62;   // X509_V_ERR_HOSTNAME_MISMATCH
constexpr int ipAddressMismatch = 64;  // X509_V_ERR_IP_ADDRESS_MISMATCH
constexpr int localIssuerUnknown = 20; // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY

SessionResult untrusted(const QStringList &alternativeNames, const QList<int> &x509Errors)
{
    SessionResult result;
    result.error.code = ErrorCode::CertificateUntrusted;
    CertificateReport report;
    report.tlsEstablished = true;
    report.verificationName = QStringLiteral("localhost");
    CertificateInfo leaf;
    leaf.subject = QStringLiteral("CN=mail.test");
    leaf.subjectAlternativeNames = alternativeNames;
    report.chain = {leaf};
    for (int x509Error : x509Errors)
        report.verifyErrors << VerificationError{0, x509Error, QStringLiteral("error"), {}};
    result.tls = report;
    return result;
}

SessionResult failed(ErrorCode code)
{
    SessionResult result;
    result.error.code = code;
    return result;
}

Remedy serverName(const QString &name)
{
    return Remedy{Remedy::Kind::SetServerName, name};
}

const Remedy security{Remedy::Kind::OpenSecuritySettings, {}};
const Remedy connection{Remedy::Kind::OpenConnectionSettings, {}};

} // namespace

Q_DECLARE_METATYPE(Smtp::SessionResult)

class TestRemedy final : public QObject
{
    Q_OBJECT

private slots:
    void forResult_data();
    void forResult();
    void labelsSpeakTheWindowsLanguage();
};

void TestRemedy::forResult_data()
{
    QTest::addColumn<SessionResult>("result");
    QTest::addColumn<QList<Remedy>>("expected");

    QTest::addRow("success") << SessionResult() << QList<Remedy>{};
    QTest::addRow("wrong host: each DNS name covered")
        << untrusted({QStringLiteral("DNS:mail.test"), QStringLiteral("DNS:smtp.test")}, {hostnameMismatch})
        << QList<Remedy>{serverName(QStringLiteral("mail.test")), serverName(QStringLiteral("smtp.test")), security};
    QTest::addRow("wrong address: the IP covered") << untrusted({QStringLiteral("IP:192.0.2.7")}, {ipAddressMismatch})
                                                   << QList<Remedy>{serverName(QStringLiteral("192.0.2.7")), security};
    QTest::addRow("at most three names") << untrusted({QStringLiteral("DNS:a.test"), QStringLiteral("DNS:b.test"),
                                                       QStringLiteral("DNS:c.test"), QStringLiteral("DNS:d.test")},
                                                      {hostnameMismatch})
                                         << QList<Remedy>{serverName(QStringLiteral("a.test")),
                                                          serverName(QStringLiteral("b.test")),
                                                          serverName(QStringLiteral("c.test")), security};
    QTest::addRow("wildcard, email and escaped names are not offered")
        << untrusted({QStringLiteral("DNS:*.test"), QStringLiteral("email:a@b.test"),
                      QStringLiteral("DNS:mail.test\\0.evil.test"), QStringLiteral("DNS:x\\u{202e}.test"),
                      QStringLiteral("DNS:-bad.test")},
                     {hostnameMismatch})
        << QList<Remedy>{security};
    QTest::addRow("the name already tried is not offered again")
        << untrusted({QStringLiteral("DNS:LOCALHOST")}, {hostnameMismatch}) << QList<Remedy>{security};
    QTest::addRow("untrusted issuer as well: no name fix")
        << untrusted({QStringLiteral("DNS:mail.test")}, {hostnameMismatch, localIssuerUnknown})
        << QList<Remedy>{security};
    QTest::addRow("handshake failed") << failed(ErrorCode::TlsHandshakeFailed) << QList<Remedy>{security};
    QTest::addRow("STARTTLS missing") << failed(ErrorCode::StartTlsUnavailable) << QList<Remedy>{security};
    QTest::addRow("client certificate") << failed(ErrorCode::ClientCertificateInvalid) << QList<Remedy>{security};
    QTest::addRow("refused connection") << failed(ErrorCode::ConnectFailed) << QList<Remedy>{connection};
    QTest::addRow("unresolved name") << failed(ErrorCode::ResolveFailed) << QList<Remedy>{connection};
    QTest::addRow("timed out") << failed(ErrorCode::TimedOut) << QList<Remedy>{connection};
    QTest::addRow("server rejected: nothing to set") << failed(ErrorCode::ServerRejected) << QList<Remedy>{};
}

void TestRemedy::forResult()
{
    QFETCH(SessionResult, result);
    QFETCH(QList<Remedy>, expected);
    QCOMPARE(Remedy::forResult(result), expected);
}

void TestRemedy::labelsSpeakTheWindowsLanguage()
{
    QCOMPARE(serverName(QStringLiteral("mail.test")).label(), QStringLiteral("Set the server name to mail.test"));
    for (const Remedy &remedy : {security, connection, serverName(QStringLiteral("a.test"))}) {
        QVERIFY2(!remedy.label().contains(QStringLiteral("--")), qPrintable(remedy.label()));
        QVERIFY2(!remedy.label().contains(QStringLiteral("Certificate")), qPrintable(remedy.label()));
    }
}

QTEST_APPLESS_MAIN(TestRemedy)
#include "tst_remedy.moc"
