// The --nagios status line: which status each outcome gets, and that the line stays one line with its performance
// data after the only "|".

#include "app/cli/nagiosreport.h"

#include <QTest>

using namespace Smtp;

namespace
{

SessionResult verifiedResult(qint64 daysLeft)
{
    SessionResult result;
    CertificateReport report;
    report.tlsEstablished = true;
    report.verified = true;
    report.protocol = QStringLiteral("TLS 1.3");
    CertificateInfo leaf;
    leaf.daysLeft = daysLeft;
    report.chain = {leaf};
    result.tls = report;
    result.timings = {PhaseTiming{QStringLiteral("connect"), 0, 3}, PhaseTiming{QStringLiteral("total"), 0, 42}};
    return result;
}

ConnectionSettings settings()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("mx.example.org");
    settings.port = 25;
    return settings;
}

} // namespace

class TestNagiosReport final : public QObject
{
    Q_OBJECT

private slots:
    void statusFollowsTheOutcome_data();
    void statusFollowsTheOutcome();
    void failureIsCriticalWithTheError();
    void serverTextCannotBreakTheLine();
    void localFailuresAreUnknown();
};

void TestNagiosReport::statusFollowsTheOutcome_data()
{
    QTest::addColumn<qint64>("daysLeft");
    QTest::addColumn<int>("memoryState"); // -1 none, else CertificateMemoryCheck::State
    QTest::addColumn<bool>("keyChanged");
    QTest::addColumn<NagiosReport::Status>("status");

    QTest::addRow("plenty of days") << qint64(80) << -1 << false << NagiosReport::Status::Ok;
    QTest::addRow("at the warning threshold") << qint64(21) << -1 << false << NagiosReport::Status::Warning;
    QTest::addRow("between the thresholds") << qint64(10) << -1 << false << NagiosReport::Status::Warning;
    QTest::addRow("at the critical threshold") << qint64(7) << -1 << false << NagiosReport::Status::Critical;
    QTest::addRow("same certificate") << qint64(80) << int(CertificateMemoryCheck::State::Same) << false
                                      << NagiosReport::Status::Ok;
    QTest::addRow("renewed, same key") << qint64(80) << int(CertificateMemoryCheck::State::Changed) << false
                                       << NagiosReport::Status::Ok;
    QTest::addRow("another key") << qint64(80) << int(CertificateMemoryCheck::State::Changed) << true
                                 << NagiosReport::Status::Warning;
    QTest::addRow("another key and about to expire")
        << qint64(3) << int(CertificateMemoryCheck::State::Changed) << true << NagiosReport::Status::Critical;
}

void TestNagiosReport::statusFollowsTheOutcome()
{
    QFETCH(qint64, daysLeft);
    QFETCH(int, memoryState);
    QFETCH(bool, keyChanged);
    QFETCH(NagiosReport::Status, status);
    std::optional<CertificateMemoryCheck> memory;
    if (memoryState >= 0) {
        memory = CertificateMemoryCheck{};
        memory->state = CertificateMemoryCheck::State(memoryState);
        memory->keyChanged = keyChanged;
        memory->rememberedSince = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    }
    const NagiosReport report = NagiosReport::forResult(verifiedResult(daysLeft), settings(), {21, 7}, memory);
    QCOMPARE(report.status, status);
    QVERIFY2(report.line.startsWith(
                 QStringLiteral("SMTP %1 - mx.example.org:25: TLS 1.3, ").arg(NagiosReport::statusName(status))),
             qPrintable(report.line));
    QVERIFY2(report.line.endsWith(QStringLiteral(" | time=0.042s cert_days=%1;21;7").arg(daysLeft)),
             qPrintable(report.line));
}

void TestNagiosReport::failureIsCriticalWithTheError()
{
    SessionResult result = verifiedResult(80);
    result.tls.reset();
    result.error = {ErrorCode::ConnectFailed, QStringLiteral("Connection refused."), Stage::Connect, std::nullopt};
    const NagiosReport report = NagiosReport::forResult(result, settings(), {}, std::nullopt);
    QCOMPARE(report.status, NagiosReport::Status::Critical);
    QCOMPARE(report.line, QStringLiteral("SMTP CRITICAL - mx.example.org:25: Connection refused. | time=0.042s"));
}

void TestNagiosReport::serverTextCannotBreakTheLine()
{
    SessionResult result = verifiedResult(80);
    result.error = {ErrorCode::ServerRejected, QStringLiteral("Refused: 554 no|way\nSMTP OK - forged\x1b[2J"),
                    Stage::Mail, std::nullopt};
    const NagiosReport report = NagiosReport::forResult(result, settings(), {}, std::nullopt);
    QCOMPARE(report.line.count(u'|'), 1);
    QVERIFY(!report.line.contains(u'\n'));
    QVERIFY(!report.line.contains(QChar(0x1b)));
    QVERIFY2(report.line.contains(QStringLiteral("554 no/way SMTP OK - forged")), qPrintable(report.line));
}

void TestNagiosReport::localFailuresAreUnknown()
{
    QCOMPARE(NagiosReport::forFailure(ErrorCode::InvalidSettings, QStringLiteral("bad flag")).status,
             NagiosReport::Status::Unknown);
    QCOMPARE(NagiosReport::forFailure(ErrorCode::InvalidSettings, QStringLiteral("bad flag")).line,
             QStringLiteral("SMTP UNKNOWN - bad flag"));
    QCOMPARE(NagiosReport::forFailure(ErrorCode::Cancelled, QStringLiteral("Interrupted.")).status,
             NagiosReport::Status::Unknown);
    QCOMPARE(NagiosReport::forFailure(ErrorCode::ResolveFailed, QStringLiteral("no such host")).status,
             NagiosReport::Status::Critical);
}

QTEST_APPLESS_MAIN(TestNagiosReport)
#include "tst_nagiosreport.moc"
