#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// Typed readers of the values of a profile file. Each leaves its target unset and adds a readable problem
/// ("\"port\" must be a number, not a string.") when the value is there but unusable; a missing key is no problem.
namespace Smtp::ProfileJson
{

/// "\"KEY\" must be a EXPECTED, not a TYPE."
QString wrongType(const QString &key, const char *expected, const QJsonValue &value);
/// A string of at most 4096 characters; @p singleLine refuses control characters, because such fields end up in SMTP
/// commands or command lines, where CR/LF would inject a command (RFC 5321 §4.1.2).
void readText(const QJsonObject &object, const QString &key, std::optional<QString> &target, QStringList &problems,
              bool singleLine = true);
void readBool(const QJsonObject &object, const QString &key, std::optional<bool> &target, QStringList &problems);
/// A whole number from @p minimum to @p maximum.
std::optional<qint64> readInteger(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum,
                                  QStringList &problems);
/// A list of single-line strings.
std::optional<QStringList> readTextList(const QJsonObject &object, const QString &key, QStringList &problems);

/// A name that @p fromName turns into its value ("lmtp", "v2" …); @p problem is reported otherwise.
template <typename T, typename FromName>
void readName(const QJsonObject &object, const QString &key, FromName fromName, std::optional<T> &target,
              QStringList &problems, const QString &problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return;
    if (const std::optional<T> parsed = value.isString() ? fromName(value.toString()) : std::nullopt; parsed)
        target = parsed;
    else
        problems << problem;
}

} // namespace Smtp::ProfileJson
