#include "commandlineoptions.h"

#include "core/connection/localname.h"
#include "core/connection/proxyurl.h"
#include "core/connection/securitymode.h"
#include "core/connection/stage.h"
#include "core/dns/dnsresolver.h"
#include "core/protocol/smtpcommand.h"
#include "core/scenario/probe.h"
#include "core/sessionlog/sessionlogexporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Smtp
{

namespace
{

constexpr qint64 maxSecretLineBytes = 64 * 1024;

/// The stages --quit-after accepts: those after which a session can politely stop.
constexpr Stage quitAfterStages[] = {Stage::Connect, Stage::Banner, Stage::Ehlo, Stage::Tls,
                                     Stage::Auth,    Stage::Mail,   Stage::Rcpt, Stage::Data};

QString readDays(const QString &flag, const QString &value, int *days)
{
    bool ok = false;
    *days = value.toInt(&ok);
    return ok && *days >= 0 && *days <= 3650
               ? QString()
               : CommandLineOptions::tr("--%1 must be a number of days from 0 to 3650.").arg(flag);
}

QStringList probeNames()
{
    QStringList names;
    for (Probe probe : allProbes())
        names << probeName(probe);
    return names;
}

QString quitAfterNames()
{
    QStringList names;
    for (Stage stage : quitAfterStages)
        names << stageName(stage);
    return names.join(u'|');
}

/// The first line of a secret file, without its line end; secrets are never echoed in messages.
QString readFirstLine(const QString &flag, const QString &path, QByteArray &line)
{
    if (const QString problem = CommandLineOptions::checkReadable(flag, path); !problem.isEmpty())
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

/// Why a file this run writes (--export, --record, --keylog, --get-peer-chain) cannot be, found before anything is
/// sent: its directory does not exist. Empty when it does.
QString missingDirectory(const QString &flag, const QString &path)
{
    if (QFileInfo(path).absoluteDir().exists())
        return {};
    return CommandLineOptions::tr("--%1: the directory of %2 does not exist.").arg(flag, path);
}

/// A setting flag that names a file the session reads later: it must be readable now.
QString checkedPath(const QString &flag, const QStringList &values, QString &path)
{
    path = values.constLast();
    return CommandLineOptions::checkReadable(flag, path);
}

} // namespace

// Opens the file to prove it can be read: existence alone says nothing about permissions.
QString CommandLineOptions::checkReadable(const QString &flag, const QString &path)
{
    if (path.isEmpty())
        return tr("--%1 needs a file name.").arg(flag);
    const QFileInfo info(path);
    if (!info.exists())
        return tr("--%1: the file %2 does not exist.").arg(flag, path);
    if (info.isDir())
        return tr("--%1: %2 is a directory, not a file.").arg(flag, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("--%1: cannot read the file %2: %3").arg(flag, path, file.errorString());
    return {};
}

// More checks at once than this flood the servers checked more than they speed anything up.
constexpr int maxParallelChecks = 64;

QList<CommandLineOptions::Option> CommandLineOptions::optionTable()
{
    using Values = const QStringList &;
    // A switch: given or not, no value to check.
    const auto flag = [](const char *name, const QString &description,
                         std::function<void(CommandLineOptions &)> apply) {
        return Option{
            QString::fromLatin1(name), {}, description, [apply](CommandLineOptions &options, Values, QIODevice *) {
                apply(options);
                return QString();
            }};
    };
    // A switch that only changes the settings.
    const auto settingFlag = [](const char *name, const QString &description,
                                std::function<void(ConnectionSettings &)> setter) {
        return Option{QString::fromLatin1(name),
                      {},
                      description,
                      [name, setter](CommandLineOptions &options, Values, QIODevice *) {
                          options.set(QString::fromLatin1(name), setter);
                          return QString();
                      }};
    };
    // A setting that names a file read later: checked for being readable now.
    const auto fileSetting = [](const char *name, const QString &description, QString ConnectionSettings::*field) {
        return Option{
            QString::fromLatin1(name), tr("file"), description,
            [name, field](CommandLineOptions &options, Values values, QIODevice *) {
                QString path;
                if (QString problem = checkedPath(QString::fromLatin1(name), values, path); !problem.isEmpty())
                    return problem;
                options.set(QString::fromLatin1(name), [path, field](ConnectionSettings &s) { s.*field = path; });
                return QString();
            }};
    };
    // --timeout and --session-timeout.
    const auto seconds = [](const char *name, const QString &description, int ConnectionSettings::*field) {
        return Option{QString::fromLatin1(name), tr("seconds"), description,
                      [name, field](CommandLineOptions &options, Values values, QIODevice *) {
                          bool ok = false;
                          const int value = values.constLast().toInt(&ok);
                          if (!ok || value < 1 || value > maxTimeoutSeconds)
                              return tr("--%1 must be a whole number of seconds from 1 to %2, not \"%3\".")
                                  .arg(QLatin1String(name))
                                  .arg(maxTimeoutSeconds)
                                  .arg(values.constLast());
                          options.set(QString::fromLatin1(name),
                                      [value, field](ConnectionSettings &s) { s.*field = value; });
                          return QString();
                      }};
    };

    QList<Option> table{
        // Connection.
        {QStringLiteral("host"), tr("host"), tr("Server name, IPv4 or IPv6 address to connect to."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString host = values.constLast().trimmed();
             if (host.isEmpty())
                 return tr("--host needs a server name or address.");
             options.set(QStringLiteral("host"), [host](ConnectionSettings &s) { s.host = host; });
             return QString();
         }},
        {QStringLiteral("port"), tr("port"), tr("Port; 0 (default) means 25, or 465 with --security implicit."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             bool ok = false;
             const uint port = values.constLast().toUInt(&ok);
             if (!ok || port > 65535)
                 return tr("--port must be a number from 0 to 65535, not \"%1\".").arg(values.constLast());
             options.set(QStringLiteral("port"), [port](ConnectionSettings &s) { s.port = quint16(port); });
             return QString();
         }},
        {QStringLiteral("security"), tr("mode"),
         tr("none, starttls (default: STARTTLS required), implicit (TLS at once) or starttls-opportunistic "
            "(STARTTLS when offered, plaintext with a warning when not)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const std::optional<SecurityMode> mode = securityModeFromName(values.constLast());
             if (!mode)
                 return tr("--security must be none, starttls, implicit or starttls-opportunistic, not \"%1\".")
                     .arg(values.constLast());
             options.set(QStringLiteral("security"), [mode](ConnectionSettings &s) { s.security = *mode; });
             return QString();
         }},
        settingFlag("helo", tr("Use HELO and no ESMTP (needs --security none or implicit)."),
                    [](ConnectionSettings &s) { s.extended = false; }),
        seconds("timeout", tr("Seconds to wait for each step (connect, TLS, every reply); default 30."),
                &ConnectionSettings::timeoutSeconds),
        seconds("session-timeout", tr("Seconds the whole session may take; default 10 times --timeout, at most 3600."),
                &ConnectionSettings::sessionTimeoutSeconds),
        {QStringLiteral("local-name"), tr("name"), tr("EHLO/HELO name; default: this machine's name."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString name = values.constLast();
             if (const QString reason = LocalName::problem(name); !reason.isEmpty())
                 return tr("--local-name is not usable: %1").arg(reason);
             options.set(QStringLiteral("local-name"), [name](ConnectionSettings &s) { s.localName = name; });
             return QString();
         }},
        settingFlag("trusted-site", tr("Do not validate the server certificate (still report what would have failed)."),
                    [](ConnectionSettings &s) { s.trustedSite = true; }),
        fileSetting("ca-file", tr("Extra CA certificates (PEM) to trust."), &ConnectionSettings::caFile),
        {QStringLiteral("server-name"), tr("name"),
         tr("Tunnel: the name to verify in the certificate and send as SNI."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString name = values.constLast().trimmed();
             if (const QString reason = SmtpCommand::checkArgument(name); !reason.isEmpty())
                 return tr("--server-name is not usable: %1").arg(reason);
             options.set(QStringLiteral("server-name"), [name](ConnectionSettings &s) { s.serverName = name; });
             return QString();
         }},
        {QStringLiteral("sni"), tr("name"),
         tr("Send this name as SNI instead of the verified one (verification stays with the host or --server-name)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString name = values.constLast().trimmed();
             if (const QString reason = ConnectionSettings::sniNameProblem(name); !reason.isEmpty() || name.isEmpty())
                 return tr("--sni: %1").arg(name.isEmpty() ? tr("the name is empty.") : reason);
             options.set(QStringLiteral("sni"), [name](ConnectionSettings &s) { s.sniName = name; });
             return QString();
         }},
        settingFlag("no-sni", tr("Send no SNI (server name indication) in the TLS handshake."),
                    [](ConnectionSettings &s) { s.noSni = true; }),
        {QStringLiteral("keylog"), tr("file"),
         tr("Append the TLS secrets to a file for Wireshark (NSS key log, mode 0600). Anyone who can read it can "
            "decrypt the session."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString path = values.constLast();
             if (const QString problem = missingDirectory(QStringLiteral("keylog"), path); !problem.isEmpty())
                 return problem;
             options.set(QStringLiteral("keylog"), [path](ConnectionSettings &s) { s.keyLogFile = path; });
             return QString();
         }},
        settingFlag("ocsp",
                    tr("Ask for a stapled OCSP response and report it; a trusted response saying revoked "
                       "refuses the certificate."),
                    [](ConnectionSettings &s) { s.requestOcsp = true; }),
        {QStringLiteral("proxy"), tr("url"), tr("Connect through a proxy: socks5://host:port or http://host:port."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString proxy = values.constLast();
             if (const QString problem = ProxyUrl::problem(proxy); !problem.isEmpty())
                 return tr("--proxy: %1").arg(problem);
             // The password is split off at once, so that no copy of the settings (profile, export, command line,
             // --verbose) can carry it inside the address; it lives beside the address like the AUTH password.
             options.set(QStringLiteral("proxy"), [proxy](ConnectionSettings &s) {
                 s.proxy = ProxyUrl::withoutPassword(proxy);
                 s.proxyPassword = ProxyUrl::password(proxy);
             });
             return QString();
         }},
        fileSetting("client-cert", tr("Client certificate, PEM or PKCS#12 (.p12)."),
                    &ConnectionSettings::clientCertificateFile),
        fileSetting("client-key", tr("Client key (PEM) when the certificate file does not hold it."),
                    &ConnectionSettings::clientKeyFile),
        {QStringLiteral("client-key-password-file"), tr("file"),
         tr("File whose first line is the client key passphrase."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             QByteArray passphrase;
             if (const QString problem =
                     readFirstLine(QStringLiteral("client-key-password-file"), values.constLast(), passphrase);
                 !problem.isEmpty())
                 return problem;
             options.set(QStringLiteral("client-key-password-file"),
                         [passphrase](ConnectionSettings &s) { s.clientKeyPassphrase = passphrase; });
             return QString();
         }},
        // Authentication.
        {QStringLiteral("auth"), tr("mechanism"), tr("AUTH mechanism (PLAIN, LOGIN, CRAM-MD5, XOAUTH2, …) or auto."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             QString mechanism = values.constLast().trimmed();
             if (mechanism.compare(u"auto", Qt::CaseInsensitive) == 0)
                 mechanism = QStringLiteral("auto");
             else if (mechanism = mechanism.toUpper(); !SmtpCommand::mechanismProblem(mechanism).isEmpty())
                 return tr("--auth must be a SASL mechanism name such as PLAIN or SCRAM-SHA-256, or auto; not \"%1\".")
                     .arg(values.constLast());
             options.set(QStringLiteral("auth"), [mechanism](ConnectionSettings &s) { s.auth.mechanism = mechanism; });
             return QString();
         }},
        {QStringLiteral("user"), tr("user"), tr("User name for AUTH (implies --auth auto)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString user = values.constLast();
             if (user.isEmpty())
                 return tr("--user needs a user name.");
             options.set(QStringLiteral("user"), [user](ConnectionSettings &s) {
                 s.auth.user = user;
                 if (s.auth.mechanism.isEmpty())
                     s.auth.mechanism = QStringLiteral("auto");
             });
             return QString();
         }},
        {QStringLiteral("password-file"), tr("file"), tr("File whose first line is the password (or token)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             QByteArray password;
             if (const QString problem = readFirstLine(QStringLiteral("password-file"), values.constLast(), password);
                 !problem.isEmpty())
                 return problem;
             const QString text = QString::fromUtf8(password);
             options.set(QStringLiteral("password-file"), [text](ConnectionSettings &s) { s.auth.password = text; });
             return QString();
         }},
        settingFlag("allow-plaintext-auth", tr("Allow AUTH over a connection without validated TLS."),
                    [](ConnectionSettings &s) { s.auth.allowPlaintext = true; }),
        // Message.
        {QStringLiteral("from"), tr("address"), tr("Envelope sender (MAIL FROM)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString from = values.constLast();
             options.set(QStringLiteral("from"), [from](ConnectionSettings &s) { s.message.from = from; });
             return QString();
         }},
        {QStringLiteral("to"), tr("address"), tr("Envelope recipient (RCPT TO); repeat for more."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             QStringList recipients;
             for (const QString &recipient : values) {
                 if (recipient.trimmed().isEmpty())
                     return tr("--to needs an address.");
                 recipients << recipient.trimmed();
             }
             options.set(QStringLiteral("to"), [recipients](ConnectionSettings &s) { s.message.to = recipients; });
             return QString();
         }},
        {QStringLiteral("data"), tr("file"),
         tr("The message to send, from a file or - for standard input; default: a built-in test message."),
         [](CommandLineOptions &options, Values values, QIODevice *standardInput) {
             const QString path = values.constLast();
             if (path == u"-") {
                 // Standard input is read into memory: spooling it to a temporary file would leave a copy of the
                 // message on disk if the run were killed, and a pipe is mostly fed small generated messages.
                 if (!standardInput || !standardInput->isReadable())
                     return tr("--data -: standard input cannot be read.");
                 const QByteArray data = standardInput->readAll();
                 if (data.isEmpty())
                     return tr("--data -: standard input was empty.");
                 options.set(QStringLiteral("data"), [data](ConnectionSettings &s) {
                     s.message.data = data;
                     s.message.file.reset();
                     s.message.composition = {};
                 });
                 return QString();
             }
             if (const QString problem = checkReadable(QStringLiteral("data"), path); !problem.isEmpty())
                 return problem;
             // A file is described now (size, lines, 8-bit) and read piece by piece only while it is sent, so a
             // large message is never held in memory.
             QString error;
             const std::optional<MessageFile> file = describeMessageFile(path, &error);
             if (!file)
                 return tr("--data: %1").arg(error);
             if (file->facts.size == 0)
                 return tr("--data: the file %1 is empty.").arg(path);
             // The whole message is given: a profile's subject, body, fields or attachments do not apply.
             options.set(QStringLiteral("data"), [file](ConnectionSettings &s) {
                 s.message.file = file;
                 s.message.data.clear();
                 s.message.composition = {};
             });
             return QString();
         }},
        {QStringLiteral("quit-after"), tr("step"), tr("Send QUIT after this step: %1.").arg(quitAfterNames()),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const QString name = values.constLast();
             const std::optional<Stage> stage = stageFromName(name);
             const bool allowed = stage && std::find(std::begin(quitAfterStages), std::end(quitAfterStages), *stage) !=
                                               std::end(quitAfterStages);
             if (!allowed)
                 return tr("--quit-after must be one of %1, not \"%2\".").arg(quitAfterNames(), name);
             options.set(QStringLiteral("quit-after"), [stage](ConnectionSettings &s) { s.quitAfter = stage; });
             return QString();
         }},
        // Domains and fleets.
        {QStringLiteral("mx"), tr("domain"),
         tr("Check every address of the domain's mail exchangers (MX records, in preference order), each certificate "
            "verified for its exchanger's name."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_action = Action::CheckDomain;
             options.m_mxDomain = values.constLast().trimmed();
             return options.m_mxDomain.isEmpty() ? tr("--mx needs a domain.") : QString();
         }},
        flag("matrix",
             tr("With --mx or --host: check every address on 25 plain, 25 STARTTLS, 587 STARTTLS and 465 implicit "
                "TLS."),
             [](CommandLineOptions &options) { options.m_matrix = true; }),
        {QStringLiteral("dns-server"), tr("address[@port]"),
         tr("With --mx: ask this DNS resolver instead of the system's."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_dnsServer = values.constLast().trimmed();
             if (options.m_dnsServer.isEmpty())
                 return tr("--dns-server needs an address.");
             return DnsResolver::serverProblem(options.m_dnsServer);
         }},
        flag("check-all", tr("Check every saved profile, or those of the folder given after it (and its subfolders)."),
             [](CommandLineOptions &options) { options.m_action = Action::CheckAll; }),
        {QStringLiteral("parallel"), tr("n"), tr("Checks of --mx, --matrix or --check-all run at once (default 8)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             bool ok = false;
             options.m_parallel = values.constLast().toInt(&ok);
             return ok && options.m_parallel >= 1 && options.m_parallel <= maxParallelChecks
                        ? QString()
                        : tr("--parallel must be a number from 1 to %1.").arg(maxParallelChecks);
         }},
        // Scenarios and probes.
        {QStringLiteral("scenario"), tr("file"),
         tr("Run a scripted dialogue: one step per line (ehlo, starttls, auth, send LINE, message, quit, expect CODES "
            "[~ REGEX]); exit 10 when an expectation does not hold."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             return options.readScenario(values.constLast());
         }},
        {QStringLiteral("record"), tr("file"),
         tr("Write the session as a scenario that --scenario replays, each reply's code as an expectation."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_recordPath = values.constLast();
             if (options.m_recordPath.isEmpty())
                 return tr("--record needs a file name.");
             return missingDirectory(QStringLiteral("record"), options.m_recordPath);
         }},
        {QStringLiteral("probe"), tr("names"),
         tr("Check the server's policy: %1 or all, separated by commas; exit 12 when a check fails.")
             .arg(probeNames().join(QStringLiteral(", "))),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             const ProbeSelection selection = ProbeSelection::parse(values.constLast());
             options.m_probes = selection.probes;
             return selection.error;
         }},
        // Monitoring.
        flag("nagios",
             tr("Print one Monitoring Plugins status line (SMTP OK/WARNING/CRITICAL/UNKNOWN with performance data) "
                "and exit 0, 1, 2 or 3."),
             [](CommandLineOptions &options) { options.m_nagios = true; }),
        {QStringLiteral("warn-days"), tr("n"),
         tr("With --nagios: WARNING when the certificate has this many days left or fewer (default 21)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             return readDays(QStringLiteral("warn-days"), values.constLast(), &options.m_thresholds.warnDays);
         }},
        {QStringLiteral("crit-days"), tr("n"),
         tr("With --nagios: CRITICAL when the certificate has this many days left or fewer (default 7)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             return readDays(QStringLiteral("crit-days"), values.constLast(), &options.m_thresholds.critDays);
         }},
        flag("remember",
             tr("With --profile: remember the server's verified certificate in the profile; later runs say whether "
                "it changed."),
             [](CommandLineOptions &options) { options.m_remember = true; }),
        // Output.
        flag("json", tr("Print JSON lines: one per event, then a final result object."),
             [](CommandLineOptions &options) { options.m_json = true; }),
        {QStringLiteral("export"), tr("file"), tr("Also write the session log to a file: .txt, .log, .html or .json."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_exportPath = values.constLast();
             if (!SessionLogExporter::formatForPath(options.m_exportPath))
                 return tr("--export: cannot tell the format of %1; use a name ending in .txt, .log, .html, .htm or "
                           ".json.")
                     .arg(options.m_exportPath);
             return missingDirectory(QStringLiteral("export"), options.m_exportPath);
         }},
        {QStringLiteral("get-peer-chain"), tr("file"),
         tr("Also write the certificate chain the server sent to a file (PEM, the server's certificate first)."),
         [](CommandLineOptions &options, Values values, QIODevice *) {
             options.m_peerChainPath = values.constLast();
             return missingDirectory(QStringLiteral("get-peer-chain"), options.m_peerChainPath);
         }},
        flag("verbose", tr("Also print the settings used and the server capabilities."),
             [](CommandLineOptions &options) { options.m_verbose = true; }),
        flag("hex", tr("Also show every line's bytes in hex."),
             [](CommandLineOptions &options) { options.m_hex = true; }),
    };
    // The flags kept in files of their own take their place in --help after a flag of this table.
    const auto insertAfter = [&table](const QString &name, const QList<Option> &options) {
        const auto at = std::find_if(table.cbegin(), table.cend(), [&name](const Option &o) { return o.name == name; });
        const qsizetype after = at == table.cend() ? table.size() : (at - table.cbegin()) + 1;
        for (qsizetype i = 0; i < options.size(); ++i)
            table.insert(after + i, options.at(i));
    };
    insertAfter(QStringLiteral("data"), messageOptionTable());
    insertAfter(QStringLiteral("proxy"), transportOptionTable());
    insertAfter(QStringLiteral("quit-after"), profileOptionTable());
    return table;
}

void CommandLineOptions::setUp(QCommandLineParser &parser, const QList<Option> &table)
{
    parser.setApplicationDescription(
        tr("Tests an SMTP server: connects, greets, upgrades to TLS, authenticates and optionally sends a message, "
           "printing the transcript, the TLS and certificate report and the phase timings.\n\n"
           "Exit status: 0 success, 1 bad arguments or local input, 2 name resolution or connection failed, "
           "3 timed out, 4 TLS could not be established, 5 certificate rejected, 6 authentication failed or "
           "refused, 7 the server rejected a command, 8 protocol violation, 9 the connection was lost after the "
           "message's end of data (it may have been delivered), 10 a scenario expectation did not hold, 11 some "
           "checks of a batch failed, 12 a probe found a policy failure, 130 cancelled. With --nagios: 0 OK, "
           "1 WARNING, 2 CRITICAL, 3 UNKNOWN."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Option &option : table)
        parser.addOption(QCommandLineOption(option.name, option.description, option.valueName));
}

QString CommandLineOptions::helpText()
{
    QCommandLineParser parser;
    setUp(parser, optionTable());
    return parser.helpText();
}

bool CommandLineOptions::wantsJson(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--json")) || arguments.contains(QStringLiteral("-json"));
}

bool CommandLineOptions::wantsNagios(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--nagios")) || arguments.contains(QStringLiteral("-nagios"));
}

void CommandLineOptions::set(const QString &flag, std::function<void(ConnectionSettings &)> setter)
{
    m_givenSettingFlags << flag;
    m_setters << std::move(setter);
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments, QIODevice *standardInput)
{
    CommandLineOptions options;
    options.m_json = wantsJson(arguments);
    const QList<Option> table = optionTable();
    QCommandLineParser parser;
    setUp(parser, table);
    if (!parser.parse(arguments)) {
        options.m_error = parser.errorText();
        return options;
    }
    options.m_json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("help"))) {
        options.m_action = Action::Help;
        return options;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        options.m_action = Action::Version;
        return options;
    }
    // The one positional argument: the folder of --check-all.
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("check-all")) && positional.size() == 1)
        options.m_checkAllFolder = positional.takeFirst().trimmed();
    if (!positional.isEmpty()) {
        options.m_error =
            tr("Unexpected argument: %1 (every setting is a flag; see --help).").arg(positional.constFirst());
        return options;
    }

    const auto fail = [&options](const QString &message) {
        options.m_error = message;
        options.m_setters.clear();
        return options;
    };
    // Flags that repeat where only one makes sense are a mistake the user should hear about, not a silent "last one
    // wins".
    const QStringList repeatable{QStringLiteral("to"), QStringLiteral("header"), QStringLiteral("attach"),
                                 QStringLiteral("xclient")};
    for (const QString &name : parser.optionNames()) {
        if (!repeatable.contains(name) && parser.optionNames().count(name) > 1)
            return fail(tr("--%1 was given more than once.").arg(name));
    }
    const QStringList actions = profileActionFlags() + QStringList{QStringLiteral("mx"), QStringLiteral("check-all")};
    if (std::count_if(actions.cbegin(), actions.cend(), [&parser](const QString &name) { return parser.isSet(name); }) >
        1)
        return fail(tr("Give only one of %1.").arg(u"--" + actions.join(QStringLiteral(", --"))));
    if (const QString problem = scriptConflict(parser); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = monitoringConflict(parser); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = messageConflict(parser); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = transportConflict(parser); !problem.isEmpty())
        return fail(problem);
    if (parser.isSet(QStringLiteral("mx")) && parser.isSet(QStringLiteral("host")))
        return fail(tr("Give --mx or --host, not both: --mx checks the addresses its MX records name."));
    if (parser.isSet(QStringLiteral("matrix")) && !parser.isSet(QStringLiteral("mx")) &&
        !parser.isSet(QStringLiteral("host")))
        return fail(tr("--matrix needs --mx or --host."));
    if (parser.isSet(QStringLiteral("dns-server")) && !parser.isSet(QStringLiteral("mx")))
        return fail(tr("--dns-server is used only with --mx."));
    if (parser.isSet(QStringLiteral("parallel")) && !parser.isSet(QStringLiteral("mx")) &&
        !parser.isSet(QStringLiteral("matrix")) && !parser.isSet(QStringLiteral("check-all")))
        return fail(tr("--parallel is used only with --mx, --matrix or --check-all."));

    for (const Option &option : table) {
        if (!parser.isSet(option.name))
            continue;
        if (const QString problem = option.apply(options, parser.values(option.name), standardInput);
            !problem.isEmpty())
            return fail(problem);
    }
    if (options.m_thresholds.critDays > options.m_thresholds.warnDays)
        return fail(tr("--crit-days (%1) must not be more than --warn-days (%2).")
                        .arg(options.m_thresholds.critDays)
                        .arg(options.m_thresholds.warnDays));
    options.applyTo(options.m_settings);
    return options;
}

QString CommandLineOptions::scriptConflict(const QCommandLineParser &parser)
{
    const QStringList scripted{QStringLiteral("scenario"), QStringLiteral("probe"), QStringLiteral("record")};
    const auto given = [&parser](const QStringList &names) {
        return std::count_if(names.cbegin(), names.cend(),
                             [&parser](const QString &name) { return parser.isSet(name); });
    };
    if (given(scripted) > 1)
        return tr("Give only one of --scenario, --probe and --record.");
    const QStringList others =
        profileActionFlags() + QStringList{QStringLiteral("mx"), QStringLiteral("matrix"), QStringLiteral("check-all")};
    if (given(scripted) == 1 && given(others) > 0)
        return tr("--scenario, --probe and --record run one session (of --host or --profile); they do not go with "
                  "--mx, --matrix, --check-all or the profile actions.");
    if (parser.isSet(QStringLiteral("probe")) && parser.isSet(QStringLiteral("export")))
        return tr("--export writes one session's log; --probe makes several connections: leave out --export.");
    if (parser.isSet(QStringLiteral("get-peer-chain")) &&
        given(QStringList{QStringLiteral("probe"), QStringLiteral("mx"), QStringLiteral("matrix"),
                          QStringLiteral("check-all")}) > 0)
        return tr("--get-peer-chain writes the chain of one session; --probe, --mx, --matrix and --check-all make "
                  "several: leave out --get-peer-chain.");
    if (parser.isSet(QStringLiteral("probe")) &&
        (parser.isSet(QStringLiteral("data")) || parser.isSet(QStringLiteral("user")) ||
         parser.isSet(QStringLiteral("auth"))))
        return tr("--probe never authenticates or sends a message: leave out --data, --user and --auth.");
    return QString();
}

QString CommandLineOptions::monitoringConflict(const QCommandLineParser &parser)
{
    const bool nagios = parser.isSet(QStringLiteral("nagios"));
    if (!nagios && (parser.isSet(QStringLiteral("warn-days")) || parser.isSet(QStringLiteral("crit-days"))))
        return tr("--warn-days and --crit-days are used only with --nagios.");
    if (parser.isSet(QStringLiteral("remember")) && !parser.isSet(QStringLiteral("profile")))
        return tr("--remember needs --profile: the certificate is remembered in that profile.");
    if (!nagios)
        return QString();
    const QStringList others =
        QStringList{QStringLiteral("json"), QStringLiteral("scenario"), QStringLiteral("probe")} +
        profileActionFlags() + QStringList{QStringLiteral("mx"), QStringLiteral("matrix"), QStringLiteral("check-all")};
    for (const QString &name : others) {
        if (parser.isSet(name))
            return tr("--nagios checks one session (of --host or --profile) and prints one line; it does not go with "
                      "--%1.")
                .arg(name);
    }
    return QString();
}

QString CommandLineOptions::readScenario(const QString &path)
{
    if (const QString problem = checkReadable(QStringLiteral("scenario"), path); !problem.isEmpty())
        return problem;
    const Scenario::ParseResult parsed = Scenario::readFile(path, path);
    if (!parsed.ok())
        return parsed.errorText();
    m_scenario = parsed.scenario;
    return QString();
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
    if (settings.message.hasOwnText() && !settings.message.isRequested())
        problems << tr("--data needs at least one --to.");
    if (!settings.message.from.isEmpty() && !settings.message.isRequested())
        problems << tr("--from needs at least one --to.");
    if (const QString reason = SmtpCommand::checkArgument(settings.message.from); !reason.isEmpty())
        problems << tr("The sender address is not usable: %1").arg(reason);
    for (const QString &recipient : settings.message.to) {
        if (const QString reason = SmtpCommand::checkArgument(recipient); !reason.isEmpty())
            problems << tr("The recipient address %1 is not usable: %2").arg(recipient, reason);
    }
    return problems;
}

} // namespace Smtp
