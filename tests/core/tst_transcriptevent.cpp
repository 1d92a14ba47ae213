#include "core/transcript/transcriptevent.h"

#include <QTest>

using namespace Smtp;

class TestTranscriptEvent final : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
};

void TestTranscriptEvent::kindNames()
{
    QCOMPARE(TranscriptEvent::kindName(TranscriptEvent::Kind::Server), QStringLiteral("server"));
    QCOMPARE(TranscriptEvent::kindName(TranscriptEvent::Kind::Client), QStringLiteral("client"));
    QCOMPARE(TranscriptEvent::kindName(TranscriptEvent::Kind::Tls), QStringLiteral("tls"));
    QCOMPARE(TranscriptEvent::kindName(TranscriptEvent::Kind::Info), QStringLiteral("info"));
    QCOMPARE(TranscriptEvent::kindName(TranscriptEvent::Kind::Warning), QStringLiteral("warning"));
    QCOMPARE(TranscriptEvent::kindName(TranscriptEvent::Kind::Error), QStringLiteral("error"));
}

QTEST_APPLESS_MAIN(TestTranscriptEvent)
#include "tst_transcriptevent.moc"
