#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace Smtp
{

/// An RFC 3463 enhanced status code such as 5.7.1; invalid (class 0) when the reply carries none.
struct EnhancedStatusCode
{
    int codeClass = 0;
    int subject = 0;
    int detail = 0;

    bool isValid() const { return codeClass != 0; }
    /// "5.7.1", or an empty string when invalid.
    QString toString() const;

    friend bool operator==(const EnhancedStatusCode &, const EnhancedStatusCode &) = default;
};

/// One complete server reply (RFC 5321 §4.2), of one or more lines.
struct Reply
{
    int code = 0;
    /// The text of each line after the code and its separator, exactly as sent (no CRLF).
    QByteArrayList lines;
    /// Taken from the start of the first line's text when it is there (RFC 2034 §4).
    EnhancedStatusCode enhanced;
    /// Every byte of the reply as received, CRLFs included.
    QByteArray raw;

    bool isValid() const { return code != 0; }
    int firstDigit() const { return code / 100; }
    bool isPositiveCompletion() const { return firstDigit() == 2; }
    bool isPositiveIntermediate() const { return firstDigit() == 3; }
    bool isTransientFailure() const { return firstDigit() == 4; }
    bool isPermanentFailure() const { return firstDigit() == 5; }

    /// The lines' text, each escaped by escapeUntrustedBytes, joined by "\n"; for display as plain text only.
    QString text() const;
    /// "550 5.7.1 first line of text": one line for messages and status bars, escaped by escapeUntrustedBytes.
    QString summary() const;
};

} // namespace Smtp
