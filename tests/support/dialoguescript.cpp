#include "dialoguescript.h"

#include "core/message/messagetext.h"

#include <algorithm>

using namespace Smtp;

namespace SmtpTest
{

ConnectionSettings dialogueSettings(const QStringList &options)
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("mx.test");
    settings.security = SecurityMode::StartTls;
    settings.port = 25;
    settings.timeoutSeconds = 5;
    settings.localName = QStringLiteral("client.test");
    for (const QString &option : options) {
        const QString value = option.section(QLatin1Char('='), 1);
        if (option == QStringLiteral("none")) {
            settings.security = SecurityMode::None;
        } else if (option == QStringLiteral("implicit")) {
            settings.security = SecurityMode::Implicit;
            settings.port = 465;
        } else if (option == QStringLiteral("helo")) {
            settings.extended = false;
        } else if (option == QStringLiteral("587")) {
            settings.port = 587;
        } else if (option == QStringLiteral("trusted")) {
            settings.trustedSite = true;
        } else if (option == QStringLiteral("interactive")) {
            settings.interactive = true;
        } else if (option.startsWith(QStringLiteral("quit-after="))) {
            settings.quitAfter = stageFromName(value);
        } else if (option == QStringLiteral("auth") || option.startsWith(QStringLiteral("auth="))) {
            settings.auth.mechanism = value.isEmpty() ? QStringLiteral("PLAIN") : value;
            settings.auth.user = QStringLiteral("alice");
            settings.auth.password = QStringLiteral("CANARY-pw");
        } else if (option == QStringLiteral("plaintext")) {
            settings.auth.allowPlaintext = true;
        } else if (option == QStringLiteral("test-only")) {
            settings.auth.testOnly = true;
        } else if (option == QStringLiteral("message")) {
            settings.message = dialogueMessage();
        } else if (option == QStringLiteral("two recipients")) {
            settings.message = dialogueMessage({QStringLiteral("b@mx.test"), QStringLiteral("c@mx.test")});
        } else if (option == QStringLiteral("no pipelining")) {
            settings.message.allowPipelining = false;
        } else if (option.startsWith(QStringLiteral("timeout="))) {
            settings.timeoutSeconds = value.toInt();
        } else {
            qFatal("unknown dialogue option: %s", qPrintable(option));
        }
    }
    return settings;
}

MessageSettings dialogueMessage(const QStringList &to)
{
    MessageSettings message;
    message.from = QStringLiteral("a@mx.test");
    message.to = to;
    message.data = "Subject: t\r\n\r\nhello\r\n";
    return message;
}

DialogueScript::DialogueScript(const ConnectionSettings &settings, Dialogue::Mode mode) : m_dialogue(settings, mode) {}

void DialogueScript::play(const QStringList &steps)
{
    for (const QString &one : steps)
        step(one);
}

namespace
{

CertificateReport report(bool verified)
{
    CertificateReport report;
    report.tlsEstablished = true;
    report.verified = verified;
    report.verificationName = QStringLiteral("mx.test");
    report.protocol = QStringLiteral("TLS 1.3");
    report.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    report.cipherBits = 256;
    if (!verified)
        report.verificationErrors = {QStringLiteral("self-signed certificate")};
    return report;
}

/// The wire form of a SendMessageText action, as the session would write it.
QByteArray wireText(const DialogueAction &action)
{
    MessageTextReader reader(action.bytes, action.path, action.dotStuff);
    QString error;
    if (!reader.open(&error))
        qFatal("message text: %s", qPrintable(error));
    QByteArray wire;
    while (!reader.atEnd())
        wire += reader.next(&error);
    return wire;
}

} // namespace

void DialogueScript::step(const QString &step)
{
    using Kind = DialogueEvent::Kind;
    const auto feed = [this](const DialogueEvent &event) {
        const DialogueActions actions = m_dialogue.handle(event);
        m_actions += actions;
        const bool textSent = std::any_of(actions.cbegin(), actions.cend(), [](const DialogueAction &action) {
            return action.kind == DialogueAction::Kind::SendMessageText;
        });
        if (textSent && m_reportsTextSent)
            m_actions += m_dialogue.handle(DialogueEvent(DialogueEvent::Kind::MessageTextSent));
    };
    if (step.startsWith(QStringLiteral("S: ")) || step.startsWith(QStringLiteral("S>: "))) {
        const bool more = step.startsWith(QStringLiteral("S>"));
        feed(DialogueEvent::received(step.section(QStringLiteral(": "), 1).toUtf8() + "\r\n", more));
    } else if (step.startsWith(QStringLiteral("type: "))) {
        feed(DialogueEvent::commandTyped(step.mid(6)));
    } else if (step == QStringLiteral("resolving")) {
        feed(DialogueEvent(Kind::Started));
        feed(DialogueEvent(Kind::Resolving));
    } else if (step == QStringLiteral("connecting")) {
        feed(DialogueEvent(Kind::Connecting));
    } else if (step == QStringLiteral("connect")) {
        feed(DialogueEvent(Kind::Started));
        feed(DialogueEvent(Kind::Resolving));
        feed(DialogueEvent(Kind::Connecting));
        feed(DialogueEvent::connected(QStringLiteral("client.test")));
    } else if (step == QStringLiteral("tls") || step == QStringLiteral("tls untrusted")) {
        feed(DialogueEvent::tlsEstablished(report(step == QStringLiteral("tls"))));
    } else if (step == QStringLiteral("tls failed")) {
        feed(DialogueEvent::tlsFailed(TlsFailure::HandshakeFailed, QStringLiteral("handshake failure")));
    } else if (step == QStringLiteral("tls not tls")) {
        feed(DialogueEvent::tlsFailed(TlsFailure::NotTls, QStringLiteral("wrong version")));
    } else if (step == QStringLiteral("tls certificate required")) {
        feed(DialogueEvent::tlsFailed(TlsFailure::ClientCertificateRequired, QStringLiteral("alert")));
    } else if (step == QStringLiteral("closed")) {
        feed(DialogueEvent(Kind::PeerClosed));
    } else if (step == QStringLiteral("lost")) {
        feed(DialogueEvent::connectionLost(QStringLiteral("Network unreachable")));
    } else if (step == QStringLiteral("failed")) {
        feed(DialogueEvent::failed(ErrorCode::ConnectFailed, QStringLiteral("Connection refused")));
    } else if (step == QStringLiteral("deadline")) {
        feed(DialogueEvent(Kind::DeadlineExpired));
    } else if (step == QStringLiteral("session deadline")) {
        feed(DialogueEvent(Kind::SessionDeadlineExpired));
    } else if (step == QStringLiteral("ehlo")) {
        feed(DialogueEvent(Kind::EhloRequested));
    } else if (step == QStringLiteral("starttls")) {
        feed(DialogueEvent(Kind::StartTlsRequested));
    } else if (step == QStringLiteral("auth")) {
        feed(DialogueEvent(Kind::AuthenticateRequested));
    } else if (step == QStringLiteral("message")) {
        feed(DialogueEvent::sendMessage(dialogueMessage()));
    } else if (step == QStringLiteral("quit")) {
        feed(DialogueEvent(Kind::QuitRequested));
    } else if (step == QStringLiteral("text sent")) {
        feed(DialogueEvent(Kind::MessageTextSent));
    } else if (step == QStringLiteral("cancel")) {
        feed(DialogueEvent(Kind::Cancelled));
    } else {
        qFatal("unknown dialogue step: %s", qPrintable(step));
    }
}

QStringList DialogueScript::secretWire() const
{
    QStringList lines;
    for (const DialogueAction &action : m_actions) {
        if (action.kind == DialogueAction::Kind::Send && action.secret)
            lines << QStringLiteral("C: ") + QString::fromUtf8(action.bytes.chopped(2));
    }
    return lines;
}

QStringList DialogueScript::wire() const
{
    QStringList lines;
    for (const DialogueAction &action : m_actions) {
        switch (action.kind) {
        case DialogueAction::Kind::Send:
        case DialogueAction::Kind::SendMessageText: {
            QByteArray bytes = action.kind == DialogueAction::Kind::Send ? action.bytes : wireText(action);
            if (bytes.endsWith("\r\n"))
                bytes.chop(2);
            for (const QByteArray &line : bytes.split('\n'))
                lines << QStringLiteral("C: ") + QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
            break;
        }
        case DialogueAction::Kind::StartTls:
            lines << QStringLiteral("starttls");
            break;
        case DialogueAction::Kind::Close:
            lines << QStringLiteral("close");
            break;
        case DialogueAction::Kind::Disconnect:
            lines << QStringLiteral("disconnect");
            break;
        case DialogueAction::Kind::Finish:
            lines << QStringLiteral("finish");
            break;
        default:
            break;
        }
    }
    return lines;
}

QStringList DialogueScript::transcript() const
{
    QStringList lines;
    for (const DialogueAction &action : m_actions) {
        if (action.kind == DialogueAction::Kind::Record)
            lines << TranscriptEvent::kindName(action.event.kind) + QStringLiteral(": ") + action.event.text +
                         (action.event.redacted ? QStringLiteral(" (redacted)") : QString());
    }
    return lines;
}

QStringList DialogueScript::actions() const
{
    using Kind = DialogueAction::Kind;
    QStringList lines;
    for (const DialogueAction &action : m_actions) {
        switch (action.kind) {
        case Kind::Send:
            lines << QStringLiteral("send %1 bytes").arg(action.bytes.size());
            break;
        case Kind::SendMessageText:
            lines << QStringLiteral("send text %1 bytes").arg(action.size);
            break;
        case Kind::StartTls:
            lines << QStringLiteral("starttls");
            break;
        case Kind::ArmDeadline:
            lines << QStringLiteral("arm %1").arg(action.milliseconds);
            break;
        case Kind::DisarmDeadline:
            lines << QStringLiteral("disarm");
            break;
        case Kind::StopSessionDeadline:
            lines << QStringLiteral("stop session deadline");
            break;
        case Kind::Record:
            lines << QStringLiteral("record");
            break;
        case Kind::BeginPhase:
            lines << QStringLiteral("begin ") + action.name;
            break;
        case Kind::EndPhase:
            lines << QStringLiteral("end ") + action.name;
            break;
        case Kind::StateChanged:
            lines << QStringLiteral("state ") + sessionStateName(action.state);
            break;
        case Kind::CapabilitiesChanged:
            lines << (action.afterTls ? QStringLiteral("capabilities after TLS") : QStringLiteral("capabilities"));
            break;
        case Kind::TlsReportChanged:
            lines << QStringLiteral("tls report");
            break;
        case Kind::StepFinished:
            lines << QStringLiteral("step %1").arg(action.reply ? action.reply->code : 0);
            break;
        case Kind::Close:
            lines << QStringLiteral("close");
            break;
        case Kind::Disconnect:
            lines << QStringLiteral("disconnect");
            break;
        case Kind::Finish:
            lines << QStringLiteral("finish");
            break;
        }
    }
    return lines;
}

QList<SessionState> DialogueScript::states() const
{
    QList<SessionState> states;
    for (const DialogueAction &action : m_actions) {
        if (action.kind == DialogueAction::Kind::StateChanged)
            states << action.state;
    }
    return states;
}

QByteArray DialogueScript::allBytes() const
{
    QByteArray all;
    for (const DialogueAction &action : m_actions)
        all += (action.kind == DialogueAction::Kind::SendMessageText ? wireText(action) : action.bytes) +
               action.event.raw + action.event.text.toUtf8() + '\n';
    return all;
}

} // namespace SmtpTest
