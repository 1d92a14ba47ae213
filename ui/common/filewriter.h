#pragma once

#include <QByteArray>
#include <QString>

namespace SmtpUi
{

/// Writes a whole file atomically (QSaveFile); returns a message for people on failure, an empty string on success.
/// Widgets save through this instead of opening files themselves.
QString writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace SmtpUi
