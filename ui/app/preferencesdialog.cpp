#include "preferencesdialog.h"

#include "translations/translations.h"
#include "ui_preferencesdialog.h"

#include <QLocale>

namespace SmtpUi
{

namespace
{

const QString kEnglish = QStringLiteral("en");

// Languages are listed by their own names ("Deutsch", "Français"), as a reader of that language looks for them.
QString nativeName(const QString &code)
{
    // QLocale calls English "American English" after its default territory.
    if (code == kEnglish)
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    const QString systemLanguage = Smtp::Translations::languageShownFor(QLocale::system());
    m_ui->languageComboBox->addItem(tr("System default (%1)").arg(nativeName(systemLanguage)), QString());
    m_ui->languageComboBox->addItem(nativeName(kEnglish), kEnglish);
    const QStringList translated = Smtp::Translations::availableLanguages();
    for (const QString &code : translated)
        m_ui->languageComboBox->addItem(nativeName(code), code);

    m_ui->themeComboBox->addItem(tr("System"), QStringLiteral("system"));
    m_ui->themeComboBox->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeComboBox->addItem(tr("Dark"), QStringLiteral("dark"));

    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNotice);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRestartNotice();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::languageCode() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void PreferencesDialog::setLanguageCode(const QString &code)
{
    const int index = m_ui->languageComboBox->findData(code);
    m_ui->languageComboBox->setCurrentIndex(index >= 0 ? index : 0);
    m_initialLanguageCode = languageCode();
    updateRestartNotice();
}

QString PreferencesDialog::themeName() const
{
    return m_ui->themeComboBox->currentData().toString();
}

void PreferencesDialog::setThemeName(const QString &name)
{
    const int index = m_ui->themeComboBox->findData(name);
    m_ui->themeComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

bool PreferencesDialog::wallClockTimeStamps() const
{
    return m_ui->timeStampComboBox->currentIndex() == 1;
}

void PreferencesDialog::setWallClockTimeStamps(bool wallClock)
{
    m_ui->timeStampComboBox->setCurrentIndex(wallClock ? 1 : 0);
}

void PreferencesDialog::updateRestartNotice()
{
    // Widgets take their texts when they are built, so a new language shows in a newly started window.
    m_ui->restartNoticeLabel->setVisible(languageCode() != m_initialLanguageCode);
}

} // namespace SmtpUi
