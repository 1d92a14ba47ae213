#pragma once

#include <QCoreApplication>
#include <QString>

namespace Smtp
{

/// Where a step or an expectation of a scenario was written, so that every message about it can point there.
struct SourceLine
{
    Q_DECLARE_TR_FUNCTIONS(SourceLine)

public:
    QString fileName;
    /// 1-based; 0 for something the scenario did not write.
    int number = 0;
    /// The line as written, without its line end.
    QString text;

    /// "FILE:LINE", as compilers and editors understand it; "line LINE" without a file name.
    QString location() const;

    friend bool operator==(const SourceLine &, const SourceLine &) = default;
};

} // namespace Smtp
