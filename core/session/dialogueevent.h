#pragma once

#include "core/connection/connectionsettings.h"
#include "core/connection/sessionerror.h"
#include "core/tls/certificatereport.h"
#include "core/tls/tlsfailure.h"

#include <QByteArray>
#include <QString>

namespace Smtp
{

/// Something that happened to a session, fed to Dialogue::handle(). Made with the factories below; only the fields
/// a kind names are used.
struct DialogueEvent
{
    enum class Kind
    {
        Started,                ///< the settings are valid and the socket is prepared
        Resolving,              ///< the host name is being looked up
        Connecting,             ///< a TCP connection (to one address) is being opened
        Connected,              ///< text: the EHLO name for this connection's local end
        TlsEstablished,         ///< tls: the report on the negotiated connection and the peer's certificate
        TlsFailed,              ///< tlsFailure, text: Qt's description
        Received,               ///< bytes from the server; moreWaiting: the socket holds more already
        MessageTextSent,        ///< the whole message text of SendMessageText was written
        PeerClosed,             ///< the server closed the connection
        ConnectionLost,         ///< text: a socket error while connected
        Failed,                 ///< code, text: the session cannot go on (settings, lookup, connect, proxy)
        DeadlineExpired,        ///< the per-step deadline ran out
        SessionDeadlineExpired, ///< the deadline of the scripted session as a whole ran out
        CommandTyped,           ///< text: a line the user typed
        EhloRequested,          ///< a driver asks for EHLO (or HELO, as the settings say)
        StartTlsRequested,
        AuthenticateRequested,
        SendMessageRequested, ///< message
        QuitRequested,
        Cancelled,
    };

    explicit DialogueEvent(Kind kind) : kind(kind) {}

    Kind kind;
    QByteArray bytes;
    bool moreWaiting = false;
    QString text;
    ErrorCode code = ErrorCode::None;
    TlsFailure tlsFailure = TlsFailure::HandshakeFailed;
    CertificateReport tls;
    MessageSettings message;

    static DialogueEvent connected(const QString &ehloName);
    static DialogueEvent tlsEstablished(const CertificateReport &report);
    static DialogueEvent tlsFailed(TlsFailure failure, const QString &description);
    static DialogueEvent received(const QByteArray &bytes, bool moreWaiting = false);
    static DialogueEvent connectionLost(const QString &description);
    static DialogueEvent failed(ErrorCode code, const QString &message);
    static DialogueEvent commandTyped(const QString &line);
    static DialogueEvent sendMessage(const MessageSettings &message);
};

} // namespace Smtp
