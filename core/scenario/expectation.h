#pragma once

#include "core/protocol/reply.h"
#include "sourceline.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace Smtp
{

/// What a scenario's `expect CODES [~ REGEX]` line asks of one reply.
///
/// CODES is one code pattern or several joined by "|", any of which may match:
/// - a reply code such as "250", where the second and third digit may be "x" ("2xx", "25x"); the first digit is 2-5;
/// - an enhanced status code such as "5.7.0" (RFC 3463: class 2, 4 or 5, then subject and detail of 1-3 digits),
///   matched against the enhanced code at the start of the reply's first line (RFC 2034 §4); a reply without one
///   never matches it.
///
/// REGEX, after a "~" with white space around it trimmed, is a QRegularExpression searched in the reply's text: its
/// lines without their codes, escaped as server text is everywhere (Reply::text(), a control character is "\x1B")
/// and joined by line feeds, with "^" and "$" matching at each line (so "~ ^PIPELINING$" finds an EHLO keyword). It
/// is case-sensitive; "(?i)" at its start makes it not. Both the codes and the regular expression must match.
class Expectation
{
    Q_DECLARE_TR_FUNCTIONS(Expectation)

public:
    /// Parses the text after "expect". Returns nullopt and sets @p problem (a sentence without the line's location)
    /// when the text is not a valid expectation.
    static std::optional<Expectation> parse(QStringView text, QString *problem);
    /// An expectation of exactly this reply code, as a recording writes it.
    static Expectation forCode(int code);

    bool matches(const Reply &reply) const;
    bool codeMatches(const Reply &reply) const;
    bool textMatches(const Reply &reply) const;

    /// The canonical text after "expect": "250|5.7.0 ~ ready".
    QString toString() const;
    /// Why @p reply fails this expectation, naming where the expectation was written, the expectation and the
    /// reply (escaped). For a reply that matches(), a message saying so.
    QString failureMessage(const Reply &reply) const;

    /// Where the `expect` line was written; set by the scenario parser.
    SourceLine where;

    /// Equal when they ask the same of a reply; where they were written does not count.
    friend bool operator==(const Expectation &a, const Expectation &b);

private:
    struct CodePattern
    {
        /// Three characters, digits or "x", for a reply code; empty for an enhanced status code.
        QString replyCode;
        EnhancedStatusCode enhanced;

        bool matches(const Reply &reply) const;
        QString toString() const;
    };

    static std::optional<CodePattern> parseCodePattern(QStringView text, QString *problem);

    QList<CodePattern> m_codes;
    std::optional<QRegularExpression> m_text;
};

} // namespace Smtp
