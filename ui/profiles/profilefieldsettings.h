#pragma once

#include <QString>

#include <optional>

namespace SmtpUi
{

/// What a text field of the profile editor sets: its trimmed text, or nothing (inherited) when it is empty.
inline std::optional<QString> textSetting(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

/// A setting the profile sets explicitly: it did before, or the value differs from what it would inherit.
template <typename T>
std::optional<T> explicitSetting(const T &value, const T &inherited, const std::optional<T> &original)
{
    if (original.has_value() || value != inherited)
        return value;
    return std::nullopt;
}

} // namespace SmtpUi
