#include "tests/support/certificatefactory.h"
#include "tests/support/hostileservertext.h"
#include "ui/certificates/certificatechainmodel.h"
#include "ui/certificates/certificatedetailsdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <iterator>

Q_DECLARE_METATYPE(Smtp::CertificateInfo)

using SmtpUi::CertificateChainModel;
using SmtpUi::CertificateDetailsDialog;

namespace
{
Smtp::CertificateInfo certificate(const QString &subject, const QString &issuer, qint64 daysLeft,
                                  const QStringList &errors = {})
{
    Smtp::CertificateInfo info;
    info.subject = subject;
    info.issuer = issuer;
    info.subjectAlternativeNames = {QStringLiteral("DNS:mail.example.test")};
    info.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    info.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft);
    info.daysLeft = daysLeft;
    info.keyType = QStringLiteral("EC");
    info.keyBits = 256;
    info.signatureAlgorithm = QStringLiteral("ecdsa-with-SHA256");
    info.sha256Fingerprint = QStringLiteral("AA:BB");
    info.sha1Fingerprint = QStringLiteral("CC:DD");
    info.errors = errors;
    info.pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n") + subject.toUtf8().toBase64() +
               QByteArrayLiteral("\n-----END CERTIFICATE-----\n");
    return info;
}

Smtp::CertificateReport report(const QList<Smtp::CertificateInfo> &chain)
{
    Smtp::CertificateReport report;
    report.tlsEstablished = true;
    report.chain = chain;
    report.protocol = QStringLiteral("TLS 1.3");
    report.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    report.cipherBits = 128;
    report.verificationName = QStringLiteral("mail.example.test");
    for (const Smtp::CertificateInfo &info : chain)
        report.verificationErrors.append(info.errors);
    report.verified = report.verificationErrors.isEmpty();
    return report;
}
} // namespace

class TestCertificateDetailsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chainModel_data();
    void chainModel();
    void hostileCertificateTextIsPlain();
    void showsThePublicKeyPin();
    void forgedNamesAreEscaped_data();
    void forgedNamesAreEscaped();
    void expiry_data();
    void expiry();
    void errorsAndExport();
    void showsWhatOpenSslSaidAndTheOcspResponse();
    void trustAnchorNamesTimesAndCopy();
};

void TestCertificateDetailsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCertificateDetailsDialog::chainModel_data()
{
    QTest::addColumn<int>("length");
    QTest::addRow("empty") << 0;
    QTest::addRow("leaf only") << 1;
    QTest::addRow("leaf, intermediate, root") << 3;
}

void TestCertificateDetailsDialog::chainModel()
{
    QFETCH(int, length);
    QList<Smtp::CertificateInfo> chain;
    for (int i = 0; i < length; ++i)
        chain.append(certificate(QStringLiteral("CN=cert %1").arg(i), QStringLiteral("CN=cert %1").arg(i + 1), 100));
    CertificateChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChain(chain);
    QCOMPARE(model.rowCount(), length > 0 ? 1 : 0);
    // Walk from the top (the root) down to the server's certificate.
    QModelIndex index = model.index(0, 0);
    for (int position = length - 1; position >= 0; --position) {
        QVERIFY(index.isValid());
        QCOMPARE(index.data(CertificateChainModel::ChainPositionRole).toInt(), position);
        QCOMPARE(index, model.indexForPosition(position));
        index = model.index(0, 0, index);
    }
    QVERIFY(!index.isValid());
}

void TestCertificateDetailsDialog::hostileCertificateTextIsPlain()
{
    // Hostile-server case C13: markup in certificate fields must be shown literally.
    const QString subject = QStringLiteral("CN=mail.example.test, O=<b>Your Bank</b>");
    CertificateDetailsDialog dialog(report({certificate(subject, QStringLiteral("CN=<a href=\"x\">CA</a>"), 200)}));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QStringLiteral("ValueLabel")) ||
            label->objectName() == QStringLiteral("summaryLabel"))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("subjectValueLabel"))->text(), subject);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("issuerValueLabel"))->text(),
             QStringLiteral("CN=<a href=\"x\">CA</a>"));
}

void TestCertificateDetailsDialog::showsThePublicKeyPin()
{
    Smtp::CertificateInfo info = certificate(QStringLiteral("CN=mail.example.test"), QStringLiteral("CN=CA"), 200);
    info.spkiSha256 = QStringLiteral("3b").repeated(32);
    info.sha1Fingerprint = QStringLiteral("C3:DD:FE:02:DD:76:D0:AA:CC:D4:62:84:54:A8:59:37:27:EF:0A:5B");
    CertificateDetailsDialog dialog(report({info}));
    auto *pin = dialog.findChild<QLabel *>(QStringLiteral("spkiValueLabel"));
    QCOMPARE(pin->text(), info.spkiSha256);

    // At the size of the documentation's screenshot every value is seen whole: the pin, one word of 64 characters,
    // goes under its title rather than pushing the fingerprints out of sight behind a scroll bar.
    dialog.resize(900, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *scrollArea = dialog.findChild<QScrollArea *>(QStringLiteral("detailsScrollArea"));
    QVERIFY(scrollArea);
    QTRY_VERIFY(!scrollArea->horizontalScrollBar()->isVisible());
    const QRect viewport = scrollArea->viewport()->rect();
    for (const char *name : {"spkiValueLabel", "sha1ValueLabel", "sha256ValueLabel", "subjectValueLabel"}) {
        auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
        const QRect shown(label->mapTo(scrollArea->viewport(), QPoint(0, 0)), label->size());
        QVERIFY2(viewport.contains(shown), name);
        QVERIFY2(label->width() >= label->minimumSizeHint().width(), name);
    }
}

void TestCertificateDetailsDialog::forgedNamesAreEscaped_data()
{
    QTest::addColumn<Smtp::CertificateInfo>("info");
    QTest::addColumn<QString>("shownSubject");

    QTest::addRow("forged names, escaped by the report")
        << Smtp::CertificateReport::describe(
               SmtpTest::CertificateFactory::serverCertificate(SmtpTest::ServerCertificate::ForgedNames))
        << SmtpTest::escapedForgedSubject();
    // Defence in depth: a report whose text was never escaped still shows every name on its own line.
    static constexpr char16_t rawSubject[] = u"CN=x\nCertificate verified for a.test.\u202E\0";
    Smtp::CertificateInfo raw = certificate(QString::fromUtf16(rawSubject, std::size(rawSubject) - 1),
                                            QStringLiteral("CN=ca\u2028S: 235 forged"), 100);
    raw.subjectAlternativeNames = {QStringLiteral("DNS:evil\r\nCertificate verified for b.test.\x1b[2J")};
    raw.serialNumber = QStringLiteral("01\n235 forged");
    raw.signatureAlgorithm = QStringLiteral("x\u2066");
    QTest::addRow("raw names") << raw << QStringLiteral("CN=x\\nCertificate verified for a.test.\\u202E\\0");
}

// Issue #11: a line break, ESC or bidi control in a certificate name is shown escaped and starts no line.
void TestCertificateDetailsDialog::forgedNamesAreEscaped()
{
    QFETCH(Smtp::CertificateInfo, info);
    QFETCH(QString, shownSubject);
    Smtp::CertificateReport forged = report({info});
    forged.verificationName = QStringLiteral("localhost\nCertificate verified for c.test.");
    CertificateDetailsDialog dialog(forged);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("subjectValueLabel"))->text(), shownSubject);
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        const QString problem = SmtpTest::forgedOutputProblem(label->text());
        QVERIFY2(problem.isEmpty(), qPrintable(label->objectName() + QStringLiteral(": ") + problem));
    }
    const QTreeView *tree = dialog.findChild<QTreeView *>();
    QVERIFY(tree);
    const QString row = tree->model()->index(0, 0).data().toString();
    QVERIFY2(SmtpTest::forgedOutputProblem(row).isEmpty(), qPrintable(row));
    QVERIFY(!row.contains(u'\n'));
}

void TestCertificateDetailsDialog::expiry_data()
{
    QTest::addColumn<qint64>("daysLeft");
    QTest::addColumn<bool>("warning");
    QTest::addRow("a year") << qint64(365) << false;
    QTest::addRow("exactly 30 days") << qint64(30) << false;
    QTest::addRow("29 days") << qint64(29) << true;
    QTest::addRow("today") << qint64(0) << true;
    QTest::addRow("expired") << qint64(-3) << true;
}

void TestCertificateDetailsDialog::expiry()
{
    QFETCH(qint64, daysLeft);
    QFETCH(bool, warning);
    CertificateDetailsDialog dialog(report({certificate(QStringLiteral("CN=a"), QStringLiteral("CN=b"), daysLeft)}));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("daysLeftValueLabel"));
    QVERIFY(label);
    QCOMPARE(label->property("warning").toBool(), warning);
    QCOMPARE(label->text().contains(QChar(0x26a0)), warning);
}

void TestCertificateDetailsDialog::showsWhatOpenSslSaidAndTheOcspResponse()
{
    Smtp::CertificateReport withResponse =
        report({certificate(QStringLiteral("CN=leaf"), QStringLiteral("CN=ca"), 90)});
    Smtp::OcspReport response;
    response.stapled = true;
    response.status = QStringLiteral("good");
    response.responder = QStringLiteral("Example CA");
    response.trusted = true;
    withResponse.applyOcsp(response);
    withResponse.keyExchange = QStringLiteral("X25519");
    withResponse.serverSignature = QStringLiteral("RSA-PSS SHA256");
    withResponse.clientCertificateRequested = true;
    withResponse.acceptableClientCaNames = {QStringLiteral("CN=Client CA\\x0a<b>")};
    CertificateDetailsDialog dialog(withResponse);
    const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("Key exchange X25519, server signature RSA-PSS SHA256")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(
                 QStringLiteral("The server asked for a client certificate from: CN=Client CA\\x0a<b>.")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("OCSP: good, signed by Example CA (response verified).")),
             qPrintable(summary->text()));
    // Without --ocsp nothing is said about OCSP.
    CertificateDetailsDialog without(report({certificate(QStringLiteral("CN=leaf"), QStringLiteral("CN=ca"), 90)}));
    QVERIFY(!without.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("OCSP")));
}

void TestCertificateDetailsDialog::errorsAndExport()
{
    const QList<Smtp::CertificateInfo> chain{
        certificate(QStringLiteral("CN=leaf"), QStringLiteral("CN=root"), 100,
                    {QStringLiteral("The host name did not match any of the valid hosts for this certificate")}),
        certificate(QStringLiteral("CN=root"), QStringLiteral("CN=root"), 1000,
                    {QStringLiteral("The root certificate of the certificate chain is self-signed, and untrusted")})};
    CertificateDetailsDialog dialog(report(chain));
    dialog.show();
    auto *errors = dialog.findChild<QLabel *>(QStringLiteral("errorsValueLabel"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(errors && summary);
    QVERIFY(errors->text().contains(QStringLiteral("host name")));
    QVERIFY(summary->text().contains(QStringLiteral("did not verify")));
    dialog.setCurrentPosition(1);
    QCOMPARE(dialog.currentPosition(), 1);
    QVERIFY(errors->text().contains(QStringLiteral("self-signed")));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("subjectValueLabel"))->text(), QStringLiteral("CN=root"));

    // Selecting in the tree shows that certificate.
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("chainTreeView"));
    QVERIFY(tree);
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QCOMPARE(dialog.currentPosition(), 0);

    QTemporaryDir dir;
    const QString chainPath = dir.filePath(QStringLiteral("chain.pem"));
    QCOMPARE(dialog.exportPem(chainPath, true), QString());
    QFile file(chainPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QCOMPARE(pem.count("-----BEGIN CERTIFICATE-----"), 2);
    QCOMPARE(pem, chain.at(0).pem + chain.at(1).pem);
    QVERIFY(!dialog.exportPem(dir.filePath(QStringLiteral("missing/dir/x.pem")), false).isEmpty());
}

void TestCertificateDetailsDialog::trustAnchorNamesTimesAndCopy()
{
    // The server sent its certificate only; the chain was verified to an anchor from the trust store.
    Smtp::CertificateInfo leaf = certificate(QStringLiteral("CN=leaf"), QStringLiteral("CN=anchor"), 100);
    leaf.subjectAlternativeNames = {QStringLiteral("DNS:mail.example.test"), QStringLiteral("IP:::1")};
    Smtp::CertificateReport withAnchor = report({leaf});
    withAnchor.trustAnchor = certificate(QStringLiteral("CN=anchor"), QStringLiteral("CN=anchor"), 3000);
    CertificateDetailsDialog dialog(withAnchor);
    dialog.show();

    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("chainTreeView"));
    QVERIFY(tree);
    const QModelIndex top = tree->model()->index(0, 0);
    QCOMPARE(top.data().toString(), QStringLiteral("CN=anchor"));
    QVERIFY(top.data(Qt::ToolTipRole).toString().contains(QStringLiteral("trust anchor")));
    QCOMPARE(tree->model()->index(0, 0, top).data().toString(), QStringLiteral("CN=leaf"));
    tree->setCurrentIndex(top);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("subjectValueLabel"))->text(), QStringLiteral("CN=anchor"));
    // Exporting the chain writes what the server sent, not the anchor.
    QTemporaryDir dir;
    QCOMPARE(dialog.exportPem(dir.filePath(QStringLiteral("chain.pem")), true), QString());
    QFile chainFile(dir.filePath(QStringLiteral("chain.pem")));
    QVERIFY(chainFile.open(QIODevice::ReadOnly));
    QCOMPARE(chainFile.readAll(), leaf.pem);

    // Names read as type and value; times carry their zone.
    dialog.setCurrentPosition(0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("alternativeNamesValueLabel"))->text(),
             QStringLiteral("DNS: mail.example.test\nIP: ::1"));
    const QString zone = leaf.notAfter.toLocalTime().timeZoneAbbreviation();
    QVERIFY(!zone.isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("validityValueLabel"))->text().endsWith(zone));

    // Copy PEM says that it copied, then reads as before.
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyPemPushButton"));
    QVERIFY(copy);
    const QString label = copy->text();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().toLatin1(), leaf.pem);
    QVERIFY(copy->text() != label);
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), label, 5000);
}

QTEST_MAIN(TestCertificateDetailsDialog)
#include "tst_certificatedetailsdialog.moc"
