#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace Smtp
{

// The one rule for text the server controls (reply lines, certificate fields, SASL texts): it is data, so no
// character of it may act on a terminal, a file or a widget. See docs/architecture.md, "Server text is data".

/// True for a code point that is never shown as itself: controls (Cc: C0, DEL, C1), format characters (Cf: bidi
/// overrides and isolates, zero-width characters, BOM …), line and paragraph separators (Zl, Zp) and lone
/// surrogates.
bool isUnsafeForDisplay(char32_t codePoint);

/// Server bytes as text, at the point where they enter: UTF-8 decoded strictly, every unsafe character and every
/// invalid byte written visibly (\0, \t, \n, \r, \xNN, \uNNNN, \UNNNNNNNN), and the backslash doubled, so the
/// escaped text is unambiguous.
QString escapeUntrustedBytes(QByteArrayView bytes);
/// The same for text that arrives decoded (certificate fields, SASL texts).
QString escapeUntrustedText(QStringView text);
/// The same table at output time, without doubling backslashes: defence in depth for messages that quote text
/// escaped already. Line breaks are escaped too: callers that print several lines neutralise each line.
QString neutraliseForDisplay(QStringView text);
/// neutraliseForDisplay() applied to every string in a JSON value, keys included: JSON's own escaping leaves U+2028,
/// bidi controls and ESC for a consumer such as `jq -r` to print raw.
QJsonValue neutraliseJsonStrings(const QJsonValue &value);

} // namespace Smtp
