#include "profilecommandline.h"

#include "core/connection/proxyurl.h"
#include "core/message/messagecomposition.h"
#include "core/protocol/xclient.h"
#include "core/tls/tlssetup.h"
#include "swakstransport.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>
#include <functional>

namespace Smtp
{

namespace
{

/// The file's strings, in the context lupdate files them under.
class ProfileCommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(Smtp::ProfileCommandLine)
};

bool isAddressLiteral(const QString &host)
{
    return !QHostAddress(host).isNull();
}

QString joined(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << ProfileCommandLine::shellQuote(word);
    return quoted.join(u' ');
}

// swaks's --tls-protocol: the versions it may use ("tlsv1_2,tlsv1_3"), or those it may not ("no_tlsv1"), which this
// program keeps as the lowest and highest of them. False when no TLS version is left.
bool importSwaksTlsProtocols(const QString &value, ProfileSettings &settings)
{
    const QList<TlsVersion> all{TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2, TlsVersion::Tls1_3};
    const auto versionOf = [&all](const QString &name) -> std::optional<TlsVersion> {
        for (TlsVersion version : all) {
            if (opensslTlsVersionName(version).toLower().replace(u'.', u'_') == name)
                return version;
        }
        return std::nullopt;
    };
    QList<TlsVersion> named;
    QList<TlsVersion> refused;
    bool namesAny = false; // sslv3 alone leaves nothing to use, not everything
    for (const QString &entry : value.toLower().split(u',', Qt::SkipEmptyParts)) {
        const QString name = entry.trimmed();
        const bool refusal = name.startsWith(QStringLiteral("no_"));
        namesAny = namesAny || !refusal;
        if (const auto version = versionOf(refusal ? name.mid(3) : name))
            (refusal ? refused : named).append(*version);
    }
    QList<TlsVersion> allowed = namesAny ? named : all;
    allowed.removeIf([&refused](TlsVersion version) { return refused.contains(version); });
    if (allowed.isEmpty())
        return false;
    settings.tlsMinimum = *std::min_element(allowed.cbegin(), allowed.cend());
    settings.tlsMaximum = *std::max_element(allowed.cbegin(), allowed.cend());
    return true;
}

std::optional<int> parseTimeout(QString text)
{
    int factor = 1;
    if (text.endsWith(u's', Qt::CaseInsensitive)) {
        text.chop(1);
    } else if (text.endsWith(u'm', Qt::CaseInsensitive)) {
        factor = 60;
        text.chop(1);
    } else if (text.endsWith(u'h', Qt::CaseInsensitive)) {
        factor = 3600;
        text.chop(1);
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0 || value > 3600 / factor)
        return std::nullopt;
    return value * factor;
}

} // namespace

QString ProfileCommandLine::shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    const bool safe = std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               QStringView(u"@%+=:,./_-").contains(c);
    });
    if (safe)
        return word;
    // Inside single quotes nothing is special except the quote itself, which is closed, escaped and reopened.
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QStringList ProfileCommandLine::splitShellWords(const QString &line, QString *error)
{
    QStringList words;
    QString current;
    bool inWord = false;
    enum class Quote
    {
        None,
        Single,
        Double,
    } quote = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                current += c;
            continue;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < line.size() && QStringView(u"\"\\$`\n").contains(line.at(i + 1))) {
                if (line.at(i + 1) != u'\n')
                    current += line.at(i + 1);
                ++i;
            } else {
                current += c;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c == u'\'') {
            quote = Quote::Single;
            inWord = true;
        } else if (c == u'"') {
            quote = Quote::Double;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            // A backslash-newline continues the line; any other escaped character is taken as it is.
            if (line.at(i + 1) != u'\n') {
                current += line.at(i + 1);
                inWord = true;
            }
            ++i;
        } else if (c.isSpace()) {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (quote != Quote::None) {
        if (error)
            *error = ProfileCommandLineText::tr("The command line has an unterminated quote.");
        return {};
    }
    if (inWord)
        words << current;
    if (error)
        error->clear();
    return words;
}

QString ProfileCommandLine::toSwaks(const ConnectionSettings &settings)
{
    QStringList words{QStringLiteral("swaks"), QStringLiteral("--server"), settings.host, QStringLiteral("--port"),
                      QString::number(settings.effectivePort())};
    if (settings.protocol == MailProtocol::Lmtp)
        words << QStringLiteral("--protocol") << QStringLiteral("LMTP");
    else if (!settings.extended)
        words << QStringLiteral("--protocol") << QStringLiteral("SMTP");
    words << SwaksTransport::words(settings);
    switch (settings.security) {
    case SecurityMode::None:
        break;
    case SecurityMode::StartTls:
        words << QStringLiteral("--tls");
        break;
    case SecurityMode::StartTlsOpportunistic:
        // swaks's strict variant: TLS when offered, an error when offered and failing.
        words << QStringLiteral("--tls-optional-strict");
        break;
    case SecurityMode::Implicit:
        words << QStringLiteral("--tls-on-connect");
        break;
    }
    if (settings.security != SecurityMode::None) {
        // swaks does not verify certificates unless asked to.
        if (!settings.trustedSite)
            words << QStringLiteral("--tls-verify");
        // swaks's --tls-sni names what is sent as SNI; it verifies for the target.
        if (const QString sni = settings.sniName.isEmpty() ? settings.serverName : settings.sniName;
            !sni.isEmpty() && !settings.noSni)
            words << QStringLiteral("--tls-sni") << sni;
        if (!settings.caFile.isEmpty())
            words << QStringLiteral("--tls-ca-path") << settings.caFile;
        if (!settings.clientCertificateFile.isEmpty())
            words << QStringLiteral("--tls-cert") << settings.clientCertificateFile;
        if (!settings.clientKeyFile.isEmpty())
            words << QStringLiteral("--tls-key") << settings.clientKeyFile;
        // swaks names each version it may use (tlsv1, tlsv1_1, ...) and takes OpenSSL's cipher string.
        if (settings.restrictsTlsVersions()) {
            QStringList versions;
            for (int v = int(settings.effectiveTlsMinimum()); v <= int(settings.effectiveTlsMaximum()); ++v)
                versions << opensslTlsVersionName(TlsVersion(v)).toLower().replace(u'.', u'_');
            words << QStringLiteral("--tls-protocol") << versions.join(u',');
        }
        if (!settings.ciphers.isEmpty())
            words << QStringLiteral("--tls-cipher") << settings.ciphers;
    }
    if (!settings.localName.isEmpty())
        words << QStringLiteral("--helo") << settings.localName;
    words << QStringLiteral("--timeout") << QString::number(settings.timeoutSeconds);
    if (settings.auth.isRequested()) {
        words << QStringLiteral("--auth");
        if (settings.auth.mechanism.compare(QStringLiteral("auto"), Qt::CaseInsensitive) != 0)
            words << settings.auth.mechanism.toUpper();
        if (!settings.auth.user.isEmpty())
            words << QStringLiteral("--auth-user") << settings.auth.user;
    }
    if (!settings.message.from.isEmpty())
        words << QStringLiteral("--from") << settings.message.from;
    // swaks replaces its own field of the same name with --header. It has no DSN, CHUNKING or "do not pipeline"
    // option (it pipelines only with --pipeline), and its --attach and --body read a file only with a leading '@' in
    // newer versions: attachments are left out, and a body that swaks could take for a file name too.
    const MessageComposition &composition = settings.message.composition;
    if (!composition.subject.isEmpty())
        words << QStringLiteral("--header") << QStringLiteral("Subject: ") + composition.subject;
    for (const QString &field : composition.headers)
        words << QStringLiteral("--header") << field;
    if (!composition.body.isEmpty() && !composition.body.startsWith(u'@') && composition.body != u"-")
        words << QStringLiteral("--body") << composition.body;
    if (settings.message.isRequested()) {
        words << QStringLiteral("--to") << settings.message.to.join(u',');
    } else {
        // Without recipients a session ends after the last step asked for, as this program's sessions do.
        const QString last = settings.auth.isRequested()       ? QStringLiteral("AUTH")
                             : usesStartTls(settings.security) ? QStringLiteral("TLS")
                                                               : QStringLiteral("HELO");
        words << QStringLiteral("--quit-after") << last;
    }
    return joined(words);
}

QString ProfileCommandLine::toOpenSslClient(const ConnectionSettings &settings)
{
    if (settings.security == SecurityMode::None)
        return {};
    QStringList words{QStringLiteral("openssl"), QStringLiteral("s_client"), QStringLiteral("-connect"),
                      settings.hostAndPort()};
    // s_client has no opportunistic STARTTLS: it fails where the server offers none, as this program then says why.
    if (usesStartTls(settings.security)) {
        words << QStringLiteral("-starttls")
              << (settings.protocol == MailProtocol::Lmtp ? QStringLiteral("lmtp") : QStringLiteral("smtp"));
        if (!settings.localName.isEmpty())
            words << QStringLiteral("-name") << settings.localName;
    }
    const QString verificationName = settings.verificationName();
    // RFC 6066 §3: SNI carries host names only, never address literals. s_client's -servername is the SNI alone;
    // what is verified follows in -verify_hostname.
    if (settings.noSni)
        words << QStringLiteral("-noservername");
    else if (const QString sni = settings.sentSniName(); !isAddressLiteral(sni))
        words << QStringLiteral("-servername") << sni;
    if (settings.requestOcsp)
        words << QStringLiteral("-status");
    if (!settings.keyLogFile.isEmpty())
        words << QStringLiteral("-keylogfile") << settings.keyLogFile;
    if (!settings.caFile.isEmpty())
        words << QStringLiteral("-CAfile") << settings.caFile;
    if (!settings.clientCertificateFile.isEmpty())
        words << QStringLiteral("-cert") << settings.clientCertificateFile;
    if (!settings.clientKeyFile.isEmpty())
        words << QStringLiteral("-key") << settings.clientKeyFile;
    if (!settings.trustedSite) {
        words << QStringLiteral("-verify_return_error");
        if (isAddressLiteral(verificationName))
            words << QStringLiteral("-verify_ip") << verificationName;
        else
            words << QStringLiteral("-verify_hostname") << verificationName;
    }
    if (!settings.proxy.isEmpty() && ProxyUrl::problem(settings.proxy).isEmpty() &&
        !ProxyUrl::isSocks5(settings.proxy)) {
        // Never the proxy password: a command line is visible in the process list and the shell history. openssl
        // reads it from the environment instead.
        words << QStringLiteral("-proxy") << ProxyUrl::hostAndPort(settings.proxy);
        if (const QString user = ProxyUrl::userName(settings.proxy); !user.isEmpty())
            words << QStringLiteral("-proxy_user") << user << QStringLiteral("-proxy_pass")
                  << QStringLiteral("env:SMTP_PROXY_PASSWORD");
    }
    if (settings.restrictsTlsVersions())
        words << QStringLiteral("-min_protocol") << opensslTlsVersionName(settings.effectiveTlsMinimum())
              << QStringLiteral("-max_protocol") << opensslTlsVersionName(settings.effectiveTlsMaximum());
    const TlsSetup::CipherChoice ciphers = TlsSetup::splitCiphers(settings.ciphers);
    if (!ciphers.olderCiphers.isEmpty())
        words << QStringLiteral("-cipher") << QString::fromLatin1(ciphers.olderCiphers);
    if (!ciphers.tls13Suites.isEmpty())
        words << QStringLiteral("-ciphersuites") << QString::fromLatin1(ciphers.tls13Suites);
    if (settings.addressFamily != AddressFamily::Any)
        words << (settings.addressFamily == AddressFamily::IPv4 ? QStringLiteral("-4") : QStringLiteral("-6"));
    if (!settings.bindAddress.isEmpty())
        words << QStringLiteral("-bind")
              << (settings.bindAddress.contains(u':') ? QStringLiteral("[%1]").arg(settings.bindAddress)
                                                      : settings.bindAddress);
    // SMTP lines end in CRLF (RFC 5321 §2.3.8).
    words << QStringLiteral("-crlf");
    return joined(words);
}

SwaksImport ProfileCommandLine::fromSwaks(const QString &commandLine)
{
    SwaksImport result;
    QString splitError;
    QStringList words = splitShellWords(commandLine, &splitError);
    if (!splitError.isEmpty()) {
        result.error = splitError;
        return result;
    }
    if (!words.isEmpty() &&
        (words.constFirst() == QStringLiteral("swaks") || words.constFirst().endsWith(QStringLiteral("/swaks"))))
        words.removeFirst();

    ProfileSettings &settings = result.profile.settings;
    bool verify = false;
    QString currentWord;                // the option being applied, for options that share one handler
    QHash<QString, QString> proxyWords; // swaks's --proxy-* options, read together at the end
    std::optional<QString> host;
    std::optional<quint16> portFromServer;

    auto setPort = [&result](const QString &text, std::optional<quint16> &target) {
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (!ok || port > 65535)
            result.warnings << ProfileCommandLineText::tr(
                                   "The port \"%1\" is not a number from 0 to 65535; it was ignored.")
                                   .arg(text);
        else
            target = quint16(port);
    };

    const auto addHeader = [&result, &settings](const QString &field) {
        if (const QString reason = headerFieldProblem(field); !reason.isEmpty())
            result.warnings << ProfileCommandLineText::tr("%1 It was ignored.").arg(reason);
        else
            settings.headers = settings.headers.value_or(QStringList()) << field;
    };

    enum class Argument
    {
        None,
        Required,
        Optional,
    };
    struct Option
    {
        QStringList names;
        Argument argument;
        std::function<void(const QString &)> apply;
    };
    const QList<Option> options{
        {{QStringLiteral("-s"), QStringLiteral("--server")},
         Argument::Required,
         [&](const QString &value) {
             // host, host:port, [v6]:port or a bare IPv6 literal.
             if (value.startsWith(u'[')) {
                 const qsizetype close = value.indexOf(u']');
                 host = value.mid(1, close - 1);
                 if (close > 0 && value.mid(close + 1).startsWith(u':'))
                     setPort(value.mid(close + 2), portFromServer);
             } else if (value.count(u':') == 1) {
                 host = value.section(u':', 0, 0);
                 setPort(value.section(u':', 1), portFromServer);
             } else {
                 host = value;
             }
         }},
        {{QStringLiteral("-p"), QStringLiteral("--port")},
         Argument::Required,
         [&](const QString &value) { setPort(value, settings.port); }},
        {{QStringLiteral("-tls"), QStringLiteral("--tls")},
         Argument::None,
         [&](const QString &) { settings.security = SecurityMode::StartTls; }},
        {{QStringLiteral("-tlsos"), QStringLiteral("--tls-optional-strict")},
         Argument::None,
         [&](const QString &) { settings.security = SecurityMode::StartTlsOpportunistic; }},
        {{QStringLiteral("-tlso"), QStringLiteral("--tls-optional")},
         Argument::None,
         [&](const QString &) {
             settings.security = SecurityMode::StartTlsOpportunistic;
             result.warnings << ProfileCommandLineText::tr(
                 "STARTTLS is used when offered; a STARTTLS that is offered and fails is an error here, where swaks "
                 "would go on in plaintext.");
         }},
        {{QStringLiteral("-tlsc"), QStringLiteral("--tls-on-connect")},
         Argument::None,
         [&](const QString &) { settings.security = SecurityMode::Implicit; }},
        {{QStringLiteral("--tls-verify")}, Argument::None, [&](const QString &) { verify = true; }},
        {{QStringLiteral("--tls-sni")}, Argument::Required, [&](const QString &value) { settings.serverName = value; }},
        {{QStringLiteral("--tls-ca-path")}, Argument::Required, [&](const QString &value) { settings.caFile = value; }},
        {{QStringLiteral("--tls-cert")},
         Argument::Required,
         [&](const QString &value) { settings.clientCertificateFile = value; }},
        {{QStringLiteral("--tls-key")},
         Argument::Required,
         [&](const QString &value) { settings.clientKeyFile = value; }},
        {{QStringLiteral("--tls-protocol")},
         Argument::Required,
         [&](const QString &value) {
             if (!importSwaksTlsProtocols(value, settings))
                 result.warnings << ProfileCommandLineText::tr(
                                        "--tls-protocol %1 names no TLS version this program offers; it was ignored.")
                                        .arg(value);
         }},
        {{QStringLiteral("--tls-cipher")}, Argument::Required, [&](const QString &value) { settings.ciphers = value; }},
        {{QStringLiteral("-h"), QStringLiteral("--helo"), QStringLiteral("--ehlo"), QStringLiteral("--lhlo")},
         Argument::Required,
         [&](const QString &value) { settings.localName = value; }},
        {{QStringLiteral("-f"), QStringLiteral("--from")},
         Argument::Required,
         [&](const QString &value) { settings.from = value; }},
        {{QStringLiteral("-t"), QStringLiteral("--to")},
         Argument::Required,
         [&](const QString &value) {
             QStringList to = settings.to.value_or(QStringList());
             for (const QString &address : value.split(u',', Qt::SkipEmptyParts))
                 to << address.trimmed();
             settings.to = to;
         }},
        {{QStringLiteral("-a"), QStringLiteral("--auth")},
         Argument::Optional,
         [&](const QString &value) {
             const QStringList mechanisms = value.split(u',', Qt::SkipEmptyParts);
             if (mechanisms.size() == 1) {
                 settings.authMechanism = mechanisms.constFirst().trimmed().toUpper();
             } else {
                 settings.authMechanism = QStringLiteral("auto");
                 if (mechanisms.size() > 1)
                     result.warnings << ProfileCommandLineText::tr(
                                            "Several AUTH mechanisms were given (%1); the profile uses the strongest "
                                            "one both sides offer.")
                                            .arg(value);
             }
         }},
        {{QStringLiteral("-au"), QStringLiteral("--auth-user")},
         Argument::Required,
         [&](const QString &value) { settings.authUser = value; }},
        {{QStringLiteral("-ap"), QStringLiteral("--auth-password")},
         Argument::Required,
         [&](const QString &value) {
             result.password = value.toUtf8();
             result.warnings << ProfileCommandLineText::tr(
                 "The password is not part of the profile; store it in the keychain.");
         }},
        {{QStringLiteral("-to"), QStringLiteral("--timeout")},
         Argument::Required,
         [&](const QString &value) {
             if (const auto seconds = parseTimeout(value))
                 settings.timeoutSeconds = *seconds;
             else
                 result.warnings << ProfileCommandLineText::tr(
                                        "The timeout \"%1\" is not usable (1 second to 1 hour); it was ignored.")
                                        .arg(value);
         }},
        {{QStringLiteral("--protocol")},
         Argument::Required,
         [&](const QString &value) {
             const QString protocol = value.toUpper();
             if (protocol.startsWith(QStringLiteral("LMTP"))) {
                 settings.protocol = MailProtocol::Lmtp;
                 settings.extended = true;
                 if (protocol.startsWith(QStringLiteral("LMTPS")))
                     settings.security = SecurityMode::StartTls;
             } else if (protocol == QStringLiteral("SMTP")) {
                 settings.extended = false;
             } else if (protocol == QStringLiteral("ESMTP") || protocol == QStringLiteral("ESMTPA")) {
                 settings.extended = true;
             } else if (protocol == QStringLiteral("ESMTPS") || protocol == QStringLiteral("ESMTPSA")) {
                 settings.extended = true;
                 settings.security = SecurityMode::StartTls;
             } else if (protocol == QStringLiteral("SSMTP") || protocol == QStringLiteral("SSMTPA")) {
                 settings.extended = true;
                 settings.security = SecurityMode::Implicit;
             } else {
                 result.unknownOptions << QStringLiteral("--protocol %1").arg(value);
             }
         }},
        {{QStringLiteral("--header"), QStringLiteral("--add-header"), QStringLiteral("--ah")},
         Argument::Required,
         [&](const QString &value) { addHeader(value); }},
        {{QStringLiteral("--body")},
         Argument::Required,
         [&](const QString &value) {
             // "@FILE" and "-" read a file or standard input, which a profile does not keep.
             if (value.startsWith(u'@') || value == u"-")
                 result.unknownOptions << QStringLiteral("--body %1").arg(value);
             else
                 settings.body = value;
         }},
        {{QStringLiteral("--attach")},
         Argument::Required,
         [&](const QString &value) {
             // Only "@FILE" names a file in every swaks that knows '@'; other values are content or, in older
             // versions, a file name: which one cannot be told from the line.
             if (value.startsWith(u'@') && value.size() > 1)
                 settings.attachments = settings.attachments.value_or(QStringList()) << value.mid(1);
             else
                 result.unknownOptions << QStringLiteral("--attach %1").arg(value);
         }},
        {{QStringLiteral("-4")},
         Argument::None,
         [&](const QString &) { settings.addressFamily = AddressFamily::IPv4; }},
        {{QStringLiteral("-6")},
         Argument::None,
         [&](const QString &) { settings.addressFamily = AddressFamily::IPv6; }},
        {{QStringLiteral("-li"), QStringLiteral("--local-interface")},
         Argument::Required,
         [&](const QString &value) { SwaksTransport::importLocalInterface(value, settings, result); }},
        {{QStringLiteral("--xclient")},
         Argument::Required,
         [&](const QString &value) {
             settings.xclient = settings.xclient.value_or(QStringList()) << Xclient::attributesFromLine(value);
         }},
        {SwaksTransport::xclientOptions(), Argument::Required,
         [&](const QString &value) {
             // The option's name says the attribute: --xclient-addr VALUE is ADDR=VALUE.
             settings.xclient = settings.xclient.value_or(QStringList())
                                << SwaksTransport::xclientName(currentWord) + u'=' + value;
         }},
        {{QStringLiteral("--proxy-version"), QStringLiteral("--proxy-source"), QStringLiteral("--proxy-source-port"),
          QStringLiteral("--proxy-family"), QStringLiteral("--proxy-dest"), QStringLiteral("--proxy-dest-port")},
         Argument::Required,
         [&](const QString &value) { proxyWords.insert(currentWord, value); }},
        {{QStringLiteral("-q"), QStringLiteral("--quit-after"), QStringLiteral("--quit")},
         Argument::Required,
         [&](const QString &value) {
             result.warnings << ProfileCommandLineText::tr(
                                    "--quit-after %1 belongs to one run, not to a profile; it was ignored.")
                                    .arg(value);
         }},
    };

    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        std::optional<QString> inlineValue;
        if (word.startsWith(QStringLiteral("--")) && word.contains(u'=')) {
            inlineValue = word.section(u'=', 1);
            word = word.section(u'=', 0, 0);
        }
        const auto option = std::find_if(options.cbegin(), options.cend(),
                                         [&word](const Option &candidate) { return candidate.names.contains(word); });
        // swaks' --header-NAME VALUE and --h-NAME VALUE.
        const QString headerName = word.startsWith(QStringLiteral("--header-")) ? word.mid(9)
                                   : word.startsWith(QStringLiteral("--h-"))    ? word.mid(4)
                                                                                : QString();
        if (option == options.cend() && !headerName.isEmpty() && (inlineValue || i + 1 < words.size())) {
            addHeader(headerName + QStringLiteral(": ") + (inlineValue ? *inlineValue : words.at(++i)));
            continue;
        }
        if (option == options.cend()) {
            // An unknown option may take a value; a following word that is not an option is reported with it.
            if (word.startsWith(u'-') && !inlineValue && i + 1 < words.size() && !words.at(i + 1).startsWith(u'-')) {
                result.unknownOptions << words.at(i) + u' ' + words.at(i + 1);
                ++i;
            } else {
                result.unknownOptions << words.at(i);
            }
            continue;
        }
        currentWord = word;
        QString value;
        switch (option->argument) {
        case Argument::None:
            if (inlineValue) {
                result.unknownOptions << words.at(i);
                continue;
            }
            break;
        case Argument::Required:
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < words.size()) {
                value = words.at(++i);
            } else {
                result.warnings << ProfileCommandLineText::tr("%1 needs a value; it was ignored.").arg(word);
                continue;
            }
            break;
        case Argument::Optional:
            if (inlineValue)
                value = *inlineValue;
            else if (i + 1 < words.size() && !words.at(i + 1).startsWith(u'-'))
                value = words.at(++i);
            break;
        }
        option->apply(value);
    }

    if (host) {
        settings.host = *host;
        result.profile.name = *host;
    } else {
        result.warnings << ProfileCommandLineText::tr(
            "No --server was given: swaks would look up the recipient's MX; set the host.");
    }
    SwaksTransport::importProxyHeader(proxyWords, settings, result);
    if (!settings.port && portFromServer)
        settings.port = portFromServer;
    if (!settings.security)
        settings.security = SecurityMode::None;
    if (settings.security != SecurityMode::None) {
        settings.trustedSite = !verify;
        if (!verify)
            result.warnings << ProfileCommandLineText::tr(
                "swaks does not verify the certificate without --tls-verify: the profile is marked "
                "as a trusted site (no certificate validation).");
    }
    // Refuse values that could inject into a session: RFC 5321 §4.1.2 has no place for CR, LF or NUL.
    QStringList problems;
    result.profile.id = Profile::newId();
    Profile::fromJson(result.profile.toJson(), problems);
    if (!problems.isEmpty())
        result.error = problems.join(u' ');
    return result;
}

} // namespace Smtp
