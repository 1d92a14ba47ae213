// The prompt for a secret a session needs: why it asks, the field (hidden unless shown), and "Remember in the
// keychain" only where there is a keychain.

#include "ui/session/secretpromptdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

class TestSecretPromptDialog final : public QObject
{
    Q_OBJECT

private slots:
    void saysWhatAndWhy_data();
    void saysWhatAndWhy();
    void typedSecretIsHiddenUnlessShown();
    void rememberOnlyWithAKeychain_data();
    void rememberOnlyWithAKeychain();
    void cancelGivesNothing();
};

void TestSecretPromptDialog::saysWhatAndWhy_data()
{
    QTest::addColumn<Smtp::SecretKind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("field");
    QTest::addRow("password") << Smtp::SecretKind::Password << QStringLiteral("Password for Relay")
                              << QStringLiteral("&Password:");
    QTest::addRow("proxy password") << Smtp::SecretKind::ProxyPassword << QStringLiteral("Proxy Password for Relay")
                                    << QStringLiteral("&Proxy password:");
    QTest::addRow("key passphrase") << Smtp::SecretKind::KeyPassphrase << QStringLiteral("Key Passphrase for Relay")
                                    << QStringLiteral("&Key passphrase:");
}

void TestSecretPromptDialog::saysWhatAndWhy()
{
    QFETCH(Smtp::SecretKind, kind);
    QFETCH(QString, title);
    QFETCH(QString, field);
    SmtpUi::SecretPromptDialog dialog(kind, QStringLiteral("Relay"), QStringLiteral("<b>Not saved</b>"), true);
    QCOMPARE(dialog.windowTitle(), title);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("secretLabel"))->text(), field);
    auto *reason = dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QCOMPARE(reason->text(), QStringLiteral("<b>Not saved</b>"));
    // The reason can quote a profile name or keychain text: shown literally.
    QCOMPARE(reason->textFormat(), Qt::PlainText);
}

void TestSecretPromptDialog::typedSecretIsHiddenUnlessShown()
{
    SmtpUi::SecretPromptDialog dialog(Smtp::SecretKind::Password, QStringLiteral("Relay"), QStringLiteral("Why"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("secretLineEdit"));
    auto *show = dialog.findChild<QCheckBox *>(QStringLiteral("showSecretCheckBox"));
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("s3cret pw"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(4, show->height() / 2));
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(4, show->height() / 2));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.secret(), QStringLiteral("s3cret pw"));
    QVERIFY(!dialog.rememberRequested());
}

void TestSecretPromptDialog::rememberOnlyWithAKeychain_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addRow("keychain: offered") << true;
    QTest::addRow("no keychain: not offered") << false;
}

void TestSecretPromptDialog::rememberOnlyWithAKeychain()
{
    QFETCH(bool, keychain);
    SmtpUi::SecretPromptDialog dialog(Smtp::SecretKind::Password, QStringLiteral("Relay"), QStringLiteral("Why"),
                                      keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"));
    QVERIFY(remember);
    QCOMPARE(remember->isVisible(), keychain);
    QVERIFY(!remember->isChecked());
    if (keychain)
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, remember->height() / 2));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("secretLineEdit")), QStringLiteral("pw"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.rememberRequested(), keychain);
}

void TestSecretPromptDialog::cancelGivesNothing()
{
    SmtpUi::SecretPromptDialog dialog(Smtp::SecretKind::Password, QStringLiteral("Relay"), QStringLiteral("Why"), true);
    QTimer::singleShot(0, &dialog, [&dialog] {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("secretLineEdit")), QStringLiteral("pw"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
}

QTEST_MAIN(TestSecretPromptDialog)
#include "tst_secretpromptdialog.moc"
