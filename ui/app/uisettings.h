#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>

class QMainWindow;
class QSplitter;

namespace SmtpUi
{

/// The window's remembered state (geometry, splitters, last profile, view choices) and preferences: UI state only,
/// never profiles or secrets. The one place that reads and writes QSettings.
class UiSettings
{
    Q_DECLARE_TR_FUNCTIONS(UiSettings)

public:
    UiSettings();
    /// For tests: settings in a given INI file.
    explicit UiSettings(const QString &iniPath);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);
    bool wallClockTimeStamps() const;
    void setWallClockTimeStamps(bool wallClock);
    /// The language chosen in the preferences ("de", "en" …); empty: follow the system.
    QString language() const;
    void setLanguage(const QString &code);
    /// "system", "light" or "dark" (see Theme); empty reads as "system".
    QString theme() const;
    void setTheme(const QString &name);

    /// The main window's geometry, dock and toolbar state and its splitter, as last saved (nothing when never saved).
    void restoreWindow(QMainWindow &window, QSplitter &splitter) const;
    /// Saves what restoreWindow() restores, and writes it out.
    void saveWindow(const QMainWindow &window, const QSplitter &splitter);

    /// Writes out what was set (it stays in effect for this run either way). False when it could not be written:
    /// writeProblem() then says why.
    bool sync();
    /// Empty when the settings can be saved; otherwise one sentence for the user naming the file and what is wrong
    /// with it (the hostile-server catalogue's F2: never lose preferences silently).
    QString writeProblem() const;

private:
    QSettings m_settings;
};

} // namespace SmtpUi
