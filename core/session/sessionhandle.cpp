#include "sessionhandle.h"

#include "session.h"

namespace Smtp
{

SessionHandle::SessionHandle(Session *session, const ConnectionSettings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_settings(settings)
{
    // The handle is the context of every connection, so each lands in the handle's thread, in order.
    connect(session, &Session::eventsAppended, this, [this](const QList<TranscriptEvent> &events) {
        m_transcript.append(events);
        emit eventsAppended(events);
    });
    connect(session, &Session::stateChanged, this, [this](SessionState state) {
        m_state = state;
        emit stateChanged(state);
    });
    connect(session, &Session::capabilitiesChanged, this, [this](const Capabilities &capabilities, bool afterTls) {
        (afterTls ? m_capabilitiesAfterTls : m_capabilitiesBeforeTls) = capabilities;
        emit capabilitiesChanged(capabilities, afterTls);
    });
    connect(session, &Session::tlsReportChanged, this, [this](const CertificateReport &report) {
        m_tlsReport = report;
        emit tlsReportChanged(report);
    });
    connect(session, &Session::timingsChanged, this, [this](const PhaseTimings &timings) {
        m_timings = timings;
        emit timingsChanged(timings);
    });
    connect(session, &Session::stepFinished, this, &SessionHandle::stepFinished);
    connect(session, &Session::messageProgress, this, &SessionHandle::messageProgress);
    connect(session, &Session::finished, this, [this](const SessionResult &result) {
        // The result is the last word: what it knows replaces what was reported on the way.
        if (result.capabilitiesBeforeTls)
            m_capabilitiesBeforeTls = result.capabilitiesBeforeTls;
        if (result.capabilitiesAfterTls)
            m_capabilitiesAfterTls = result.capabilitiesAfterTls;
        if (result.tls)
            m_tlsReport = result.tls;
        if (!result.timings.isEmpty())
            m_timings = result.timings;
        m_result = result;
        if (m_state != SessionState::Closed) {
            m_state = SessionState::Closed;
            emit stateChanged(m_state);
        }
        emit finished(result);
    });
}

const std::optional<Capabilities> &SessionHandle::capabilities(bool afterTls) const
{
    return afterTls ? m_capabilitiesAfterTls : m_capabilitiesBeforeTls;
}

SessionResult SessionHandle::resultSoFar() const
{
    if (m_result)
        return *m_result;
    SessionResult known;
    known.capabilitiesBeforeTls = m_capabilitiesBeforeTls;
    known.capabilitiesAfterTls = m_capabilitiesAfterTls;
    known.tls = m_tlsReport;
    known.timings = m_timings;
    return known;
}

SessionHandle::~SessionHandle()
{
    if (Session *session = m_session.data()) {
        QMetaObject::invokeMethod(
            session,
            [session] {
                session->cancel();
                session->deleteLater();
            },
            Qt::QueuedConnection);
    }
}

namespace
{
template <typename Call>
void post(const QPointer<Session> &session, Call call)
{
    if (Session *target = session.data())
        QMetaObject::invokeMethod(
            target, [target, call] { call(target); }, Qt::QueuedConnection);
}
} // namespace

void SessionHandle::start()
{
    post(m_session, [](Session *session) { session->start(); });
}

void SessionHandle::sendCommand(const QString &line)
{
    post(m_session, [line](Session *session) { session->sendCommand(line); });
}

void SessionHandle::sendEhlo()
{
    post(m_session, [](Session *session) { session->sendEhlo(); });
}

void SessionHandle::startTls()
{
    post(m_session, [](Session *session) { session->startTls(); });
}

void SessionHandle::authenticate()
{
    post(m_session, [](Session *session) { session->authenticate(); });
}

void SessionHandle::sendMessage(const MessageSettings &message)
{
    post(m_session, [message](Session *session) { session->sendMessage(message); });
}

void SessionHandle::quit()
{
    post(m_session, [](Session *session) { session->quit(); });
}

void SessionHandle::cancel()
{
    post(m_session, [](Session *session) { session->cancel(); });
}

} // namespace Smtp
