#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Smtp
{

namespace
{
const QString resourceDirectory = QStringLiteral(":/i18n");
const QString applicationCatalogue = QStringLiteral("smtp-workbench");
const QString qtCatalogue = QStringLiteral("qtbase");
} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

bool Translations::install(const QLocale &locale)
{
    remove();
    QLocale::setDefault(locale);

    // QTranslator::load(QLocale, …) walks locale.uiLanguages(), so "de_AT" falls back to the "de" catalogue.
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(locale, applicationCatalogue, QStringLiteral("_"), resourceDirectory))
        return false;
    QCoreApplication::installTranslator(appTranslator.get());
    m_appTranslator = std::move(appTranslator);

    // Qt's own strings (standard buttons, file dialogs, context menus) come from the system's Qt translations
    // (Debian: qt6-translations-l10n). Missing ones only leave those strings in English.
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, qtCatalogue, QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    return true;
}

void Translations::remove()
{
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    m_qtTranslator.reset();
    m_appTranslator.reset();
}

QLocale Translations::localeFor(const QString &languageCode)
{
    return languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
}

QString Translations::languageShownFor(const QLocale &locale)
{
    QTranslator probe;
    if (!probe.load(locale, applicationCatalogue, QStringLiteral("_"), resourceDirectory))
        return QStringLiteral("en");
    // The catalogue's own language ("de"), not the locale asked for ("de_AT").
    return QLocale(probe.language()).name().section(u'_', 0, 0);
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QString prefix = applicationCatalogue + QLatin1Char('_');
    const QStringList files =
        QDir(resourceDirectory).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

} // namespace Smtp
