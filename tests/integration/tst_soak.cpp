// Soak: 10,000 sessions against aiosmtpd over STARTTLS, each cancelled at a random point of its dialogue (before it
// starts, on the way, or after it ended) or dropped by destroying its handle. Nothing may crash; every session ends
// with a result; the open file descriptors come back to where they started; memory stays flat after the first
// hundred sessions (measured and printed; asserted only within a generous bound, as allocators keep freed pages).
// Under AddressSanitizer freed memory sits in its quarantine (256 MiB by default), so resident memory says nothing
// there: the sanitizer build runs fewer sessions, skips the memory bound and leaves leaks to LeakSanitizer at exit.
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"
#include "tests/support/aiosmtpdprocess.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAddressSanitizer = true;
#else
constexpr bool underAddressSanitizer = false;
#endif

/// SMTP_SOAK_SESSIONS may ask for another number (a longer soak by hand, a quick one while debugging).
const int sessionCount = qEnvironmentVariableIsSet("SMTP_SOAK_SESSIONS")
                             ? qEnvironmentVariableIntValue("SMTP_SOAK_SESSIONS")
                             : (underAddressSanitizer ? 2000 : 10000);
constexpr int inFlight = 32;
constexpr int warmUpSessions = 100;
constexpr int boundMs = 600000;
/// A STARTTLS session to aiosmtpd records about twenty events; a cancel point past that lets it end by itself.
constexpr int latestCancelPoint = 24;

/// What each open file descriptor is ("socket:[…]", "anon_inode:[eventfd]", a path), sorted.
QStringList openFileDescriptors()
{
    QStringList targets;
    const QDir folder(QStringLiteral("/proc/self/fd"));
    for (const QString &name : folder.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System))
        targets << QFileInfo(folder.filePath(name))
                       .symLinkTarget()
                       .replace(QRegularExpression(QStringLiteral("\\[\\d+\\]")), QStringLiteral("[]"));
    // The listing's own descriptor, gone by the time it is read, has no target.
    targets.removeAll(QString());
    targets.sort();
    return targets;
}

/// One session of the soak and the point at which it is cut short.
struct SoakSession
{
    std::unique_ptr<SessionHandle> handle;
    int cancelAfterEvents = 0;
    bool dropHandle = false;
    qsizetype eventsSeen = 0;
};

} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenThousandSessionsCancelledAtRandom();
};

void TestSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!AiosmtpdProcess::isAvailable())
        QSKIP("aiosmtpd is not installed");
    CertificateFactory::shared();
}

void TestSoak::tenThousandSessionsCancelledAtRandom()
{
    AiosmtpdProcess server;
    AiosmtpdOptions options;
    options.tls = AiosmtpdOptions::Tls::StartTls;
    QVERIFY(server.start(options));
    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.security = SecurityMode::StartTls;
    settings.timeoutSeconds = 10;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;

    auto host = std::make_unique<SessionHost>(2);
    const QStringList descriptorsBefore = openFileDescriptors();
    QRandomGenerator random(20261128);
    std::vector<std::unique_ptr<SoakSession>> running;
    int started = 0;
    int finished = 0;
    int cancelledBeforeStart = 0;
    int dropped = 0;
    int completed = 0;
    qint64 memoryAfterWarmUp = 0;

    const auto launch = [&] {
        auto soak = std::make_unique<SoakSession>();
        soak->handle = host->createSession(settings);
        soak->cancelAfterEvents = int(random.bounded(latestCancelPoint + 1));
        soak->dropHandle = random.bounded(10) == 0;
        SoakSession *session = soak.get();
        connect(session->handle.get(), &SessionHandle::eventsAppended, this,
                [session](const QList<TranscriptEvent> &events) {
                    session->eventsSeen += events.size();
                    if (session->eventsSeen >= session->cancelAfterEvents && !session->dropHandle)
                        session->handle->cancel();
                });
        connect(session->handle.get(), &SessionHandle::finished, this, [&finished, &completed](const SessionResult &r) {
            ++finished;
            if (r.ok())
                ++completed;
        });
        if (session->cancelAfterEvents == 0 && !session->dropHandle) {
            // Cancelled before it ever started: it must still end, and touch nothing.
            session->handle->cancel();
            ++cancelledBeforeStart;
        }
        session->handle->start();
        running.push_back(std::move(soak));
        ++started;
    };

    QElapsedTimer clock;
    clock.start();
    while (started < sessionCount || !running.empty()) {
        while (started < sessionCount && int(running.size()) < inFlight)
            launch();
        // Wait for any session to end (or, for one to be dropped, to reach its point), then clear them away.
        const auto done = [](const std::unique_ptr<SoakSession> &soak) {
            return soak->handle->isFinished() || (soak->dropHandle && soak->eventsSeen >= soak->cancelAfterEvents);
        };
        QVERIFY2(QTest::qWaitFor([&] { return std::any_of(running.begin(), running.end(), done); }, 30000),
                 "no session ended within 30 s");
        for (auto it = running.begin(); it != running.end();) {
            if (done(*it)) {
                if (!(*it)->handle->isFinished())
                    ++dropped;
                it = running.erase(it);
            } else {
                ++it;
            }
        }
        if (memoryAfterWarmUp == 0 && started >= warmUpSessions)
            memoryAfterWarmUp = residentMemoryKiB();
        QVERIFY2(clock.elapsed() < boundMs, "the soak did not end in time");
    }
    const qint64 elapsedMs = clock.elapsed();
    const qint64 memoryAfter = residentMemoryKiB();
    // Dropped handles have their sessions deleted on the workers' threads, which the host joins when it goes.
    host.reset();
    // Sockets, pipes and files come back. Event descriptors belong to threads: Qt's host-lookup pool (at
    // most 20 threads, each with its event descriptor) keeps its threads for 30 s after their last lookup.
    const QStringList descriptorsAfter = openFileDescriptors();
    const QString eventDescriptor = QStringLiteral("anon_inode:[eventfd]");
    const auto withoutEvents = [&eventDescriptor](QStringList descriptors) {
        descriptors.removeIf([&eventDescriptor](const QString &target) { return target.endsWith(eventDescriptor); });
        return descriptors;
    };
    QStringList added = withoutEvents(descriptorsAfter);
    for (const QString &before : withoutEvents(descriptorsBefore))
        added.removeOne(before);
    const QString both = QStringLiteral("new descriptors: %1").arg(added.join(u' '));
    // Sockets exactly; other descriptors no more than before (a test runner's own files may come and go).
    QVERIFY2(descriptorsAfter.filter(QStringLiteral("socket:")).size() ==
                 descriptorsBefore.filter(QStringLiteral("socket:")).size(),
             qPrintable(both));
    QVERIFY2(added.isEmpty(), qPrintable(both));
    QVERIFY2(descriptorsAfter.filter(eventDescriptor).size() <= descriptorsBefore.filter(eventDescriptor).size() + 20,
             qPrintable(both));
    QCOMPARE(finished + dropped, sessionCount);
    // The cancel points cover every part of the dialogue, including none at all.
    QVERIFY(cancelledBeforeStart > 0);
    QVERIFY(completed > 0);
    QVERIFY(completed < sessionCount - dropped);

    qInfo("%d sessions in %lld ms (%d at a time): %d completed, %d cancelled on the way, %d cancelled before they "
          "started, %d dropped with their handle",
          sessionCount, elapsedMs, inFlight, completed, finished - completed - cancelledBeforeStart,
          cancelledBeforeStart, dropped);
    qInfo("resident memory after %d sessions %.1f MiB, after %d %.1f MiB (growth %.1f MiB); file descriptors %d "
          "before, %d after (%d of them thread event descriptors)",
          warmUpSessions, double(memoryAfterWarmUp) / 1024, sessionCount, double(memoryAfter) / 1024,
          double(memoryAfter - memoryAfterWarmUp) / 1024, int(descriptorsBefore.size()), int(descriptorsAfter.size()),
          int(descriptorsAfter.filter(eventDescriptor).size()));
    if (underAddressSanitizer)
        return;
    // Generous: a leak of a session's worth (tens of KiB) per session would be hundreds of MiB.
    QVERIFY2(memoryAfter - memoryAfterWarmUp < 64 * 1024, "memory grew after the first hundred sessions");
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
