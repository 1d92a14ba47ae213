#include "splitwrites.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

namespace SmtpTest
{

namespace
{

constexpr int largePieceBytes = 4096;

quint32 runSeed()
{
    static const quint32 seed = [] {
        bool ok = false;
        const quint32 fromEnvironment = qEnvironmentVariable("SMTP_TEST_SPLIT_SEED").toUInt(&ok);
        return ok ? fromEnvironment : QRandomGenerator::global()->generate();
    }();
    return seed;
}

// Offsets for a Send of \a size written byte by byte, bounded as withSplitWrites() documents.
QList<int> byteOffsets(qsizetype size)
{
    QList<int> offsets;
    const int byteLimit = int(qMin<qsizetype>(size, byteByByteLimit));
    for (int offset = 1; offset < byteLimit; ++offset)
        offsets << offset;
    for (qsizetype offset = byteLimit; offset < size; offset += largePieceBytes)
        offsets << int(offset);
    return offsets;
}

QList<int> randomOffsets(qsizetype size, QRandomGenerator &random)
{
    if (size < 2)
        return {};
    // A few cuts anywhere, more for a large Send, so that a line's CR and LF land in different pieces sometimes.
    const int cuts = int(qMin<qsizetype>(size - 1, 1 + random.bounded(6) + size / largePieceBytes));
    QList<int> offsets;
    while (offsets.size() < cuts) {
        const int offset = 1 + int(random.bounded(quint32(size - 1)));
        if (!offsets.contains(offset))
            offsets << offset;
    }
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

ScriptStep rewrite(const QByteArray &bytes, SplitWrites mode, QRandomGenerator &random)
{
    if (mode == SplitWrites::ByteByByte) {
        if (bytes.size() <= byteByByteLimit)
            return SendByteByByte{bytes, 1};
        return SendSplit{bytes, byteOffsets(bytes.size()), 0};
    }
    return SendSplit{bytes, randomOffsets(bytes.size(), random), int(random.bounded(2))};
}

} // namespace

QList<SplitWrites> allSplitWrites()
{
    return {SplitWrites::Whole, SplitWrites::ByteByByte, SplitWrites::RandomSplit};
}

const char *splitWritesName(SplitWrites mode)
{
    switch (mode) {
    case SplitWrites::Whole:
        return "whole";
    case SplitWrites::ByteByByte:
        return "byte-by-byte";
    case SplitWrites::RandomSplit:
        return "random split";
    }
    return "?";
}

Script withSplitWrites(const Script &script, SplitWrites mode, quint32 seed)
{
    if (mode == SplitWrites::Whole)
        return script;
    QRandomGenerator random(seed);
    Script result;
    for (const ScriptStep &step : script) {
        if (const auto *send = std::get_if<Send>(&step))
            result << rewrite(send->bytes, mode, random);
        else if (const auto *split = std::get_if<SendSplit>(&step))
            result << rewrite(split->bytes, mode, random);
        else
            result << step;
    }
    return result;
}

void addSplitWriteRows(const char *name)
{
    QTest::addColumn<SplitWrites>("split");
    for (SplitWrites mode : allSplitWrites())
        QTest::addRow("%s / %s", name, splitWritesName(mode)) << mode;
}

quint32 splitSeed()
{
    const char *tag = QTest::currentDataTag();
    return runSeed() ^ quint32(qHash(QByteArray(tag ? tag : "")));
}

QString splitSeedNote()
{
    return QStringLiteral("split-write seed %1 (SMTP_TEST_SPLIT_SEED=%1 repeats it)").arg(runSeed());
}

} // namespace SmtpTest
