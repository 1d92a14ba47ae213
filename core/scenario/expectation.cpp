#include "expectation.h"

#include "core/text/untrustedtext.h"

#include <QRegularExpressionMatch>

namespace Smtp
{

namespace
{

bool isDigitOrWildcard(QChar ch)
{
    return (ch >= u'0' && ch <= u'9') || ch == u'x' || ch == u'X';
}

// RFC 3463 §2: class "." subject "." detail, with subject and detail of one to three digits.
const QRegularExpression &enhancedCodeSyntax()
{
    static const QRegularExpression syntax(QStringLiteral("^([245])\\.([0-9]{1,3})\\.([0-9]{1,3})$"));
    return syntax;
}

} // namespace

bool Expectation::CodePattern::matches(const Reply &reply) const
{
    if (replyCode.isEmpty())
        return reply.enhanced.isValid() && reply.enhanced == enhanced;
    const QString actual = QString::number(reply.code);
    if (actual.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (replyCode.at(i) != u'x' && replyCode.at(i) != actual.at(i))
            return false;
    }
    return true;
}

QString Expectation::CodePattern::toString() const
{
    return replyCode.isEmpty() ? enhanced.toString() : replyCode;
}

std::optional<Expectation::CodePattern> Expectation::parseCodePattern(QStringView text, QString *problem)
{
    if (text.contains(u'.')) {
        const QRegularExpressionMatch match = enhancedCodeSyntax().match(text);
        if (!match.hasMatch()) {
            *problem = tr("\"%1\" is not an enhanced status code such as 5.7.0 (class 2, 4 or 5, then subject and "
                          "detail of one to three digits).")
                           .arg(neutraliseForDisplay(text));
            return std::nullopt;
        }
        CodePattern pattern;
        pattern.enhanced = {match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                            match.capturedView(3).toInt()};
        return pattern;
    }
    // RFC 5321 §4.2: the first digit of a reply is 2 to 5; a wildcard there would match every reply.
    const bool valid = text.size() == 3 && text.at(0) >= u'2' && text.at(0) <= u'5' && isDigitOrWildcard(text.at(1)) &&
                       isDigitOrWildcard(text.at(2));
    if (!valid) {
        *problem = tr("\"%1\" is not a reply code such as 250 or 2xx (three characters, the first 2 to 5, the others "
                      "digits or x), nor an enhanced status code such as 5.7.0.")
                       .arg(neutraliseForDisplay(text));
        return std::nullopt;
    }
    CodePattern pattern;
    pattern.replyCode = text.toString().toLower();
    return pattern;
}

std::optional<Expectation> Expectation::parse(QStringView text, QString *problem)
{
    const qsizetype tilde = text.indexOf(u'~');
    const QStringView codes = (tilde < 0 ? text : text.left(tilde)).trimmed();
    if (codes.isEmpty()) {
        *problem = tr("expect needs a reply code, such as \"expect 250\" or \"expect 2xx ~ ready\".");
        return std::nullopt;
    }
    Expectation expectation;
    for (QStringView alternative : codes.split(u'|')) {
        alternative = alternative.trimmed();
        if (alternative.isEmpty()) {
            *problem = tr("\"%1\" has an empty alternative: join codes with one \"|\", as in 250|251.")
                           .arg(neutraliseForDisplay(codes));
            return std::nullopt;
        }
        const std::optional<CodePattern> pattern = parseCodePattern(alternative, problem);
        if (!pattern)
            return std::nullopt;
        expectation.m_codes.append(*pattern);
    }
    if (tilde >= 0) {
        const QString pattern = text.mid(tilde + 1).trimmed().toString();
        if (pattern.isEmpty()) {
            *problem = tr("Nothing follows \"~\": write the regular expression the reply's text must match.");
            return std::nullopt;
        }
        QRegularExpression regex(pattern, QRegularExpression::MultilineOption);
        if (!regex.isValid()) {
            *problem = tr("\"%1\" is not a valid regular expression: %2 (at character %3).")
                           .arg(neutraliseForDisplay(pattern), regex.errorString())
                           .arg(regex.patternErrorOffset() + 1);
            return std::nullopt;
        }
        expectation.m_text = regex;
    }
    return expectation;
}

Expectation Expectation::forCode(int code)
{
    Expectation expectation;
    CodePattern pattern;
    pattern.replyCode = QString::number(code);
    expectation.m_codes.append(pattern);
    return expectation;
}

bool Expectation::codeMatches(const Reply &reply) const
{
    for (const CodePattern &pattern : m_codes) {
        if (pattern.matches(reply))
            return true;
    }
    return false;
}

bool Expectation::textMatches(const Reply &reply) const
{
    return !m_text || m_text->match(reply.text()).hasMatch();
}

bool Expectation::matches(const Reply &reply) const
{
    return codeMatches(reply) && textMatches(reply);
}

QString Expectation::toString() const
{
    QStringList codes;
    for (const CodePattern &pattern : m_codes)
        codes.append(pattern.toString());
    QString text = codes.join(u'|');
    if (m_text)
        text += QStringLiteral(" ~ ") + m_text->pattern();
    return text;
}

QString Expectation::failureMessage(const Reply &reply) const
{
    // The expectation is the user's text and the reply the server's: both are neutralised or escaped, so neither can
    // act on the terminal that shows the message.
    const QString expected = neutraliseForDisplay(QString(QStringLiteral("expect ") + toString()));
    const QString replied = neutraliseForDisplay(reply.summary());
    if (!codeMatches(reply))
        return tr("%1: %2 did not hold: the server replied %3").arg(where.location(), expected, replied);
    if (!textMatches(reply)) {
        return tr("%1: %2 did not hold: the server replied %3, whose code matches but whose text does not match the "
                  "regular expression")
            .arg(where.location(), expected, replied);
    }
    return tr("%1: %2 holds for the reply %3").arg(where.location(), expected, replied);
}

bool operator==(const Expectation &a, const Expectation &b)
{
    return a.toString() == b.toString();
}

} // namespace Smtp
