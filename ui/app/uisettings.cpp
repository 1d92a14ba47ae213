#include "uisettings.h"

#include <QDir>
#include <QMainWindow>
#include <QSplitter>

namespace SmtpUi
{

namespace
{
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// QSettings() marks itself as failing (AccessError) when no organisation name is set. The programs set one; anything
// else (a test) keeps its settings under its own name instead.
QString organization()
{
    const QString name = QCoreApplication::organizationName();
    return name.isEmpty() ? QCoreApplication::applicationName() : name;
}
} // namespace

UiSettings::UiSettings() : m_settings(QSettings::UserScope, organization(), QCoreApplication::applicationName()) {}

UiSettings::UiSettings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

QByteArray UiSettings::mainWindowGeometry() const
{
    return m_settings.value(key("mainWindow/geometry")).toByteArray();
}

void UiSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key("mainWindow/geometry"), geometry);
}

QByteArray UiSettings::mainWindowState() const
{
    return m_settings.value(key("mainWindow/state")).toByteArray();
}

void UiSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(key("mainWindow/state"), state);
}

QByteArray UiSettings::mainSplitterState() const
{
    return m_settings.value(key("mainWindow/splitter")).toByteArray();
}

void UiSettings::setMainSplitterState(const QByteArray &state)
{
    m_settings.setValue(key("mainWindow/splitter"), state);
}

QString UiSettings::lastProfileId() const
{
    return m_settings.value(key("profiles/last")).toString();
}

void UiSettings::setLastProfileId(const QString &id)
{
    m_settings.setValue(key("profiles/last"), id);
}

bool UiSettings::wallClockTimeStamps() const
{
    return m_settings.value(key("transcript/wallClock"), false).toBool();
}

void UiSettings::setWallClockTimeStamps(bool wallClock)
{
    m_settings.setValue(key("transcript/wallClock"), wallClock);
}

QString UiSettings::language() const
{
    return m_settings.value(key("preferences/language")).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(key("preferences/language"));
    else
        m_settings.setValue(key("preferences/language"), code);
}

QString UiSettings::theme() const
{
    return m_settings.value(key("preferences/theme")).toString();
}

void UiSettings::setTheme(const QString &name)
{
    m_settings.setValue(key("preferences/theme"), name);
}

void UiSettings::restoreWindow(QMainWindow &window, QSplitter &splitter) const
{
    if (const QByteArray geometry = mainWindowGeometry(); !geometry.isEmpty())
        window.restoreGeometry(geometry);
    if (const QByteArray state = mainWindowState(); !state.isEmpty())
        window.restoreState(state);
    if (const QByteArray splitterState = mainSplitterState(); !splitterState.isEmpty())
        splitter.restoreState(splitterState);
}

void UiSettings::saveWindow(const QMainWindow &window, const QSplitter &splitter)
{
    setMainWindowGeometry(window.saveGeometry());
    setMainWindowState(window.saveState());
    setMainSplitterState(splitter.saveState());
    sync();
}

bool UiSettings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

QString UiSettings::writeProblem() const
{
    const QString file = QDir::toNativeSeparators(m_settings.fileName());
    // A file QSettings could not parse is never written over (Qt keeps it as it is), so say so rather than "saved".
    if (m_settings.status() == QSettings::FormatError)
        return tr("Preferences and window layout cannot be saved: %1 is damaged. Repair or remove it.").arg(file);
    if (m_settings.status() == QSettings::AccessError || !m_settings.isWritable())
        return tr("Preferences and window layout cannot be saved: %1 cannot be written.").arg(file);
    return {};
}

} // namespace SmtpUi
