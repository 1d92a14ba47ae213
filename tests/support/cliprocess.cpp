#include "cliprocess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

namespace SmtpTest
{

QString CliRun::describe() const
{
    // The ends: a big message's transcript would drown the failure.
    constexpr qsizetype shown = 8000;
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
        .arg(exitStatus)
        .arg(QString::fromUtf8(out.right(shown)), QString::fromUtf8(err.right(shown)));
}

QList<QJsonObject> CliRun::ofKind(const QString &kind) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &line : lines) {
        if (line.value(QStringLiteral("kind")).toString() == kind)
            found << line;
    }
    return found;
}

QJsonObject CliRun::result() const
{
    const QList<QJsonObject> results = ofKind(QStringLiteral("result"));
    return results.isEmpty() ? QJsonObject() : results.constLast();
}

CliRun runCli(const QString &binary, const QStringList &arguments, const QString &configHome,
              const QByteArray &standardInput, int waitMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.setProgram(binary);
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    CliRun run;
    run.finished = finished.wait(waitMs);
    if (!run.finished) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.exitStatus = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.startsWith('{'))
            run.lines << QJsonDocument::fromJson(line).object();
    }
    return run;
}

} // namespace SmtpTest
