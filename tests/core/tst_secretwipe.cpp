// Hostile servers E8: the buffers the client built with credentials are zeroed once written, where it owns them.

#include "core/auth/secretwipe.h"

#include <QTest>

#include <algorithm>

using namespace Smtp;

namespace
{

// Each test keeps its buffer allocated after the wipe (the array keeps its capacity), so reading it is defined.
bool allZero(const char *bytes, qsizetype size)
{
    return std::all_of(bytes, bytes + size, [](char c) { return c == '\0'; });
}

} // namespace

class TestSecretWipe final : public QObject
{
    Q_OBJECT

private slots:
    void ownedBytesAreZeroedInPlace()
    {
        QByteArray secret = QByteArrayLiteral("AUTH PLAIN AGFsaWNlAGNhbmFyeS1wYXNzd29yZA==\r\n");
        secret.detach();
        const char *buffer = secret.constData();
        const qsizetype size = secret.size();
        QVERIFY(!allZero(buffer, size));
        QVERIFY(wipeSecret(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.constData(), buffer);
        QVERIFY(allZero(buffer, size));
    }

    void ownedTextIsZeroedInPlace()
    {
        QString password = QStringLiteral("canary-password-\u00e9\u00df");
        password.detach();
        const auto *buffer = reinterpret_cast<const char *>(password.constData());
        const qsizetype size = password.size() * qsizetype(sizeof(QChar));
        QVERIFY(wipeSecret(password));
        QVERIFY(password.isEmpty());
        QCOMPARE(reinterpret_cast<const char *>(password.constData()), buffer);
        QVERIFY(allZero(buffer, size));
    }

    void aSharedBufferIsOnlyLetGo()
    {
        // Another owner still reads it: zeroing would change that owner's value.
        QByteArray owner = QByteArrayLiteral("still needed elsewhere");
        owner.detach();
        QByteArray copy = owner;
        QVERIFY(!wipeSecret(copy));
        QVERIFY(copy.isEmpty());
        QCOMPARE(owner, QByteArrayLiteral("still needed elsewhere"));

        QString text = QStringLiteral("shared password");
        text.detach();
        QString textCopy = text;
        QVERIFY(!wipeSecret(textCopy));
        QVERIFY(textCopy.isEmpty());
        QCOMPARE(text, QStringLiteral("shared password"));
    }

    void rawDataIsNeverWritten()
    {
        static const char constant[] = "read-only bytes";
        QByteArray view = QByteArray::fromRawData(constant, qsizetype(sizeof(constant) - 1));
        QVERIFY(!wipeSecret(view));
        QVERIFY(view.isEmpty());
        QCOMPARE(QByteArray(constant), QByteArrayLiteral("read-only bytes"));

        QString literal = QStringLiteral("a literal");
        QVERIFY(!wipeSecret(literal));
        QVERIFY(literal.isEmpty());
    }

    void emptyIsNothingToDo()
    {
        QByteArray empty;
        QVERIFY(!wipeSecret(empty));
        QString none;
        QVERIFY(!wipeSecret(none));
    }
};

QTEST_APPLESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
