#include "core/profiles/profile.h"
#include "core/profiles/runhistory.h"
#include "core/protocol/reply.h"
#include "core/session/sessionresult.h"

#include <QTest>

using namespace Smtp;

class TestRunHistory : public QObject
{
    Q_OBJECT

private slots:
    void recordOfAVerifiedRun();
    void recordOfAFailedRun();
    void newestFirstAndBounded();
    void differences();
    void nothingChanged();
    void profileKeepsItsHistory();
    void partialRecordSurvivesASave();

private:
    static RunRecord run(const QString &outcome, const QString &protocol, const QString &certificate,
                         const QStringList &capabilities);
};

RunRecord TestRunHistory::run(const QString &outcome, const QString &protocol, const QString &certificate,
                              const QStringList &capabilities)
{
    RunRecord record;
    record.when = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    record.ok = outcome == QStringLiteral("OK");
    record.outcome = outcome;
    record.tlsProtocol = protocol;
    if (!protocol.isEmpty())
        record.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    record.certificateSha256 = certificate;
    if (!certificate.isEmpty())
        record.certificateNotAfter = record.when.addDays(90);
    record.capabilities = capabilities;
    return record;
}

void TestRunHistory::recordOfAVerifiedRun()
{
    SessionResult result;
    CertificateReport tls;
    tls.tlsEstablished = true;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    CertificateInfo leaf;
    leaf.sha256Fingerprint = QStringLiteral("AA:BB");
    leaf.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    tls.chain << leaf;
    result.tls = tls;
    Reply ehlo;
    ehlo.code = 250;
    ehlo.lines = {QByteArrayLiteral("mail.example.test"), QByteArrayLiteral("PIPELINING"),
                  QByteArrayLiteral("SIZE 1000"), QByteArrayLiteral("STARTTLS")};
    result.capabilitiesBeforeTls = Capabilities::fromEhloReply(ehlo);
    ehlo.lines.removeLast();
    result.capabilitiesAfterTls = Capabilities::fromEhloReply(ehlo);
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);

    const RunRecord record = RunRecord::fromResult(result, now);
    QCOMPARE(record.when, now);
    QVERIFY(record.ok);
    QCOMPARE(record.outcome, QStringLiteral("OK"));
    QCOMPARE(record.tlsProtocol, QStringLiteral("TLS 1.3"));
    QCOMPARE(record.certificateSha256, QStringLiteral("AA:BB"));
    // After TLS, what the server offers then.
    QCOMPARE(record.capabilities, (QStringList{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 1000")}));
    QStringList problems;
    QCOMPARE(RunRecord::fromJson(record.toJson(), problems), record);
    QVERIFY(problems.isEmpty());
}

void TestRunHistory::recordOfAFailedRun()
{
    SessionResult result;
    result.error.code = ErrorCode::CertificateUntrusted;
    const RunRecord record = RunRecord::fromResult(result, QDateTime::currentDateTimeUtc());
    QVERIFY(!record.ok);
    QCOMPARE(record.outcome, QStringLiteral("CertificateUntrusted"));
    QVERIFY(record.tlsProtocol.isEmpty());
}

void TestRunHistory::newestFirstAndBounded()
{
    QList<RunRecord> history;
    for (int index = 0; index < RunHistory::maximumRuns + 5; ++index) {
        RunRecord record = run(QStringLiteral("OK"), QStringLiteral("TLS 1.3"), QString::number(index), {});
        history = RunHistory::withRun(history, record);
    }
    QCOMPARE(history.size(), RunHistory::maximumRuns);
    QCOMPARE(history.first().certificateSha256, QString::number(RunHistory::maximumRuns + 4));
    QCOMPARE(history.last().certificateSha256, QStringLiteral("5"));
}

void TestRunHistory::differences()
{
    const RunRecord older = run(QStringLiteral("OK"), QStringLiteral("TLS 1.2"), QStringLiteral("AA:01"),
                                {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 1000")});
    const RunRecord newer = run(QStringLiteral("CertificateRejected"), QStringLiteral("TLS 1.3"),
                                QStringLiteral("BB:02"), {QStringLiteral("SIZE 2000"), QStringLiteral("PIPELINING")});
    const QStringList changes = RunHistory::differences(older, newer);
    QCOMPARE(changes.size(), 5);
    QCOMPARE(changes.at(0), QStringLiteral("Outcome: OK → CertificateRejected"));
    QCOMPARE(changes.at(1), QStringLiteral("TLS version: TLS 1.2 → TLS 1.3"));
    QVERIFY(changes.at(2).startsWith(QStringLiteral("Certificate: AA:01 → BB:02")));
    QCOMPARE(changes.at(3), QStringLiteral("Capability added: SIZE 2000"));
    QCOMPARE(changes.at(4), QStringLiteral("Capability removed: SIZE 1000"));
}

void TestRunHistory::nothingChanged()
{
    const RunRecord record =
        run(QStringLiteral("OK"), QStringLiteral("TLS 1.3"), QStringLiteral("AA:01"), {QStringLiteral("8BITMIME")});
    QVERIFY(RunHistory::differences(record, record).isEmpty());
}

void TestRunHistory::profileKeepsItsHistory()
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Relay");
    profile.history = {run(QStringLiteral("OK"), QStringLiteral("TLS 1.3"), QStringLiteral("AA:01"), {}),
                       run(QStringLiteral("Timeout"), {}, {}, {})};
    QStringList problems;
    const Profile read = Profile::fromJson(profile.toJson(), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(read.history, profile.history);
}

// Found by fuzz_profileloader (corpus/profileloader/history-fields-on-their-own): a record read from a file with a
// cipher but no protocol, or a certificate date but no fingerprint, lost those fields when the profile was saved.
void TestRunHistory::partialRecordSurvivesASave()
{
    const QJsonObject object{
        {QStringLiteral("when"), QStringLiteral("2026-01-02T03:04:05Z")},
        {QStringLiteral("ok"), true},
        {QStringLiteral("outcome"), QStringLiteral("OK")},
        {QStringLiteral("cipher"), QStringLiteral("TLS_AES_256_GCM_SHA384")},
        {QStringLiteral("certificateNotAfter"), QStringLiteral("2027-01-01T00:00:00Z")},
    };
    QStringList problems;
    const RunRecord record = RunRecord::fromJson(object, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(record.cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QVERIFY(record.certificateNotAfter.isValid());
    QCOMPARE(record.toJson(), object);
    const RunRecord reread = RunRecord::fromJson(record.toJson(), problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(reread, record);
}

QTEST_APPLESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
