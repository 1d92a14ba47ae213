#include "uisettings.h"

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
} // namespace

UiSettings::UiSettings() = default;

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

void UiSettings::sync()
{
    m_settings.sync();
}

} // namespace SmtpUi
