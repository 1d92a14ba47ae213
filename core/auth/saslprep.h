#pragma once

#include <QString>

namespace Smtp
{

/// The result of SASLprep: the prepared string, or why the input is not allowed.
struct SaslPrepResult
{
    QString prepared;
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

/// SASLprep (RFC 4013) for stored strings: "mapped to nothing" characters (RFC 3454 B.1) removed, non-ASCII spaces
/// (C.1.2) mapped to U+0020, NFKC, then prohibited output (control characters, private use, non-characters,
/// surrogates, change-display and tagging characters) and unassigned code points refused. The bidirectional check
/// of RFC 3454 §6 is reduced to refusing strings that mix right-to-left and left-to-right letters.
SaslPrepResult saslPrep(const QString &input);

} // namespace Smtp
