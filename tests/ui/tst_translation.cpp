#include "translations/translations.h"
#include "ui/app/preferencesdialog.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditordialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

// The main window shown with each shipped translation installed: menus and actions are in that language, and Qt's
// own strings (qtbase) follow.
class TestTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedLanguages();
    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void menuMnemonicsAreDistinct_data();
    void menuMnemonicsAreDistinct();
    void profileEditorMnemonicsAreDistinct_data() { menuMnemonicsAreDistinct_data(); }
    void profileEditorMnemonicsAreDistinct();
    void unknownLanguageKeepsEnglish();
    void languageShownForALocale_data();
    void languageShownForALocale();
};

namespace
{

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList actionTexts(const QMainWindow &window)
{
    QStringList texts;
    for (const QAction *action : window.findChildren<QAction *>())
        texts.append(action->text());
    return texts;
}

/// "Profile: Alt+D is &Duplicate and &Delete" for every menu (the menu bar included) where two entries share a
/// mnemonic, so that one key cannot reach two things.
QStringList mnemonicClashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList clashes;
    QHash<QKeySequence, QString> taken;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty()) {
            if (taken.contains(key))
                clashes << QStringLiteral("%1: %2 is %3 and %4")
                               .arg(where, key.toString(), taken.value(key), action->text());
            else
                taken.insert(key, action->text());
        }
        if (const QMenu *menu = action->menu())
            clashes << mnemonicClashes(action->text(), menu->actions());
    }
    return clashes;
}

} // namespace

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslation::shippedLanguages()
{
    const QStringList languages = Smtp::Translations::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u',')));
}

void TestTranslation::mainWindowIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::addColumn<QString>("quitAction");
    QTest::addColumn<QString>("qtCancel");
    QTest::addColumn<QString>("preferencesTitle");
    QTest::addColumn<QString>("languageLabel");

    QTest::addRow("German") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("&Hilfe")
                            << QStringLiteral("&Beenden") << QStringLiteral("Abbrechen")
                            << QStringLiteral("Einstellungen") << QStringLiteral("&Sprache:");
    QTest::addRow("German (Austria) falls back to German")
        << QStringLiteral("de_AT") << QStringLiteral("&Datei") << QStringLiteral("&Hilfe") << QStringLiteral("&Beenden")
        << QStringLiteral("Abbrechen") << QStringLiteral("Einstellungen") << QStringLiteral("&Sprache:");
    QTest::addRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Aide")
                            << QStringLiteral("&Quitter") << QStringLiteral("Annuler") << QStringLiteral("Préférences")
                            << QStringLiteral("&Langue :");
}

void TestTranslation::mainWindowIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);
    QFETCH(QString, quitAction);
    QFETCH(QString, qtCancel);
    QFETCH(QString, preferencesTitle);
    QFETCH(QString, languageLabel);

    Smtp::Translations translations;
    QVERIFY(translations.install(Smtp::Translations::localeFor(language)));

    SmtpUi::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList menus = menuTitles(window);
    QVERIFY2(menus.contains(fileMenu), qPrintable(menus.join(u'|')));
    QVERIFY2(menus.contains(helpMenu), qPrintable(menus.join(u'|')));
    QVERIFY2(!menus.contains(QStringLiteral("&File")), qPrintable(menus.join(u'|')));
    const QStringList actions = actionTexts(window);
    QVERIFY2(actions.contains(quitAction), qPrintable(actions.join(u'|')));

    // A Designer form (the preferences) is translated too.
    SmtpUi::PreferencesDialog preferences(&window);
    QCOMPARE(preferences.windowTitle(), preferencesTitle);
    QCOMPARE(preferences.findChild<QLabel *>(QStringLiteral("languageLabel"))->text(), languageLabel);

    // Qt's own strings come from the system's qtbase catalogue (Debian: qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    if (cancel == QStringLiteral("&Cancel") || cancel == QStringLiteral("Cancel"))
        QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
    QCOMPARE(cancel, qtCancel);
}

void TestTranslation::menuMnemonicsAreDistinct_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QString();
    QTest::addRow("German") << QStringLiteral("de");
    QTest::addRow("French") << QStringLiteral("fr");
}

void TestTranslation::menuMnemonicsAreDistinct()
{
    QFETCH(QString, language);
    Smtp::Translations translations;
    if (!language.isEmpty())
        QVERIFY(translations.install(Smtp::Translations::localeFor(language)));
    SmtpUi::MainWindow window;
    const QStringList clashes = mnemonicClashes(QStringLiteral("menu bar"), window.menuBar()->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestTranslation::profileEditorMnemonicsAreDistinct()
{
    // Each tab of the profile editor with the dialog's own buttons, which every tab shows: one Alt+key, one field.
    QFETCH(QString, language);
    Smtp::Translations translations;
    if (!language.isEmpty())
        QVERIFY(translations.install(Smtp::Translations::localeFor(language)));
    SmtpUi::ProfileEditorDialog editor(Smtp::Profile{}, Smtp::ProfileSettings{});
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("editorTabWidget"));
    QVERIFY(tabs);
    QStringList everywhere;
    for (const QAbstractButton *button : editor.findChildren<QAbstractButton *>()) {
        if (!tabs->isAncestorOf(button))
            everywhere << button->text();
    }
    QStringList clashes;
    for (int index = 0; index < tabs->count(); ++index) {
        QStringList texts = everywhere;
        const QWidget *page = tabs->widget(index);
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
            texts << button->text();
        QHash<QKeySequence, QString> taken;
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            if (taken.contains(key))
                clashes << QStringLiteral("%1: %2 is %3 and %4")
                               .arg(tabs->tabText(index), key.toString(), taken.value(key), text);
            else
                taken.insert(key, text);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestTranslation::unknownLanguageKeepsEnglish()
{
    Smtp::Translations translations;
    QVERIFY(!translations.install(QLocale(QLocale::Japanese)));
    QLocale::setDefault(QLocale::c());

    SmtpUi::MainWindow window;
    QVERIFY2(menuTitles(window).contains(QStringLiteral("&File")), qPrintable(menuTitles(window).join(u'|')));
}

void TestTranslation::languageShownForALocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shown");

    QTest::addRow("German") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::addRow("German (Switzerland)") << QStringLiteral("de_CH") << QStringLiteral("de");
    QTest::addRow("French (Canada)") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::addRow("English") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::addRow("untranslated: Japanese") << QStringLiteral("ja_JP") << QStringLiteral("en");
    QTest::addRow("C locale") << QStringLiteral("C") << QStringLiteral("en");
}

// What the preferences call "System default (…)": the translation the window really gets for a locale.
void TestTranslation::languageShownForALocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, shown);
    QCOMPARE(Smtp::Translations::languageShownFor(QLocale(locale)), shown);
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
