// The profiles panel keeps secrets bound (issue #11): the editor asks before a changed destination takes the saved
// password along, and the import preview names every changed field, old → new, security changes marked.
// As admins use it all day (issue #12): a duplicate is the one selected row, and a search that finds nothing says so.

#include "core/profiles/importplan.h"
#include "core/profiles/memorysecretstore.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/profiletreemodel.h"
#include "tests/support/temporaryprofiles.h"
#include "tests/ui/messageboxanswer.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"
#include "ui/profiles/profilespanel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>
#include <utility>

using SmtpTest::answerMessageBox;

namespace
{

constexpr int waitMs = 5000;
const QByteArray password = "canary-auth-Pa55";

std::optional<QByteArray> readSecret(Smtp::SecretStore &store, const QString &id, Smtp::SecretKind kind)
{
    bool done = false;
    std::optional<QByteArray> secret;
    QObject context;
    store.read(id, kind, &context, [&](const Smtp::SecretResult &result) {
        done = true;
        if (result.ok())
            secret = result.secret;
    });
    if (!QTest::qWaitFor([&done] { return done; }, waitMs))
        return std::nullopt;
    return secret;
}

} // namespace

class TestProfilesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void editorAsksBeforeNewDestination_data();
    void editorAsksBeforeNewDestination();
    void editorDoesNotAskWithoutSavedPassword();
    void importPreviewShowsChangedFields();
    void duplicateSelectsOnlyTheCopy();
    void searchWithoutMatchSaysSo();
    void searchOpensTheFoldersOfItsMatches();
    void editingAgainBringsTheOpenEditorBack();
    void noKeychainIsSaidPlainlyOnSave();
    void deletingTakesTheSecretsAndUndoPutsThemBack();
    void aKeychainThatRefusesIsSaidOnDelete();
    void f5ChangeOnDiskOffersAReload();

private:
    /// A profile with its password in the keychain, bound to mail.example.org.
    Smtp::Profile addProfileWithPassword();
    void changeHostAndSave(SmtpUi::ProfileEditorDialog *editor, const QString &host);

    std::unique_ptr<SmtpTest::TemporaryProfiles> m_profiles;
    std::unique_ptr<SmtpUi::ProfilesPanel> m_panel;
};

void TestProfilesPanel::init()
{
    m_profiles = std::make_unique<SmtpTest::TemporaryProfiles>();
    QVERIFY2(m_profiles->problem().isEmpty(), qPrintable(m_profiles->problem()));
    m_panel = std::make_unique<SmtpUi::ProfilesPanel>(m_profiles->store(), m_profiles->secrets());
    m_panel->show();
}

void TestProfilesPanel::cleanup()
{
    m_panel.reset();
    m_profiles.reset();
}

Smtp::Profile TestProfilesPanel::addProfileWithPassword()
{
    Smtp::Profile profile;
    profile.name = QStringLiteral("Work");
    profile.settings.host = QStringLiteral("mail.example.org");
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    profile.settings.authUser = QStringLiteral("alice");
    m_profiles->store()->add(profile);
    profile.secretBinding = Smtp::SecretBinding::of(m_profiles->store()->resolvedSettings(profile));
    m_profiles->store()->update(profile);
    bool written = false;
    m_profiles->secrets()->write(profile.id, Smtp::SecretKind::Password, password, m_panel.get(),
                                 [&written](const Smtp::SecretResult &) { written = true; });
    if (!QTest::qWaitFor([&written] { return written; }, waitMs))
        qWarning("The secret store did not answer.");
    return profile;
}

void TestProfilesPanel::changeHostAndSave(SmtpUi::ProfileEditorDialog *editor, const QString &host)
{
    auto *hostLineEdit = editor->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"));
    QVERIFY(hostLineEdit);
    hostLineEdit->clear();
    QTest::keyClicks(hostLineEdit, host);
    auto *buttons = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestProfilesPanel::editorAsksBeforeNewDestination_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("keeps");
    QTest::addRow("keep for the new destination") << QStringLiteral("keepPasswordPushButton") << true;
    QTest::addRow("forget the password") << QStringLiteral("forgetPasswordPushButton") << false;
}

void TestProfilesPanel::editorAsksBeforeNewDestination()
{
    QFETCH(QString, answer);
    QFETCH(bool, keeps);
    const Smtp::Profile profile = addProfileWithPassword();
    QPointer<SmtpUi::ProfileEditorDialog> editor = m_panel->openEditor(profile);
    QVERIFY(editor);
    // The editor learns from the keychain that a password is saved: its reads answer before this later one does.
    QVERIFY(readSecret(*m_profiles->secrets(), profile.id, Smtp::SecretKind::Password));
    QString question;
    answerMessageBox(m_panel.get(), QStringLiteral("newDestinationMessageBox"), answer, &question);
    changeHostAndSave(editor, QStringLiteral("mail.elsewhere.example"));
    QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), waitMs);
    QVERIFY2(question.contains(QStringLiteral("host: mail.example.org → mail.elsewhere.example")),
             qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("Keep the saved password for the new destination?")));
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), waitMs);

    const Smtp::Profile saved = *m_profiles->store()->find(profile.id);
    QCOMPARE(*saved.settings.host, QStringLiteral("mail.elsewhere.example"));
    QCOMPARE(saved.secretBinding, Smtp::SecretBinding::of(m_profiles->store()->resolvedSettings(saved)));
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(*m_profiles->secrets(), profile.id, Smtp::SecretKind::Password),
                              keeps ? std::optional<QByteArray>(password) : std::nullopt, waitMs);
}

void TestProfilesPanel::editorDoesNotAskWithoutSavedPassword()
{
    Smtp::Profile profile;
    profile.name = QStringLiteral("No secrets");
    profile.settings.host = QStringLiteral("mail.example.org");
    QVERIFY(!m_profiles->store()->add(profile).isError());
    QPointer<SmtpUi::ProfileEditorDialog> editor = m_panel->openEditor(profile);
    QVERIFY(editor);
    // Both keychain reads answer "not found" before the user saves (the store answers in order).
    QVERIFY(!readSecret(*m_profiles->secrets(), profile.id, Smtp::SecretKind::ProxyPassword));
    QString question;
    answerMessageBox(m_panel.get(), QStringLiteral("newDestinationMessageBox"), QString(), &question);
    changeHostAndSave(editor, QStringLiteral("mail.elsewhere.example"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->isVisible(), waitMs);
    QCOMPARE(question, QString()); // nothing saved, nothing to ask
    const Smtp::Profile saved = *m_profiles->store()->find(profile.id);
    QCOMPARE(*saved.settings.host, QStringLiteral("mail.elsewhere.example"));
    QCOMPARE(saved.secretBinding, Smtp::SecretBinding::of(m_profiles->store()->resolvedSettings(saved)));
}

void TestProfilesPanel::importPreviewShowsChangedFields()
{
    const Smtp::Profile profile = addProfileWithPassword();
    QJsonObject document = QJsonDocument::fromJson(m_profiles->store()->exportJson({profile.id})).object();
    QJsonArray profiles = document.value(QStringLiteral("profiles")).toArray();
    QJsonObject changed = profiles.at(0).toObject();
    changed.insert(QStringLiteral("host"), QStringLiteral("mail.attacker.example"));
    changed.insert(QStringLiteral("notes"), QStringLiteral("harmless"));
    profiles.replace(0, changed);
    document.insert(QStringLiteral("profiles"), profiles);
    const QString path = m_profiles->filePath(QStringLiteral("import.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
    }

    QString preview;
    answerMessageBox(m_panel.get(), QStringLiteral("importPreviewMessageBox"),
                     QStringLiteral("replaceChangedPushButton"), &preview);
    m_panel->previewImport(path);
    QVERIFY2(preview.contains(QStringLiteral("host: mail.example.org → mail.attacker.example (security change)")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("notes: (not set) → harmless")), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("Security change")));

    // Replaced, but the saved password stays bound to the old host: a session would not get it.
    const Smtp::Profile replaced = *m_profiles->store()->find(profile.id);
    QCOMPARE(*replaced.settings.host, QStringLiteral("mail.attacker.example"));
    QCOMPARE(replaced.secretBinding, profile.secretBinding);
    std::optional<Smtp::ProfileSecrets> read;
    Smtp::ProfileSecrets::read(*m_profiles->secrets(), replaced, m_profiles->store()->resolvedSettings(replaced),
                               m_profiles->store()->resolvedSettings(replaced), m_panel.get(),
                               [&read](const Smtp::ProfileSecrets &secrets) { read = secrets; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), waitMs);
    QVERIFY(read->settings.auth.password.isEmpty());
    QCOMPARE(read->withheld, QList<Smtp::SecretKind>{Smtp::SecretKind::Password});
}

void TestProfilesPanel::duplicateSelectsOnlyTheCopy()
{
    Smtp::Profile profile;
    profile.name = QStringLiteral("Relay");
    profile.settings.host = QStringLiteral("relay.example.org");
    QVERIFY(!m_profiles->store()->add(profile).isError());
    // The window puts the commands in its menus; here the panel holds them, so their shortcuts work.
    m_panel->addActions(m_panel->profileActions());
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QVERIFY(m_panel->selectProfile(profile.id));
    QTreeView *tree = m_panel->treeView();
    tree->setFocus();

    // Ctrl+D, the way people duplicate: Ctrl is still held when the copy gets selected.
    QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_profiles->store()->profiles().size(), 2);
    const std::optional<Smtp::Profile> copy = m_profiles->store()->findByName(QStringLiteral("Relay (copy)"));
    QVERIFY(copy);
    const QModelIndexList selected = tree->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Smtp::ProfileTreeModel::IdRole).toString(), copy->id);
    QCOMPARE(m_panel->currentProfileId(), copy->id);
    QCOMPARE(m_panel->selectedProfileIds(), QStringList{copy->id});
}

void TestProfilesPanel::searchWithoutMatchSaysSo()
{
    Smtp::Profile profile;
    profile.name = QStringLiteral("Relay");
    profile.settings.host = QStringLiteral("relay.example.org");
    QVERIFY(!m_profiles->store()->add(profile).isError());
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *noMatch = m_panel->findChild<QLabel *>(QStringLiteral("noMatchLabel"));
    QVERIFY(search && noMatch);
    QVERIFY(!noMatch->isVisible());

    QTest::keyClicks(search, QStringLiteral("rel"));
    QVERIFY(!noMatch->isVisible());
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QTRY_VERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->text(), QStringLiteral("No profile matches “relxyz”."));
    QCOMPARE(noMatch->textFormat(), Qt::PlainText);
    // Inside the list, over its empty area.
    QVERIFY(m_panel->treeView()->viewport()->isAncestorOf(noMatch));

    // A profile that matches appears: the message goes.
    Smtp::Profile match;
    match.name = QStringLiteral("relxyz lab");
    match.settings.host = QStringLiteral("lab.example.org");
    QVERIFY(!m_profiles->store()->add(match).isError());
    QTRY_VERIFY(!noMatch->isVisible());
    QVERIFY(!m_profiles->store()->remove(match.id).isError());
    QTRY_VERIFY(noMatch->isVisible());

    search->clear();
    QTRY_VERIFY(!noMatch->isVisible());
}

void TestProfilesPanel::searchOpensTheFoldersOfItsMatches()
{
    for (const auto &[name, folder] : {std::pair{"relay one", "Customers/Acme"}, std::pair{"relay two", "Lab"}}) {
        Smtp::Profile profile;
        profile.name = QString::fromLatin1(name);
        profile.folder = QString::fromLatin1(folder);
        profile.settings.host = QStringLiteral("mail.example.org");
        QVERIFY(!m_profiles->store()->add(profile).isError());
    }
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTreeView *tree = m_panel->treeView();
    const auto folderIndex = [tree](const QString &path) {
        const QStringList parts = path.split(u'/');
        QModelIndex index;
        for (const QString &part : parts) {
            const QModelIndexList found =
                tree->model()->match(tree->model()->index(0, 0, index), Qt::DisplayRole, part, 1, Qt::MatchExactly);
            if (found.isEmpty())
                return QModelIndex();
            index = found.first();
        }
        return index;
    };

    // "two" hides Customers; "relay" brings it back, open down to its profile.
    QTest::keyClicks(search, QStringLiteral("two"));
    QVERIFY(!folderIndex(QStringLiteral("Customers")).isValid());
    QVERIFY(tree->isExpanded(folderIndex(QStringLiteral("Lab"))));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("relay"));
    QVERIFY(tree->isExpanded(folderIndex(QStringLiteral("Customers"))));
    QVERIFY(tree->isExpanded(folderIndex(QStringLiteral("Customers/Acme"))));

    // A longer search only hides rows: a folder closed by hand stays closed, and its match is still counted.
    tree->collapse(folderIndex(QStringLiteral("Lab")));
    QTest::keyClicks(search, QStringLiteral(" t"));
    QVERIFY(folderIndex(QStringLiteral("Lab")).isValid());
    QVERIFY(!tree->isExpanded(folderIndex(QStringLiteral("Lab"))));
    // A search that is not longer opens every folder again.
    QTest::keyClick(search, Qt::Key_Backspace);
    QVERIFY(tree->isExpanded(folderIndex(QStringLiteral("Lab"))));
}

void TestProfilesPanel::editingAgainBringsTheOpenEditorBack()
{
    const Smtp::Profile profile = addProfileWithPassword();
    QPointer<SmtpUi::ProfileEditorDialog> first = m_panel->openEditor(profile);
    QVERIFY(first);
    QTRY_VERIFY(first->isVisible());
    // Not modal: the panel stays usable while the editor is open.
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_panel->openEditor(profile), first.data());
    QCOMPARE(m_panel->findChildren<SmtpUi::ProfileEditorDialog *>().size(), 1);
    first->done(QDialog::Rejected);
    QTRY_VERIFY(!first);
    // Once closed, editing opens a new editor.
    QPointer<SmtpUi::ProfileEditorDialog> second = m_panel->openEditor(profile);
    QVERIFY(second);
    second->done(QDialog::Rejected);
}

void TestProfilesPanel::noKeychainIsSaidPlainlyOnSave()
{
    m_profiles->secrets()->setFailure(Smtp::SecretResult::Code::NoKeychain);
    Smtp::Profile profile;
    profile.name = QStringLiteral("No keychain");
    profile.settings.host = QStringLiteral("mail.example.org");
    profile.settings.authMechanism = QStringLiteral("PLAIN");
    profile.settings.authUser = QStringLiteral("alice");
    QVERIFY(!m_profiles->store()->add(profile).isError());
    QSignalSpy messages(m_panel.get(), &SmtpUi::ProfilesPanel::statusMessage);
    QPointer<SmtpUi::ProfileEditorDialog> editor = m_panel->openEditor(profile);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")), QStringLiteral("typed"));
    editor->accept();
    QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &arguments) {
        return arguments.value(0).toString() == Smtp::SecretStore::noKeychainMessage();
    }));
}

void TestProfilesPanel::deletingTakesTheSecretsAndUndoPutsThemBack()
{
    const Smtp::Profile profile = addProfileWithPassword();
    QCOMPARE(m_profiles->secrets()->size(), 1);
    QVERIFY(m_panel->selectProfile(profile.id));
    m_panel->deleteSelectedProfiles();
    QVERIFY(!m_profiles->store()->find(profile.id));
    // At once, not at some later close: a crash cannot leave the deleted profile's secrets behind.
    QTRY_COMPARE_WITH_TIMEOUT(m_profiles->secrets()->size(), qsizetype(0), waitMs);
    QTRY_VERIFY(m_panel->canUndoDelete());

    m_panel->undoDelete();
    QVERIFY(m_profiles->store()->find(profile.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_profiles->secrets()->size(), qsizetype(1), waitMs);
    bool read = false;
    m_profiles->secrets()->read(profile.id, Smtp::SecretKind::Password, this,
                                [&read](const Smtp::SecretResult &result) {
                                    QCOMPARE(result.secret, password);
                                    read = true;
                                });
    QTRY_VERIFY(read);
    QVERIFY(!m_panel->canUndoDelete());
}

void TestProfilesPanel::aKeychainThatRefusesIsSaidOnDelete()
{
    const Smtp::Profile profile = addProfileWithPassword();
    m_profiles->secrets()->setFailure(Smtp::SecretResult::Code::AccessDenied);
    QSignalSpy messages(m_panel.get(), &SmtpUi::ProfilesPanel::statusMessage);
    QVERIFY(m_panel->selectProfile(profile.id));
    m_panel->deleteSelectedProfiles();
    QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &arguments) {
        return arguments.value(0).toString().contains(QStringLiteral("could not all be removed from the keychain"));
    }));
}

void TestProfilesPanel::f5ChangeOnDiskOffersAReload()
{
    // Catalogue F5: another program saves the profile file under the window. The window offers a reload and changes
    // nothing until it is taken; after it, the list shows the other program's profile.
    Smtp::Profile own;
    own.name = QStringLiteral("Own");
    own.settings.host = QStringLiteral("own.example.org");
    QVERIFY(!m_profiles->store()->add(own).isError());
    QVERIFY(!m_profiles->store()->save().isError());
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *bar = m_panel->findChild<QWidget *>(QStringLiteral("profileReloadBar"));
    auto *reload = bar ? bar->findChild<QPushButton *>(QStringLiteral("infoBarActionPushButton")) : nullptr;
    QVERIFY(bar && reload);
    QVERIFY(!bar->isVisible());

    Smtp::ProfileStore other(m_profiles->store()->filePath());
    QVERIFY(!other.load().isError());
    Smtp::Profile theirs;
    theirs.name = QStringLiteral("Theirs");
    theirs.settings.host = QStringLiteral("theirs.example.org");
    QVERIFY(!other.add(theirs).isError());
    QVERIFY(!other.save().isError());

    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), waitMs);
    const auto shown = [this](const QString &name) {
        const QAbstractItemModel *model = m_panel->treeView()->model();
        return !model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive)
                    .isEmpty();
    };
    QVERIFY(shown(QStringLiteral("Own")));
    QVERIFY(!shown(QStringLiteral("Theirs")));

    QSignalSpy status(m_panel.get(), &SmtpUi::ProfilesPanel::statusMessage);
    QTest::mouseClick(reload, Qt::LeftButton);
    QVERIFY(shown(QStringLiteral("Theirs")));
    QVERIFY(shown(QStringLiteral("Own")));
    QVERIFY(!bar->isVisible());
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.first().first().toString().startsWith(QStringLiteral("Profiles reloaded")),
             qPrintable(status.first().first().toString()));
}

QTEST_MAIN(TestProfilesPanel)
#include "tst_profilespanel.moc"
