#pragma once

#include "profile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Smtp
{

/// A profile read from a swaks command line.
struct SwaksImport
{
    /// The settings found; a fresh id, named after the server.
    Profile profile;
    /// Options (and stray words) that were not understood, as given; nothing is dropped silently.
    QStringList unknownOptions;
    /// Understood, but with a caveat (e.g. swaks does not verify certificates without --tls-verify).
    QStringList warnings;
    /// Set when the line cannot be split into words (an unterminated quote); nothing else is then filled in.
    QString error;
    /// The value of --auth-password, for the caller to put into a SecretStore; never part of the profile.
    QByteArray password;

    bool ok() const { return error.isEmpty(); }
};

/// Profiles as the equivalent command lines of other tools, for reproducing a test outside this program, and back.
/// Secrets are never written into a command line.
class ProfileCommandLine
{
public:
    /// @p word quoted for a POSIX shell: unchanged when it holds only safe characters, else in single quotes.
    static QString shellQuote(const QString &word);
    /// Splits a POSIX shell command line into words (quotes, backslashes; no expansions). On an unterminated quote
    /// @p error is set and the result is empty.
    static QStringList splitShellWords(const QString &line, QString *error = nullptr);

    /// The equivalent `swaks` command line. swaks has no SOCKS/HTTP proxy option: a proxy is left out; nor a PROXY
    /// header without the server's address: for a host given by name the header is left out. swaks stops when an
    /// XCLIENT attribute is not advertised, where this program only warns.
    static QString toSwaks(const ConnectionSettings &settings);
    /// The equivalent `openssl s_client` command line for looking at the TLS side; empty for a plaintext profile.
    /// s_client has -4, -6, -bind and -starttls lmtp, but no XCLIENT and no PROXY header: those are left out. An
    /// HTTP proxy's password is never part of it: -proxy_pass reads it from $SMTP_PROXY_PASSWORD.
    static QString toOpenSslClient(const ConnectionSettings &settings);
    /// Reads a swaks command line (with or without the leading "swaks").
    static SwaksImport fromSwaks(const QString &commandLine);
};

} // namespace Smtp
