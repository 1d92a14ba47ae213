#include "scenario.h"

#include "core/protocol/smtpcommand.h"
#include "core/text/untrustedtext.h"

#include <QFile>

namespace Smtp
{

namespace
{

// A file that is not a scenario at all (a binary, the wrong file) would otherwise give one error per line.
constexpr int maxErrors = 20;

struct SplitLine
{
    QStringView word;
    QStringView rest;
};

// The step word and what follows the white space after it; trailing white space stays part of a send's command.
SplitLine splitStepLine(QStringView line)
{
    qsizetype start = 0;
    while (start < line.size() && line.at(start).isSpace())
        ++start;
    qsizetype end = start;
    while (end < line.size() && !line.at(end).isSpace())
        ++end;
    qsizetype restStart = end;
    while (restStart < line.size() && line.at(restStart).isSpace())
        ++restStart;
    return {line.mid(start, end - start), line.mid(restStart)};
}

class Parser
{
public:
    explicit Parser(const QString &fileName) : m_fileName(fileName) {}

    Scenario::ParseResult run(const QString &text);

private:
    void parseLine(const SourceLine &where);
    void parseExpect(const SourceLine &where, QStringView text);
    void addStep(const SourceLine &where, ScenarioStep::Kind kind, QStringView argument);
    void stepError(const SourceLine &where, const QString &problem);
    void error(const SourceLine &where, const QString &problem);

    QString m_fileName;
    Scenario::ParseResult m_result;
    // Whether the banner or step the next `expect` would apply to has one already.
    bool m_lastTargetHasExpectation = false;
    // The line before the next `expect` was a wrong step: the expect is checked but applies to nothing, so that it
    // is neither given to the step before nor blamed for being a second expect.
    bool m_lastTargetIsBroken = false;
    bool m_quitSeen = false;
    bool m_tooManyErrors = false;
};

Scenario::ParseResult Parser::run(const QString &text)
{
    QStringView rest(text);
    if (rest.startsWith(QChar(0xFEFF)))
        rest = rest.mid(1);
    int number = 0;
    bool empty = true;
    for (QStringView line : rest.split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const SourceLine where{m_fileName, number, line.toString()};
        if (const QString reason = SmtpCommand::checkArgument(where.text); !reason.isEmpty()) {
            stepError(where, Scenario::tr("The line %1.").arg(reason));
        } else {
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            empty = false;
            parseLine(where);
        }
        if (m_tooManyErrors)
            break;
    }
    if (empty && m_result.errors.isEmpty())
        error({m_fileName, number, {}}, Scenario::tr("The scenario has no step and no expect."));
    return m_result;
}

void Parser::parseLine(const SourceLine &where)
{
    const SplitLine split = splitStepLine(where.text);
    if (split.word.compare(QStringLiteral("expect"), Qt::CaseInsensitive) == 0) {
        parseExpect(where, split.rest);
        return;
    }
    const std::optional<ScenarioStep::Kind> kind = ScenarioStep::kindFromName(split.word);
    if (!kind) {
        stepError(where,
                  Scenario::tr("Unknown step \"%1\". The steps are ehlo, starttls, auth, send, message, quit and "
                               "expect; a comment starts with #.")
                      .arg(neutraliseForDisplay(split.word)));
        return;
    }
    if (m_quitSeen) {
        stepError(where, Scenario::tr("Nothing can follow quit but its expect: the server closes the connection."));
        return;
    }
    if (*kind == ScenarioStep::Kind::Send) {
        if (const QString problem = ScenarioStep::sendProblem(split.rest); !problem.isEmpty()) {
            stepError(where, problem);
            return;
        }
    } else if (!split.rest.trimmed().isEmpty()) {
        stepError(where, Scenario::tr("%1 takes nothing after it: what it uses comes from the connection settings (a "
                                      "comment must be on a line of its own).")
                             .arg(ScenarioStep::kindName(*kind)));
        return;
    }
    addStep(where, *kind, split.rest);
}

void Parser::addStep(const SourceLine &where, ScenarioStep::Kind kind, QStringView argument)
{
    ScenarioStep step;
    step.kind = kind;
    if (kind == ScenarioStep::Kind::Send)
        step.argument = argument.toString();
    step.where = where;
    m_result.scenario.steps.append(step);
    m_lastTargetHasExpectation = false;
    m_lastTargetIsBroken = false;
    m_quitSeen = kind == ScenarioStep::Kind::Quit;
}

void Parser::parseExpect(const SourceLine &where, QStringView text)
{
    QList<ScenarioStep> &steps = m_result.scenario.steps;
    if (m_lastTargetHasExpectation) {
        const QString target =
            steps.isEmpty() ? Scenario::tr("the banner")
                            : Scenario::tr("%1 on line %2").arg(steps.last().toText()).arg(steps.last().where.number);
        error(where, Scenario::tr("A second expect for %1: one reply has one expectation (join codes with \"|\"); "
                                  "is a step missing between them?")
                         .arg(neutraliseForDisplay(target)));
        return;
    }
    QString problem;
    std::optional<Expectation> expectation = Expectation::parse(text, &problem);
    // Even a wrong expect takes its step's place, so the next expect is not blamed for being the second one.
    m_lastTargetHasExpectation = true;
    if (!expectation) {
        error(where, problem);
        return;
    }
    if (m_lastTargetIsBroken)
        return;
    expectation->where = where;
    if (steps.isEmpty())
        m_result.scenario.bannerExpectation = expectation;
    else
        steps.last().expectation = expectation;
}

void Parser::stepError(const SourceLine &where, const QString &problem)
{
    m_lastTargetHasExpectation = false;
    m_lastTargetIsBroken = true;
    error(where, problem);
}

void Parser::error(const SourceLine &where, const QString &problem)
{
    if (m_result.errors.size() == maxErrors) {
        m_result.errors.append(
            {where, Scenario::tr("Too many problems; the rest of the file was not read. Is it a scenario?")});
        m_tooManyErrors = true;
        return;
    }
    m_result.errors.append({where, problem});
}

} // namespace

QString ScenarioError::toString() const
{
    return QStringLiteral("%1: %2").arg(where.number > 0 ? where.location() : where.fileName, problem);
}

QString Scenario::ParseResult::errorText() const
{
    QStringList lines;
    for (const ScenarioError &error : errors)
        lines << error.toString();
    return lines.join(u'\n');
}

Scenario::ParseResult Scenario::readFile(const QString &path, const QString &shownName)
{
    const auto fileProblem = [&shownName](const QString &problem) {
        ParseResult result;
        result.errors << ScenarioError{SourceLine{shownName, 0, {}}, problem};
        return result;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(tr("cannot be read: %1").arg(file.errorString()));
    if (file.size() > maxFileBytes)
        return fileProblem(tr("larger than %1 KiB; a scenario is a short script.").arg(maxFileBytes / 1024));
    return parse(QString::fromUtf8(file.readAll()), shownName);
}

Scenario::ParseResult Scenario::parse(const QString &text, const QString &fileName)
{
    return Parser(fileName).run(text);
}

bool Scenario::uses(ScenarioStep::Kind kind) const
{
    for (const ScenarioStep &step : steps) {
        if (step.kind == kind)
            return true;
    }
    return false;
}

QString Scenario::toText() const
{
    QString text;
    const auto addExpectation = [&text](const std::optional<Expectation> &expectation) {
        if (expectation)
            text += QStringLiteral("expect ") + expectation->toString() + u'\n';
    };
    addExpectation(bannerExpectation);
    for (const ScenarioStep &step : steps) {
        text += step.toText() + u'\n';
        addExpectation(step.expectation);
    }
    return text;
}

bool operator==(const Scenario &a, const Scenario &b)
{
    return a.bannerExpectation == b.bannerExpectation && a.steps == b.steps;
}

} // namespace Smtp
