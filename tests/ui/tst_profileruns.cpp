// Runs of a saved profile in the window (issue #15): each session's end goes into the profile, its certificate is
// compared with the one remembered (trust on first use, explicit in the window), a changed certificate can be
// accepted, and Compare Runs shows what changed between two runs. Against the in-process server presenting two
// certificates with different keys, as a person sees it, with the profile file read back from disk.

#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilestore.h"
#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"
#include "tests/support/temporaryprofiles.h"
#include "ui/app/keyboardshortcutsdialog.h"
#include "ui/common/infobar.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilespanel.h"
#include "ui/profiles/runcomparisondialog.h"
#include "ui/session/sessiontab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace SmtpTest;

namespace
{
constexpr int waitMs = 10000;

QByteArray ehloReply(const QByteArray &extra = {})
{
    return "250-test.example\r\n" + extra + "250 8BITMIME\r\n";
}

Script implicitTlsScript(ServerCertificate certificate, const QByteArray &ehlo = ehloReply())
{
    return {StartTls{certificate}, Send{"220 test.example ESMTP ready\r\n"}, Expect{"EHLO"}, Send{ehlo}};
}

template <typename T>
T *child(const QWidget *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QLabel *memoryLabel(const SmtpUi::SessionTab *tab)
{
    return child<QLabel>(tab, QStringLiteral("certificateMemoryLabel"));
}

QPushButton *rememberButton(const SmtpUi::SessionTab *tab)
{
    return child<QPushButton>(tab, QStringLiteral("rememberCertificatePushButton"));
}

SmtpUi::InfoBar *changedBar(const SmtpUi::SessionTab *tab)
{
    return child<SmtpUi::InfoBar>(tab, QStringLiteral("certificateChangedInfoBar"));
}
} // namespace

class TestProfileRuns final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void trustOnFirstUseThenSameThenChangedThenAccepted();
    void unverifiedCertificateIsNeitherRememberedNorAccepted();
    void profileEditedDuringTheSessionKeepsItsEdit();
    void compareRunsShowsWhatChanged();
    void compareDialogSaysNothingChangedOrWhyNot();

private:
    QString addProfile(bool trustedSite = false);
    /// Connects the profile as a person does, waits until it is ready, says QUIT and waits for the end.
    SmtpUi::SessionTab *runProfile(SmtpUi::MainWindow &window, const QString &id);
    /// The profile as saved on disk.
    std::optional<Smtp::Profile> savedProfile(const QString &id) const;

    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    std::unique_ptr<ScriptableSmtpServer> m_server;
    std::unique_ptr<SmtpUi::MainWindow> m_window;
};

void TestProfileRuns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CertificateFactory::shared();
}

void TestProfileRuns::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
    m_server = std::make_unique<ScriptableSmtpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultReply("250 2.0.0 OK\r\n");
    m_window = std::make_unique<SmtpUi::MainWindow>(m_profiles->store(), m_profiles->secrets());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProfileRuns::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_profiles.reset();
}

QString TestProfileRuns::addProfile(bool trustedSite)
{
    Smtp::ConnectionSettings settings = testSettings(m_server->port(), Smtp::SecurityMode::Implicit);
    settings.trustedSite = trustedSite;
    Smtp::Profile profile;
    profile.name = QStringLiteral("relay");
    profile.settings = Smtp::ProfileSettings::fromConnectionSettings(settings);
    if (m_profiles->store()->add(profile).isError() || m_profiles->store()->save().isError())
        return {};
    return profile.id;
}

SmtpUi::SessionTab *TestProfileRuns::runProfile(SmtpUi::MainWindow &window, const QString &id)
{
    const int tabs = window.sessionTabWidget()->count();
    const int connections = m_server->connectionCount();
    window.connectProfile(id);
    // The secrets are read first (asynchronously), then the tab opens.
    if (!QTest::qWaitFor([&] { return window.sessionTabWidget()->count() > tabs; }, waitMs))
        return nullptr;
    SmtpUi::SessionTab *tab = window.currentSessionTab();
    if (!QTest::qWaitFor([&] { return tab->state() == Smtp::SessionState::Ready || tab->isFinished(); }, waitMs))
        return nullptr;
    if (!tab->isFinished())
        QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("quitPushButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return tab->isFinished(); }, waitMs) || m_server->connectionCount() <= connections)
        return nullptr;
    return tab;
}

std::optional<Smtp::Profile> TestProfileRuns::savedProfile(const QString &id) const
{
    Smtp::ProfileStore reread(m_profiles->store()->filePath());
    if (reread.load().isError())
        return std::nullopt;
    return reread.find(id);
}

void TestProfileRuns::trustOnFirstUseThenSameThenChangedThenAccepted()
{
    const QString id = addProfile();
    QVERIFY(!id.isEmpty());

    // The first verified certificate: no bar, only the offer to remember it.
    m_server->setScript(implicitTlsScript(ServerCertificate::Valid));
    SmtpUi::SessionTab *first = runProfile(*m_window, id);
    QVERIFY(first);
    QVERIFY(first->result()->ok());
    QVERIFY(first->tlsReport()->verified);
    QVERIFY(memoryLabel(first)->isVisible());
    QCOMPARE(memoryLabel(first)->text(), QStringLiteral("No certificate was remembered for this profile yet."));
    QVERIFY(rememberButton(first)->isVisible());
    QVERIFY(!changedBar(first)->isVisible());
    // The run is in the profile on disk, and nothing was remembered by itself.
    QTRY_COMPARE_WITH_TIMEOUT(savedProfile(id).value_or(Smtp::Profile{}).history.size(), 1, waitMs);
    QVERIFY(!savedProfile(id)->rememberedCertificate);

    QTest::mouseClick(rememberButton(first), Qt::LeftButton);
    const QString firstLeaf = first->tlsReport()->chain.first().sha256Fingerprint;
    QTRY_VERIFY_WITH_TIMEOUT(savedProfile(id).value_or(Smtp::Profile{}).rememberedCertificate, waitMs);
    QCOMPARE(savedProfile(id)->rememberedCertificate->sha256Fingerprint, firstLeaf);
    QCOMPARE(savedProfile(id)->rememberedCertificate->spkiSha256, first->tlsReport()->chain.first().spkiSha256);
    QVERIFY(!rememberButton(first)->isVisible());
    QVERIFY(memoryLabel(first)->text().startsWith(QStringLiteral("The same certificate")));

    // The same server again: "same", quietly.
    SmtpUi::SessionTab *same = runProfile(*m_window, id);
    QVERIFY(same);
    QVERIFY(memoryLabel(same)->text().startsWith(QStringLiteral("The same certificate as the one remembered on")));
    QVERIFY(!rememberButton(same)->isVisible());
    QVERIFY(!changedBar(same)->isVisible());

    // Another key: the bar says so, with the explicit choice to accept it.
    m_server->setScript(implicitTlsScript(ServerCertificate::ValidRsa));
    SmtpUi::SessionTab *changed = runProfile(*m_window, id);
    QVERIFY(changed);
    const QString newLeaf = changed->tlsReport()->chain.first().sha256Fingerprint;
    QVERIFY(newLeaf != firstLeaf);
    QVERIFY(changedBar(changed)->isVisible());
    QVERIFY2(changedBar(changed)->message().contains(QStringLiteral("KEY changed")),
             qPrintable(changedBar(changed)->message()));
    auto *accept = child<QPushButton>(changedBar(changed), QStringLiteral("infoBarActionPushButton"));
    QVERIFY(accept->isVisible());
    QCOMPARE(accept->text(), QStringLiteral("Accept New &Certificate"));
    QVERIFY(!rememberButton(changed)->isVisible());
    // A notice above the session, not in place of it.
    QVERIFY2(changedBar(changed)->height() < changed->height() / 4,
             qPrintable(QString::number(changedBar(changed)->height())));
    // Nothing changes until the user accepts.
    QTRY_COMPARE_WITH_TIMEOUT(savedProfile(id).value_or(Smtp::Profile{}).history.size(), 3, waitMs);
    QCOMPARE(savedProfile(id)->rememberedCertificate->sha256Fingerprint, firstLeaf);

    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(savedProfile(id)
                                  .value_or(Smtp::Profile{})
                                  .rememberedCertificate.value_or(Smtp::RememberedCertificate{})
                                  .sha256Fingerprint,
                              newLeaf, waitMs);
    QVERIFY(!changedBar(changed)->isVisible());
    QVERIFY(memoryLabel(changed)->text().startsWith(QStringLiteral("The same certificate")));

    // The next run finds the accepted one.
    SmtpUi::SessionTab *accepted = runProfile(*m_window, id);
    QVERIFY(accepted);
    QVERIFY(memoryLabel(accepted)->text().startsWith(QStringLiteral("The same certificate")));
    QVERIFY(!changedBar(accepted)->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(savedProfile(id).value_or(Smtp::Profile{}).history.size(), 4, waitMs);
}

void TestProfileRuns::unverifiedCertificateIsNeitherRememberedNorAccepted()
{
    // A trusted site skips verification: the session runs, but its certificate is nobody's word.
    const QString id = addProfile(true);
    QVERIFY(!id.isEmpty());
    m_server->setScript(implicitTlsScript(ServerCertificate::SelfSigned));
    SmtpUi::SessionTab *first = runProfile(*m_window, id);
    QVERIFY(first);
    QVERIFY(!first->tlsReport()->verified);
    QVERIFY(memoryLabel(first)->text().contains(QStringLiteral("cannot be remembered")));
    QVERIFY(!rememberButton(first)->isVisible());
    QVERIFY(!changedBar(first)->isVisible());

    // With another certificate remembered, the change is shown, and why it cannot be accepted.
    Smtp::Profile profile = *m_profiles->store()->find(id);
    profile.rememberedCertificate = Smtp::RememberedCertificate{QStringLiteral("pin"), QStringLiteral("AA:BB"),
                                                                QDateTime::currentDateTimeUtc().addDays(30),
                                                                QDateTime::currentDateTimeUtc().addDays(-30)};
    QVERIFY(!m_profiles->store()->update(profile).isError());
    SmtpUi::SessionTab *changed = runProfile(*m_window, id);
    QVERIFY(changed);
    QVERIFY(changedBar(changed)->isVisible());
    QVERIFY(changedBar(changed)->message().contains(QStringLiteral("cannot be accepted")));
    QVERIFY(!child<QPushButton>(changedBar(changed), QStringLiteral("infoBarActionPushButton"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(savedProfile(id).value_or(Smtp::Profile{}).history.size(), 2, waitMs);
    QCOMPARE(savedProfile(id)->rememberedCertificate->sha256Fingerprint, QStringLiteral("AA:BB"));
}

void TestProfileRuns::profileEditedDuringTheSessionKeepsItsEdit()
{
    const QString id = addProfile();
    m_server->setScript(implicitTlsScript(ServerCertificate::Valid));
    m_window->connectProfile(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentSessionTab(), waitMs);
    SmtpUi::SessionTab *tab = m_window->currentSessionTab();
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), Smtp::SessionState::Ready, waitMs);
    // Renamed and given notes while the session is open.
    Smtp::Profile edited = *m_profiles->store()->find(id);
    edited.name = QStringLiteral("relay (renamed)");
    edited.notes = QStringLiteral("edited during the session");
    QVERIFY(!m_profiles->store()->update(edited).isError());
    QVERIFY(!m_profiles->store()->save().isError());

    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("quitPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->isFinished(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(savedProfile(id).value_or(Smtp::Profile{}).history.size(), 1, waitMs);
    QCOMPARE(savedProfile(id)->name, QStringLiteral("relay (renamed)"));
    QCOMPARE(savedProfile(id)->notes, QStringLiteral("edited during the session"));
    QCOMPARE(savedProfile(id)->lastResult, QStringLiteral("OK"));
}

void TestProfileRuns::compareRunsShowsWhatChanged()
{
    const QString id = addProfile();
    QAction *compare = m_window->profilesPanel()->compareRunsAction();
    QVERIFY(m_window->profilesPanel()->selectProfile(id));
    QVERIFY(!compare->isEnabled());
    // Help ▸ Keyboard Shortcuts lists it with the Profile menu.
    const SmtpUi::KeyboardShortcutsDialog shortcuts(SmtpUi::KeyboardShortcutsDialog::actionsOf(m_window.get()));
    const QList<QStandardItem *> listed = shortcuts.model()->findItems(QStringLiteral("Compare Runs…"));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(shortcuts.model()->item(listed.first()->row(), 1)->text(),
             QKeySequence(QStringLiteral("Ctrl+Shift+H")).toString(QKeySequence::NativeText));

    m_server->setScript(implicitTlsScript(ServerCertificate::Valid));
    QVERIFY(runProfile(*m_window, id));
    QTRY_COMPARE_WITH_TIMEOUT(m_profiles->store()->find(id)->history.size(), 1, waitMs);
    QVERIFY(m_window->profilesPanel()->selectProfile(id));
    // One run: nothing to compare yet, and the action says why.
    QVERIFY(!compare->isEnabled());
    QVERIFY(compare->statusTip().contains(QStringLiteral("two runs")));

    // The server now offers SIZE and presents another certificate.
    m_server->setScript(implicitTlsScript(ServerCertificate::ValidRsa, ehloReply("250-SIZE 1000\r\n")));
    QVERIFY(runProfile(*m_window, id));
    QTRY_COMPARE_WITH_TIMEOUT(m_profiles->store()->find(id)->history.size(), 2, waitMs);
    QVERIFY(m_window->profilesPanel()->selectProfile(id));
    QVERIFY(compare->isEnabled());
    compare->trigger();
    auto *dialog = m_window->findChild<SmtpUi::RunComparisonDialog *>(QStringLiteral("runComparisonDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto *runs = child<QTableView>(dialog, QStringLiteral("runsTableView"));
    QAbstractItemModelTester tester(runs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(runs->model()->rowCount(), 2);
    QCOMPARE(runs->model()->index(0, 1).data().toString(), QStringLiteral("OK"));
    QVERIFY(runs->model()->index(0, 4).data().toString().contains(QStringLiteral("day")));
    // The two newest are compared at once.
    const QStringList changes = dialog->differences();
    QVERIFY2(changes.contains(QStringLiteral("Capability added: SIZE 1000")), qPrintable(changes.join(u'\n')));
    QVERIFY2(std::any_of(changes.cbegin(), changes.cend(),
                         [](const QString &line) { return line.startsWith(QStringLiteral("Certificate: ")); }),
             qPrintable(changes.join(u'\n')));
    QCOMPARE(child<QAbstractItemView>(dialog, QStringLiteral("differencesListView"))->model()->rowCount(),
             changes.size());

    // One run chosen: nothing to show until a second one is.
    dialog->compareRows(0, 0);
    QVERIFY(dialog->differences().isEmpty());
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("differencesLabel"))->text(),
             QStringLiteral("Select two runs to compare."));
    dialog->compareRows(1, 0);
    QCOMPARE(dialog->differences(), changes);
    dialog->close();
}

void TestProfileRuns::compareDialogSaysNothingChangedOrWhyNot()
{
    Smtp::RunRecord run;
    run.when = QDateTime::currentDateTimeUtc().addDays(-1);
    run.ok = true;
    run.outcome = QStringLiteral("OK");
    run.tlsProtocol = QStringLiteral("TLSv1.3");
    run.capabilities = QStringList{QStringLiteral("8BITMIME")};
    Smtp::Profile profile;
    profile.name = QStringLiteral("steady");
    profile.history = {run, run};
    profile.history.first().when = QDateTime::currentDateTimeUtc();
    {
        SmtpUi::RunComparisonDialog dialog(profile);
        QVERIFY(dialog.differences().isEmpty());
        QVERIFY2(child<QLabel>(&dialog, QStringLiteral("differencesLabel"))
                     ->text()
                     .endsWith(QStringLiteral("nothing changed.")),
                 qPrintable(child<QLabel>(&dialog, QStringLiteral("differencesLabel"))->text()));
    }
    profile.history.removeLast();
    SmtpUi::RunComparisonDialog single(profile);
    QVERIFY(child<QLabel>(&single, QStringLiteral("runsLabel"))->text().contains(QStringLiteral("needs two")));
    QVERIFY(child<QAbstractItemView>(&single, QStringLiteral("differencesListView"))->isHidden());
}

QTEST_MAIN(TestProfileRuns)
#include "tst_profileruns.moc"
