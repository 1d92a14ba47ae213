#include "core/text/untrustedtext.h"

#include <QTest>

using namespace Smtp;

class TestUntrustedText final : public QObject
{
    Q_OBJECT

private slots:
    void escapeBytes_data();
    void escapeBytes();
    void escapeText_data();
    void escapeText();
    void neutralise_data();
    void neutralise();
    void everyUnsafeCharacterIsEscaped();
};

void TestUntrustedText::escapeBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");

    QTest::addRow("plain ASCII") << QByteArray("250 ok") << QStringLiteral("250 ok");
    QTest::addRow("non-ASCII kept") << QByteArray("250 Gr\xC3\xBC\xC3\x9F"
                                                  "e \xE6\x97\xA5\xE6\x9C\xAC")
                                    << QStringLiteral("250 Grüße 日本");
    QTest::addRow("non-BMP letter kept") << QByteArray("a \xF0\x9F\x98\x80") << QStringLiteral("a \U0001F600");
    QTest::addRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\0b");
    QTest::addRow("CR, LF, tab") << QByteArray("a\r\nb\tc") << QStringLiteral("a\\r\\nb\\tc");
    QTest::addRow("C0 controls and DEL") << QByteArray("a\x01\x1b[31mb\x7f") << QStringLiteral("a\\x01\\x1B[31mb\\x7F");
    QTest::addRow("C1 control as its two UTF-8 bytes") << QByteArray("a\xC2\x9B"
                                                                     "2Jb")
                                                       << QStringLiteral("a\\xC2\\x9B2Jb");
    QTest::addRow("invalid byte") << QByteArray("a\xff\xfe") << QStringLiteral("a\\xFF\\xFE");
    QTest::addRow("lone continuation byte") << QByteArray("a\x9B") << QStringLiteral("a\\x9B");
    QTest::addRow("truncated sequence") << QByteArray("a\xc3") << QStringLiteral("a\\xC3");
    QTest::addRow("overlong encoding") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF");
    QTest::addRow("encoded surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::addRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xF4\\x90\\x80\\x80");
    QTest::addRow("U+202E right-to-left override")
        << QByteArray("user\xe2\x80\xaegnp.exe") << QStringLiteral("user\\u202Egnp.exe");
    QTest::addRow("U+2028 line separator")
        << QByteArray("235 ok\xE2\x80\xA8S: 235 fake") << QStringLiteral("235 ok\\u2028S: 235 fake");
    QTest::addRow("U+2029 paragraph separator") << QByteArray("a\xE2\x80\xA9") << QStringLiteral("a\\u2029");
    QTest::addRow("U+200E left-to-right mark") << QByteArray("a\xE2\x80\x8E") << QStringLiteral("a\\u200E");
    QTest::addRow("U+2066 isolate") << QByteArray("a\xE2\x81\xA6") << QStringLiteral("a\\u2066");
    QTest::addRow("U+FEFF byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                          "a")
                                            << QStringLiteral("\\uFEFFa");
    QTest::addRow("non-BMP format character") << QByteArray("a\xF3\xA0\x80\x81") << QStringLiteral("a\\U000E0001");
    QTest::addRow("backslash doubled so escapes stay unambiguous")
        << QByteArray("a\\x41\\n") << QStringLiteral("a\\\\x41\\\\n");
    QTest::addRow("markup stays text") << QByteArray("554 <a href=\"x\">click</a>")
                                       << QStringLiteral("554 <a href=\"x\">click</a>");
}

void TestUntrustedText::escapeBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(escapeUntrustedBytes(bytes), shown);
}

void TestUntrustedText::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::addRow("plain") << QStringLiteral("CN=mx.example.org") << QStringLiteral("CN=mx.example.org");
    QTest::addRow("non-ASCII kept") << QStringLiteral("CN=café 日本") << QStringLiteral("CN=café 日本");
    QTest::addRow("non-BMP letter kept") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F600");
    QTest::addRow("forged line") << QStringLiteral("x\nCertificate verified for smtp.example.com.\nTLS")
                                 << QStringLiteral("x\\nCertificate verified for smtp.example.com.\\nTLS");
    QTest::addRow("NUL") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("a\\0b");
    QTest::addRow("CR and tab") << QStringLiteral("a\r\tb") << QStringLiteral("a\\r\\tb");
    QTest::addRow("ESC") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1B[2Jb");
    QTest::addRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7F");
    QTest::addRow("C1 control") << QStringLiteral("a\u0085b") << QStringLiteral("a\\xC2\\x85b");
    QTest::addRow("U+202E") << QStringLiteral("a\u202Eb") << QStringLiteral("a\\u202Eb");
    QTest::addRow("U+2028") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
    QTest::addRow("U+2029") << QStringLiteral("a\u2029b") << QStringLiteral("a\\u2029b");
    QTest::addRow("U+200E") << QStringLiteral("a\u200Eb") << QStringLiteral("a\\u200Eb");
    QTest::addRow("U+2066") << QStringLiteral("a\u2066b") << QStringLiteral("a\\u2066b");
    QTest::addRow("non-BMP format character") << QStringLiteral("a\U000E0041") << QStringLiteral("a\\U000E0041");
    QTest::addRow("lone high surrogate") << QString(QChar(0xD800)) + u'a' << QStringLiteral("\\uD800a");
    QTest::addRow("lone low surrogate at the end") << u'a' + QString(QChar(0xDC00)) << QStringLiteral("a\\uDC00");
    QTest::addRow("backslash doubled") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
}

void TestUntrustedText::escapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeUntrustedText(text), shown);
}

void TestUntrustedText::neutralise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::addRow("plain") << QStringLiteral("Connected to mx.test") << QStringLiteral("Connected to mx.test");
    QTest::addRow("already escaped text kept as it is")
        << QStringLiteral("S: a\\\\x41 \\x1B \\u202E") << QStringLiteral("S: a\\\\x41 \\x1B \\u202E");
    QTest::addRow("line breaks escaped") << QStringLiteral("a\nb\r\n") << QStringLiteral("a\\nb\\r\\n");
    QTest::addRow("terminal escape") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1B[2Jb");
    QTest::addRow("NUL") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("a\\0b");
    QTest::addRow("bidi and separators") << QStringLiteral("\u202E\u2028\u2029\u200E\u2066")
                                         << QStringLiteral("\\u202E\\u2028\\u2029\\u200E\\u2066");
    QTest::addRow("non-ASCII kept") << QStringLiteral("é 日本 \U0001F600") << QStringLiteral("é 日本 \U0001F600");
}

void TestUntrustedText::neutralise()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(neutraliseForDisplay(text), shown);
}

// The rule is "every character of these Unicode categories", not a list: check the whole code space.
void TestUntrustedText::everyUnsafeCharacterIsEscaped()
{
    int unsafe = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const QChar::Category category = QChar::category(c);
        const bool expected = category == QChar::Other_Control || category == QChar::Other_Format ||
                              category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
                              category == QChar::Other_Surrogate;
        QCOMPARE(isUnsafeForDisplay(c), expected);
        if (!expected || category == QChar::Other_Surrogate)
            continue;
        ++unsafe;
        // Not QString::fromUcs4(): it drops a leading U+FEFF as a byte-order mark.
        const QString character = QStringView(QChar::fromUcs4(c)).toString();
        const QString escaped = escapeUntrustedText(character);
        QVERIFY2(escaped.startsWith(u'\\'), qPrintable(QString::number(c, 16)));
        for (const QChar shown : escaped)
            QVERIFY2(shown.unicode() >= 0x20 && shown.unicode() < 0x7F, qPrintable(QString::number(c, 16)));
        QCOMPARE(escapeUntrustedBytes(character.toUtf8()), escaped);
    }
    QVERIFY(unsafe > 200);
}

QTEST_APPLESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
