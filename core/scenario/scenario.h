#pragma once

#include "expectation.h"
#include "scenariostep.h"
#include "sourceline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Smtp
{

/// A problem in a scenario file: where it is and what is wrong.
struct ScenarioError
{
    SourceLine where;
    QString problem;

    /// "FILE:LINE: problem"; "FILE: problem" for a problem of the whole file (line 0).
    QString toString() const;
};

/// A scripted dialogue (`--scenario FILE`): the expectation on the banner, then the steps in order.
///
/// The language, one step per line:
///   ehlo | starttls | auth | send LINE | message | quit | expect CODES [~ REGEX]
/// - Step words are read in any letter case. ehlo, starttls, auth, message and quit take no argument: the names,
///   credentials, addresses and message they use come from the connection settings, so the file holds no secret.
/// - `send LINE` sends LINE as one raw command; the white space after "send" is not part of it
///   (see ScenarioStep::sendProblem for what it refuses).
/// - `expect` (see Expectation) applies to the final reply of the step before it, or to the banner when no step
///   comes before it. One reply has one expectation: a second `expect` for the same step is an error, because it
///   almost always means a step was forgotten between them (codes can be joined with "|" instead).
/// - A line whose first non-blank character is "#" is a comment; blank lines are ignored. A "#" later in a line is
///   part of it (addresses and regular expressions may contain one).
/// - Nothing may follow `quit` but its `expect`.
/// - Control characters other than TAB are refused everywhere; a CR before the line end (a CRLF file) and a byte
///   order mark at the start are not part of the text.
/// Parsing reports every problem (up to a limit), each with its file and line, so all can be fixed at once.
class Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    struct ParseResult;

    static ParseResult parse(const QString &text, const QString &fileName);
    /// The largest scenario file read: a scenario is a short script, and a bigger file is most likely the wrong one.
    static constexpr qint64 maxFileBytes = 1024 * 1024;
    /// Reads and parses the file at @p path (UTF-8, at most maxFileBytes); each problem names @p shownName and its
    /// line. A file that cannot be read is one error without a line. The command line and the window both read here.
    static ParseResult readFile(const QString &path, const QString &shownName);

    /// The expectation on the server's greeting, when the scenario starts with one.
    std::optional<Expectation> bannerExpectation;
    QList<ScenarioStep> steps;

    /// Whether some step is of that kind: a scenario without `message` needs no --from or --to.
    bool uses(ScenarioStep::Kind kind) const;
    /// The scenario written out: one line per step and expectation, no comments.
    QString toText() const;

    /// Equal when they do the same and expect the same; where they were written does not count.
    friend bool operator==(const Scenario &a, const Scenario &b);
};

struct Scenario::ParseResult
{
    /// What was understood; meaningful only when ok().
    Scenario scenario;
    QList<ScenarioError> errors;

    bool ok() const { return errors.isEmpty(); }
    /// Every error as "FILE:LINE: problem", one per line.
    QString errorText() const;
};

} // namespace Smtp
