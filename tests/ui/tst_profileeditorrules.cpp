// The profile editor takes exactly what the session takes (issue #18): its proxy and address fields apply the core's
// rules, and the reason a person reads under the field is the core's reason.

#include "core/connection/localname.h"
#include "core/connection/proxyurl.h"
#include "core/protocol/mailaddress.h"
#include "ui/profiles/profileeditordialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace
{

Smtp::Profile plainProfile()
{
    Smtp::Profile profile;
    profile.name = QStringLiteral("rules");
    profile.settings.host = QStringLiteral("mail.example.org");
    return profile;
}

struct Verdict
{
    bool saved = false;
    bool errorShown = false;
    QString errorText;
};

/// Types @p text into the field named @p field, presses Save and reports what the person sees.
Verdict typeAndSave(const QString &field, const QString &errorLabel, const QString &text)
{
    SmtpUi::ProfileEditorDialog editor(plainProfile(), Smtp::ProfileSettings{});
    editor.show();
    auto *edit = editor.findChild<QLineEdit *>(field);
    auto *label = editor.findChild<QLabel *>(errorLabel);
    auto *buttons = editor.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    if (!edit || !label || !buttons)
        return {};
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    // The reason is what the label shows (after its warning sign) and what a screen reader says for the field.
    const QString reason = edit->accessibleDescription();
    return {editor.result() == QDialog::Accepted, label->isVisible() && label->text().endsWith(reason), reason};
}

} // namespace

class TestProfileEditorRules final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proxy_data();
    void proxy();
    void sender_data();
    void sender();
    void recipients_data();
    void recipients();
    void ehloName_data();
    void ehloName();
    void keepsMessageSettingsItDoesNotShow();
};

void TestProfileEditorRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileEditorRules::proxy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("socks5") << QStringLiteral("socks5://proxy.example:1080") << true;
    QTest::addRow("IPv6 loopback") << QStringLiteral("http://[::1]:3128") << true;
    QTest::addRow("IPv6 literal") << QStringLiteral("socks5://[2001:db8::7]:1080") << true;
    QTest::addRow("user and password") << QStringLiteral("http://ann:pw@proxy.example:3128") << true;
    QTest::addRow("port 99999") << QStringLiteral("http://proxy.example:99999") << false;
    QTest::addRow("port 0") << QStringLiteral("http://proxy.example:0") << false;
    QTest::addRow("no port") << QStringLiteral("socks5://proxy.example") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://proxy.example:21") << false;
    QTest::addRow("IPv6 without brackets") << QStringLiteral("http://::1:3128") << false;
}

void TestProfileEditorRules::proxy()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    QCOMPARE(Smtp::ProxyUrl::problem(url).isEmpty(), accepted);
    const Verdict verdict = typeAndSave(QStringLiteral("proxyLineEdit"), QStringLiteral("proxyErrorLabel"), url);
    QCOMPARE(verdict.saved, accepted);
    QCOMPARE(verdict.errorShown, !accepted);
    if (!accepted)
        QCOMPARE(verdict.errorText, Smtp::ProxyUrl::problem(url));
}

void TestProfileEditorRules::sender_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("plain") << QStringLiteral("ann@example.org") << true;
    QTest::addRow("quoted local part with a space") << QStringLiteral("\"ann lee\"@example.org") << true;
    QTest::addRow("postmaster") << QStringLiteral("Postmaster") << true;
    QTest::addRow("typed <>") << QStringLiteral("<>") << false;
    QTest::addRow("angle brackets") << QStringLiteral("<ann@example.org>") << false;
    QTest::addRow("display name") << QStringLiteral("Ann <ann@example.org>") << false;
    QTest::addRow("unterminated quote") << QStringLiteral("\"ann@example.org") << false;
}

void TestProfileEditorRules::sender()
{
    QFETCH(QString, address);
    QFETCH(bool, accepted);

    const QString reason = Smtp::MailAddress::problem(address, Smtp::MailAddress::Path::Reverse);
    QCOMPARE(reason.isEmpty(), accepted);
    const Verdict verdict = typeAndSave(QStringLiteral("fromLineEdit"), QStringLiteral("fromErrorLabel"), address);
    QCOMPARE(verdict.saved, accepted);
    QCOMPARE(verdict.errorShown, !accepted);
    if (!accepted)
        QCOMPARE(verdict.errorText, reason);
}

void TestProfileEditorRules::recipients_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("refused");

    QTest::addRow("two plain") << QStringLiteral("one@example.org, two@example.org") << QString();
    QTest::addRow("quoted local part") << QStringLiteral("\"o'neil\"@example.org") << QString();
    QTest::addRow("second in brackets") << QStringLiteral("one@example.org, <two@example.org>")
                                        << QStringLiteral("<two@example.org>");
    QTest::addRow("typed <>") << QStringLiteral("<>") << QStringLiteral("<>");
}

void TestProfileEditorRules::recipients()
{
    QFETCH(QString, typed);
    QFETCH(QString, refused);

    const Verdict verdict = typeAndSave(QStringLiteral("toLineEdit"), QStringLiteral("toErrorLabel"), typed);
    QCOMPARE(verdict.saved, refused.isEmpty());
    QCOMPARE(verdict.errorShown, !refused.isEmpty());
    if (!refused.isEmpty())
        QCOMPARE(verdict.errorText,
                 QStringLiteral("%1: %2").arg(refused,
                                              Smtp::MailAddress::problem(refused, Smtp::MailAddress::Path::Forward)));
}

void TestProfileEditorRules::ehloName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");

    QTest::addRow("domain") << QStringLiteral("client.example.org") << true;
    QTest::addRow("address literal") << QStringLiteral("[192.0.2.1]") << true;
    QTest::addRow("IPv6 address literal") << QStringLiteral("[IPv6:2001:db8::1]") << true;
    QTest::addRow("space") << QStringLiteral("my host") << false;
}

void TestProfileEditorRules::ehloName()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);

    QCOMPARE(Smtp::LocalName::problem(name).isEmpty(), accepted);
    const Verdict verdict =
        typeAndSave(QStringLiteral("localNameLineEdit"), QStringLiteral("localNameErrorLabel"), name);
    QCOMPARE(verdict.saved, accepted);
    QCOMPARE(verdict.errorShown, !accepted);
    if (!accepted)
        QCOMPARE(verdict.errorText, Smtp::LocalName::problem(name));
}

void TestProfileEditorRules::keepsMessageSettingsItDoesNotShow()
{
    // The editor has no fields for DSN, pipelining, chunking or the built-in message yet: saving keeps them as
    // they were (set with --save-profile or in the profile file).
    Smtp::Profile profile = plainProfile();
    profile.settings.dsnNotify = QStringLiteral("FAILURE");
    profile.settings.pipelining = false;
    profile.settings.subject = QStringLiteral("Quarterly check");
    profile.settings.headers = QStringList{QStringLiteral("X-Campaign: 42")};
    profile.settings.attachments = QStringList{QStringLiteral("/tmp/report.pdf")};
    SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
    editor.show();
    auto *host = editor.findChild<QLineEdit *>(QStringLiteral("hostLineEdit"));
    QVERIFY(host);
    host->clear();
    QTest::keyClicks(host, QStringLiteral("mx.example.org"));
    const Smtp::ProfileSettings saved = editor.profile().settings;
    QCOMPARE(saved.host, std::optional<QString>(QStringLiteral("mx.example.org")));
    QCOMPARE(saved.dsnNotify, profile.settings.dsnNotify);
    QCOMPARE(saved.pipelining, profile.settings.pipelining);
    QCOMPARE(saved.subject, profile.settings.subject);
    QCOMPARE(saved.headers, profile.settings.headers);
    QCOMPARE(saved.attachments, profile.settings.attachments);
}

QTEST_MAIN(TestProfileEditorRules)
#include "tst_profileeditorrules.moc"
