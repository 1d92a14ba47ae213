#include "sessionrunner.h"

#include "certificatefactory.h"
#include "core/session/sessionhandle.h"
#include "core/session/sessionhost.h"

#include <QSignalSpy>
#include <QThread>

namespace SmtpTest
{

Smtp::ConnectionSettings testSettings(quint16 port, Smtp::SecurityMode security)
{
    Smtp::ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = port;
    settings.security = security;
    settings.timeoutSeconds = 5;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;
    return settings;
}

QString SessionOutcome::text() const
{
    QStringList lines;
    for (const Smtp::TranscriptEvent &event : transcript.events())
        lines << Smtp::TranscriptEvent::kindName(event.kind) + QStringLiteral(": ") + event.text;
    return lines.join(QLatin1Char('\n'));
}

bool SessionOutcome::hasEvent(Smtp::TranscriptEvent::Kind kind, const QString &fragment) const
{
    for (const Smtp::TranscriptEvent &event : transcript.events()) {
        if (event.kind == kind && event.text.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QByteArray SessionOutcome::allTranscriptBytes() const
{
    QByteArray all;
    for (const Smtp::TranscriptEvent &event : transcript.events())
        all += event.raw + '\n' + event.text.toUtf8() + '\n';
    all += result.error.message.toUtf8();
    return all;
}

SessionOutcome runSession(const Smtp::ConnectionSettings &settings, int waitMs)
{
    Smtp::SessionHost host(1);
    std::unique_ptr<Smtp::SessionHandle> handle = host.createSession(settings);
    SessionOutcome outcome;
    QThread *callerThread = QThread::currentThread();
    QObject::connect(handle.get(), &Smtp::SessionHandle::eventsAppended, handle.get(), [&outcome, callerThread] {
        outcome.signalsInCallerThread = outcome.signalsInCallerThread && QThread::currentThread() == callerThread;
    });
    QSignalSpy finished(handle.get(), &Smtp::SessionHandle::finished);
    handle->start();
    outcome.finished = finished.wait(waitMs);
    if (outcome.finished)
        outcome.result = finished.first().first().value<Smtp::SessionResult>();
    outcome.transcript = handle->transcript();
    return outcome;
}

} // namespace SmtpTest
