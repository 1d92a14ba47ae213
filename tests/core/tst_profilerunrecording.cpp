// What a finished run does to its profile (ProfileRunRecording), the rule the window, its fleet check and the
// command line share: the last use, the history, the certificate compared with the one remembered, and remembering.

#include "core/profiles/profilerunrecording.h"
#include "core/profiles/profilestore.h"
#include "core/session/sessionresult.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Smtp;

namespace
{

const QDateTime rememberedOn(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

CertificateReport report(const QString &fingerprint, const QString &pin, bool verified)
{
    CertificateReport tls;
    tls.tlsEstablished = true;
    tls.verified = verified;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    CertificateInfo leaf;
    leaf.sha256Fingerprint = fingerprint;
    leaf.spkiSha256 = pin;
    leaf.notAfter = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
    tls.chain << leaf;
    return tls;
}

RememberedCertificate remembered(const QString &fingerprint, const QString &pin)
{
    return {pin, fingerprint, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC), rememberedOn};
}

} // namespace

class TestProfileRunRecording : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void record_data();
    void record();
    void recordLeavesAnEditMadeMeanwhile();
    void recordOfAProfileGone();
    void remember_data();
    void remember();
    void rememberOfAProfileGone();
    void editorKeepsTheRecordedRuns();

private:
    QString addProfile(const std::optional<RememberedCertificate> &certificate = std::nullopt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileRunRecording::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileRunRecording::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(!m_store->load().isError());
}

QString TestProfileRunRecording::addProfile(const std::optional<RememberedCertificate> &certificate)
{
    Profile profile;
    profile.name = QStringLiteral("relay");
    profile.settings.host = QStringLiteral("mail.example.test");
    profile.rememberedCertificate = certificate;
    if (m_store->add(profile).isError())
        return {};
    return profile.id;
}

void TestProfileRunRecording::record_data()
{
    QTest::addColumn<bool>("haveMemory");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<bool>("withTls");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("lastResult");
    QTest::addColumn<int>("historySize");
    QTest::addColumn<QString>("certificateState"); // empty: no comparison
    QTest::addColumn<bool>("keyChanged");

    const int none = int(ErrorCode::None);
    QTest::addRow("first verified run") << false << none << true << "AA:01"
                                        << "p1"
                                        << "OK" << 1 << "first" << false;
    QTest::addRow("the remembered certificate") << true << none << true << "AA:01"
                                                << "p1"
                                                << "OK" << 1 << "same" << false;
    QTest::addRow("renewed with the same key") << true << none << true << "BB:02"
                                               << "p1"
                                               << "OK" << 1 << "changed" << false;
    QTest::addRow("another key") << true << none << true << "CC:03"
                                 << "p2"
                                 << "OK" << 1 << "changed" << true;
    QTest::addRow("no TLS: nothing to compare") << true << none << false << ""
                                                << ""
                                                << "OK" << 1 << "" << false;
    QTest::addRow("failed after TLS") << true << int(ErrorCode::AuthenticationFailed) << true << "AA:01"
                                      << "p1"
                                      << "AuthenticationFailed" << 1 << "same" << false;
    QTest::addRow("cancelled: used, not in the history") << false << int(ErrorCode::Cancelled) << false << ""
                                                         << ""
                                                         << "Cancelled" << 0 << "" << false;
}

void TestProfileRunRecording::record()
{
    QFETCH(bool, haveMemory);
    QFETCH(int, errorCode);
    QFETCH(bool, withTls);
    QFETCH(QString, fingerprint);
    QFETCH(QString, pin);
    QFETCH(QString, lastResult);
    QFETCH(int, historySize);
    QFETCH(QString, certificateState);
    QFETCH(bool, keyChanged);

    const QString id = addProfile(haveMemory ? std::optional(remembered(QStringLiteral("AA:01"), QStringLiteral("p1")))
                                             : std::nullopt);
    SessionResult result;
    result.error.code = ErrorCode(errorCode);
    if (withTls)
        result.tls = report(fingerprint, pin, true);

    const ProfileRunRecording::Recorded recorded = ProfileRunRecording::record(*m_store, id, result, now);
    QVERIFY(recorded.found);
    QVERIFY(recorded.changed);
    QCOMPARE(recorded.certificate.has_value(), !certificateState.isEmpty());
    if (recorded.certificate) {
        QCOMPARE(recorded.certificate->stateName(), certificateState);
        QCOMPARE(recorded.certificate->keyChanged, keyChanged);
    }
    const Profile profile = *m_store->find(id);
    QCOMPARE(profile.lastUsed, now);
    QCOMPARE(profile.lastResult, lastResult);
    QCOMPARE(profile.lastResultOk, errorCode == int(ErrorCode::None));
    QCOMPARE(profile.history.size(), historySize);
    if (historySize > 0) {
        QCOMPARE(profile.history.first().when, now);
        QCOMPARE(profile.history.first().outcome, lastResult);
        QCOMPARE(profile.history.first().certificateSha256, fingerprint);
    }
    // Recording compares; only the user's choice remembers.
    QCOMPARE(profile.rememberedCertificate.has_value(), haveMemory);
    if (haveMemory)
        QCOMPARE(profile.rememberedCertificate->sha256Fingerprint, QStringLiteral("AA:01"));
}

void TestProfileRunRecording::recordLeavesAnEditMadeMeanwhile()
{
    const QString id = addProfile();
    // The profile is edited while its session runs: the record changes the profile as it is now.
    Profile edited = *m_store->find(id);
    edited.name = QStringLiteral("renamed meanwhile");
    edited.settings.port = quint16(2525);
    QVERIFY(!m_store->update(edited).isError());

    SessionResult result;
    result.tls = report(QStringLiteral("AA:01"), QStringLiteral("p1"), true);
    QVERIFY(ProfileRunRecording::record(*m_store, id, result, now).changed);
    const Profile profile = *m_store->find(id);
    QCOMPARE(profile.name, QStringLiteral("renamed meanwhile"));
    QCOMPARE(profile.settings.port, std::optional<quint16>(2525));
    QCOMPARE(profile.history.size(), 1);
}

void TestProfileRunRecording::recordOfAProfileGone()
{
    const QString id = addProfile();
    QVERIFY(!m_store->remove(id).isError());
    SessionResult result;
    result.tls = report(QStringLiteral("AA:01"), QStringLiteral("p1"), true);
    const ProfileRunRecording::Recorded recorded = ProfileRunRecording::record(*m_store, id, result, now);
    QVERIFY(!recorded.found);
    QVERIFY(!recorded.changed);
    QVERIFY(!recorded.certificate);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileRunRecording::remember_data()
{
    QTest::addColumn<bool>("haveMemory");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("rememberedFingerprint"); // afterwards, empty for none
    QTest::addColumn<QDateTime>("rememberedSince");

    using Outcome = ProfileRunRecording::Remembered::Outcome;
    QTest::addRow("first, verified") << false << "AA:01"
                                     << "p1" << true << int(Outcome::Remembered) << "AA:01" << now;
    QTest::addRow("first, not verified") << false << "AA:01"
                                         << "p1" << false << int(Outcome::NotVerified) << "" << QDateTime();
    QTest::addRow("the same: kept as it was")
        << true << "AA:01"
        << "p1" << true << int(Outcome::AlreadyRemembered) << "AA:01" << rememberedOn;
    QTest::addRow("a new key accepted") << true << "CC:03"
                                        << "p2" << true << int(Outcome::Remembered) << "CC:03" << now;
    QTest::addRow("a new key not verified: the old one stays")
        << true << "CC:03"
        << "p2" << false << int(Outcome::NotVerified) << "AA:01" << rememberedOn;
}

void TestProfileRunRecording::remember()
{
    QFETCH(bool, haveMemory);
    QFETCH(QString, fingerprint);
    QFETCH(QString, pin);
    QFETCH(bool, verified);
    QFETCH(int, outcome);
    QFETCH(QString, rememberedFingerprint);
    QFETCH(QDateTime, rememberedSince);

    const QString id = addProfile(haveMemory ? std::optional(remembered(QStringLiteral("AA:01"), QStringLiteral("p1")))
                                             : std::nullopt);
    const ProfileRunRecording::Remembered result =
        ProfileRunRecording::remember(*m_store, id, report(fingerprint, pin, verified), now);
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY(!result.error.isError());
    const Profile profile = *m_store->find(id);
    QCOMPARE(profile.rememberedCertificate.has_value(), !rememberedFingerprint.isEmpty());
    if (profile.rememberedCertificate) {
        QCOMPARE(profile.rememberedCertificate->sha256Fingerprint, rememberedFingerprint);
        QCOMPARE(profile.rememberedCertificate->rememberedSince, rememberedSince);
    }
    // What was remembered, or already was; nothing when nothing could be.
    if (outcome == int(ProfileRunRecording::Remembered::Outcome::NotVerified))
        QVERIFY(!result.certificate);
    else
        QCOMPARE(result.certificate, profile.rememberedCertificate);
    // Remembering is not a run.
    QVERIFY(profile.history.isEmpty());
    QVERIFY(!profile.lastUsed.isValid());
}

void TestProfileRunRecording::rememberOfAProfileGone()
{
    const QString id = addProfile();
    QVERIFY(!m_store->remove(id).isError());
    const ProfileRunRecording::Remembered result =
        ProfileRunRecording::remember(*m_store, id, report(QStringLiteral("AA:01"), QStringLiteral("p1"), true), now);
    QCOMPARE(result.outcome, ProfileRunRecording::Remembered::Outcome::ProfileGone);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileRunRecording::editorKeepsTheRecordedRuns()
{
    const QString id = addProfile();
    // An editor opened before the run holds the profile as it was then.
    Profile editorCopy = *m_store->find(id);
    SessionResult result;
    result.tls = report(QStringLiteral("AA:01"), QStringLiteral("p1"), true);
    ProfileRunRecording::record(*m_store, id, result, now);
    ProfileRunRecording::remember(*m_store, id, *result.tls, now);

    editorCopy.notes = QStringLiteral("edited");
    ProfileRunRecording::keepRecordedRuns(editorCopy, *m_store->find(id));
    QCOMPARE(editorCopy.notes, QStringLiteral("edited"));
    QCOMPARE(editorCopy.history.size(), 1);
    QCOMPARE(editorCopy.lastUsed, now);
    QCOMPARE(editorCopy.lastResult, QStringLiteral("OK"));
    QVERIFY(editorCopy.rememberedCertificate.has_value());
    QCOMPARE(editorCopy.rememberedCertificate->sha256Fingerprint, QStringLiteral("AA:01"));
}

QTEST_GUILESS_MAIN(TestProfileRunRecording)
#include "tst_profilerunrecording.moc"
