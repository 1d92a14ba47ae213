#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Smtp
{

/// One line or event of a session as it happened.
struct TranscriptEvent
{
    enum class Kind
    {
        Server,
        Client,
        Tls,
        Info,
        Warning,
        Error,
    };

    /// Milliseconds since the session started.
    qint64 elapsedMs = 0;
    QDateTime wallClock;
    Kind kind = Kind::Info;
    /// For server and client lines: the bytes as sent, without CRLF (redacted lines hold the redacted form).
    QByteArray raw;
    /// Shown text: server and client bytes escaped (escapeUntrustedBytes), or the event message.
    QString text;
    /// A client line whose secret part was replaced before it was recorded.
    bool redacted = false;
    /// Sent or received before TLS was established: server text here is unauthenticated.
    bool beforeTls = false;

    /// "server", "client", "tls", "info", "warning", "error".
    static QString kindName(Kind kind);
};

} // namespace Smtp
