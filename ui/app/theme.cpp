#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace SmtpUi
{

namespace
{

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6e, 0xa8, 0xfe));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Text, disabled);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return palette;
}

struct SystemLook
{
    QString styleName;
    QPalette palette;
};

/// The style and palette in effect before the first theme was applied.
std::optional<SystemLook> &systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void installIconTheme()
{
    // Qt's default search paths usually hold ":/icons" already.
    if (const QString ours = QStringLiteral(":/icons"); !QIcon::themeSearchPaths().contains(ours))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << ours);
    QIcon::setFallbackThemeName(QStringLiteral("smtp-workbench"));
}

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/smtp-workbench/scalable/actions/%1.svg").arg(name)));
}

void applyTheme(Theme theme)
{
    std::optional<SystemLook> &look = systemLook();
    if (!look) {
        // Nothing changed yet: the system's look is the one in effect.
        if (theme == Theme::System)
            return;
        look = SystemLook{QApplication::style()->name(), QApplication::palette()};
    }
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(look->styleName));
        QApplication::setPalette(look->palette);
        return;
    }
    // Fusion draws every control from the palette, so the colours hold on any desktop.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor errorTextColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x10);
}

QColor successTextColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
}

void showStatusText(QLabel *label, const QString &text, bool isProblem)
{
    // From the window, not the label: a label still red from an earlier problem must not stay red.
    QPalette palette = label->window()->palette();
    if (isProblem)
        palette.setColor(QPalette::WindowText, errorTextColour(palette));
    label->setPalette(palette);
    label->setText(text);
}

QColor warningTextColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
}

} // namespace SmtpUi
