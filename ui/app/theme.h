#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

class QLabel;

namespace SmtpUi
{

/// The window's colours: the desktop's, or a light or dark Fusion palette for admins who want one whatever the
/// desktop says.
enum class Theme
{
    System,
    Light,
    Dark,
};

/// "system", "light", "dark": the spelling kept in the settings.
QString themeName(Theme theme);
/// The theme of a stored name; anything unknown is the system's.
Theme themeFromName(const QString &name);
/// Makes QIcon::fromTheme() find the application's few action icons (resources/icons/smtp-workbench) where the
/// desktop's icon theme has none. Idempotent.
void installIconTheme();
/// The desktop theme's icon of that name, else the application's own (resources/icons/smtp-workbench).
QIcon themedIcon(const QString &name);
/// True when the palette's base (where text is read) is dark: the one test for choosing dark-theme colours.
bool isDarkPalette(const QPalette &palette);
/// Text colours that read on the palette's base, light or dark: errors, success, and (below) what to look at soon.
QColor errorTextColour(const QPalette &palette);
QColor successTextColour(const QPalette &palette);
/// Between the two: something to look at soon (a certificate about to expire).
QColor warningTextColour(const QPalette &palette);
/// Shows @p text in @p label, in the error colour when it reports a problem: the status line of the run dialogs.
void showStatusText(QLabel *label, const QString &text, bool isProblem);
/// Applies the theme to the whole application at once; System restores the style and palette it started with.
void applyTheme(Theme theme);

} // namespace SmtpUi
