#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Each .ts file read message by message: a translation keeps every placeholder (%1 … %9, %n) of its source, keeps
// a keyboard accelerator where the source has one, and fills every plural form.
class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private slots:
    void messagesKeepPlaceholders_data();
    void messagesKeepPlaceholders();
};

namespace
{

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool numerus = false;
};

QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                message = Message{context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
            else if (xml.name() == u"source")
                message.source = xml.readElementText();
            else if (xml.name() == u"numerusform")
                message.translations.append(xml.readElementText());
            else if (xml.name() == u"translation" && !message.numerus)
                message.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString withoutEscapes = text;
    withoutEscapes.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&\\S"));
    return accelerator.match(withoutEscapes).hasMatch();
}

} // namespace

void TestTranslationFiles::messagesKeepPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pluralForms");
    const QString directory = qEnvironmentVariable("SMTP_TEST_SOURCE_DIR") + QStringLiteral("/translations/");
    // German and French both have two plural forms in Qt's rules (singular, plural).
    QTest::addRow("German") << directory + QStringLiteral("smtp-workbench_de.ts") << 2;
    QTest::addRow("French") << directory + QStringLiteral("smtp-workbench_fr.ts") << 2;
}

void TestTranslationFiles::messagesKeepPlaceholders()
{
    QFETCH(QString, path);
    QFETCH(int, pluralForms);

    QString error;
    const QList<Message> messages = readMessages(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const Message &message : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
        if (message.numerus && message.translations.size() != pluralForms)
            problems.append(QStringLiteral("%1 has %2 plural forms").arg(where).arg(message.translations.size()));
        for (const QString &translation : message.translations) {
            if (translation.isEmpty()) {
                problems.append(QStringLiteral("%1 is not translated").arg(where));
                continue;
            }
            if (placeholders(translation) != placeholders(message.source))
                problems.append(QStringLiteral("%1 -> \"%2\": placeholders differ").arg(where, translation));
            if (hasAccelerator(message.source) && !hasAccelerator(translation))
                problems.append(QStringLiteral("%1 -> \"%2\": the accelerator is lost").arg(where, translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
