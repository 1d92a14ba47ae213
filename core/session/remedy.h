#pragma once

#include <QList>
#include <QString>

namespace Smtp
{

struct SessionResult;

/// A fix the window offers for a failed session, in the window's own terms: what to change in the profile, never a
/// command-line flag or an error code.
struct Remedy
{
    enum class Kind
    {
        SetServerName,          ///< verify the certificate for serverName instead (a name it covers)
        OpenSecuritySettings,   ///< CA file, client certificate, trusted site, security mode
        OpenConnectionSettings, ///< host, port, proxy, timeout
    };

    Kind kind = Kind::OpenConnectionSettings;
    QString serverName; ///< for SetServerName: a host name or address the certificate covers

    /// "Set the server name to mail.example.org", "Open the Security tab" (translated).
    QString label() const;

    bool operator==(const Remedy &other) const = default;

    /// The fixes for @p result, most direct first; none when it succeeded or nothing in a profile would fix it.
    /// Only names that are plain host names or addresses are offered: a certificate is the server's text.
    static QList<Remedy> forResult(const SessionResult &result);
};

} // namespace Smtp
