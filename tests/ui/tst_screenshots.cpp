// Renders the main window, a session with a certificate chain, the profile editor, the preferences, a policy check,
// a domain check and a failed session with its fixes to PNG files. With
// SMTP_SCREENSHOT_DIR set (for example to docs/screenshots) the pictures are kept there; otherwise they go to a
// temporary folder and the test only checks that they render.

#include "core/batch/checktarget.h"
#include "core/batch/routenote.h"
#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/certificatefactory.h"
#include "ui/app/preferencesdialog.h"
#include "ui/app/theme.h"
#include "ui/batch/domaincheckdialog.h"
#include "ui/batch/domaingridmodel.h"
#include "ui/certificates/certificatedetailsdialog.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/profiles/profilespanel.h"
#include "ui/scenario/policycheckdialog.h"
#include "ui/session/sessiontab.h"
#include "ui/transcript/transcriptmodel.h"
#include "ui/transcript/transcriptview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 10000;

/// A small STARTTLS server that presents the whole chain (leaf and CA), so the certificate view has a tree.
class ChainServer final : public QTcpServer
{
public:
    explicit ChainServer(QObject *parent = nullptr) : QTcpServer(parent) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        QSslConfiguration configuration = CertificateFactory::serverConfiguration(ServerCertificate::ValidRsa);
        configuration.setLocalCertificateChain(
            {CertificateFactory::serverCertificate(ServerCertificate::ValidRsa), CertificateFactory::caCertificate()});
        socket->setSslConfiguration(configuration);
        socket->write("220 mail.example.test ESMTP Postfix\r\n");
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed().toUpper();
                if (line.startsWith("EHLO") && !socket->isEncrypted()) {
                    socket->write("250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n"
                                  "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250 CHUNKING\r\n");
                } else if (line.startsWith("EHLO")) {
                    socket->write("250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n"
                                  "250-AUTH PLAIN LOGIN SCRAM-SHA-256\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n"
                                  "250-SMTPUTF8\r\n250 CHUNKING\r\n");
                } else if (line == "STARTTLS") {
                    socket->write("220 2.0.0 Ready to start TLS\r\n");
                    socket->flush();
                    socket->startServerEncryption();
                } else if (line == "QUIT") {
                    socket->write("221 2.0.0 Bye\r\n");
                    socket->disconnectFromHost();
                } else if (line.startsWith("VRFY")) {
                    socket->write("252 2.0.0 Cannot VRFY user, but will accept message\r\n");
                } else {
                    socket->write("250 2.0.0 Ok\r\n");
                }
            }
        });
    }
};

QString outputDir(QTemporaryDir &fallback)
{
    const QString wanted = qEnvironmentVariable("SMTP_SCREENSHOT_DIR");
    if (wanted.isEmpty())
        return fallback.path();
    QDir().mkpath(wanted);
    return wanted;
}

bool savePicture(QWidget *widget, const QString &path)
{
    const QImage image = widget->grab().toImage();
    return !image.isNull() && image.width() > 100 && image.height() > 100 && image.save(path, "PNG");
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pictures();
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CertificateFactory::shared();
}

void TestScreenshots::pictures()
{
    QTemporaryDir temporary;
    const QString dir = outputDir(temporary);

    ChainServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    Smtp::ProfileStore store(temporary.filePath(QStringLiteral("profiles.json")));
    QVERIFY(!store.load().isError());
    Smtp::MemorySecretStore secrets;
    const auto add = [&store](const QString &name, const QString &folder, const QString &host, quint16 port,
                              Smtp::SecurityMode security, const QStringList &tags, bool favourite) {
        Smtp::Profile profile;
        profile.name = name;
        profile.folder = folder;
        profile.tags = tags;
        profile.favourite = favourite;
        profile.settings.host = host;
        profile.settings.port = port;
        profile.settings.security = security;
        store.add(profile);
        return profile;
    };
    // What earlier checks saw of the certificates: the profile list shows the days left as a badge.
    const auto seen = [&store](Smtp::Profile profile, int daysLeft) {
        Smtp::RunRecord run;
        run.when = QDateTime::currentDateTimeUtc();
        run.ok = true;
        run.certificateNotAfter = run.when.addDays(daysLeft).addSecs(3600);
        profile.history = {run};
        store.update(profile);
    };
    seen(add(QStringLiteral("Office relay"), QString(), QStringLiteral("relay.office.example"), 0,
             Smtp::SecurityMode::StartTls, {QStringLiteral("internal")}, true),
         5);
    Smtp::Profile lab = add(QStringLiteral("Lab server"), QString(), QStringLiteral("127.0.0.1"), server.serverPort(),
                            Smtp::SecurityMode::StartTls, {QStringLiteral("lab"), QStringLiteral("loopback")}, true);
    seen(add(QStringLiteral("ACME submission"), QStringLiteral("Customers/ACME"), QStringLiteral("smtp.acme.example"),
             587, Smtp::SecurityMode::StartTls, {QStringLiteral("production")}, false),
         74);
    seen(add(QStringLiteral("ACME MX"), QStringLiteral("Customers/ACME"), QStringLiteral("mx1.acme.example"), 25,
             Smtp::SecurityMode::StartTls, {QStringLiteral("production"), QStringLiteral("mx")}, false),
         16);
    add(QStringLiteral("Globex SMTPS"), QStringLiteral("Customers/Globex"), QStringLiteral("mail.globex.example"), 465,
        Smtp::SecurityMode::Implicit, {}, false);
    Smtp::ProfileFolder labDefaults;
    labDefaults.path = QStringLiteral("Customers");
    store.setFolder(labDefaults);

    SmtpUi::MainWindow window(&store, &secrets);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.profilesPanel()->selectProfile(lab.id));

    Smtp::ConnectionSettings settings = store.resolvedSettings(lab);
    settings.caFile = CertificateFactory::shared().ca.certificate;
    settings.localName = QStringLiteral("workstation.example");
    SmtpUi::SessionTab *tab = window.openSession(lab.name, settings, lab.id);
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready, waitMs);
    tab->commandRequested(QStringLiteral("VRFY postmaster"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->state() == Smtp::SessionState::Ready &&
                                 tab->transcript().events().last().text.startsWith(QStringLiteral("252")),
                             waitMs);
    tab->transcriptView()->flushPending();
    QVERIFY(tab->tlsReport().has_value());
    QCOMPARE(tab->tlsReport()->chain.size(), 2);
    QVERIFY(tab->tlsReport()->verified);
    QTest::qWait(100); // let the layouts settle before grabbing: nothing is being waited for

    QVERIFY(savePicture(&window, QDir(dir).filePath(QStringLiteral("main-window.png"))));

    // The same window in the Dark theme of the preferences: the transcript switches to its dark colour set.
    SmtpUi::applyTheme(SmtpUi::Theme::Dark);
    QTRY_VERIFY(tab->transcriptView()->model()->isDarkPalette());
    QVERIFY(savePicture(&window, QDir(dir).filePath(QStringLiteral("main-window-dark.png"))));
    SmtpUi::applyTheme(SmtpUi::Theme::System);
    QTRY_VERIFY(!tab->transcriptView()->model()->isDarkPalette());

    auto *dialog = qobject_cast<SmtpUi::CertificateDetailsDialog *>(tab->showCertificateDetails());
    QVERIFY(dialog);
    dialog->resize(900, 560);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(savePicture(dialog, QDir(dir).filePath(QStringLiteral("certificate-details.png"))));
    dialog->close();

    SmtpUi::ProfileEditorDialog *editor = window.profilesPanel()->openEditor(*store.find(lab.id));
    QVERIFY(editor);
    editor->resize(600, 600);
    // Show how invalid input is marked at the field.
    auto *proxy = editor->findChild<QLineEdit *>(QStringLiteral("proxyLineEdit"));
    QVERIFY(proxy);
    proxy->setText(QStringLiteral("proxy.example:3128"));
    QCOMPARE(editor->validate().size(), 1);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QVERIFY(savePicture(editor, QDir(dir).filePath(QStringLiteral("profile-editor.png"))));
    // Closed without reject(), which would ask whether to discard the edit made for the picture.
    editor->done(QDialog::Rejected);

    // The preferences just after choosing another language: the note says when it takes effect.
    SmtpUi::PreferencesDialog preferences(&window);
    preferences.setLanguageCode(QString());
    auto *language = preferences.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(language);
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    QVERIFY(!preferences.findChild<QLabel *>(QStringLiteral("restartNoticeLabel"))->isHidden());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QVERIFY(savePicture(&preferences, QDir(dir).filePath(QStringLiteral("preferences.png"))));
    preferences.close();

    // Check Policy over the lab server, which takes any recipient: the findings with their verdicts.
    SmtpUi::PolicyCheckDialog policy(lab.name, settings, &window);
    policy.resize(900, 360);
    policy.show();
    QTRY_VERIFY_WITH_TIMEOUT(!policy.isRunning(), 60000);
    QVERIFY(savePicture(&policy, QDir(dir).filePath(QStringLiteral("policy-check.png"))));
    policy.close();

    // Check Domain over every mode: the grid laid out from a route as the lookup gives one and filled as checks end
    // (made up here, so that the picture needs no DNS server and no server on the standard ports).
    SmtpUi::DomainCheckDialog domainCheck(&window);
    domainCheck.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("acme.example"));
    Smtp::MailRoute route;
    route.kind = Smtp::MailRoute::Kind::Exchangers;
    route.domain = QStringLiteral("acme.example");
    route.exchangers = {
        Smtp::MailExchanger{QStringLiteral("mx1.acme.example"),
                            10,
                            {QHostAddress(QStringLiteral("192.0.2.25")), QHostAddress(QStringLiteral("2001:db8::25"))},
                            {}},
        Smtp::MailExchanger{QStringLiteral("mx2.acme.example"), 20, {QHostAddress(QStringLiteral("192.0.2.26"))}, {}},
        Smtp::MailExchanger{
            QStringLiteral("mx3.acme.example"), 30, {}, QStringLiteral("mx3.acme.example has no A or AAAA record.")},
    };
    const QList<Smtp::CheckTarget> targets = Smtp::CheckPlan::forRoute(route, {}, true);
    domainCheck.showPlan(Smtp::RouteNote::forRoute(route), targets);
    for (int check = 0; check + 2 < targets.size(); ++check) {
        Smtp::CheckOutcome outcome;
        outcome.target = targets.at(check);
        if (outcome.target.settings.port == 465) {
            outcome.result.error.code = Smtp::ErrorCode::ConnectFailed;
            outcome.result.error.message = QStringLiteral("Could not connect: Connection refused.");
        } else if (outcome.target.settings.host == QStringLiteral("2001:db8::25") &&
                   outcome.target.settings.security != Smtp::SecurityMode::None) {
            outcome.result.error.code = Smtp::ErrorCode::CertificateUntrusted;
        }
        domainCheck.model()->setOutcome(check, outcome);
    }
    domainCheck.resize(900, 560);
    domainCheck.show();
    QVERIFY(QTest::qWaitForWindowExposed(&domainCheck));
    QVERIFY(savePicture(&domainCheck, QDir(dir).filePath(QStringLiteral("domain-check.png"))));
    domainCheck.close();

    // A wrong server name: the failure in the window's words, with the names the certificate covers as fixes.
    settings.serverName = QStringLiteral("wrong.example.invalid");
    SmtpUi::SessionTab *failed = window.openSession(lab.name, settings, lab.id);
    QTRY_VERIFY_WITH_TIMEOUT(failed->isFinished(), waitMs);
    QCOMPARE(failed->result()->error.code, Smtp::ErrorCode::CertificateUntrusted);
    failed->transcriptView()->flushPending();
    QTest::qWait(100); // let the layouts settle before grabbing: nothing is being waited for
    QVERIFY(savePicture(&window, QDir(dir).filePath(QStringLiteral("failure-advice.png"))));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
