#include "tests/support/certificatefactory.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace SmtpTest;

class TestCertificateFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verification_data();
    void verification();
    void clientCertificateChainsToClientCa();
    void pkcs12IsReadable();
    void encryptedKeyNeedsItsPassphrase();
};

void TestCertificateFactory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const CertificateSet &set = CertificateFactory::shared();
    QVERIFY(QFile::exists(set.ca.certificate));
    QVERIFY(!CertificateFactory::caCertificate().isNull());
}

void TestCertificateFactory::verification_data()
{
    QTest::addColumn<ServerCertificate>("which");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<QList<QSslError::SslError>>("expected");

    using Errors = QList<QSslError::SslError>;
    QTest::addRow("valid for localhost") << ServerCertificate::Valid << QStringLiteral("localhost") << Errors{};
    QTest::addRow("valid for 127.0.0.1") << ServerCertificate::Valid << QStringLiteral("127.0.0.1") << Errors{};
    QTest::addRow("valid for ::1") << ServerCertificate::Valid << QStringLiteral("::1") << Errors{};
    QTest::addRow("valid rsa") << ServerCertificate::ValidRsa << QStringLiteral("localhost") << Errors{};
    QTest::addRow("valid, other name") << ServerCertificate::Valid << QStringLiteral("mail.example.org")
                                       << Errors{QSslError::HostNameMismatch};
    QTest::addRow("self-signed") << ServerCertificate::SelfSigned << QStringLiteral("localhost")
                                 << Errors{QSslError::SelfSignedCertificate};
    QTest::addRow("wrong host") << ServerCertificate::WrongHost << QStringLiteral("localhost")
                                << Errors{QSslError::HostNameMismatch};
    QTest::addRow("wrong host, right name")
        << ServerCertificate::WrongHost << QStringLiteral("other.example.org") << Errors{};
    QTest::addRow("expired") << ServerCertificate::Expired << QStringLiteral("localhost")
                             << Errors{QSslError::CertificateExpired};
    QTest::addRow("not yet valid") << ServerCertificate::NotYetValid << QStringLiteral("localhost")
                                   << Errors{QSslError::CertificateNotYetValid};
    QTest::addRow("unknown ca") << ServerCertificate::UnknownCa << QStringLiteral("localhost")
                                << Errors{QSslError::UnableToGetLocalIssuerCertificate};
}

void TestCertificateFactory::verification()
{
    QFETCH(ServerCertificate, which);
    QFETCH(QString, hostName);
    QFETCH(QList<QSslError::SslError>, expected);

    const QSslCertificate leaf = CertificateFactory::serverCertificate(which);
    QVERIFY(!leaf.isNull());
    QVERIFY(!CertificateFactory::loadKey(CertificateFactory::shared().server(which).key).isNull());

    // QSslCertificate::verify() uses the default CA store; add the test CA so only the defect under test shows.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(CertificateFactory::caCertificate());
    QSslConfiguration::setDefaultConfiguration(configuration);

    QList<QSslError::SslError> actual;
    for (const QSslError &error : QSslCertificate::verify({leaf}, hostName))
        actual << error.error();
    for (QSslError::SslError error : expected)
        QVERIFY2(actual.contains(error), qPrintable(QStringLiteral("missing error %1").arg(int(error))));
    if (expected.isEmpty())
        QCOMPARE(actual, expected);
}

void TestCertificateFactory::clientCertificateChainsToClientCa()
{
    const QSslCertificate client = CertificateFactory::clientCertificate();
    QVERIFY(!client.isNull());
    QCOMPARE(client.issuerDisplayName(), CertificateFactory::clientCaCertificate().subjectDisplayName());
    QVERIFY(!CertificateFactory::clientKey().isNull());
}

void TestCertificateFactory::pkcs12IsReadable()
{
    const CertificateSet &set = CertificateFactory::shared();
    QFile file(set.clientPkcs12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QVERIFY(QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, set.clientPkcs12Password.toUtf8()));
    QVERIFY(!key.isNull());
    QCOMPARE(certificate, CertificateFactory::clientCertificate());
    QCOMPARE(chain.size(), 1);
    QCOMPARE(chain.constFirst(), CertificateFactory::clientCaCertificate());

    QVERIFY(file.seek(0));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mac verify failure")));
    QVERIFY(!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, "wrong password"));
}

void TestCertificateFactory::encryptedKeyNeedsItsPassphrase()
{
    const CertificateSet &set = CertificateFactory::shared();
    QFile file(set.clientEncryptedKey);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.contains("ENCRYPTED PRIVATE KEY"));
    const QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, set.clientKeyPassword.toUtf8());
    QVERIFY(!key.isNull());
    QCOMPARE(key, CertificateFactory::clientKey());
    QVERIFY(QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, "wrong").isNull());
}

QTEST_GUILESS_MAIN(TestCertificateFactory)
#include "tst_certificatefactory.moc"
