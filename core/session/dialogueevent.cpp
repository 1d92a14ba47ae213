#include "dialogueevent.h"

namespace Smtp
{

DialogueEvent DialogueEvent::connected(const QString &ehloName)
{
    DialogueEvent event{Kind::Connected};
    event.text = ehloName;
    return event;
}

DialogueEvent DialogueEvent::tlsEstablished(const CertificateReport &report)
{
    DialogueEvent event{Kind::TlsEstablished};
    event.tls = report;
    return event;
}

DialogueEvent DialogueEvent::tlsFailed(TlsFailure failure, const QString &description)
{
    DialogueEvent event{Kind::TlsFailed};
    event.tlsFailure = failure;
    event.text = description;
    return event;
}

DialogueEvent DialogueEvent::received(const QByteArray &bytes, bool moreWaiting)
{
    DialogueEvent event{Kind::Received};
    event.bytes = bytes;
    event.moreWaiting = moreWaiting;
    return event;
}

DialogueEvent DialogueEvent::connectionLost(const QString &description)
{
    DialogueEvent event{Kind::ConnectionLost};
    event.text = description;
    return event;
}

DialogueEvent DialogueEvent::failed(ErrorCode code, const QString &message)
{
    DialogueEvent event{Kind::Failed};
    event.code = code;
    event.text = message;
    return event;
}

DialogueEvent DialogueEvent::commandTyped(const QString &line)
{
    DialogueEvent event{Kind::CommandTyped};
    event.text = line;
    return event;
}

DialogueEvent DialogueEvent::sendMessage(const MessageSettings &message)
{
    DialogueEvent event{Kind::SendMessageRequested};
    event.message = message;
    return event;
}

} // namespace Smtp
