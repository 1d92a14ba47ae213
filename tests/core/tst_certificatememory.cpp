#include "core/profiles/certificatememory.h"
#include "core/profiles/profile.h"
#include "core/tls/certificatereport.h"

#include <QTest>

using namespace Smtp;

class TestCertificateMemory : public QObject
{
    Q_OBJECT

private slots:
    void remembersOnlyVerifiedLeaves();
    void check_data();
    void check();
    void jsonRoundTrip();
    void profileKeepsIt();
    void malformedIsAProblem();

private:
    static CertificateReport report(const QString &fingerprint, const QString &pin, bool verified = true);
};

CertificateReport TestCertificateMemory::report(const QString &fingerprint, const QString &pin, bool verified)
{
    CertificateReport report;
    report.tlsEstablished = true;
    report.verified = verified;
    CertificateInfo leaf;
    leaf.sha256Fingerprint = fingerprint;
    leaf.spkiSha256 = pin;
    leaf.notAfter = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
    report.chain << leaf << CertificateInfo{};
    return report;
}

void TestCertificateMemory::remembersOnlyVerifiedLeaves()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    const auto remembered = CertificateMemory::fromReport(report(QStringLiteral("AA:01"), QStringLiteral("p1")), now);
    QVERIFY(remembered.has_value());
    QCOMPARE(remembered->sha256Fingerprint, QStringLiteral("AA:01"));
    QCOMPARE(remembered->spkiSha256, QStringLiteral("p1"));
    QCOMPARE(remembered->rememberedSince, now);
    QCOMPARE(remembered->notAfter, QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(!CertificateMemory::fromReport(report(QStringLiteral("AA:01"), QStringLiteral("p1"), false), now));
    QVERIFY(!CertificateMemory::fromReport(CertificateReport{}, now));
}

void TestCertificateMemory::check_data()
{
    QTest::addColumn<bool>("haveMemory");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("keyChanged");

    QTest::addRow("nothing remembered") << false << "AA:01"
                                        << "p1"
                                        << "first" << false;
    QTest::addRow("the same certificate") << true << "AA:01"
                                          << "p1"
                                          << "same" << false;
    QTest::addRow("renewed, same key") << true << "BB:02"
                                       << "p1"
                                       << "changed" << false;
    QTest::addRow("another key") << true << "CC:03"
                                 << "p2"
                                 << "changed" << true;
}

void TestCertificateMemory::check()
{
    QFETCH(bool, haveMemory);
    QFETCH(QString, fingerprint);
    QFETCH(QString, pin);
    QFETCH(QString, state);
    QFETCH(bool, keyChanged);

    const QDateTime since(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    std::optional<RememberedCertificate> memory;
    if (haveMemory)
        memory = RememberedCertificate{QStringLiteral("p1"), QStringLiteral("AA:01"), since.addYears(1), since};
    const CertificateMemoryCheck result = CertificateMemory::check(memory, report(fingerprint, pin));
    QCOMPARE(result.stateName(), state);
    QCOMPARE(result.keyChanged, keyChanged);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), state);
    if (haveMemory)
        QCOMPARE(json.value(QStringLiteral("remembered_since")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));
    if (state == QStringLiteral("changed"))
        QVERIFY(result.message().contains(QStringLiteral("2026-01-02T03:04:05Z")));
    if (keyChanged)
        QVERIFY(result.message().contains(QStringLiteral("KEY")));
}

void TestCertificateMemory::jsonRoundTrip()
{
    const QDateTime since(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const RememberedCertificate memory{QStringLiteral("ab12"), QStringLiteral("AA:01"), since.addYears(1), since};
    QStringList problems;
    QCOMPARE(RememberedCertificate::fromJson(memory.toJson(), problems), memory);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestCertificateMemory::profileKeepsIt()
{
    const QDateTime since(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Relay");
    profile.rememberedCertificate =
        RememberedCertificate{QStringLiteral("ab12"), QStringLiteral("AA:01"), since.addYears(1), since};
    QStringList problems;
    const Profile read = Profile::fromJson(profile.toJson(), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(read.rememberedCertificate, profile.rememberedCertificate);
    QCOMPARE(read, profile);
}

void TestCertificateMemory::malformedIsAProblem()
{
    QStringList problems;
    RememberedCertificate::fromJson(QJsonObject{{QStringLiteral("sha256"), QStringLiteral("AA")}}, problems);
    QVERIFY(problems.size() >= 2);
    Profile profile;
    profile.id = Profile::newId();
    QJsonObject object = profile.toJson();
    object.insert(QStringLiteral("rememberedCertificate"), QStringLiteral("not an object"));
    problems.clear();
    Profile::fromJson(object, problems);
    QCOMPARE(problems.size(), 1);
}

QTEST_APPLESS_MAIN(TestCertificateMemory)
#include "tst_certificatememory.moc"
