// The profile editor takes exactly what the session takes (issue #18): its proxy and address fields apply the core's
// rules, and the reason a person reads under the field is the core's reason.

#include "core/connection/localname.h"
#include "core/connection/proxyheader.h"
#include "core/connection/proxyurl.h"
#include "core/protocol/mailaddress.h"
#include "core/protocol/smtpcommand.h"
#include "core/protocol/xclient.h"
#include "ui/profiles/profileeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
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
    void transportFieldsRoundTrip();
    void transportRules_data();
    void transportRules();
    void tlsOfferFields();
    void messageFields();
    void mechanismName_data();
    void mechanismName();
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

void TestProfileEditorRules::transportFieldsRoundTrip()
{
    Smtp::Profile profile = plainProfile();
    profile.settings.addressFamily = Smtp::AddressFamily::IPv6;
    profile.settings.bindAddress = QStringLiteral("::1");
    profile.settings.protocol = Smtp::MailProtocol::Lmtp;
    profile.settings.xclient = QStringList{QStringLiteral("ADDR=192.0.2.1"), QStringLiteral("NAME=x.example")};
    profile.settings.proxyHeader = Smtp::ProxyHeaderVersion::V2;
    profile.settings.proxySource = QStringLiteral("[2001:db8::1]:4321");
    SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
    editor.show();
    auto *family = editor.findChild<QComboBox *>(QStringLiteral("addressFamilyComboBox"));
    auto *protocol = editor.findChild<QComboBox *>(QStringLiteral("protocolComboBox"));
    auto *header = editor.findChild<QComboBox *>(QStringLiteral("proxyHeaderComboBox"));
    auto *xclient = editor.findChild<QLineEdit *>(QStringLiteral("xclientLineEdit"));
    auto *bind = editor.findChild<QLineEdit *>(QStringLiteral("bindAddressLineEdit"));
    QVERIFY(family && protocol && header && xclient && bind);
    QCOMPARE(family->currentData().toInt(), int(Smtp::AddressFamily::IPv6));
    QCOMPARE(protocol->currentData().toInt(), int(Smtp::MailProtocol::Lmtp));
    QCOMPARE(header->currentData().toInt(), int(Smtp::ProxyHeaderVersion::V2));
    QCOMPARE(xclient->text(), QStringLiteral("ADDR=192.0.2.1 NAME=x.example"));
    QCOMPARE(bind->text(), QStringLiteral("::1"));
    QCOMPARE(editor.profile().settings, profile.settings);

    // A person turns LMTP off and names another local address: the profile says so.
    protocol->setCurrentIndex(protocol->findData(int(Smtp::MailProtocol::Smtp)));
    bind->clear();
    QTest::keyClicks(bind, QStringLiteral("127.0.0.2"));
    family->setCurrentIndex(family->findData(int(Smtp::AddressFamily::IPv4)));
    const Smtp::ProfileSettings edited = editor.profile().settings;
    QCOMPARE(edited.protocol, std::optional<Smtp::MailProtocol>(Smtp::MailProtocol::Smtp));
    QCOMPARE(edited.bindAddress, std::optional<QString>(QStringLiteral("127.0.0.2")));
    QCOMPARE(edited.addressFamily, std::optional<Smtp::AddressFamily>(Smtp::AddressFamily::IPv4));
}

void TestProfileEditorRules::transportRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // the core's reason; empty when accepted
    QString proxyProblem;
    Smtp::ProxyHeader::parseSource(QStringLiteral("192.0.2.1"), &proxyProblem);
    QTest::addRow("bind address") << QStringLiteral("bindAddress") << QStringLiteral("127.0.0.2") << QString();
    QTest::addRow("bind a name") << QStringLiteral("bindAddress") << QStringLiteral("localhost")
                                 << Smtp::ConnectionSettings::bindAddressProblem(QStringLiteral("localhost"));
    QTest::addRow("proxy source") << QStringLiteral("proxySource") << QStringLiteral("192.0.2.1:25") << QString();
    QTest::addRow("proxy source without port")
        << QStringLiteral("proxySource") << QStringLiteral("192.0.2.1") << proxyProblem;
    QTest::addRow("xclient") << QStringLiteral("xclient") << QStringLiteral("ADDR=192.0.2.1 NAME=a.example")
                             << QString();
    QTest::addRow("xclient without =") << QStringLiteral("xclient") << QStringLiteral("ADDR=192.0.2.1 NAME")
                                       << Smtp::Xclient::attributeProblem(QStringLiteral("NAME"));
}

void TestProfileEditorRules::transportRules()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Verdict verdict = typeAndSave(field + QStringLiteral("LineEdit"), field + QStringLiteral("ErrorLabel"), text);
    QCOMPARE(verdict.saved, reason.isEmpty());
    QCOMPARE(verdict.errorShown, !reason.isEmpty());
    if (!reason.isEmpty())
        QCOMPARE(verdict.errorText, reason);
}

void TestProfileEditorRules::tlsOfferFields()
{
    Smtp::Profile profile = plainProfile();
    profile.settings.tlsMaximum = Smtp::TlsVersion::Tls1_2;
    SmtpUi::ProfileEditorDialog editor(profile, Smtp::ProfileSettings{});
    editor.show();
    auto *minimum = editor.findChild<QComboBox *>(QStringLiteral("tlsMinimumComboBox"));
    auto *maximum = editor.findChild<QComboBox *>(QStringLiteral("tlsMaximumComboBox"));
    auto *ciphers = editor.findChild<QLineEdit *>(QStringLiteral("ciphersLineEdit"));
    auto *label = editor.findChild<QLabel *>(QStringLiteral("tlsOfferErrorLabel"));
    auto *buttons = editor.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    auto *ocsp = editor.findChild<QCheckBox *>(QStringLiteral("ocspCheckBox"));
    QVERIFY(minimum && maximum && ciphers && label && buttons && ocsp);
    QCOMPARE(minimum->currentText(), QStringLiteral("Inherited (TLS 1.2)"));
    QVERIFY(!ocsp->isChecked());
    ocsp->click();
    // The key log's folder must exist.
    auto *keyLog = editor.findChild<QLineEdit *>(QStringLiteral("keyLogLineEdit"));
    auto *keyLogError = editor.findChild<QLabel *>(QStringLiteral("keyLogErrorLabel"));
    QVERIFY(keyLog && keyLogError);
    QTest::keyClicks(keyLog, QStringLiteral("/nonexistent/keys.log"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(editor.result() != QDialog::Accepted);
    QCOMPARE(keyLogError->text(), QStringLiteral("\u26a0 The folder of this file does not exist."));
    keyLog->clear();
    QTest::keyClicks(keyLog, QDir::temp().filePath(QStringLiteral("keys.log")));
    QCOMPARE(maximum->currentText(), QStringLiteral("TLS 1.2"));

    // The core's reasons, under the field.
    minimum->setCurrentIndex(minimum->findText(QStringLiteral("TLS 1.3")));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(editor.result() != QDialog::Accepted);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("The lowest TLS version (1.3) is above the highest (1.2).")),
             qPrintable(label->text()));
    minimum->setCurrentIndex(minimum->findText(QStringLiteral("TLS 1.1")));
    QTest::keyClicks(ciphers, QStringLiteral("NOPE"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(editor.result() != QDialog::Accepted);
    QVERIFY2(label->text().contains(QStringLiteral("knows none of the ciphers NOPE")), qPrintable(label->text()));

    ciphers->clear();
    QTest::keyClicks(ciphers, QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const Smtp::ProfileSettings saved = editor.profile().settings;
    QCOMPARE(saved.tlsMinimum, Smtp::TlsVersion::Tls1_1);
    QCOMPARE(saved.tlsMaximum, Smtp::TlsVersion::Tls1_2);
    QCOMPARE(saved.ciphers, QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"));
    QCOMPARE(saved.requestOcsp, true);
    QCOMPARE(saved.keyLogFile, QDir::temp().filePath(QStringLiteral("keys.log")));
}

void TestProfileEditorRules::messageFields()
{
    // The Message tab: what a profile holds is shown, the folders' values are named where the profile has none, each
    // field is checked by the core's rule, and what is typed is saved.
    Smtp::Profile profile = plainProfile();
    profile.settings.subject = QStringLiteral("Weekly probe");
    Smtp::ProfileSettings folder;
    folder.dsnEnvelopeId = QStringLiteral("folder-7");
    SmtpUi::ProfileEditorDialog editor(profile, folder);
    editor.show();
    auto *subject = editor.findChild<QLineEdit *>(QStringLiteral("subjectLineEdit"));
    auto *body = editor.findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    auto *headers = editor.findChild<QPlainTextEdit *>(QStringLiteral("headersPlainTextEdit"));
    auto *attachments = editor.findChild<QPlainTextEdit *>(QStringLiteral("attachmentsPlainTextEdit"));
    auto *notify = editor.findChild<QLineEdit *>(QStringLiteral("dsnNotifyLineEdit"));
    auto *ret = editor.findChild<QComboBox *>(QStringLiteral("dsnReturnComboBox"));
    auto *envelopeId = editor.findChild<QLineEdit *>(QStringLiteral("dsnEnvelopeIdLineEdit"));
    auto *pipelining = editor.findChild<QCheckBox *>(QStringLiteral("pipeliningCheckBox"));
    auto *chunking = editor.findChild<QCheckBox *>(QStringLiteral("chunkingCheckBox"));
    auto *label = editor.findChild<QLabel *>(QStringLiteral("messageErrorLabel"));
    auto *buttons = editor.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("editorTabWidget"));
    QVERIFY(subject && body && headers && attachments && notify && ret && envelopeId && pipelining && chunking &&
            label && buttons && tabs);
    tabs->setCurrentWidget(editor.findChild<QWidget *>(QStringLiteral("messageTab")));
    QCOMPARE(subject->text(), QStringLiteral("Weekly probe"));
    QCOMPARE(envelopeId->placeholderText(), QStringLiteral("Inherited: folder-7"));
    QVERIFY(pipelining->isChecked() && chunking->isChecked());

    // Each rule, under the fields.
    const auto refused = [&](const QString &reason) {
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        return editor.result() != QDialog::Accepted && label->isVisible() && label->text().contains(reason);
    };
    QTest::keyClicks(headers, QStringLiteral("X-Campaign 42"));
    QVERIFY2(refused(QStringLiteral("Name: value")), qPrintable(label->text()));
    headers->clear();
    QTest::keyClicks(headers, QStringLiteral("X-Campaign: 42"));
    QTest::keyClicks(attachments, QStringLiteral("/nonexistent/report.pdf"));
    QVERIFY2(refused(QStringLiteral("/nonexistent/report.pdf")), qPrintable(label->text()));
    attachments->clear();
    QTest::keyClicks(notify, QStringLiteral("SUCCESS,SOMETIMES"));
    QVERIFY2(refused(QStringLiteral("SOMETIMES")), qPrintable(label->text()));
    notify->clear();
    QTest::keyClicks(notify, QStringLiteral("SUCCESS,FAILURE"));

    QTest::keyClicks(body, QStringLiteral("two"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("lines"));
    ret->setCurrentIndex(ret->findData(QStringLiteral("HDRS")));
    pipelining->click();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const Smtp::ProfileSettings saved = editor.profile().settings;
    QCOMPARE(saved.subject, QStringLiteral("Weekly probe"));
    QCOMPARE(saved.body, QStringLiteral("two\nlines"));
    QCOMPARE(saved.headers, QStringList{QStringLiteral("X-Campaign: 42")});
    QVERIFY(!saved.attachments);
    QCOMPARE(saved.dsnNotify, QStringLiteral("SUCCESS,FAILURE"));
    QCOMPARE(saved.dsnReturn, QStringLiteral("HDRS"));
    QVERIFY(!saved.dsnEnvelopeId); // left to the folder
    QCOMPARE(saved.pipelining, false);
    QVERIFY(!saved.chunking); // as inherited, so not the profile's own
}

void TestProfileEditorRules::mechanismName_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addRow("SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256");
    QTest::addRow("lower case") << QStringLiteral("plain");
    QTest::addRow("a space") << QStringLiteral("PL AIN");
    QTest::addRow("21 characters") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTU");
    QTest::addRow("a dot") << QStringLiteral("X.OAUTH");
}

void TestProfileEditorRules::mechanismName()
{
    QFETCH(QString, mechanism);
    SmtpUi::ProfileEditorDialog editor(plainProfile(), Smtp::ProfileSettings{});
    editor.show();
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("authMechanismComboBox"));
    auto *label = editor.findChild<QLabel *>(QStringLiteral("authMechanismErrorLabel"));
    auto *buttons = editor.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(combo && combo->lineEdit() && label && buttons);
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), mechanism);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    // The editor shows the rule AUTH itself applies, word for word.
    const QString expected = Smtp::SmtpCommand::mechanismProblem(mechanism);
    QCOMPARE(label->isVisible(), !expected.isEmpty());
    if (!expected.isEmpty())
        QVERIFY2(label->text().endsWith(expected), qPrintable(label->text()));
}

QTEST_MAIN(TestProfileEditorRules)
#include "tst_profileeditorrules.moc"
