#pragma once

#include "scriptablesmtpserver.h"

#include <QList>
#include <QString>

namespace SmtpTest
{

/// How a script's server bytes reach the client: the hostile-server catalogue runs every case whose server bytes
/// matter in all three ways, because a client that only works when a reply arrives in one read is broken.
enum class SplitWrites
{
    Whole,       ///< each Send as written: one write()
    ByteByByte,  ///< one byte per write, about a millisecond apart
    RandomSplit, ///< each Send cut at random offsets, the pieces 0 or 1 ms apart (seeded)
};

/// The three modes, in the order the catalogue's rows list them.
QList<SplitWrites> allSplitWrites();
/// "whole", "byte-by-byte", "random split".
const char *splitWritesName(SplitWrites mode);

/// \a script with every Send (and SendSplit) rewritten for \a mode; other steps are kept. Byte by byte, a Send
/// larger than byteByByteLimit is written byte by byte up to that limit and in 4 KiB pieces after it, so that
/// flood cases (C1, C2) stay fast. The same \a seed gives the same splits.
Script withSplitWrites(const Script &script, SplitWrites mode, quint32 seed);

/// Sends above this size are not written byte by byte in full (see withSplitWrites()).
inline constexpr int byteByByteLimit = 2048;

/// For a catalogue test with no other column: the column "split" and one row per mode, "NAME / MODE".
void addSplitWriteRows(const char *name);

/// The seed of the current test row: the run's seed (SMTP_TEST_SPLIT_SEED, or random once per process) mixed with
/// the row's data tag, so that every row cuts differently and a failing row can be repeated.
quint32 splitSeed();
/// The run's seed and how to repeat it; a catalogue test prints it from cleanup() when a row failed.
QString splitSeedNote();

} // namespace SmtpTest

Q_DECLARE_METATYPE(SmtpTest::SplitWrites)
