#pragma once

#include <QHostAddress>
#include <QString>

namespace Smtp
{

/// The EHLO/HELO name: one rule for every session and for the window's EHLO button.
class LocalName final
{
public:
    /// Starts looking up this machine's fully qualified name, once per process and on a thread of its own, so that
    /// reading the resolver configuration (which can take seconds where it is slow) runs while a session connects
    /// instead of between the banner and the first EHLO.
    static void prefetch();
    /// This machine's fully qualified name, or empty when it has none; waits for the lookup when it still runs.
    static QString machineName();
    /// \a configured when set; else this machine's fully qualified name; else the address literal of
    /// \a localAddress (RFC 5321 §4.1.3), as the connection's own end names it.
    static QString ehloName(const QString &configured, const QHostAddress &localAddress);
    /// Why \a configured cannot be the EHLO/HELO name, translated; empty when it can (and when it is empty: then the
    /// session chooses). The one rule for the profile editor, the command line and the settings: what EHLO and HELO
    /// can carry as their single argument.
    static QString problem(const QString &configured);
    /// "[192.0.2.1]" or "[IPv6:2001:db8::1]" (RFC 5321 §4.1.3).
    static QString addressLiteral(const QHostAddress &address);
};

} // namespace Smtp
