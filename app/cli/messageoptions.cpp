// The flags that shape the envelope and the built-in message: DSN, pipelining and chunking, header fields, subject,
// body and attachments. Kept apart from the rest of the option table only for its size.
#include "commandlineoptions.h"

#include "core/message/messagebuilder.h"
#include "core/message/messagecomposition.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Smtp
{

namespace
{

/// The body of --body: the text itself, or with a leading '@' the UTF-8 text of that file.
QString readBody(const QString &value, QString &body)
{
    if (!value.startsWith(u'@')) {
        body = value;
        return body.isEmpty() ? CommandLineOptions::tr("--body needs a text, or @FILE.") : QString();
    }
    const QString path = value.mid(1);
    QFile file(path);
    if (path.isEmpty() || QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return CommandLineOptions::tr("--body: cannot read the file %1.").arg(path);
    if (file.size() > maxAttachmentSize)
        return CommandLineOptions::tr("--body: the file %1 is larger than %2 MiB.")
            .arg(path)
            .arg(maxAttachmentSize / (1024 * 1024));
    body = QString::fromUtf8(file.readAll());
    return body.isEmpty() ? CommandLineOptions::tr("--body: the file %1 is empty.").arg(path) : QString();
}

} // namespace

QList<CommandLineOptions::Option> CommandLineOptions::messageOptionTable()
{
    using Values = const QStringList &;
    // A switch that only changes the message settings.
    const auto messageFlag = [](const char *name, const QString &description, bool MessageSettings::*field) {
        return Option{QString::fromLatin1(name),
                      {},
                      description,
                      [name, field](CommandLineOptions &options, Values, QIODevice *) {
                          options.set(QString::fromLatin1(name),
                                      [field](ConnectionSettings &s) { s.message.*field = false; });
                          return QString();
                      }};
    };

    return {
        {QStringLiteral("dsn"), tr("notify"),
         tr("Ask for delivery status notifications (RFC 3461 NOTIFY on each RCPT TO): NEVER, or any of SUCCESS, "
            "FAILURE and DELAY separated by commas. The server must advertise DSN."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString notify = values.constLast().trimmed().toUpper();
             if (const QString reason = checkDsnNotify(notify); !reason.isEmpty())
                 return tr("--dsn: %1").arg(reason);
             options.set(QStringLiteral("dsn"), [notify](ConnectionSettings &s) { s.message.dsnNotify = notify; });
             return QString();
         }},
        {QStringLiteral("dsn-ret"), tr("full|hdrs"),
         tr("What a delivery status notification returns of the message (RFC 3461 RET on MAIL FROM)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString ret = values.constLast().trimmed().toUpper();
             if (ret != u"FULL" && ret != u"HDRS")
                 return tr("--dsn-ret must be full or hdrs, not \"%1\".").arg(values.constLast());
             options.set(QStringLiteral("dsn-ret"), [ret](ConnectionSettings &s) { s.message.dsnReturn = ret; });
             return QString();
         }},
        {QStringLiteral("envid"), tr("id"),
         tr("Envelope identifier returned in delivery status notifications (RFC 3461 ENVID on MAIL FROM, sent as "
            "xtext)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString envid = values.constLast();
             if (envid.isEmpty())
                 return tr("--envid needs an identifier.");
             if (const QString reason = checkDsnEnvelopeId(envid); !reason.isEmpty())
                 return tr("--envid: %1").arg(reason);
             options.set(QStringLiteral("envid"), [envid](ConnectionSettings &s) { s.message.dsnEnvelopeId = envid; });
             return QString();
         }},
        messageFlag("no-pipelining", tr("Send each command alone even when the server offers PIPELINING."),
                    &MessageSettings::allowPipelining),
        messageFlag("no-chunking", tr("Send the message with DATA even when the server offers CHUNKING (BDAT)."),
                    &MessageSettings::allowChunking),
        {QStringLiteral("header"), tr("\"Name: value\""),
         tr("Add a header field to the built-in message, or replace its Date, Message-ID, From, To, Subject or "
            "User-Agent; repeat for more."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             for (const QString &field : values) {
                 if (const QString reason = headerFieldProblem(field); !reason.isEmpty())
                     return tr("--header: %1").arg(reason);
             }
             options.set(QStringLiteral("header"),
                         [values](ConnectionSettings &s) { s.message.composition.headers = values; });
             return QString();
         }},
        {QStringLiteral("subject"), tr("text"), tr("Subject of the built-in message."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString subject = values.constLast();
             if (subject.isEmpty())
                 return tr("--subject needs a text.");
             if (const QString reason = headerFieldProblem(QStringLiteral("Subject: ") + subject); !reason.isEmpty())
                 return tr("--subject: %1").arg(reason);
             options.set(QStringLiteral("subject"),
                         [subject](ConnectionSettings &s) { s.message.composition.subject = subject; });
             return QString();
         }},
        {QStringLiteral("body"), tr("text|@file"), tr("Body of the built-in message: the text, or @FILE for a file's."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             QString body;
             if (const QString problem = readBody(values.constLast(), body); !problem.isEmpty())
                 return problem;
             options.set(QStringLiteral("body"), [body](ConnectionSettings &s) { s.message.composition.body = body; });
             return QString();
         }},
        {QStringLiteral("attach"), tr("file"),
         tr("Attach a file to the built-in message (MIME, base64, its type guessed); repeat for more."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             for (const QString &path : values) {
                 if (const QString reason = attachmentProblem(path); !reason.isEmpty())
                     return tr("--attach: %1").arg(reason);
             }
             options.set(QStringLiteral("attach"),
                         [values](ConnectionSettings &s) { s.message.composition.attachments = values; });
             return QString();
         }},
    };
}

QString CommandLineOptions::messageConflict(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("data")))
        return QString();
    for (const char *name : {"subject", "body", "header", "attach"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return tr("--%1 changes the built-in message; it does not go with --data, which gives the whole message.")
                .arg(QLatin1String(name));
    }
    return QString();
}

} // namespace Smtp
