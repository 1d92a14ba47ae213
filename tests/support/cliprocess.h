#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpTest
{

/// How one run of the built command line ended, as a script sees it.
struct CliRun
{
    bool finished = false; ///< false when it ran past the wait and was killed
    int exitStatus = -1;   ///< -1 when it crashed or was killed
    QByteArray out;
    QByteArray err;
    /// The lines of standard output that are JSON objects, in order.
    QList<QJsonObject> lines;

    QByteArray output() const { return out + err; }
    /// The exit status and the end of both streams, for failure messages.
    QString describe() const;
    /// The JSON lines whose "kind" is @p kind.
    QList<QJsonObject> ofKind(const QString &kind) const;
    /// The final {"kind":"result"} line; empty when there is none.
    QJsonObject result() const;
};

/// Runs @p binary with @p arguments and waits (bounded by @p waitMs, spinning the event loop so in-process test
/// servers keep serving). Its profiles live under @p configHome; it sees no D-Bus session (so no keychain) and no
/// display. @p standardInput is written, then the input is closed.
CliRun runCli(const QString &binary, const QStringList &arguments, const QString &configHome,
              const QByteArray &standardInput = {}, int waitMs = 60000);

} // namespace SmtpTest
