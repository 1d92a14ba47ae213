// The one question before a save replaces a file (catalogue F7): nothing is asked where nothing is; an existing file
// is named; a symbolic link is resolved and the file a save would replace through it is named. Cancel keeps the file.

#include "ui/common/replaceconfirmation.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace
{

constexpr int waitMs = 5000;

/// Answers the next modal box with the button named @p buttonName (empty: Cancel) and keeps its text; polls from the
/// event loop, bounded, so the box's own loop runs it. The polling ends with @p context, which must not outlive @p
/// text.
void answerNextBox(QObject *context, const QString &buttonName, QString *text)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > waitMs / 10)
                timer->deleteLater();
            return;
        }
        timer->deleteLater();
        *text = box->objectName() + u'|' + box->text();
        if (auto *button = buttonName.isEmpty() ? nullptr : box->findChild<QPushButton *>(buttonName))
            button->click();
        else
            box->reject();
    });
    timer->start();
}

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
    answerNextBox(&scope, QString(), &text);
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
    answerNextBox(&scope, QString(), &text);
    QVERIFY(!SmtpUi::ReplaceConfirmation::ask(nullptr, path));
    QCOMPARE(text, QStringLiteral("replaceConfirmationMessageBox|“%1” already exists. Saving replaces it.").arg(path));

    answerNextBox(&scope, QStringLiteral("replaceButton"), &text);
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
    answerNextBox(&scope, QString(), &text);
    QVERIFY(!SmtpUi::ReplaceConfirmation::ask(nullptr, link));
    QCOMPARE(text, QStringLiteral("replaceConfirmationMessageBox|“%1” is a symbolic link to “%2”. Saving replaces the "
                                  "contents of “%2”.")
                       .arg(link, target));
    answerNextBox(&scope, QStringLiteral("replaceButton"), &text);
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
    answerNextBox(&scope, QString(), &text);
    QVERIFY(!SmtpUi::ReplaceConfirmation::ask(nullptr, link));
    QCOMPARE(text, QStringLiteral("replaceConfirmationMessageBox|“%1” is a symbolic link to “%2”, which does not exist "
                                  "yet. Saving creates “%2”.")
                       .arg(link, target));
}

QTEST_MAIN(TestReplaceConfirmation)
#include "tst_replaceconfirmation.moc"
