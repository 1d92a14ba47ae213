#include "profilespanel.h"

#include "core/profiles/profilefilterproxymodel.h"
#include "core/profiles/profileimport.h"
#include "core/profiles/profilerunrecording.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/profiletreemodel.h"
#include "core/profiles/secretstore.h"
#include "othertoolactions.h"
#include "profiledeletions.h"
#include "profileeditordialog.h"
#include "profilefilewatcher.h"
#include "profileitemdelegate.h"
#include "ui/common/infobar.h"
#include "ui/common/replaceconfirmation.h"

#include <QAction>
#include <QEventLoop>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace SmtpUi
{

using Smtp::ProfileTreeModel;

ProfilesPanel::ProfilesPanel(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_store(store), m_secrets(secrets), m_model(new ProfileTreeModel(store, this)),
      m_proxy(new Smtp::ProfileFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search name, host or tag (Ctrl+Shift+F)"));
    m_searchLineEdit->setAccessibleName(tr("Search profiles"));
    m_searchLineEdit->setClearButtonEnabled(true);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Opening every folder lays out the whole tree again; a longer search only hides rows of open folders.
        const bool narrowing = m_proxy->narrows(text);
        m_proxy->setSearchText(text);
        if (!narrowing)
            m_treeView->expandAll();
        updateNoMatchLabel();
    });

    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("profileTreeView"));
    m_treeView->setAccessibleName(tr("Profiles"));
    m_treeView->setModel(m_proxy);
    m_treeView->setItemDelegate(new ProfileItemDelegate(m_treeView));
    m_treeView->setHeaderHidden(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setDragEnabled(true);
    m_treeView->setAcceptDrops(true);
    m_treeView->setDropIndicatorShown(true);
    m_treeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_treeView->setDefaultDropAction(Qt::MoveAction);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->expandAll();

    // Over the empty list, so a search that finds nothing says so; clicks go through to the tree.
    m_noMatchLabel = new QLabel(m_treeView->viewport());
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setTextFormat(Qt::PlainText);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noMatchLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_noMatchLabel->hide();
    auto *viewportLayout = new QVBoxLayout(m_treeView->viewport());
    viewportLayout->addWidget(m_noMatchLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProfilesPanel::updateNoMatchLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProfilesPanel::updateNoMatchLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProfilesPanel::updateNoMatchLabel);
    connect(m_treeView, &QTreeView::customContextMenuRequested, this, &ProfilesPanel::showContextMenu);
    connect(m_treeView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(ProfileTreeModel::IsFolderRole).toBool())
            emit connectRequested(index.data(ProfileTreeModel::IdRole).toString());
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit currentProfileChanged(currentProfileId());
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfilesPanel::updateActions);
    // The store's changes reset the model: keep the tree open and the selection where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentProfileId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_treeView->expandAll();
        if (!m_selectedBeforeReset.isEmpty())
            selectProfile(m_selectedBeforeReset);
        updateActions();
    });
    // A drop moves profiles in the store; save it like every other change.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_store->hasUnsavedChanges() && !m_store->isReadOnly())
            QMetaObject::invokeMethod(
                this, [this] { saveStore(); }, Qt::QueuedConnection);
    });

    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 24);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchLineEdit);
    auto *fileWatcher = new ProfileFileWatcher(m_store, this);
    connect(fileWatcher, &ProfileFileWatcher::statusMessage, this, &ProfilesPanel::statusMessage);
    layout->addWidget(fileWatcher->bar());
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setText(tr("The profile file could not be read or was written by a newer version: profiles "
                                "are read-only and nothing will be overwritten."));
    m_readOnlyLabel->setVisible(false);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_treeView, 1);

    createActions();
    updateActions();
}

ProfilesPanel::~ProfilesPanel() = default;

void ProfilesPanel::createActions()
{
    const auto make = [this](const QString &text, const QString &objectName, const QKeySequence &shortcut,
                             void (ProfilesPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_connectAction = new QAction(tr("&Connect"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence(tr("Ctrl+Return")));
    connect(m_connectAction, &QAction::triggered, this, [this] {
        if (const QString id = currentProfileId(); !id.isEmpty())
            emit connectRequested(id);
    });
    m_checkAction = new QAction(tr("Chec&k Profiles"), this);
    m_checkAction->setObjectName(QStringLiteral("checkProfilesAction"));
    m_checkAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_checkAction->setToolTip(tr("Check the selected profiles, or every profile of the selected folders, at once"));
    connect(m_checkAction, &QAction::triggered, this, [this] {
        if (const QStringList ids = profilesToCheck(); !ids.isEmpty())
            emit checkRequested(ids);
    });
    m_policyAction = new QAction(tr("Check &Policy…"), this);
    m_policyAction->setObjectName(QStringLiteral("checkPolicyAction"));
    m_policyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_policyAction->setToolTip(tr("Probe the selected profile's server: STARTTLS, AUTH, open relay, VRFY, EXPN, TLS "
                                  "versions"));
    connect(m_policyAction, &QAction::triggered, this, [this] {
        if (const QString id = currentProfileId(); !id.isEmpty())
            emit policyCheckRequested(id);
    });
    m_scenarioAction = new QAction(tr("Run &Scenario…"), this);
    m_scenarioAction->setObjectName(QStringLiteral("runScenarioAction"));
    m_scenarioAction->setToolTip(tr("Run a scenario file over the selected profile's server"));
    connect(m_scenarioAction, &QAction::triggered, this, [this] {
        if (const QString id = currentProfileId(); !id.isEmpty())
            emit scenarioRunRequested(id);
    });
    m_compareRunsAction = new QAction(tr("Co&mpare Runs…"), this);
    m_compareRunsAction->setObjectName(QStringLiteral("compareRunsAction"));
    m_compareRunsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    connect(m_compareRunsAction, &QAction::triggered, this, [this] {
        if (const QString id = currentProfileId(); !id.isEmpty())
            emit compareRunsRequested(id);
    });
    m_newAction =
        make(tr("&New Profile…"), QStringLiteral("newProfileAction"), QKeySequence::New, &ProfilesPanel::newProfile);
    m_editAction = make(tr("&Edit Profile…"), QStringLiteral("editProfileAction"), QKeySequence(tr("Ctrl+E")),
                        &ProfilesPanel::editCurrentProfile);
    m_duplicateAction = make(tr("Duplica&te Profile"), QStringLiteral("duplicateProfileAction"),
                             QKeySequence(tr("Ctrl+D")), &ProfilesPanel::duplicateCurrentProfile);
    m_renameAction = make(tr("&Rename Profile…"), QStringLiteral("renameProfileAction"), QKeySequence(Qt::Key_F2),
                          &ProfilesPanel::renameCurrentProfile);
    m_deleteAction = make(tr("De&lete Profile"), QStringLiteral("deleteProfileAction"), QKeySequence::Delete,
                          &ProfilesPanel::deleteSelectedProfiles);
    // Delete and undo act on the tree only, so they do not steal keys from the transcript or the SMTP command field.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoDeleteAction =
        make(tr("&Undo Delete"), QStringLiteral("undoDeleteAction"), QKeySequence::Undo, &ProfilesPanel::undoDelete);
    m_undoDeleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importAction = make(tr("&Import Profiles…"), QStringLiteral("importProfilesAction"), QKeySequence::Open,
                          &ProfilesPanel::chooseImportFile);
    m_exportAction = make(tr("E&xport Profiles…"), QStringLiteral("exportProfilesAction"),
                          QKeySequence(tr("Ctrl+Shift+S")), &ProfilesPanel::chooseExportFile);
    m_findAction = new QAction(tr("&Find Profile"), this);
    m_findAction->setObjectName(QStringLiteral("findProfileAction"));
    m_findAction->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchLineEdit->setFocus();
        m_searchLineEdit->selectAll();
    });
    m_deletions = new ProfileDeletions(m_store, m_secrets, this);
    connect(m_deletions, &ProfileDeletions::changed, this, &ProfilesPanel::updateActions);
    connect(m_deletions, &ProfileDeletions::problem, this, &ProfilesPanel::statusMessage);
    m_otherTools = new OtherToolActions(this, m_store);
    connect(m_otherTools, &OtherToolActions::statusMessage, this, &ProfilesPanel::statusMessage);
    // The tree-local shortcuts live on the panel.
    addAction(m_deleteAction);
    addAction(m_undoDeleteAction);
}

QList<QAction *> ProfilesPanel::profileActions() const
{
    return {m_connectAction,
            m_checkAction,
            m_policyAction,
            m_compareRunsAction,
            m_newAction,
            m_otherTools->fromSwaksAction(),
            m_editAction,
            m_duplicateAction,
            m_renameAction,
            m_deleteAction,
            m_undoDeleteAction,
            m_otherTools->copySwaksAction(),
            m_otherTools->copyOpenSslAction(),
            m_importAction,
            m_exportAction,
            m_findAction};
}

void ProfilesPanel::updateActions()
{
    const bool readOnly = m_store->isReadOnly();
    m_readOnlyLabel->setVisible(readOnly);
    const bool hasProfile = !currentProfileId().isEmpty();
    m_connectAction->setEnabled(hasProfile);
    m_checkAction->setEnabled(!m_store->profiles().isEmpty());
    m_policyAction->setEnabled(hasProfile);
    m_scenarioAction->setEnabled(hasProfile);
    // Disabled, and saying why, until the profile has two runs to compare.
    const std::optional<Smtp::Profile> current = hasProfile ? m_store->find(currentProfileId()) : std::nullopt;
    m_compareRunsAction->setEnabled(current && current->history.size() >= 2);
    m_compareRunsAction->setStatusTip(m_compareRunsAction->isEnabled() || !current
                                          ? tr("Show the profile's runs and what changed between two of them")
                                          : tr("Comparing needs two runs of the profile: connect it or check it"));
    m_compareRunsAction->setToolTip(m_compareRunsAction->statusTip());
    m_newAction->setEnabled(!readOnly);
    m_editAction->setEnabled(hasProfile && !readOnly);
    m_duplicateAction->setEnabled(hasProfile && !readOnly);
    m_renameAction->setEnabled(hasProfile && !readOnly);
    m_deleteAction->setEnabled(!selectedProfileIds().isEmpty() && !readOnly);
    m_undoDeleteAction->setEnabled(canUndoDelete() && !readOnly);
    m_importAction->setEnabled(!readOnly);
    m_exportAction->setEnabled(!m_store->profiles().isEmpty());
    m_otherTools->update(hasProfile, readOnly);
}

void ProfilesPanel::updateNoMatchLabel()
{
    const QString search = m_searchLineEdit->text();
    const bool noMatch = !search.isEmpty() && m_proxy->rowCount() == 0;
    // The search text is the user's own, but shown as plain text all the same.
    m_noMatchLabel->setText(noMatch ? tr("No profile matches “%1”.").arg(search) : QString());
    m_noMatchLabel->setVisible(noMatch);
}

QString ProfilesPanel::currentProfileId() const
{
    return m_treeView->currentIndex().data(ProfileTreeModel::IdRole).toString();
}

QStringList ProfilesPanel::profilesToCheck() const
{
    QStringList folders;
    QStringList ids;
    const QModelIndexList rows = m_treeView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(ProfileTreeModel::IsFolderRole).toBool())
            folders << index.data(ProfileTreeModel::FolderPathRole).toString();
        else if (const QString id = index.data(ProfileTreeModel::IdRole).toString(); !id.isEmpty())
            ids << id;
    }
    const bool everything = rows.isEmpty();
    for (const Smtp::Profile &profile : m_store->profiles()) {
        const bool inFolder = std::any_of(folders.cbegin(), folders.cend(),
                                          [&profile](const QString &folder) { return profile.isIn(folder); });
        if ((everything || inFolder) && !ids.contains(profile.id))
            ids << profile.id;
    }
    return ids;
}

QStringList ProfilesPanel::selectedProfileIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_treeView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const QString id = index.data(ProfileTreeModel::IdRole).toString(); !id.isEmpty())
            ids.append(id);
    }
    if (ids.isEmpty() && !currentProfileId().isEmpty())
        ids.append(currentProfileId());
    return ids;
}

bool ProfilesPanel::selectProfile(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfProfile(id));
    if (!index.isValid())
        return false;
    // The profile alone: setCurrentIndex() would add it to the selection while Ctrl is held (Ctrl+D duplicates).
    m_treeView->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_treeView->scrollTo(index);
    return true;
}

void ProfilesPanel::testWithStoredSecrets(ProfileEditorDialog *editor, const Smtp::ConnectionSettings &settings,
                                          const QString &title)
{
    const std::optional<Smtp::Profile> stored = m_store->find(editor->profile().id);
    if (!stored || !m_secrets) {
        emit testRequested(editor, settings, title);
        return;
    }
    // The stored secrets come the way they come for every session of the profile, the command line's too: only
    // those still missing, the password and proxy password only where they are bound, all three kinds.
    Smtp::ProfileSecrets::read(*m_secrets, *stored, m_store->resolvedSettings(*stored), settings, editor,
                               [this, editor, title](const Smtp::ProfileSecrets &read) {
                                   Smtp::ConnectionSettings withSecrets = read.settings;
                                   // A field cleared in the editor means "no password", not "the stored one".
                                   if (const std::optional<QString> password = editor->passwordChange())
                                       withSecrets.auth.password = *password;
                                   if (const std::optional<QString> passphrase = editor->keyPassphraseChange())
                                       withSecrets.clientKeyPassphrase = passphrase->toUtf8();
                                   emit testRequested(editor, withSecrets, title);
                               });
}

QString ProfilesPanel::currentFolder() const
{
    return m_treeView->currentIndex().data(ProfileTreeModel::FolderPathRole).toString();
}

ProfileEditorDialog *ProfilesPanel::openEditor(const Smtp::Profile &profile)
{
    const bool isNew = profile.id.isEmpty() || !m_store->find(profile.id);
    if (ProfileEditorDialog *open = isNew ? nullptr : m_editors.value(profile.id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ProfileEditorDialog(profile, m_store->inheritedSettings(profile.folder), this);
    if (!isNew)
        m_editors.insert(profile.id, dialog);
    dialog->setObjectName(QStringLiteral("profileEditorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The editor asks before a changed destination takes the password along, so it must know whether they exist.
    for (const Smtp::SecretKind kind : Smtp::SecretStore::allKinds()) {
        if (isNew || !m_secrets) {
            dialog->setStoredSecret(kind, false);
            continue;
        }
        m_secrets->read(profile.id, kind, dialog, [dialog, kind](const Smtp::SecretResult &result) {
            dialog->setStoredSecret(kind, result.ok());
        });
    }
    connect(dialog, &ProfileEditorDialog::testRequested, this,
            [this, dialog](const Smtp::ConnectionSettings &settings, const QString &title) {
                testWithStoredSecrets(dialog, settings, title);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] { applyEditor(dialog, isNew); });
    // Not modal: the window stays usable, so a test's transcript can be read while the editor is open. A profile
    // deleted meanwhile is reported when the editor saves (ProfileStore::update refuses it).
    dialog->show();
    return dialog;
}

void ProfilesPanel::applyEditor(ProfileEditorDialog *dialog, bool isNew)
{
    Smtp::Profile profile = dialog->profile();
    if (const std::optional<Smtp::Profile> current = isNew ? std::nullopt : m_store->find(profile.id))
        Smtp::ProfileRunRecording::keepRecordedRuns(profile, *current);
    const Smtp::ProfileStoreError error = isNew ? m_store->add(profile) : m_store->update(profile);
    if (error.isError()) {
        emit statusMessage(error.message);
        QMessageBox box(QMessageBox::Warning, tr("Profile Not Saved"), error.message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    const std::optional<QString> password = dialog->passwordChange();
    const std::optional<QString> proxyPassword = dialog->proxyPasswordChange();
    if (dialog->secretDecision() == ProfileEditorDialog::SecretDecision::Forget) {
        // Not for the new destination: the saved ones go; one typed just now is for it and is stored below.
        if (!password)
            storeSecret(profile.id, static_cast<int>(Smtp::SecretKind::Password), QString());
        if (!proxyPassword)
            storeSecret(profile.id, static_cast<int>(Smtp::SecretKind::ProxyPassword), QString());
    }
    if (password)
        storeSecret(profile.id, static_cast<int>(Smtp::SecretKind::Password), *password);
    if (proxyPassword)
        storeSecret(profile.id, static_cast<int>(Smtp::SecretKind::ProxyPassword), *proxyPassword);
    if (const std::optional<QString> passphrase = dialog->keyPassphraseChange())
        storeSecret(profile.id, static_cast<int>(Smtp::SecretKind::KeyPassphrase), *passphrase);
    if (saveStore())
        emit statusMessage(isNew ? tr("Profile %1 created").arg(profile.name)
                                 : tr("Profile %1 saved").arg(profile.name));
    selectProfile(profile.id);
}

void ProfilesPanel::storeSecret(const QString &profileId, int kind, const QString &secret)
{
    if (!m_secrets)
        return;
    const auto report = [this](const Smtp::SecretResult &result) {
        if (!result.ok())
            emit statusMessage(result.code == Smtp::SecretResult::Code::NoKeychain
                                   ? Smtp::SecretStore::noKeychainMessage()
                                   : tr("The keychain did not store the secret: %1").arg(result.message));
    };
    const auto secretKind = static_cast<Smtp::SecretKind>(kind);
    if (secret.isEmpty())
        m_secrets->remove(profileId, secretKind, this, report);
    else
        m_secrets->write(profileId, secretKind, secret.toUtf8(), this, report);
}

bool ProfilesPanel::saveStore()
{
    const Smtp::ProfileStoreError error = m_store->save();
    updateActions();
    if (!error.isError())
        return true;
    emit statusMessage(error.message);
    return false;
}

void ProfilesPanel::newProfile()
{
    Smtp::Profile profile;
    profile.folder = currentFolder();
    openEditor(profile);
}

void ProfilesPanel::editCurrentProfile()
{
    if (const std::optional<Smtp::Profile> profile = m_store->find(currentProfileId()))
        openEditor(*profile);
}

void ProfilesPanel::duplicateCurrentProfile()
{
    const std::optional<Smtp::Profile> original = m_store->find(currentProfileId());
    if (!original)
        return;
    Smtp::Profile copy = *original;
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.lastUsed = {};
    copy.lastResult.clear();
    copy.lastResultOk = false;
    if (m_store->add(copy).isError() || !saveStore())
        return;
    // The copy gets its own copies of the secrets, so deleting one profile never breaks the other.
    if (m_secrets) {
        for (const Smtp::SecretKind kind : Smtp::SecretStore::allKinds()) {
            const QString id = copy.id;
            m_secrets->read(original->id, kind, this, [this, id, kind](const Smtp::SecretResult &result) {
                if (result.ok())
                    storeSecret(id, static_cast<int>(kind), QString::fromUtf8(result.secret));
            });
        }
    }
    selectProfile(copy.id);
    emit statusMessage(tr("Profile %1 created").arg(copy.name));
}

void ProfilesPanel::renameCurrentProfile()
{
    const std::optional<Smtp::Profile> profile = m_store->find(currentProfileId());
    if (!profile)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Profile"));
    dialog->setLabelText(tr("New name:"));
    dialog->setTextValue(profile->name);
    const QString id = profile->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        if (const QString error = renameProfile(id, name); !error.isEmpty())
            emit statusMessage(error);
    });
    dialog->open();
}

QString ProfilesPanel::renameProfile(const QString &id, const QString &name)
{
    std::optional<Smtp::Profile> profile = m_store->find(id);
    if (!profile)
        return tr("The profile no longer exists.");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A profile needs a name.");
    if (const QString problem = Smtp::profileTextProblem(trimmed); !problem.isEmpty())
        return problem;
    profile->name = trimmed;
    if (const Smtp::ProfileStoreError error = m_store->update(*profile); error.isError())
        return error.message;
    return saveStore() ? QString() : tr("The profile file could not be saved.");
}

void ProfilesPanel::deleteSelectedProfiles()
{
    const QString said = m_deletions->remove(selectedProfileIds());
    if (said.isEmpty())
        return;
    saveStore();
    updateActions();
    emit statusMessage(said);
}

bool ProfilesPanel::canUndoDelete() const
{
    return m_deletions->canUndo();
}

void ProfilesPanel::undoDelete()
{
    const QList<Smtp::Profile> profiles = m_deletions->undo();
    if (profiles.isEmpty())
        return;
    saveStore();
    selectProfile(profiles.first().id);
    updateActions();
    emit statusMessage(tr("Restored %n profile(s).", nullptr, static_cast<int>(profiles.size())));
}

QString ProfilesPanel::importFile(const QString &path, Smtp::ImportAction conflictAction)
{
    Smtp::ProfileImport import(*m_store, path);
    return applyImport(import, conflictAction);
}

QString ProfilesPanel::applyImport(Smtp::ProfileImport &import, Smtp::ImportAction conflictAction)
{
    const Smtp::ProfileStoreError error = import.apply(conflictAction);
    updateActions();
    if (error.isError())
        return error.message;
    return tr("Imported from %1: %2").arg(import.plan().source, import.plan().summary());
}

QString ProfilesPanel::exportSelected(const QString &path) const
{
    QStringList ids = selectedProfileIds();
    if (ids.isEmpty()) {
        const QList<Smtp::Profile> all = m_store->profiles();
        for (const Smtp::Profile &profile : all)
            ids.append(profile.id);
    }
    const Smtp::ProfileStoreError error = m_store->exportProfiles(ids, path);
    return error.isError() ? error.message : QString();
}

void ProfilesPanel::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Profiles"), QString(), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    previewImport(path);
}

void ProfilesPanel::previewImport(const QString &path)
{
    Smtp::ProfileImport import(*m_store, path);
    const Smtp::ImportPlan &plan = import.plan();
    if (import.error().isError()) {
        QMessageBox box(QMessageBox::Warning, tr("Import Failed"), import.error().message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QStringList details{plan.summary()};
    QString changedProfile;
    for (const Smtp::ProfileImport::Notice &notice : import.notices()) {
        if (notice.kind != Smtp::ProfileImport::Notice::Kind::Change) {
            details.append(notice.profileName.isEmpty() ? notice.text
                                                        : tr("%1: %2").arg(notice.profileName, notice.text));
            continue;
        }
        // Each changed profile with its changes, old → new; a new destination is marked as a security change.
        if (notice.profileName != changedProfile) {
            changedProfile = notice.profileName;
            details.append(tr("%1 changes:").arg(notice.profileName));
        }
        details.append(tr("  %1").arg(notice.text));
    }
    // Names in an imported file are untrusted: everything goes into the plain-text label, none into the
    // informative text, which would guess at rich text.
    QMessageBox box(QMessageBox::Question, tr("Import Profiles"),
                    tr("Import these profiles?\n\n%1").arg(details.join(u'\n')), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("importPreviewMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *keepBoth = nullptr;
    QPushButton *replace = nullptr;
    if (plan.count(Smtp::ImportStatus::Changed) > 0) {
        keepBoth = box.addButton(tr("Import, Keep Both"), QMessageBox::AcceptRole);
        replace = box.addButton(tr("Import, Replace Changed"), QMessageBox::DestructiveRole);
        replace->setObjectName(QStringLiteral("replaceChangedPushButton"));
    } else {
        keepBoth = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    }
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != keepBoth && (!replace || box.clickedButton() != replace))
        return;
    // The plan shown is the plan applied, even if the file changed while the question was open.
    emit statusMessage(applyImport(import, box.clickedButton() == replace ? Smtp::ImportAction::Replace
                                                                          : Smtp::ImportAction::KeepBoth));
}

void ProfilesPanel::chooseExportFile()
{
    const QString path = ReplaceConfirmation::saveFileName(this, tr("Export Profiles"), tr("profiles-export.json"),
                                                           tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportSelected(path); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    emit statusMessage(tr("Profiles exported to %1 (without passwords)").arg(path));
}

void ProfilesPanel::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const bool onProfile = !m_treeView->indexAt(position).data(ProfileTreeModel::IdRole).toString().isEmpty();
    if (onProfile) {
        menu.addAction(m_connectAction);
        menu.addAction(m_policyAction);
        menu.addAction(m_scenarioAction);
        menu.addAction(m_compareRunsAction);
        menu.addSeparator();
        menu.addAction(m_editAction);
        menu.addAction(m_duplicateAction);
        menu.addAction(m_renameAction);
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(m_otherTools->copySwaksAction());
        menu.addAction(m_otherTools->copyOpenSslAction());
        menu.addSeparator();
    }
    menu.addAction(m_newAction);
    menu.addAction(m_otherTools->fromSwaksAction());
    if (canUndoDelete())
        menu.addAction(m_undoDeleteAction);
    menu.addSeparator();
    menu.addAction(m_importAction);
    menu.addAction(m_exportAction);
    menu.exec(m_treeView->viewport()->mapToGlobal(position));
}

} // namespace SmtpUi
