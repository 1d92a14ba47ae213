#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Smtp
{
class ProfileStore;
}

namespace SmtpUi
{

class ProfilesPanel;

/// The profile commands that speak other tools' command lines: copy a profile as the equivalent `swaks` or
/// `openssl s_client` command (never with a secret in it), and make a new profile from a pasted `swaks` command,
/// opened in the profile editor to be checked and saved like any new profile.
class OtherToolActions : public QObject
{
    Q_OBJECT

public:
    OtherToolActions(ProfilesPanel *panel, Smtp::ProfileStore *store);

    QAction *copySwaksAction() const { return m_copySwaksAction; }
    QAction *copyOpenSslAction() const { return m_copyOpenSslAction; }
    QAction *fromSwaksAction() const { return m_fromSwaksAction; }
    /// Enables the copies for a selected profile, the new profile unless the profiles are read-only.
    void update(bool hasProfile, bool readOnly);

    /// Makes a profile from @p command and opens it in the editor; returns why not (shown to the user), or "".
    QString newProfileFromSwaks(const QString &command);

signals:
    void statusMessage(const QString &message);

private:
    void copyCommand(bool swaks);
    void askForSwaksCommand();

    ProfilesPanel *m_panel = nullptr;
    Smtp::ProfileStore *m_store = nullptr;
    QAction *m_copySwaksAction = nullptr;
    QAction *m_copyOpenSslAction = nullptr;
    QAction *m_fromSwaksAction = nullptr;
};

} // namespace SmtpUi
