#include "sessionlog.h"

#include <QSslSocket>

namespace Smtp
{

SessionLog SessionLog::create(const QString &title, const ConnectionSettings &settings, const Transcript &transcript,
                              const std::optional<SessionResult> &result, bool finished)
{
    SessionLog log;
    log.title = title.isEmpty() ? settings.host : title;
    log.settings = settings;
    log.transcript = transcript;
    log.result = result;
    log.finished = finished;
    log.appVersion = QStringLiteral(SMTP_WORKBENCH_VERSION);
    log.qtVersion = QString::fromLatin1(qVersion());
    log.sslLibraryVersion = QSslSocket::sslLibraryVersionString();
    log.exportedAt = QDateTime::currentDateTime();
    return log;
}

} // namespace Smtp
