#pragma once

#include "reply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Smtp
{

/// One EHLO keyword line (RFC 5321 §4.1.1.1): the keyword upper-cased, its parameters, the raw line. Keyword and
/// parameters are server text made safe for display (escapeUntrustedBytes: controls, format characters and
/// invalid UTF-8 written visibly); the old "AUTH=PLAIN LOGIN" form is stored as keyword "AUTH".
struct Capability
{
    QString keyword;
    QStringList parameters;
    QByteArray rawLine;

    friend bool operator==(const Capability &, const Capability &) = default;
};

/// What a server said it supports in its EHLO reply. Keywords compare case-insensitively; unknown keywords are kept.
class Capabilities
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)

public:
    /// Parses a 250 EHLO reply. Its first line is the server's domain and greeting, not a keyword. A reply that is not
    /// 2xx gives empty Capabilities. At most 1000 keyword lines are kept (a warning says when more were cut off).
    static Capabilities fromEhloReply(const Reply &reply);

    /// The first line of the EHLO reply (domain and greeting), as sent.
    QByteArray greetingLine() const { return m_greetingLine; }
    const QList<Capability> &all() const { return m_capabilities; }
    bool isEmpty() const { return m_capabilities.isEmpty(); }

    bool has(const QString &keyword) const;
    /// The parameters of the keyword's first occurrence; empty when absent.
    QStringList parameters(const QString &keyword) const;

    bool startTls() const { return has(QStringLiteral("STARTTLS")); }
    bool pipelining() const { return has(QStringLiteral("PIPELINING")); }
    bool eightBitMime() const { return has(QStringLiteral("8BITMIME")); }
    bool smtpUtf8() const { return has(QStringLiteral("SMTPUTF8")); }
    bool chunking() const { return has(QStringLiteral("CHUNKING")); }
    bool dsn() const { return has(QStringLiteral("DSN")); }
    bool enhancedStatusCodes() const { return has(QStringLiteral("ENHANCEDSTATUSCODES")); }
    bool requireTls() const { return has(QStringLiteral("REQUIRETLS")); }
    bool size() const { return has(QStringLiteral("SIZE")); }
    /// SIZE's value when advertised and a valid number (0 means no fixed limit, RFC 1870; SIZE without a value also
    /// gives 0); nullopt otherwise, including negative, hexadecimal and out-of-range values.
    std::optional<qint64> sizeLimit() const;
    /// AUTH mechanisms upper-cased, from "AUTH" and the old "AUTH=" form, without duplicates.
    QStringList authMechanisms() const;

    /// Oddities worth telling the user: an invalid SIZE, duplicate keywords, control characters, "AUTH=" form …
    QStringList warnings() const { return m_warnings; }

    friend bool operator==(const Capabilities &, const Capabilities &) = default;

private:
    QByteArray m_greetingLine;
    QList<Capability> m_capabilities;
    QStringList m_warnings;
};

} // namespace Smtp
