#include "profilejson.h"

#include "profile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Smtp::ProfileJson
{

namespace
{

// Long enough for any real host, path or address list; a hostile file cannot make one field huge.
constexpr qsizetype maxTextLength = 4096;

/// The translation context of this file's sentences (Smtp::-qualified: the context the translations already use).
class ProfileJsonText
{
    Q_DECLARE_TR_FUNCTIONS(Smtp::ProfileJson)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

} // namespace

QString wrongType(const QString &key, const char *expected, const QJsonValue &value)
{
    return ProfileJsonText::tr("\"%1\" must be a %2, not a %3.")
        .arg(key, QString::fromLatin1(expected), typeName(value));
}

// Reads a string field; single-line fields refuse control characters because they end up in SMTP commands or
// command lines, where CR/LF would inject a command (RFC 5321 §4.1.2 forbids them in command arguments).
void readText(const QJsonObject &object, const QString &key, std::optional<QString> &target, QStringList &problems,
              bool singleLine)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return;
    if (!value.isString()) {
        problems << wrongType(key, "string", value);
        return;
    }
    const QString text = value.toString();
    if (text.size() > maxTextLength) {
        problems << ProfileJsonText::tr("\"%1\" is longer than %2 characters.").arg(key).arg(maxTextLength);
        return;
    }
    if (singleLine) {
        if (const QString problem = profileTextProblem(text); !problem.isEmpty()) {
            problems << ProfileJsonText::tr("\"%1\": %2").arg(key, problem);
            return;
        }
    }
    target = text;
}

void readBool(const QJsonObject &object, const QString &key, std::optional<bool> &target, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return;
    if (!value.isBool()) {
        problems << wrongType(key, "boolean", value);
        return;
    }
    target = value.toBool();
}

std::optional<qint64> readInteger(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum,
                                  QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        problems << wrongType(key, "number", value);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(minimum) ||
        number > double(maximum)) {
        problems
            << ProfileJsonText::tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(minimum).arg(maximum);
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<QStringList> readTextList(const QJsonObject &object, const QString &key, QStringList &problems)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        problems << wrongType(key, "list of strings", value);
        return std::nullopt;
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            problems << ProfileJsonText::tr("\"%1\" must hold only strings, not a %2.").arg(key, typeName(item));
            return std::nullopt;
        }
        if (const QString problem = profileTextProblem(item.toString()); !problem.isEmpty()) {
            problems << ProfileJsonText::tr("\"%1\": %2").arg(key, problem);
            return std::nullopt;
        }
        list << item.toString();
    }
    return list;
}

} // namespace Smtp::ProfileJson
