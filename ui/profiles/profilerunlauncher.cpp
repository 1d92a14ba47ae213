#include "profilerunlauncher.h"

#include "ui/batch/batchcheckdialog.h"
#include "ui/scenario/policycheckdialog.h"
#include "ui/scenario/scenariorundialog.h"

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenariorun.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace SmtpUi
{

ProfileRunLauncher::ProfileRunLauncher(Smtp::ProfileStore *store, Smtp::SecretStore *secrets, QWidget *window)
    : QObject(window), m_store(store), m_secrets(secrets), m_window(window)
{}

void ProfileRunLauncher::refuse(const QString &problem)
{
    QMessageBox box(QMessageBox::Warning, tr("Scenario Not Run"), problem, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("scenarioNotRunMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void ProfileRunLauncher::checkProfiles(const QStringList &profileIds)
{
    auto *dialog = new BatchCheckDialog(m_store, profileIds, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ProfileRunLauncher::checkPolicy(const QString &profileId)
{
    const std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    auto *dialog = new PolicyCheckDialog(profile->name, m_store->resolvedSettings(*profile), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ProfileRunLauncher::runScenario(const QString &profileId)
{
    std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    QFileDialog dialog(m_window, tr("Run Scenario"));
    dialog.setObjectName(QStringLiteral("runScenarioFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Scenarios (*.scenario)"), tr("All files (*)")});
    // The scenario attached to the profile comes first: running it again is one key press.
    if (!profile->scenarioFile.isEmpty() && QFileInfo::exists(profile->scenarioFile)) {
        dialog.setDirectory(QFileInfo(profile->scenarioFile).absolutePath());
        dialog.selectFile(profile->scenarioFile);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (path.isEmpty())
        return;
    if (profile->scenarioFile != path) {
        profile->scenarioFile = path;
        Smtp::ProfileStoreError error = m_store->update(*profile);
        if (!error.isError())
            error = m_store->save();
        if (error.isError()) {
            // The run goes on; only the attachment is lost, and the user hears why.
            QMessageBox box(QMessageBox::Warning, tr("Scenario Not Attached"),
                            tr("The scenario was not attached to the profile: %1").arg(error.message), QMessageBox::Ok,
                            m_window);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    }
    runScenarioFile(profileId, path);
}

void ProfileRunLauncher::runScenarioFile(const QString &profileId, const QString &path)
{
    const std::optional<Smtp::Profile> profile = m_store->find(profileId);
    if (!profile)
        return;
    const Smtp::ConnectionSettings resolved = m_store->resolvedSettings(*profile);
    Smtp::Scenario scenario;
    if (const QString problem = loadScenario(path, resolved, &scenario); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    // The password is read only for a scenario that authenticates; the proxy password and key passphrase whenever
    // the connection needs them. ProfileSecrets decides whether they may go where the profile goes now.
    Smtp::ConnectionSettings settings = resolved;
    if (!scenario.uses(Smtp::ScenarioStep::Kind::Auth))
        settings.auth = {};
    const QString name = profile->name;
    Smtp::ProfileSecrets::read(
        *m_secrets, *profile, resolved, settings, this, [this, name, scenario](const Smtp::ProfileSecrets &read) {
            if (!read.withheld.isEmpty()) {
                refuse(tr("The saved password of \"%1\" was confirmed for another destination (%2) and was not used. "
                          "Confirm the destination in the profile editor, then run the scenario again.")
                           .arg(name, Smtp::SecretBinding::describe(read.unbound)));
                return;
            }
            if (read.needsPassword()) {
                refuse(tr("The scenario authenticates, and \"%1\" has no password in the keychain. Connect the "
                          "profile once and remember the password, then run the scenario again.")
                           .arg(name));
                return;
            }
            if (read.needsProxyPassword()) {
                refuse(tr("\"%1\" goes through a proxy that needs a password, and there is none in the keychain. "
                          "Connect the profile once and remember it, then run the scenario again.")
                           .arg(name));
                return;
            }
            auto *dialog = new ScenarioRunDialog(name, read.settings, scenario, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
}

QString ProfileRunLauncher::loadScenario(const QString &path, const Smtp::ConnectionSettings &settings,
                                         Smtp::Scenario *scenario)
{
    // The file's name, not its path, in each "FILE:LINE": short enough to read in a list.
    const Smtp::Scenario::ParseResult parsed = Smtp::Scenario::readFile(path, QFileInfo(path).fileName());
    if (!parsed.ok())
        return parsed.errorText();
    if (const QStringList lacking = Smtp::ScenarioRun::problems(parsed.scenario, settings); !lacking.isEmpty())
        return lacking.join(u'\n');
    *scenario = parsed.scenario;
    return QString();
}

} // namespace SmtpUi
