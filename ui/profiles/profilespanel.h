#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/importplan.h"
#include "core/profiles/profile.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Smtp
{
class ProfileFilterProxyModel;
class ProfileImport;
class ProfileStore;
class ProfileTreeModel;
class SecretStore;
} // namespace Smtp

namespace SmtpUi
{

class OtherToolActions;
class ProfileDeletions;
class ProfileEditorDialog;

/// The profile tree with its search box and every profile command: connect, new, edit, duplicate, rename,
/// delete (with undo), move by drag and drop, import and export. Changes are saved to the store at once;
/// secrets go to the secret store, never into the profile.
class ProfilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPanel)

public:
    ProfilesPanel(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesPanel() override;

    QTreeView *treeView() const { return m_treeView; }
    QLineEdit *searchLineEdit() const { return m_searchLineEdit; }
    Smtp::ProfileTreeModel *model() const { return m_model; }
    Smtp::ProfileFilterProxyModel *proxyModel() const { return m_proxy; }

    /// The profile commands, for the window's menus and tool bar.
    QList<QAction *> profileActions() const;
    QAction *connectAction() const { return m_connectAction; }
    QAction *checkAction() const { return m_checkAction; }
    QAction *policyAction() const { return m_policyAction; }
    QAction *scenarioAction() const { return m_scenarioAction; }
    QAction *compareRunsAction() const { return m_compareRunsAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    /// The selected profile's id, or an empty string.
    QString currentProfileId() const;
    QStringList selectedProfileIds() const;
    /// What "Check Profiles" checks: the selected profiles and every profile of the selected folders (and their
    /// subfolders); every profile when nothing is selected.
    QStringList profilesToCheck() const;
    /// Selects (and reveals) a profile; false when there is none with this id.
    bool selectProfile(const QString &id);

    /// Opens the editor (non-modal) for a new profile or an existing one; saving applies it.
    ProfileEditorDialog *openEditor(const Smtp::Profile &profile);
    void newProfile();
    void editCurrentProfile();
    void duplicateCurrentProfile();
    void renameCurrentProfile();
    /// Renames without asking; returns an error message or "".
    QString renameProfile(const QString &id, const QString &name);
    void deleteSelectedProfiles();
    /// Whether the last deletion can be undone: once its secrets have left the keychain (and are held for undo).
    bool canUndoDelete() const;
    void undoDelete();
    /// Imports a profile file: conflicts get @p conflictAction. Returns a message for people (what happened).
    QString importFile(const QString &path, Smtp::ImportAction conflictAction = Smtp::ImportAction::KeepBoth);
    /// Shows what importing @p path would change (changed fields old → new, security changes marked) and imports
    /// it as the user chooses.
    void previewImport(const QString &path);
    /// Exports the selected profiles (or all when none is selected); returns an error message or "".
    QString exportSelected(const QString &path) const;
    /// Stores @p secret (an empty one removes it) in the keychain; a failure is reported with statusMessage(). The
    /// one way a secret is saved, for the editor and the window's prompt alike.
    void storeSecret(const QString &profileId, int kind, const QString &secret);

signals:
    void connectRequested(const QString &profileId);
    void checkRequested(const QStringList &profileIds);
    /// Check Policy: the policy probes over the server of the selected profile.
    void policyCheckRequested(const QString &profileId);
    /// Run Scenario: a scenario file over the server of the selected profile.
    void scenarioRunRequested(const QString &profileId);
    /// Compare Runs: the selected profile's history, which holds two runs or more.
    void compareRunsRequested(const QString &profileId);
    /// An editor's Test: @p editor shows the verdict (see ProfileEditorDialog::testRequested()).
    void testRequested(SmtpUi::ProfileEditorDialog *editor, const Smtp::ConnectionSettings &settings,
                       const QString &title);
    void currentProfileChanged(const QString &profileId);
    void statusMessage(const QString &message);

private:
    void createActions();
    void updateActions();
    void applyEditor(ProfileEditorDialog *dialog, bool isNew);
    /// An editor's Test: adds the saved profile's stored secrets (ProfileSecrets) to what was typed, then emits
    /// testRequested(). A profile not saved yet has none.
    void testWithStoredSecrets(ProfileEditorDialog *editor, const Smtp::ConnectionSettings &settings,
                               const QString &title);
    bool saveStore();
    /// Applies and saves an import that was planned (and perhaps shown); returns a message for people.
    QString applyImport(Smtp::ProfileImport &import, Smtp::ImportAction conflictAction);
    void chooseImportFile();
    void chooseExportFile();
    void showContextMenu(const QPoint &position);
    QString currentFolder() const;
    void updateNoMatchLabel();

    Smtp::ProfileStore *m_store = nullptr;
    Smtp::SecretStore *m_secrets = nullptr;
    Smtp::ProfileTreeModel *m_model = nullptr;
    Smtp::ProfileFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_searchLineEdit = nullptr;
    QTreeView *m_treeView = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QString m_selectedBeforeReset;
    /// The open editors of saved profiles: asking to edit one again brings its editor to the front.
    QHash<QString, QPointer<ProfileEditorDialog>> m_editors;
    ProfileDeletions *m_deletions = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_policyAction = nullptr;
    QAction *m_scenarioAction = nullptr;
    QAction *m_compareRunsAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoDeleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
    OtherToolActions *m_otherTools = nullptr;
};

} // namespace SmtpUi
