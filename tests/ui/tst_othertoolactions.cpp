// The profile commands that speak swaks and openssl s_client, driven through the profile list as a person would.
#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/temporaryprofiles.h"
#include "tests/support/testsupport.h"
#include "ui/profiles/othertoolactions.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/profiles/profilespanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace
{

constexpr int waitMs = 5000;

QAction *findAction(const SmtpUi::ProfilesPanel &panel, const QString &name)
{
    const QList<QAction *> actions = panel.profileActions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestOtherToolActions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
        QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
        m_panel = std::make_unique<SmtpUi::ProfilesPanel>(m_profiles->store(), m_profiles->secrets());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_profiles.reset();
    }

    void copiesTheProfileAsSwaksAndOpenSslCommands()
    {
        Smtp::Profile profile = SmtpTest::makeProfile(QStringLiteral("Relay"), QStringLiteral("mx.example.org"));
        profile.settings.port = 587;
        profile.settings.security = Smtp::SecurityMode::StartTls;
        QVERIFY(!m_profiles->store()->add(profile).isError());
        QAction *copySwaks = findAction(*m_panel, QStringLiteral("copySwaksCommandAction"));
        QAction *copyOpenSsl = findAction(*m_panel, QStringLiteral("copyOpenSslCommandAction"));
        QVERIFY(copySwaks && copyOpenSsl);
        QVERIFY(m_panel->selectProfile(QString()) == false);
        QVERIFY(!copySwaks->isEnabled()); // nothing selected yet
        QVERIFY(m_panel->selectProfile(profile.id));
        QVERIFY(copySwaks->isEnabled());

        QSignalSpy messages(m_panel.get(), &SmtpUi::ProfilesPanel::statusMessage);
        copySwaks->trigger();
        const QString swaks = QGuiApplication::clipboard()->text();
        QVERIFY2(swaks.startsWith(QStringLiteral("swaks ")), qPrintable(swaks));
        QVERIFY2(swaks.contains(QStringLiteral("mx.example.org")), qPrintable(swaks));
        QVERIFY2(swaks.contains(QStringLiteral("-tls")), qPrintable(swaks));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.constFirst().constFirst().toString().contains(QStringLiteral("without passwords")));

        copyOpenSsl->trigger();
        const QString openssl = QGuiApplication::clipboard()->text();
        QVERIFY2(openssl.startsWith(QStringLiteral("openssl s_client ")), qPrintable(openssl));
        QVERIFY2(openssl.contains(QStringLiteral("-starttls smtp")), qPrintable(openssl));
    }

    void aSwaksCommandBecomesANewProfileInTheEditor()
    {
        const QString command = QStringLiteral("swaks --server mx.example.org:587 -tls --auth PLAIN --auth-user alice "
                                               "--auth-password 'Pa55-from-swaks' --made-up-option");
        QCOMPARE(m_panel->findChild<SmtpUi::OtherToolActions *>()->newProfileFromSwaks(command), QString());
        auto *editor = m_panel->findChild<SmtpUi::ProfileEditorDialog *>(QStringLiteral("profileEditorDialog"));
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"))->text(),
                 QStringLiteral("mx.example.org"));
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->text(),
                 QStringLiteral("Pa55-from-swaks"));
        // What was not understood is said, as plain text.
        QTRY_VERIFY(editor->findChild<QMessageBox *>(QStringLiteral("swaksNotesMessageBox")));
        auto *notes = editor->findChild<QMessageBox *>(QStringLiteral("swaksNotesMessageBox"));
        QCOMPARE(notes->textFormat(), Qt::PlainText);
        QVERIFY2(notes->text().contains(QStringLiteral("--made-up-option")), qPrintable(notes->text()));
        notes->accept();

        // Saved like any new profile: the password to the keychain, never to the file.
        editor->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_profiles->store()->profiles().size(), qsizetype(1), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_profiles->secrets()->size(), qsizetype(1), waitMs);
        QFile file(m_profiles->store()->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Pa55-from-swaks"));
    }

    void anUnterminatedQuoteIsRefused()
    {
        const QString problem =
            m_panel->findChild<SmtpUi::OtherToolActions *>()->newProfileFromSwaks(QStringLiteral("swaks --to 'x"));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!m_panel->findChild<SmtpUi::ProfileEditorDialog *>());
    }

private:
    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    std::unique_ptr<SmtpUi::ProfilesPanel> m_panel;
};

QTEST_MAIN(TestOtherToolActions)
#include "tst_othertoolactions.moc"
