#include "transcript/transcriptevent.h"

#include <QTest>

using namespace Smtp;

class TestTranscriptEvent final : public QObject
{
    Q_OBJECT

private slots:
    void escapeBytes_data();
    void escapeBytes();
    void neutraliseControls_data();
    void neutraliseControls();
    void kindNames();
};

void TestTranscriptEvent::escapeBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");

    QTest::addRow("plain ASCII") << QByteArray("250 ok") << QStringLiteral("250 ok");
    QTest::addRow("UTF-8 kept") << QByteArray("250 Grüße") << QStringLiteral("250 Grüße");
    QTest::addRow("control characters") << QByteArray("a\x01\x1b[31mb\x7f", 9)
                                        << QStringLiteral("a\\x01\\x1B[31mb\\x7F");
    QTest::addRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
    QTest::addRow("CR and LF") << QByteArray("a\r\nb") << QStringLiteral("a\\x0D\\x0Ab");
    QTest::addRow("invalid UTF-8") << QByteArray("a\xff\xfe") << QStringLiteral("a\\xFF\\xFE");
    QTest::addRow("truncated sequence") << QByteArray("a\xc3") << QStringLiteral("a\\xC3");
    QTest::addRow("overlong encoding") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF");
    QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::addRow("bidi override is shown, not obeyed")
        << QByteArray("user\xe2\x80\xaegnp.exe") << QStringLiteral("user\\xE2\\x80\\xAEgnp.exe");
    QTest::addRow("backslash doubled so escapes stay unambiguous")
        << QByteArray("a\\x41") << QStringLiteral("a\\\\x41");
    QTest::addRow("markup stays text") << QByteArray("554 <a href=\"x\">click</a>")
                                       << QStringLiteral("554 <a href=\"x\">click</a>");
}

void TestTranscriptEvent::escapeBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(TranscriptEvent::escapeBytes(bytes), shown);
}

void TestTranscriptEvent::neutraliseControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::addRow("plain text") << QStringLiteral("Connected to mx.test") << QStringLiteral("Connected to mx.test");
    QTest::addRow("line feed and tab kept") << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
    QTest::addRow("terminal escape replaced") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\uFFFD[2Jb");
    QTest::addRow("CR, NUL and DEL replaced")
        << QString::fromUtf16(u"a\rb\0c\x7f", 6) << QStringLiteral("a\uFFFDb\uFFFDc\uFFFD");
    QTest::addRow("C1 control replaced") << QStringLiteral("a\u009bb") << QStringLiteral("a\uFFFDb");
}

// What the CLI and the text export print of messages that may quote a server.
void TestTranscriptEvent::neutraliseControls()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(TranscriptEvent::neutraliseControls(text), shown);
}

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
