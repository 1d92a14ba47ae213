#pragma once

#include "core/message/messagecomposition.h"
#include "core/message/messagetext.h"
#include "securitymode.h"
#include "stage.h"
#include "tlsversion.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Smtp
{

/// The longest any timeout may be, per wait or for a whole session.
inline constexpr int maxTimeoutSeconds = 3600;
/// Without its own bound, a session may take this many times its per-wait timeout.
inline constexpr int sessionTimeoutFactor = 10;

/// Which addresses of the host are dialled (-4, -6).
enum class AddressFamily
{
    Any,
    IPv4,
    IPv6,
};

/// The dialect spoken: SMTP (RFC 5321) or LMTP (RFC 2033: LHLO, and one reply per recipient after the message).
enum class MailProtocol
{
    Smtp,
    Lmtp,
};

/// The HAProxy PROXY protocol header sent before anything else on the connection, or none.
enum class ProxyHeaderVersion
{
    None,
    V1, ///< one text line
    V2, ///< binary
};

/// Authentication settings of one session. The password is held only in memory, never written anywhere.
struct AuthSettings
{
    /// Empty: do not authenticate. "auto": the strongest mechanism both sides offer. Otherwise a mechanism name.
    QString mechanism;
    QString user;
    /// Password, or the bearer token for XOAUTH2 / OAUTHBEARER.
    QString password;
    /// RFC 8314 §5.2: credentials over a connection without validated TLS only when the user explicitly allows it.
    bool allowPlaintext = false;
    /// Try the named mechanism even when the server does not advertise it.
    bool tryUnadvertised = false;
    /// A test of the settings (RFC 8314 §5.1): credentials go only over TLS with a validated certificate, whatever
    /// allowPlaintext says; without it the test stops after capability discovery.
    bool testOnly = false;

    bool isRequested() const { return !mechanism.isEmpty(); }
};

/// The envelope and message of a test message; a session without recipients sends no message.
struct MessageSettings
{
    QString from;
    QStringList to;
    /// The message as given (typed, or read from standard input); empty (with no file) means the built-in test message.
    QByteArray data;
    /// The message file, streamed while it is sent instead of held in memory; it takes the place of data.
    std::optional<MessageFile> file;
    /// Subject, body, header fields and attachments of the built-in message; unused when the user gives the message.
    MessageComposition composition;
    /// DSN (RFC 3461) parameters; a server that does not advertise DSN gets no message.
    QString dsnNotify; ///< e.g. "SUCCESS,FAILURE"; empty: none
    QString dsnReturn; ///< "FULL" or "HDRS"; empty: none
    QString dsnEnvelopeId;
    bool requireTls = false; ///< RFC 8689 REQUIRETLS, only on validated TLS and when advertised
    /// Send the message with BDAT (RFC 3030) when the server offers CHUNKING; otherwise, or when false, with DATA.
    bool allowChunking = true;
    /// Send MAIL, RCPT and DATA as one group (RFC 2920) when the server offers PIPELINING.
    bool allowPipelining = true;

    bool isRequested() const { return !to.isEmpty(); }
    /// Whether the user gave the message (a file or bytes), rather than leaving the built-in test message.
    bool hasOwnText() const { return file.has_value() || !data.isEmpty(); }
    /// The size of the user's message as given, in octets (0 for the built-in test message).
    qint64 ownTextSize() const { return file ? file->facts.size : data.size(); }
};

/// Everything one connection needs: the connection contract of the classic SmtpConnect API, modernised.
struct ConnectionSettings
{
    /// Name, IPv4 or IPv6 literal of the address to dial.
    QString host;
    /// 0 means the default for the security mode: 25, 465 for implicit TLS, 587 for a submission profile.
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;
    /// EHLO and ESMTP; false means HELO only. Forced on for port 587.
    bool extended = true;
    /// A submission profile defaults to port 587.
    bool submission = false;
    /// Bounds every wait for the server: connect, TLS handshake, each reply.
    int timeoutSeconds = 30;
    /// Bounds the whole scripted session, so that a server answering each reply just in time cannot hold it
    /// forever; 0 means 10 × timeoutSeconds, at most maxSessionTimeoutSeconds. The user's own commands in the window
    /// are not bounded by it.
    int sessionTimeoutSeconds = 0;
    /// EHLO/HELO domain; empty means the machine's FQDN, else an address literal.
    QString localName;
    /// Skip certificate validation (still report what would have failed, and warn loudly).
    bool trustedSite = false;
    /// Tunnel: the name verified in the certificate and sent as SNI, when it differs from the address dialled.
    QString serverName;
    /// The name sent as SNI when it should differ from the one verified (--sni); empty sends verificationName().
    /// Verification stays with the host or serverName.
    QString sniName;
    /// Send no SNI at all (--no-sni), as a client from before RFC 6066 would.
    bool noSni = false;
    /// Ask for a stapled OCSP response (--ocsp, RFC 6066 status_request) and report what it says.
    bool requestOcsp = false;
    /// Append the TLS secrets to this file in the NSS key log format, for Wireshark (--keylog); mode 0600.
    QString keyLogFile;
    /// "socks5://[user@]host:port" or "http://[user@]host:port"; empty for a direct connection. See ProxyUrl.
    QString proxy;
    /// The proxy password, held in memory only (from the keychain or a one-off --proxy); it wins over a password
    /// left in the proxy address.
    QString proxyPassword;
    /// Extra CA certificates (PEM) trusted besides the system's.
    QString caFile;
    /// Client certificate (PEM or PKCS#12) and its key (PEM; empty when the certificate file holds it).
    QString clientCertificateFile;
    QString clientKeyFile;
    /// Passphrase of the client key or PKCS#12 file; held in memory only.
    QByteArray clientKeyPassphrase;
    /// Dial only addresses of this family (-4, -6); a host without one fails to resolve.
    AddressFamily addressFamily = AddressFamily::Any;
    /// The local address the connection comes from (--bind); empty lets the system choose.
    QString bindAddress;
    /// SMTP, or LMTP (LHLO; per-recipient replies after the message).
    MailProtocol protocol = MailProtocol::Smtp;
    /// Postfix XCLIENT attributes, "NAME=VALUE" each, sent after EHLO when the server offers XCLIENT.
    QStringList xclient;
    /// A PROXY protocol header before anything else, claiming proxySource ("ADDR:PORT") as the client. A source
    /// without a header is kept unused (a profile may turn the header off and on).
    ProxyHeaderVersion proxyHeader = ProxyHeaderVersion::None;
    QString proxySource;
    /// The lowest and highest TLS version offered (--tls-min, --tls-max; the tls-versions probe sets both to the
    /// version it tries). Unset: TLS 1.2 and 1.3 (RFC 8996); see effectiveTlsMinimum().
    std::optional<TlsVersion> tlsMinimum;
    std::optional<TlsVersion> tlsMaximum;
    /// OpenSSL cipher names joined by ':' (--ciphers): names starting with TLS_ are TLS 1.3 suites, the others
    /// ciphers of TLS 1.2 and earlier; each kind given replaces the library's defaults for its versions. Empty: the
    /// defaults.
    QString ciphers;

    AuthSettings auth;
    MessageSettings message;

    /// Stop after this stage and send QUIT; nullopt runs every stage that was asked for.
    std::optional<Stage> quitAfter;
    /// Keep the session open after the scripted steps for interactive commands (the window does; the CLI does not).
    bool interactive = false;

    /// The port actually dialled: the explicit port, or the default for the mode.
    quint16 effectivePort() const;
    /// sessionTimeoutSeconds, or its default.
    int effectiveSessionTimeoutSeconds() const;
    /// "host:port" of what is dialled, an IPv6 literal in brackets ("[::1]:25"), as lists and other tools write it.
    QString hostAndPort() const;
    /// Whether EHLO is used: the extended option, forced on for port 587.
    bool effectiveExtended() const;
    /// The name checked against the certificate: the server name when tunnelling, else the host.
    QString verificationName() const;
    /// The name the TLS handshake asks for (SNI): sniName, else verificationName(); empty with noSni. An address is
    /// never sent (RFC 6066 §3), so an IP literal here means no SNI either.
    QString sentSniName() const;
    /// tlsMinimum, else TLS 1.2, or tlsMaximum when that is lower (asking for at most 1.1 means 1.1).
    TlsVersion effectiveTlsMinimum() const;
    /// tlsMaximum, else TLS 1.3.
    TlsVersion effectiveTlsMaximum() const;
    /// Whether the versions offered are other than the default TLS 1.2 and 1.3.
    bool restrictsTlsVersions() const { return tlsMinimum.has_value() || tlsMaximum.has_value(); }
    /// Human-readable reasons why these settings cannot be used; empty when they can.
    QStringList validate() const;
    /// The part of validate() about -4/-6, --bind, --protocol, --xclient, the PROXY header and the TLS offer.
    QStringList transportProblems() const;
    /// The part of validate() about --tls-min, --tls-max and --ciphers (whether OpenSSL knows the ciphers is
    /// TlsSetup::cipherListProblem()).
    QStringList tlsOfferProblems() const;
    /// Whether @p address may be dialled under addressFamily (and the family of bindAddress, when one is given).
    bool allowsAddress(const QHostAddress &address) const;
    /// Why @p address cannot be a local source address (not an IP address); empty when it can.
    static QString bindAddressProblem(const QString &address);
    /// Why @p name cannot be sent as SNI (a line break, an address: RFC 6066 §3); empty when it can, or is empty.
    static QString sniNameProblem(const QString &name);
};

/// "any", "ipv4", "ipv6": the profile's spelling.
QString addressFamilyName(AddressFamily family);
std::optional<AddressFamily> addressFamilyFromName(const QString &name);
/// "smtp", "lmtp".
QString mailProtocolName(MailProtocol protocol);
std::optional<MailProtocol> mailProtocolFromName(const QString &name);
/// "none", "v1", "v2".
QString proxyHeaderVersionName(ProxyHeaderVersion version);
std::optional<ProxyHeaderVersion> proxyHeaderVersionFromName(const QString &name);

} // namespace Smtp
