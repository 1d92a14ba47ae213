#include "core/tls/certificatereport.h"
#include "tests/support/certificatefactory.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

class TestCertificateReport : public QObject
{
    Q_OBJECT

private slots:
    void spkiPinEqualsOpenssl_data();
    void spkiPinEqualsOpenssl();
    void spkiPinInEveryForm();
};

void TestCertificateReport::spkiPinEqualsOpenssl_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("EC leaf") << int(ServerCertificate::Valid);
    QTest::addRow("RSA leaf") << int(ServerCertificate::ValidRsa);
    QTest::addRow("self-signed") << int(ServerCertificate::SelfSigned);
    QTest::addRow("expired") << int(ServerCertificate::Expired);
}

void TestCertificateReport::spkiPinEqualsOpenssl()
{
    QFETCH(int, which);
    const CertificateFiles &files = CertificateFactory::shared().server(ServerCertificate(which));
    const QString folder = QFileInfo(files.certificate).absolutePath();
    // The pin as DANE and pinning guides compute it: the DER SubjectPublicKeyInfo, hashed.
    const OpensslRun publicKey = CertificateFactory::runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-in"), files.certificate, QStringLiteral("-noout"),
         QStringLiteral("-pubkey"), QStringLiteral("-out"), QStringLiteral("pin-test-key.pem")},
        folder);
    QVERIFY2(publicKey.ok, qPrintable(publicKey.error));
    const OpensslRun der = CertificateFactory::runOpenssl(
        {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), QStringLiteral("pin-test-key.pem"),
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("pin-test-key.der")},
        folder);
    QVERIFY2(der.ok, qPrintable(der.error));
    QFile spki(folder + QStringLiteral("/pin-test-key.der"));
    QVERIFY(spki.open(QIODevice::ReadOnly));
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(spki.readAll(), QCryptographicHash::Sha256).toHex());

    const CertificateInfo info =
        CertificateReport::describe(CertificateFactory::serverCertificate(ServerCertificate(which)));
    QCOMPARE(info.spkiSha256, expected);
    QCOMPARE(info.spkiSha256.size(), 64);
}

void TestCertificateReport::spkiPinInEveryForm()
{
    CertificateReport report;
    report.tlsEstablished = true;
    report.chain << CertificateReport::describe(CertificateFactory::serverCertificate(ServerCertificate::Valid));
    const QString pin = report.chain.first().spkiSha256;
    QVERIFY(!pin.isEmpty());
    const QJsonObject leaf = report.toJson().value(QStringLiteral("chain")).toArray().first().toObject();
    QCOMPARE(leaf.value(QStringLiteral("spki_sha256")).toString(), pin);
    QVERIFY(report.toTextLines().contains(QStringLiteral("  SPKI SHA-256: %1").arg(pin)));
}

QTEST_GUILESS_MAIN(TestCertificateReport)
#include "tst_certificatereport.moc"
