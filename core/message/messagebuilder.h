#pragma once

#include "messagecomposition.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Smtp
{

class Capabilities;

/// The built-in test message (RFC 5322): Date, Message-ID, From, To, Subject, MIME headers and a short body that says
/// which profile sent it and when. Non-ASCII subject text is RFC 2047 encoded, a non-ASCII body quoted-printable, so
/// the message is 7-bit unless an address is non-ASCII (which needs SMTPUTF8, RFC 6531). Line ends are CRLF.
/// from should be a mailbox: the null reverse-path belongs to the envelope only.
/// messageIdDomain is the right-hand side of the Message-ID; empty or unusable means "smtp-workbench.invalid".
QByteArray buildTestMessage(const QString &from, const QStringList &to, const QString &subject,
                            const QString &profileName, const QDateTime &now, const QString &messageIdDomain);
/// The body of the built-in test message: which profile sent it and when.
QString testMessageBody(const QString &profileName, const QDateTime &now);

/// RFC 5322 §3.3 date-time, e.g. "Wed, 25 Nov 2026 10:04:22 +0100", in English whatever the locale, with the
/// date-time's own offset from UTC.
QByteArray formatRfc5322Date(const QDateTime &dateTime);

/// Header text: printable ASCII as it is, anything else as RFC 2047 "=?UTF-8?B?...?=" encoded words of at most 75
/// characters (§2), split between characters and folded with CRLF SP. Control characters become spaces.
QByteArray encodeHeaderText(const QString &text);

/// The bytes to send after the server's 354 (RFC 5321 §4.5.2): every bare CR, bare LF and CRLF becomes CRLF, a
/// line starting with '.' gets another '.', the message ends with CRLF, then ".\r\n" follows. The result contains
/// no bare CR or LF and ends with exactly "\r\n.\r\n" (an empty message is sent as one empty line).
QByteArray prepareDataPayload(const QByteArray &message);

/// The bytes of one BDAT chunk holding the whole message (RFC 3030): line ends normalised to CRLF as for DATA, a final
/// CRLF, but no dot-stuffing and no terminating dot.
QByteArray prepareChunkPayload(const QByteArray &message);

/// Whether the message has 8-bit bytes and so needs BODY=8BITMIME (RFC 6152).
bool needs8BitMime(const QByteArray &message);
/// Whether an envelope address is non-ASCII and so needs SMTPUTF8 (RFC 6531).
bool needsSmtpUtf8(const QString &from, const QStringList &to);

/// Oddities of a message that may make a server refuse or alter it, for the user to see before sending: NUL bytes
/// (RFC 5321 §4.5.2 data is text) and lines longer than 998 octets (RFC 5321 §4.5.3.1.6, RFC 5322 §2.1.1).
QStringList checkMessageData(const QByteArray &message);

/// What buildMailParameters() needs to know about the message and the session.
struct MessageInfo
{
    /// Size of the message in octets (RFC 1870 §3: an estimate is fine); negative when unknown.
    qint64 size = -1;
    bool eightBit = false; ///< needs8BitMime()
    bool smtpUtf8 = false; ///< needsSmtpUtf8()
    /// RFC 3461 §4.3 RET: "FULL" or "HDRS" (any case); empty: none.
    QString dsnReturn;
    /// RFC 3461 §4.4 ENVID: printable ASCII, sent as xtext; empty: none.
    QString dsnEnvelopeId;
    /// RFC 3461 §4.1 NOTIFY asked for on the recipients: the server must advertise DSN even without RET or ENVID.
    bool dsnNotifyRequested = false;
    /// RFC 8689 REQUIRETLS asked for.
    bool requireTls = false;
    /// The session runs over TLS with a validated server certificate.
    bool tlsValidated = false;
};

/// MessageInfo for a DATA payload and its envelope: size, 8-bit and SMTPUTF8 needs; DSN and REQUIRETLS left unset.
MessageInfo messageInfoFor(const QByteArray &payload, const QString &from, const QStringList &to);

/// ESMTP parameters for MAIL FROM or RCPT TO, or the reason the command must not be sent.
struct EnvelopeParameters
{
    QStringList parameters;
    /// Why the transaction cannot go ahead (e.g. SMTPUTF8 needed but not advertised); empty when it can.
    QString error;
    /// What was left out or looks odd but does not stop the transaction (e.g. 8-bit data without 8BITMIME).
    QStringList warnings;

    bool isValid() const { return error.isEmpty(); }
};
using MailParameters = EnvelopeParameters;

/// The MAIL FROM parameters: SIZE only when advertised (RFC 1870), BODY=8BITMIME only when advertised and needed
/// (RFC 6152), SMTPUTF8 only when needed and an error when not advertised (RFC 6531), RET/ENVID when DSN is
/// advertised and an error when any DSN parameter is asked for and it is not (RFC 3461), REQUIRETLS only when
/// advertised and on validated TLS, else an error (RFC 8689 §4.1). caps must come from the EHLO after TLS (RFC 3207
/// §4.2).
MailParameters buildMailParameters(const Capabilities &caps, const MessageInfo &info);

/// Why an ENVID value is invalid, or an empty string: printable ASCII, at most 100 characters once xtext-encoded
/// (RFC 3461 §4.4). An empty value is valid (none).
QString checkDsnEnvelopeId(const QString &envelopeId);

/// Why a NOTIFY value is invalid, or an empty string: "NEVER" alone, or one or more of SUCCESS, FAILURE, DELAY
/// (RFC 3461 §4.1), comma-separated, any case, no repeats.
QString checkDsnNotify(const QString &notify);

/// The RCPT TO parameters: NOTIFY (validated, upper-cased) and ORCPT=rfc822;<xtext> (RFC 3461 §4.2), or for a
/// non-ASCII address ORCPT=utf-8;<utf-8-addr-xtext> (RFC 6533 §3); an error when DSN is not advertised. Empty notify or
/// originalRecipient means none.
EnvelopeParameters buildRcptParameters(const Capabilities &caps, const QString &notify,
                                       const QString &originalRecipient = {});

} // namespace Smtp
