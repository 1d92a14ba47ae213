#include "core/tls/tlsfailure.h"

#include <QTest>

using namespace Smtp;

Q_DECLARE_METATYPE(Smtp::TlsFailure)
Q_DECLARE_METATYPE(std::optional<QSsl::AlertType>)

class TestTlsFailure final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
};

void TestTlsFailure::classify_data()
{
    QTest::addColumn<std::optional<QSsl::AlertType>>("alert");
    QTest::addColumn<QString>("errors");
    QTest::addColumn<TlsFailure>("failure");

    const std::optional<QSsl::AlertType> none;
    QTest::addRow("wrong version number")
        << none << QStringLiteral("error:0A00010B:SSL routines::wrong version number") << TlsFailure::NotTls;
    QTest::addRow("the code decides, not the words")
        << none << QStringLiteral("error:0A00010B:SSL-Routinen::falsche Versionsnummer") << TlsFailure::NotTls;
    QTest::addRow("TLS 1.3 certificate required")
        << none << QStringLiteral("error:0A00045C:SSL routines::tlsv13 alert certificate required")
        << TlsFailure::ClientCertificateRequired;
    QTest::addRow("certificate required alert") << std::optional<QSsl::AlertType>(QSsl::AlertType::CertificateRequired)
                                                << QString() << TlsFailure::ClientCertificateRequired;
    QTest::addRow("another fatal alert") << std::optional<QSsl::AlertType>(QSsl::AlertType::HandshakeFailure)
                                         << QStringLiteral("error:0A000410:SSL routines::sslv3 alert handshake failure")
                                         << TlsFailure::FatalAlert;
    QTest::addRow("second error in the queue")
        << none << QStringLiteral("error:1E08010C:DECODER routines::unsupported, error:0A00010B:SSL routines::x")
        << TlsFailure::NotTls;
    QTest::addRow("protocol version alert")
        << std::optional<QSsl::AlertType>(QSsl::AlertType::ProtocolVersion) << QString() << TlsFailure::VersionRefused;
    QTest::addRow("server refused the version")
        << none << QStringLiteral("error:0A00042E:SSL routines::tlsv1 alert protocol version")
        << TlsFailure::VersionRefused;
    QTest::addRow("server chose a version not offered")
        << none << QStringLiteral("error:0A000102:SSL routines::unsupported protocol") << TlsFailure::VersionRefused;
    QTest::addRow("no version could be offered")
        << none << QStringLiteral("error:0A0000BF:SSL routines::no protocols available")
        << TlsFailure::VersionUnavailable;
    QTest::addRow("no cipher for the version")
        << none << QStringLiteral("error:0A0000B5:SSL routines::no ciphers available")
        << TlsFailure::VersionUnavailable;
    QTest::addRow("no code") << none << QStringLiteral("wrong version number") << TlsFailure::HandshakeFailed;
    QTest::addRow("other library") << none << QStringLiteral("error:0300010B:bignum routines::x")
                                   << TlsFailure::HandshakeFailed;
}

void TestTlsFailure::classify()
{
    QFETCH(std::optional<QSsl::AlertType>, alert);
    QFETCH(QString, errors);
    QFETCH(TlsFailure, failure);

    QCOMPARE(classifyTlsFailure(alert, errors), failure);
}

QTEST_APPLESS_MAIN(TestTlsFailure)
#include "tst_tlsfailure.moc"
