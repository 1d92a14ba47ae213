#include "othertoolactions.h"

#include "core/profiles/profilecommandline.h"
#include "core/profiles/profilestore.h"
#include "profileeditordialog.h"
#include "profilespanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace SmtpUi
{

OtherToolActions::OtherToolActions(ProfilesPanel *panel, Smtp::ProfileStore *store)
    : QObject(panel), m_panel(panel), m_store(store)
{
    m_copySwaksAction = new QAction(tr("Copy as s&waks Command"), this);
    m_copySwaksAction->setObjectName(QStringLiteral("copySwaksCommandAction"));
    m_copySwaksAction->setStatusTip(
        tr("Copy the swaks command line that runs this profile's test (without passwords)"));
    connect(m_copySwaksAction, &QAction::triggered, this, [this] { copyCommand(true); });
    m_copyOpenSslAction = new QAction(tr("Copy as &openssl s_client Command"), this);
    m_copyOpenSslAction->setObjectName(QStringLiteral("copyOpenSslCommandAction"));
    m_copyOpenSslAction->setStatusTip(
        tr("Copy the openssl s_client command line that opens this profile's TLS connection (without passwords)"));
    connect(m_copyOpenSslAction, &QAction::triggered, this, [this] { copyCommand(false); });
    m_fromSwaksAction = new QAction(tr("New Profile from swaks Comm&and…"), this);
    m_fromSwaksAction->setObjectName(QStringLiteral("newProfileFromSwaksAction"));
    connect(m_fromSwaksAction, &QAction::triggered, this, &OtherToolActions::askForSwaksCommand);
}

void OtherToolActions::update(bool hasProfile, bool readOnly)
{
    m_copySwaksAction->setEnabled(hasProfile);
    m_copyOpenSslAction->setEnabled(hasProfile);
    m_fromSwaksAction->setEnabled(!readOnly);
}

void OtherToolActions::copyCommand(bool swaks)
{
    const std::optional<Smtp::Profile> profile = m_store->find(m_panel->currentProfileId());
    if (!profile)
        return;
    const Smtp::ConnectionSettings settings = m_store->resolvedSettings(*profile);
    const QString command =
        swaks ? Smtp::ProfileCommandLine::toSwaks(settings) : Smtp::ProfileCommandLine::toOpenSslClient(settings);
    if (command.isEmpty()) {
        emit statusMessage(tr("%1 uses no TLS: there is no openssl s_client command for it.").arg(profile->name));
        return;
    }
    QGuiApplication::clipboard()->setText(command);
    emit statusMessage(swaks
                           ? tr("Copied the swaks command for %1 (without passwords).").arg(profile->name)
                           : tr("Copied the openssl s_client command for %1 (without passwords).").arg(profile->name));
}

void OtherToolActions::askForSwaksCommand()
{
    bool ok = false;
    const QString command = QInputDialog::getMultiLineText(
        m_panel, tr("New Profile from swaks Command"),
        tr("Paste a swaks command line. A password in it goes to the editor's password field, never to the profile "
           "file."),
        QString(), &ok);
    if (!ok || command.trimmed().isEmpty())
        return;
    if (const QString problem = newProfileFromSwaks(command); !problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("No Profile from This Command"), problem, QMessageBox::Ok, m_panel);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

QString OtherToolActions::newProfileFromSwaks(const QString &command)
{
    const Smtp::SwaksImport imported = Smtp::ProfileCommandLine::fromSwaks(command);
    if (!imported.ok())
        return imported.error;
    ProfileEditorDialog *editor = m_panel->openEditor(imported.profile);
    if (!imported.password.isEmpty())
        editor->setTypedPassword(QString::fromUtf8(imported.password));
    // What was not understood or needs a second look is said where the profile is checked, as plain text.
    QStringList notes = imported.warnings;
    for (const QString &option : imported.unknownOptions)
        notes << tr("Not understood, left out: %1").arg(option);
    if (!notes.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("From the swaks Command"), notes.join(u'\n'),
                                    QMessageBox::Ok, editor);
        box->setObjectName(QStringLiteral("swaksNotesMessageBox"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return {};
}

} // namespace SmtpUi
