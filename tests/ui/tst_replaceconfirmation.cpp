// The one question before a save replaces a file (catalogue F7): nothing is asked where nothing is; an existing file
// is named; a symbolic link is resolved and the file a save would replace through it is named. Cancel keeps the file.

#include "tests/ui/messageboxanswer.h"
#include "ui/common/replaceconfirmation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using SmtpTest::answerMessageBox;

namespace
{

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class TestReplaceConfirmation final : public QObject
{
    Q_OBJECT

private slots:
    void nothingThereIsNotAsked();
    void anExistingFileIsNamed();
    void aLinkNamesItsTarget();
    void aDanglingLinkSaysWhatItCreates();
};

void TestReplaceConfirmation::nothingThereIsNotAsked()
{
    QObject scope;
    QTemporaryDir dir;
    QString text;
    answerMessageBox(&scope, QStringLiteral("replaceConfirmationMessageBox"), QString(), &text);
    QVERIFY(SmtpUi::ReplaceConfirmation::ask(nullptr, dir.filePath(QStringLiteral("new.txt"))));
    QVERIFY2(text.isEmpty(), qPrintable(text));
}

void TestReplaceConfirmation::anExistingFileIsNamed()
{
    QObject scope;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QVERIFY(writeFile(path, "old"));
    QString text;
    answerMessageBox(&scope, QStringLiteral("replaceConfirmationMessageBox"), QString(), &text);
    QVERIFY(!SmtpUi::ReplaceConfirmation::ask(nullptr, path));
    QCOMPARE(text, QStringLiteral("“%1” already exists. Saving replaces it.").arg(path));

    answerMessageBox(&scope, QStringLiteral("replaceConfirmationMessageBox"), QStringLiteral("replaceButton"), &text);
    QVERIFY(SmtpUi::ReplaceConfirmation::ask(nullptr, path));
}

void TestReplaceConfirmation::aLinkNamesItsTarget()
{
    QObject scope;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("important.conf"));
    const QString link = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(writeFile(target, "keep me"));
    QVERIFY(QFile::link(target, link));
    QString text;
    answerMessageBox(&scope, QStringLiteral("replaceConfirmationMessageBox"), QString(), &text);
    QVERIFY(!SmtpUi::ReplaceConfirmation::ask(nullptr, link));
    QCOMPARE(text, QStringLiteral("“%1” is a symbolic link to “%2”. Saving replaces the "
                                  "contents of “%2”.")
                       .arg(link, target));
    answerMessageBox(&scope, QStringLiteral("replaceConfirmationMessageBox"), QStringLiteral("replaceButton"), &text);
    QVERIFY(SmtpUi::ReplaceConfirmation::ask(nullptr, link));
}

void TestReplaceConfirmation::aDanglingLinkSaysWhatItCreates()
{
    QObject scope;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("elsewhere.txt"));
    const QString link = dir.filePath(QStringLiteral("log.txt"));
    QVERIFY(QFile::link(target, link));
    QString text;
    answerMessageBox(&scope, QStringLiteral("replaceConfirmationMessageBox"), QString(), &text);
    QVERIFY(!SmtpUi::ReplaceConfirmation::ask(nullptr, link));
    QCOMPARE(text, QStringLiteral("“%1” is a symbolic link to “%2”, which does not exist "
                                  "yet. Saving creates “%2”.")
                       .arg(link, target));
}

QTEST_MAIN(TestReplaceConfirmation)
#include "tst_replaceconfirmation.moc"
