#include "commandlineoptions.h"

#include "protocol/commandline.h"
#include "session/proxyurl.h"
#include "session/securitymode.h"
#include "session/stage.h"
#include "transcript/sessionlogexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Smtp
{

namespace
{

constexpr qint64 maxSecretLineBytes = 64 * 1024;

/// The stages --quit-after accepts: those after which a session can politely stop.
constexpr Stage quitAfterStages[] = {Stage::Connect, Stage::Banner, Stage::Ehlo, Stage::Tls,
                                     Stage::Auth,    Stage::Mail,   Stage::Rcpt, Stage::Data};

QString quitAfterNames()
{
    QStringList names;
    for (Stage stage : quitAfterStages)
        names << stageName(stage);
    return names.join(u'|');
}

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLineOptions::tr(
        "Tests an SMTP server: connects, greets, upgrades to TLS, authenticates and optionally sends a message, "
        "printing the transcript, the TLS and certificate report and the phase timings.\n\n"
        "Exit status: 0 success, 1 bad arguments or local input, 2 name resolution or connection failed, "
        "3 timed out, 4 TLS could not be established, 5 certificate rejected, 6 authentication failed or "
        "refused, 7 the server rejected a command, 8 protocol violation, 130 cancelled."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    const auto add = [&parser](const QString &name, const QString &description, const QString &valueName = {}) {
        parser.addOption(QCommandLineOption(name, description, valueName));
    };
    // Connection.
    add(QStringLiteral("host"), CommandLineOptions::tr("Server name, IPv4 or IPv6 address to connect to."),
        CommandLineOptions::tr("host"));
    add(QStringLiteral("port"), CommandLineOptions::tr("Port; 0 (default) means 25, or 465 with --security implicit."),
        CommandLineOptions::tr("port"));
    add(QStringLiteral("security"),
        CommandLineOptions::tr("none, starttls (default: STARTTLS required) or implicit (TLS at once)."),
        CommandLineOptions::tr("mode"));
    add(QStringLiteral("helo"), CommandLineOptions::tr("Use HELO and no ESMTP (needs --security none or implicit)."));
    add(QStringLiteral("timeout"),
        CommandLineOptions::tr("Seconds to wait for each step (connect, TLS, every reply); default 30."),
        CommandLineOptions::tr("seconds"));
    add(QStringLiteral("session-timeout"),
        CommandLineOptions::tr("Seconds the whole session may take; default 10 times --timeout, at most 3600."),
        CommandLineOptions::tr("seconds"));
    add(QStringLiteral("local-name"), CommandLineOptions::tr("EHLO/HELO name; default: this machine's name."),
        CommandLineOptions::tr("name"));
    add(QStringLiteral("trusted-site"),
        CommandLineOptions::tr("Do not validate the server certificate (still report what would have failed)."));
    add(QStringLiteral("ca-file"), CommandLineOptions::tr("Extra CA certificates (PEM) to trust."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("server-name"),
        CommandLineOptions::tr("Tunnel: the name to verify in the certificate and send as SNI."),
        CommandLineOptions::tr("name"));
    add(QStringLiteral("proxy"),
        CommandLineOptions::tr("Connect through a proxy: socks5://host:port or http://host:port."),
        CommandLineOptions::tr("url"));
    add(QStringLiteral("client-cert"), CommandLineOptions::tr("Client certificate, PEM or PKCS#12 (.p12)."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("client-key"),
        CommandLineOptions::tr("Client key (PEM) when the certificate file does not hold it."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("client-key-password-file"),
        CommandLineOptions::tr("File whose first line is the client key passphrase."), CommandLineOptions::tr("file"));
    // Authentication.
    add(QStringLiteral("auth"), CommandLineOptions::tr("AUTH mechanism (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, …) or auto."),
        CommandLineOptions::tr("mechanism"));
    add(QStringLiteral("user"), CommandLineOptions::tr("User name for AUTH (implies --auth auto)."),
        CommandLineOptions::tr("user"));
    add(QStringLiteral("password-file"), CommandLineOptions::tr("File whose first line is the password (or token)."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("allow-plaintext-auth"),
        CommandLineOptions::tr("Allow AUTH over a connection without validated TLS."));
    // Message.
    add(QStringLiteral("from"), CommandLineOptions::tr("Envelope sender (MAIL FROM)."),
        CommandLineOptions::tr("address"));
    add(QStringLiteral("to"), CommandLineOptions::tr("Envelope recipient (RCPT TO); repeat for more."),
        CommandLineOptions::tr("address"));
    add(QStringLiteral("data"),
        CommandLineOptions::tr("The message to send, from a file or - for standard input; default: a built-in "
                               "test message."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("quit-after"), CommandLineOptions::tr("Send QUIT after this step: %1.").arg(quitAfterNames()),
        CommandLineOptions::tr("step"));
    // Profiles.
    add(QStringLiteral("profile"),
        CommandLineOptions::tr("Use a saved profile; flags given beside it override its fields."),
        CommandLineOptions::tr("name"));
    add(QStringLiteral("save-profile"),
        CommandLineOptions::tr("Save the settings given as a profile (secrets never go to the file)."),
        CommandLineOptions::tr("name"));
    add(QStringLiteral("list-profiles"), CommandLineOptions::tr("List the saved profiles."));
    add(QStringLiteral("import"), CommandLineOptions::tr("Import profiles from a JSON file."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("export-profiles"),
        CommandLineOptions::tr("Export the profiles to a JSON file (without secrets)."),
        CommandLineOptions::tr("file"));
    // Output.
    add(QStringLiteral("json"), CommandLineOptions::tr("Print JSON lines: one per event, then a final result object."));
    add(QStringLiteral("export"),
        CommandLineOptions::tr("Also write the session log to a file: .txt, .log, .html or .json."),
        CommandLineOptions::tr("file"));
    add(QStringLiteral("verbose"), CommandLineOptions::tr("Also print the settings used and the server capabilities."));
}

/// Opens the file to prove it can be read: existence alone says nothing about permissions.
QString checkReadable(const QString &flag, const QString &path)
{
    if (path.isEmpty())
        return CommandLineOptions::tr("--%1 needs a file name.").arg(flag);
    const QFileInfo info(path);
    if (!info.exists())
        return CommandLineOptions::tr("--%1: the file %2 does not exist.").arg(flag, path);
    if (info.isDir())
        return CommandLineOptions::tr("--%1: %2 is a directory, not a file.").arg(flag, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandLineOptions::tr("--%1: cannot read the file %2: %3").arg(flag, path, file.errorString());
    return {};
}

/// The first line of a secret file, without its line end; secrets are never echoed in messages.
QString readFirstLine(const QString &flag, const QString &path, QByteArray &line)
{
    if (const QString problem = checkReadable(flag, path); !problem.isEmpty())
        return problem;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandLineOptions::tr("--%1: cannot read the file %2: %3").arg(flag, path, file.errorString());
    line = file.readLine(maxSecretLineBytes);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return CommandLineOptions::tr("--%1: the first line of %2 is empty.").arg(flag, path);
    return {};
}

} // namespace

QString CommandLineOptions::helpText()
{
    QCommandLineParser parser;
    setUp(parser);
    return parser.helpText();
}

bool CommandLineOptions::wantsJson(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--json")) || arguments.contains(QStringLiteral("-json"));
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments, QIODevice *standardInput)
{
    CommandLineOptions options;
    options.m_json = wantsJson(arguments);
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(arguments)) {
        options.m_error = parser.errorText();
        return options;
    }
    options.m_json = parser.isSet(QStringLiteral("json"));
    options.m_verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("help"))) {
        options.m_action = Action::Help;
        return options;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        options.m_action = Action::Version;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.m_error = tr("Unexpected argument: %1 (every setting is a flag; see --help).")
                              .arg(parser.positionalArguments().constFirst());
        return options;
    }

    const auto fail = [&options](const QString &message) {
        options.m_error = message;
        options.m_setters.clear();
        return options;
    };
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const auto set = [&options](const char *flag, std::function<void(ConnectionSettings &)> setter) {
        options.m_givenSettingFlags << QString::fromLatin1(flag);
        options.m_setters << std::move(setter);
    };

    // Flags that repeat where only one makes sense are a mistake the user should hear about, not a silent "last one
    // wins".
    for (const QString &name : parser.optionNames()) {
        if (name != u"to" && parser.optionNames().count(name) > 1)
            return fail(tr("--%1 was given more than once.").arg(name));
    }

    // Profile actions: at most one.
    int actions = 0;
    if (isSet("list-profiles")) {
        options.m_action = Action::ListProfiles;
        ++actions;
    }
    if (isSet("import")) {
        options.m_action = Action::ImportProfiles;
        options.m_profilesFile = value("import");
        if (const QString problem = checkReadable(QStringLiteral("import"), options.m_profilesFile); !problem.isEmpty())
            return fail(problem);
        ++actions;
    }
    if (isSet("export-profiles")) {
        options.m_action = Action::ExportProfiles;
        options.m_profilesFile = value("export-profiles");
        if (options.m_profilesFile.isEmpty())
            return fail(tr("--export-profiles needs a file name."));
        ++actions;
    }
    if (isSet("save-profile")) {
        options.m_action = Action::SaveProfile;
        options.m_saveProfileName = value("save-profile").trimmed();
        if (options.m_saveProfileName.isEmpty())
            return fail(tr("--save-profile needs a profile name."));
        ++actions;
    }
    if (actions > 1)
        return fail(tr("Give only one of --list-profiles, --import, --export-profiles and --save-profile."));
    if (isSet("profile")) {
        options.m_profileName = value("profile").trimmed();
        if (options.m_profileName.isEmpty())
            return fail(tr("--profile needs a profile name."));
    }

    if (isSet("export")) {
        options.m_exportPath = value("export");
        if (!SessionLogExporter::formatForPath(options.m_exportPath))
            return fail(tr("--export: cannot tell the format of %1; use a name ending in .txt, .log, .html, .htm or "
                           ".json.")
                            .arg(options.m_exportPath));
        const QFileInfo info(options.m_exportPath);
        if (!info.absoluteDir().exists())
            return fail(tr("--export: the directory of %1 does not exist.").arg(options.m_exportPath));
    }

    // Connection settings.
    if (isSet("host")) {
        const QString host = value("host").trimmed();
        if (host.isEmpty())
            return fail(tr("--host needs a server name or address."));
        set("host", [host](ConnectionSettings &s) { s.host = host; });
    }
    if (isSet("port")) {
        bool ok = false;
        const uint port = value("port").toUInt(&ok);
        if (!ok || port > 65535)
            return fail(tr("--port must be a number from 0 to 65535, not \"%1\".").arg(value("port")));
        set("port", [port](ConnectionSettings &s) { s.port = quint16(port); });
    }
    if (isSet("security")) {
        const std::optional<SecurityMode> mode = securityModeFromName(value("security"));
        if (!mode)
            return fail(tr("--security must be none, starttls or implicit, not \"%1\".").arg(value("security")));
        set("security", [mode](ConnectionSettings &s) { s.security = *mode; });
    }
    if (isSet("helo"))
        set("helo", [](ConnectionSettings &s) { s.extended = false; });
    for (const char *flag : {"timeout", "session-timeout"}) {
        if (!isSet(flag))
            continue;
        bool ok = false;
        const int seconds = value(flag).toInt(&ok);
        if (!ok || seconds < 1 || seconds > maxTimeoutSeconds)
            return fail(tr("--%1 must be a whole number of seconds from 1 to %2, not \"%3\".")
                            .arg(QLatin1String(flag))
                            .arg(maxTimeoutSeconds)
                            .arg(value(flag)));
        if (qstrcmp(flag, "timeout") == 0)
            set(flag, [seconds](ConnectionSettings &s) { s.timeoutSeconds = seconds; });
        else
            set(flag, [seconds](ConnectionSettings &s) { s.sessionTimeoutSeconds = seconds; });
    }
    if (isSet("local-name")) {
        const QString name = value("local-name");
        if (const QString reason = CommandLine::checkArgument(name); !reason.isEmpty())
            return fail(tr("--local-name is not usable: %1").arg(reason));
        set("local-name", [name](ConnectionSettings &s) { s.localName = name; });
    }
    if (isSet("trusted-site"))
        set("trusted-site", [](ConnectionSettings &s) { s.trustedSite = true; });
    if (isSet("ca-file")) {
        const QString path = value("ca-file");
        if (const QString problem = checkReadable(QStringLiteral("ca-file"), path); !problem.isEmpty())
            return fail(problem);
        set("ca-file", [path](ConnectionSettings &s) { s.caFile = path; });
    }
    if (isSet("server-name")) {
        const QString name = value("server-name").trimmed();
        if (const QString reason = CommandLine::checkArgument(name); !reason.isEmpty())
            return fail(tr("--server-name is not usable: %1").arg(reason));
        set("server-name", [name](ConnectionSettings &s) { s.serverName = name; });
    }
    if (isSet("proxy")) {
        const QString proxy = value("proxy");
        if (!ProxyUrl::problem(proxy).isEmpty())
            return fail(tr("--proxy must look like socks5://host:port or http://host:port, not \"%1\".")
                            .arg(ProxyUrl::withoutCredentials(proxy)));
        // The password is split off at once, so that no copy of the settings (profile, export, command line,
        // --verbose) can carry it inside the address; it lives beside the address like the AUTH password.
        set("proxy", [proxy](ConnectionSettings &s) {
            s.proxy = ProxyUrl::withoutPassword(proxy);
            s.proxyPassword = ProxyUrl::password(proxy);
        });
    }
    if (isSet("client-cert")) {
        const QString path = value("client-cert");
        if (const QString problem = checkReadable(QStringLiteral("client-cert"), path); !problem.isEmpty())
            return fail(problem);
        set("client-cert", [path](ConnectionSettings &s) { s.clientCertificateFile = path; });
    }
    if (isSet("client-key")) {
        const QString path = value("client-key");
        if (const QString problem = checkReadable(QStringLiteral("client-key"), path); !problem.isEmpty())
            return fail(problem);
        set("client-key", [path](ConnectionSettings &s) { s.clientKeyFile = path; });
    }
    if (isSet("client-key-password-file")) {
        QByteArray passphrase;
        if (const QString problem = readFirstLine(QStringLiteral("client-key-password-file"),
                                                  value("client-key-password-file"), passphrase);
            !problem.isEmpty())
            return fail(problem);
        set("client-key-password-file", [passphrase](ConnectionSettings &s) { s.clientKeyPassphrase = passphrase; });
    }

    // Authentication.
    if (isSet("auth")) {
        QString mechanism = value("auth").trimmed();
        // RFC 4422 §3.1: mechanism names are 1 to 20 characters of upper-case letters, digits, '-' and '_'.
        static const QRegularExpression saslName(QStringLiteral("^[A-Z0-9_-]{1,20}$"));
        if (mechanism.compare(u"auto", Qt::CaseInsensitive) == 0)
            mechanism = QStringLiteral("auto");
        else if (mechanism = mechanism.toUpper(); !saslName.match(mechanism).hasMatch())
            return fail(tr("--auth must be a SASL mechanism name such as PLAIN or SCRAM-SHA-256, or auto; not \"%1\".")
                            .arg(value("auth")));
        set("auth", [mechanism](ConnectionSettings &s) { s.auth.mechanism = mechanism; });
    }
    if (isSet("user")) {
        const QString user = value("user");
        if (user.isEmpty())
            return fail(tr("--user needs a user name."));
        set("user", [user](ConnectionSettings &s) {
            s.auth.user = user;
            if (s.auth.mechanism.isEmpty())
                s.auth.mechanism = QStringLiteral("auto");
        });
    }
    if (isSet("password-file")) {
        QByteArray password;
        if (const QString problem = readFirstLine(QStringLiteral("password-file"), value("password-file"), password);
            !problem.isEmpty())
            return fail(problem);
        const QString text = QString::fromUtf8(password);
        set("password-file", [text](ConnectionSettings &s) { s.auth.password = text; });
    }
    if (isSet("allow-plaintext-auth"))
        set("allow-plaintext-auth", [](ConnectionSettings &s) { s.auth.allowPlaintext = true; });

    // Message.
    if (isSet("from")) {
        const QString from = value("from");
        set("from", [from](ConnectionSettings &s) { s.message.from = from; });
    }
    if (isSet("to")) {
        QStringList recipients;
        for (const QString &recipient : parser.values(QStringLiteral("to"))) {
            if (recipient.trimmed().isEmpty())
                return fail(tr("--to needs an address."));
            recipients << recipient.trimmed();
        }
        set("to", [recipients](ConnectionSettings &s) { s.message.to = recipients; });
    }
    if (isSet("data")) {
        const QString path = value("data");
        QByteArray data;
        if (path == u"-") {
            if (!standardInput || !standardInput->isReadable())
                return fail(tr("--data -: standard input cannot be read."));
            data = standardInput->readAll();
            if (data.isEmpty())
                return fail(tr("--data -: standard input was empty."));
        } else {
            if (const QString problem = checkReadable(QStringLiteral("data"), path); !problem.isEmpty())
                return fail(problem);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("--data: cannot read the file %1: %2").arg(path, file.errorString()));
            data = file.readAll();
            if (data.isEmpty())
                return fail(tr("--data: the file %1 is empty.").arg(path));
        }
        set("data", [data](ConnectionSettings &s) { s.message.data = data; });
    }
    if (isSet("quit-after")) {
        const QString name = value("quit-after");
        const std::optional<Stage> stage = stageFromName(name);
        const bool allowed = stage && std::find(std::begin(quitAfterStages), std::end(quitAfterStages), *stage) !=
                                          std::end(quitAfterStages);
        if (!allowed)
            return fail(tr("--quit-after must be one of %1, not \"%2\".").arg(quitAfterNames(), name));
        set("quit-after", [stage](ConnectionSettings &s) { s.quitAfter = stage; });
    }

    options.applyTo(options.m_settings);
    return options;
}

void CommandLineOptions::applyTo(ConnectionSettings &settings) const
{
    for (const auto &setter : m_setters)
        setter(settings);
}

QStringList CommandLineOptions::problems(const ConnectionSettings &settings)
{
    QStringList problems = settings.validate();
    if (settings.auth.isRequested() && settings.auth.user.isEmpty() &&
        settings.auth.mechanism.compare(u"EXTERNAL", Qt::CaseInsensitive) != 0)
        problems << tr("AUTH needs a user name: give --user.");
    if (!settings.auth.password.isEmpty() && !settings.auth.isRequested())
        problems << tr("A password was given without --user or --auth.");
    if (!settings.message.data.isEmpty() && !settings.message.isRequested())
        problems << tr("--data needs at least one --to.");
    if (!settings.message.from.isEmpty() && !settings.message.isRequested())
        problems << tr("--from needs at least one --to.");
    if (const QString reason = CommandLine::checkArgument(settings.message.from); !reason.isEmpty())
        problems << tr("The sender address is not usable: %1").arg(reason);
    for (const QString &recipient : settings.message.to) {
        if (const QString reason = CommandLine::checkArgument(recipient); !reason.isEmpty())
            problems << tr("The recipient address %1 is not usable: %2").arg(recipient, reason);
    }
    return problems;
}

} // namespace Smtp
