#pragma once

#include <QtGlobal>

namespace Smtp
{

/// One row of the enhanced status code table: a subject and detail (X.subject.detail), the registry's name for it,
/// and advice for whoever reads the failure. The texts are translated in the "ReplyExplanation" context.
struct EnhancedStatusEntry
{
    int subject;
    int detail;
    const char *name;
    const char *advice;
};

/// The registered codes, ordered by subject and detail.
const EnhancedStatusEntry *enhancedStatusEntries(qsizetype *count);

/// The subject classes (RFC 3463 §3): X.subject.* as a whole, for details the table does not know.
const EnhancedStatusEntry *enhancedStatusSubjects(qsizetype *count);

} // namespace Smtp
