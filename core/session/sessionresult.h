#pragma once

#include "core/connection/sessionerror.h"
#include "core/protocol/capabilities.h"
#include "core/tls/certificatereport.h"
#include "core/tls/tlsfailure.h"
#include "phasetiming.h"

#include <optional>

namespace Smtp
{

/// How a session ended, with everything learned on the way.
struct SessionResult
{
    SessionError error;
    /// The EHLO capabilities before STARTTLS (or the only ones), and after it.
    std::optional<Capabilities> capabilitiesBeforeTls;
    std::optional<Capabilities> capabilitiesAfterTls;
    std::optional<CertificateReport> tls;
    /// Why TLS failed, when it did: what a probe of TLS versions reads.
    std::optional<TlsFailure> tlsFailure;
    PhaseTimings timings;
    /// Replies to RCPT TO, one per recipient, in order.
    QList<Reply> recipientReplies;
    /// The recipients of the message sent, in the order of recipientReplies (the window's compose panel sends
    /// messages the settings do not name).
    QStringList recipients;
    /// LMTP (RFC 2033 §4.2): the reply to the message for each recipient whose RCPT was accepted, in order, and those
    /// recipients. Empty for SMTP, whose one reply to the message is for all of them.
    QList<Reply> deliveryReplies;
    QStringList deliveryRecipients;

    bool ok() const { return !error.isError(); }
};

} // namespace Smtp
