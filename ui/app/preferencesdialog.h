#pragma once

#include <QDialog>

#include <memory>

namespace Ui
{
class PreferencesDialog;
}

namespace SmtpUi
{

/// The application's preferences: the window's language and colours, and how transcripts stamp their lines. A form
/// only; the main window reads the choices into UiSettings when the dialog is accepted.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The chosen language code ("de", "fr", "en"), or empty for the system's language.
    QString languageCode() const;
    /// Selects a language; a code without a translation selects the system's language.
    void setLanguageCode(const QString &code);
    /// "system", "light" or "dark".
    QString themeName() const;
    void setThemeName(const QString &name);
    bool wallClockTimeStamps() const;
    void setWallClockTimeStamps(bool wallClock);

private:
    void updateRestartNotice();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    /// The language in effect when the dialog opened: a different choice applies after a restart.
    QString m_initialLanguageCode;
};

} // namespace SmtpUi
