#pragma once

#include <QLocale>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Smtp
{

/// Installs the application's translation (compiled into the resources under :/i18n) and Qt's own qtbase
/// translation for one language. Both programs create one at start-up; it keeps its translators installed for
/// as long as it lives.
class Translations final
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    /// Installs the translators for \a locale and makes it the default QLocale. Returns false when the application
    /// has no translation for it (English stays, which is not an error). Replaces translators installed before.
    bool install(const QLocale &locale);
    /// Removes the translators this object installed.
    void remove();

    /// The locale a language code names ("de", "fr_FR"); the system locale for an empty code.
    static QLocale localeFor(const QString &languageCode);
    /// The language codes the application has a translation for, e.g. {"de", "fr"}; English is the source.
    static QStringList availableLanguages();
    /// The code of the translation install() would load for \a locale ("de" for de_AT), or "en" when the
    /// window stays in English.
    static QString languageShownFor(const QLocale &locale);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Smtp
