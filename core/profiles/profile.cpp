#include "profile.h"

#include "profilejson.h"

#include "core/connection/proxyurl.h"
#include "core/message/messagebuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace Smtp
{

namespace
{

const QString keyHost = QStringLiteral("host");
const QString keyPort = QStringLiteral("port");
const QString keySecurity = QStringLiteral("security");
const QString keyExtended = QStringLiteral("extended");
const QString keySubmission = QStringLiteral("submission");
const QString keyTimeout = QStringLiteral("timeout");
const QString keyLocalName = QStringLiteral("localName");
const QString keyTrustedSite = QStringLiteral("trustedSite");
const QString keyServerName = QStringLiteral("serverName");
const QString keySniName = QStringLiteral("sniName");
const QString keyNoSni = QStringLiteral("noSni");
const QString keyOcsp = QStringLiteral("ocsp");
const QString keyKeyLog = QStringLiteral("keyLog");
const QString keyTlsMinimum = QStringLiteral("tlsMin");
const QString keyTlsMaximum = QStringLiteral("tlsMax");
const QString keyCiphers = QStringLiteral("ciphers");
const QString keyProxy = QStringLiteral("proxy");
const QString keyAddressFamily = QStringLiteral("addressFamily");
const QString keyBindAddress = QStringLiteral("bindAddress");
const QString keyProtocol = QStringLiteral("protocol");
const QString keyXclient = QStringLiteral("xclient");
const QString keyProxyHeader = QStringLiteral("proxyHeader");
const QString keyProxySource = QStringLiteral("proxySource");
const QString keyCaFile = QStringLiteral("caFile");
const QString keyClientCertificate = QStringLiteral("clientCertificate");
const QString keyClientKey = QStringLiteral("clientKey");
const QString keyAuthMechanism = QStringLiteral("authMechanism");
const QString keyAuthUser = QStringLiteral("authUser");
const QString keyAllowPlaintextAuth = QStringLiteral("allowPlaintextAuth");
const QString keyFrom = QStringLiteral("from");
const QString keyTo = QStringLiteral("to");
const QString keyDsnNotify = QStringLiteral("dsnNotify");
const QString keyDsnReturn = QStringLiteral("dsnReturn");
const QString keyDsnEnvelopeId = QStringLiteral("dsnEnvelopeId");
const QString keyPipelining = QStringLiteral("pipelining");
const QString keyChunking = QStringLiteral("chunking");
const QString keySubject = QStringLiteral("subject");
const QString keyBody = QStringLiteral("body");
const QString keyHeaders = QStringLiteral("headers");
const QString keyAttachments = QStringLiteral("attachments");

const QString keyId = QStringLiteral("id");
const QString keyName = QStringLiteral("name");
const QString keyFolder = QStringLiteral("folder");
const QString keyTags = QStringLiteral("tags");
const QString keyFavourite = QStringLiteral("favourite");
const QString keyNotes = QStringLiteral("notes");
const QString keyLastUsed = QStringLiteral("lastUsed");
const QString keyLastResult = QStringLiteral("lastResult");
const QString keyLastResultOk = QStringLiteral("lastResultOk");
const QString keyPath = QStringLiteral("path");
const QString keyDefaults = QStringLiteral("defaults");
const QString keySecretBinding = QStringLiteral("secretBinding");
const QString keyRememberedCertificate = QStringLiteral("rememberedCertificate");
const QString keyHistory = QStringLiteral("history");
const QString keyScenarioFile = QStringLiteral("scenarioFile");

using ProfileJson::readBool;
using ProfileJson::readInteger;
using ProfileJson::readName;
using ProfileJson::readText;
using ProfileJson::readTextList;
using ProfileJson::wrongType;

template <typename T>
void take(std::optional<T> &target, const std::optional<T> &top)
{
    if (top)
        target = top;
}

template <typename T>
void put(const std::optional<T> &source, T &target)
{
    if (source)
        target = *source;
}

QJsonObject withoutKeys(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return object;
}

} // namespace

QString profileTextProblem(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n')
            return Profile::tr("line breaks (CR/LF) are not allowed.");
        if (c == QChar::Null)
            return Profile::tr("NUL characters are not allowed.");
        if (c.category() == QChar::Other_Control)
            return Profile::tr("control characters are not allowed.");
    }
    return {};
}

bool ProfileSettings::isEmpty() const
{
    return *this == ProfileSettings{};
}

ProfileSettings ProfileSettings::overriddenBy(const ProfileSettings &top) const
{
    ProfileSettings merged = *this;
    take(merged.host, top.host);
    take(merged.port, top.port);
    take(merged.security, top.security);
    take(merged.extended, top.extended);
    take(merged.submission, top.submission);
    take(merged.timeoutSeconds, top.timeoutSeconds);
    take(merged.localName, top.localName);
    take(merged.trustedSite, top.trustedSite);
    take(merged.serverName, top.serverName);
    take(merged.sniName, top.sniName);
    take(merged.noSni, top.noSni);
    take(merged.requestOcsp, top.requestOcsp);
    take(merged.keyLogFile, top.keyLogFile);
    take(merged.tlsMinimum, top.tlsMinimum);
    take(merged.tlsMaximum, top.tlsMaximum);
    take(merged.ciphers, top.ciphers);
    take(merged.proxy, top.proxy);
    take(merged.addressFamily, top.addressFamily);
    take(merged.bindAddress, top.bindAddress);
    take(merged.protocol, top.protocol);
    take(merged.xclient, top.xclient);
    take(merged.proxyHeader, top.proxyHeader);
    take(merged.proxySource, top.proxySource);
    take(merged.caFile, top.caFile);
    take(merged.clientCertificateFile, top.clientCertificateFile);
    take(merged.clientKeyFile, top.clientKeyFile);
    take(merged.authMechanism, top.authMechanism);
    take(merged.authUser, top.authUser);
    take(merged.allowPlaintextAuth, top.allowPlaintextAuth);
    take(merged.from, top.from);
    take(merged.to, top.to);
    take(merged.dsnNotify, top.dsnNotify);
    take(merged.dsnReturn, top.dsnReturn);
    take(merged.dsnEnvelopeId, top.dsnEnvelopeId);
    take(merged.pipelining, top.pipelining);
    take(merged.chunking, top.chunking);
    take(merged.subject, top.subject);
    take(merged.body, top.body);
    take(merged.headers, top.headers);
    take(merged.attachments, top.attachments);
    return merged;
}

void ProfileSettings::applyTo(ConnectionSettings &settings) const
{
    put(host, settings.host);
    put(port, settings.port);
    put(security, settings.security);
    put(extended, settings.extended);
    put(submission, settings.submission);
    put(timeoutSeconds, settings.timeoutSeconds);
    put(localName, settings.localName);
    put(trustedSite, settings.trustedSite);
    put(serverName, settings.serverName);
    put(sniName, settings.sniName);
    put(noSni, settings.noSni);
    put(requestOcsp, settings.requestOcsp);
    put(keyLogFile, settings.keyLogFile);
    if (tlsMinimum)
        settings.tlsMinimum = tlsMinimum;
    if (tlsMaximum)
        settings.tlsMaximum = tlsMaximum;
    put(ciphers, settings.ciphers);
    put(proxy, settings.proxy);
    put(addressFamily, settings.addressFamily);
    put(bindAddress, settings.bindAddress);
    put(protocol, settings.protocol);
    put(xclient, settings.xclient);
    put(proxyHeader, settings.proxyHeader);
    put(proxySource, settings.proxySource);
    put(caFile, settings.caFile);
    put(clientCertificateFile, settings.clientCertificateFile);
    put(clientKeyFile, settings.clientKeyFile);
    put(authMechanism, settings.auth.mechanism);
    put(authUser, settings.auth.user);
    put(allowPlaintextAuth, settings.auth.allowPlaintext);
    put(from, settings.message.from);
    put(to, settings.message.to);
    put(dsnNotify, settings.message.dsnNotify);
    put(dsnReturn, settings.message.dsnReturn);
    put(dsnEnvelopeId, settings.message.dsnEnvelopeId);
    put(pipelining, settings.message.allowPipelining);
    put(chunking, settings.message.allowChunking);
    put(subject, settings.message.composition.subject);
    put(body, settings.message.composition.body);
    put(headers, settings.message.composition.headers);
    put(attachments, settings.message.composition.attachments);
}

ProfileSettings ProfileSettings::fromConnectionSettings(const ConnectionSettings &settings)
{
    ProfileSettings result;
    result.host = settings.host;
    result.port = settings.port;
    result.security = settings.security;
    result.extended = settings.extended;
    result.submission = settings.submission;
    result.timeoutSeconds = settings.timeoutSeconds;
    result.localName = settings.localName;
    result.trustedSite = settings.trustedSite;
    result.serverName = settings.serverName;
    result.sniName = settings.sniName;
    result.noSni = settings.noSni;
    result.requestOcsp = settings.requestOcsp;
    result.keyLogFile = settings.keyLogFile;
    result.tlsMinimum = settings.tlsMinimum;
    result.tlsMaximum = settings.tlsMaximum;
    result.ciphers = settings.ciphers;
    result.proxy = ProxyUrl::withoutPassword(settings.proxy);
    result.addressFamily = settings.addressFamily;
    result.bindAddress = settings.bindAddress;
    result.protocol = settings.protocol;
    result.xclient = settings.xclient;
    result.proxyHeader = settings.proxyHeader;
    result.proxySource = settings.proxySource;
    result.caFile = settings.caFile;
    result.clientCertificateFile = settings.clientCertificateFile;
    result.clientKeyFile = settings.clientKeyFile;
    result.authMechanism = settings.auth.mechanism;
    result.authUser = settings.auth.user;
    result.allowPlaintextAuth = settings.auth.allowPlaintext;
    result.from = settings.message.from;
    result.to = settings.message.to;
    result.dsnNotify = settings.message.dsnNotify;
    result.dsnReturn = settings.message.dsnReturn;
    result.dsnEnvelopeId = settings.message.dsnEnvelopeId;
    result.pipelining = settings.message.allowPipelining;
    result.chunking = settings.message.allowChunking;
    result.subject = settings.message.composition.subject;
    result.body = settings.message.composition.body;
    result.headers = settings.message.composition.headers;
    result.attachments = settings.message.composition.attachments;
    return result;
}

void ProfileSettings::writeJson(QJsonObject &object) const
{
    auto text = [&object](const QString &key, const std::optional<QString> &value) {
        if (value)
            object.insert(key, *value);
    };
    auto flag = [&object](const QString &key, const std::optional<bool> &value) {
        if (value)
            object.insert(key, *value);
    };
    text(keyHost, host);
    if (port)
        object.insert(keyPort, int(*port));
    if (security)
        object.insert(keySecurity, securityModeName(*security));
    flag(keyExtended, extended);
    flag(keySubmission, submission);
    if (timeoutSeconds)
        object.insert(keyTimeout, *timeoutSeconds);
    text(keyLocalName, localName);
    flag(keyTrustedSite, trustedSite);
    text(keyServerName, serverName);
    text(keySniName, sniName);
    flag(keyNoSni, noSni);
    flag(keyOcsp, requestOcsp);
    text(keyKeyLog, keyLogFile);
    if (tlsMinimum)
        object.insert(keyTlsMinimum, tlsVersionName(*tlsMinimum));
    if (tlsMaximum)
        object.insert(keyTlsMaximum, tlsVersionName(*tlsMaximum));
    text(keyCiphers, ciphers);
    // A password in the address would end up in the file and every export: it belongs in the keychain.
    if (proxy)
        object.insert(keyProxy, ProxyUrl::withoutPassword(*proxy));
    if (addressFamily)
        object.insert(keyAddressFamily, addressFamilyName(*addressFamily));
    text(keyBindAddress, bindAddress);
    if (protocol)
        object.insert(keyProtocol, mailProtocolName(*protocol));
    if (xclient)
        object.insert(keyXclient, QJsonArray::fromStringList(*xclient));
    if (proxyHeader)
        object.insert(keyProxyHeader, proxyHeaderVersionName(*proxyHeader));
    text(keyProxySource, proxySource);
    text(keyCaFile, caFile);
    text(keyClientCertificate, clientCertificateFile);
    text(keyClientKey, clientKeyFile);
    text(keyAuthMechanism, authMechanism);
    text(keyAuthUser, authUser);
    flag(keyAllowPlaintextAuth, allowPlaintextAuth);
    text(keyFrom, from);
    if (to)
        object.insert(keyTo, QJsonArray::fromStringList(*to));
    text(keyDsnNotify, dsnNotify);
    text(keyDsnReturn, dsnReturn);
    text(keyDsnEnvelopeId, dsnEnvelopeId);
    flag(keyPipelining, pipelining);
    flag(keyChunking, chunking);
    text(keySubject, subject);
    text(keyBody, body);
    if (headers)
        object.insert(keyHeaders, QJsonArray::fromStringList(*headers));
    if (attachments)
        object.insert(keyAttachments, QJsonArray::fromStringList(*attachments));
}

ProfileSettings ProfileSettings::readJson(const QJsonObject &object, QStringList &problems)
{
    ProfileSettings settings;
    readText(object, keyHost, settings.host, problems);
    if (const auto port = readInteger(object, keyPort, 0, 65535, problems))
        settings.port = quint16(*port);
    if (const QJsonValue value = object.value(keySecurity); !value.isUndefined()) {
        const auto mode = value.isString() ? securityModeFromName(value.toString()) : std::nullopt;
        if (mode)
            settings.security = mode;
        else
            problems << Profile::tr("\"security\" must be \"none\", \"starttls\" or \"implicit\".");
    }
    readBool(object, keyExtended, settings.extended, problems);
    readBool(object, keySubmission, settings.submission, problems);
    if (const auto timeout = readInteger(object, keyTimeout, 1, maxTimeoutSeconds, problems))
        settings.timeoutSeconds = int(*timeout);
    readText(object, keyLocalName, settings.localName, problems);
    readBool(object, keyTrustedSite, settings.trustedSite, problems);
    readText(object, keyServerName, settings.serverName, problems);
    readText(object, keySniName, settings.sniName, problems);
    readBool(object, keyNoSni, settings.noSni, problems);
    readBool(object, keyOcsp, settings.requestOcsp, problems);
    readText(object, keyKeyLog, settings.keyLogFile, problems);
    readName(object, keyTlsMinimum, tlsVersionFromName, settings.tlsMinimum, problems,
             Profile::tr("\"%1\" must be \"1.0\", \"1.1\", \"1.2\" or \"1.3\".").arg(keyTlsMinimum));
    readName(object, keyTlsMaximum, tlsVersionFromName, settings.tlsMaximum, problems,
             Profile::tr("\"%1\" must be \"1.0\", \"1.1\", \"1.2\" or \"1.3\".").arg(keyTlsMaximum));
    readText(object, keyCiphers, settings.ciphers, problems);
    readText(object, keyProxy, settings.proxy, problems);
    if (settings.proxy)
        settings.proxy = ProxyUrl::withoutPassword(*settings.proxy);
    readName(object, keyAddressFamily, addressFamilyFromName, settings.addressFamily, problems,
             Profile::tr("\"%1\" must be \"any\", \"ipv4\" or \"ipv6\".").arg(keyAddressFamily));
    readText(object, keyBindAddress, settings.bindAddress, problems);
    readName(object, keyProtocol, mailProtocolFromName, settings.protocol, problems,
             Profile::tr("\"%1\" must be \"smtp\" or \"lmtp\".").arg(keyProtocol));
    settings.xclient = readTextList(object, keyXclient, problems);
    readName(object, keyProxyHeader, proxyHeaderVersionFromName, settings.proxyHeader, problems,
             Profile::tr("\"%1\" must be \"none\", \"v1\" or \"v2\".").arg(keyProxyHeader));
    readText(object, keyProxySource, settings.proxySource, problems);
    readText(object, keyCaFile, settings.caFile, problems);
    readText(object, keyClientCertificate, settings.clientCertificateFile, problems);
    readText(object, keyClientKey, settings.clientKeyFile, problems);
    readText(object, keyAuthMechanism, settings.authMechanism, problems);
    readText(object, keyAuthUser, settings.authUser, problems);
    readBool(object, keyAllowPlaintextAuth, settings.allowPlaintextAuth, problems);
    readText(object, keyFrom, settings.from, problems);
    settings.to = readTextList(object, keyTo, problems);
    readText(object, keyDsnNotify, settings.dsnNotify, problems);
    if (settings.dsnNotify && !settings.dsnNotify->isEmpty()) {
        if (const QString reason = checkDsnNotify(*settings.dsnNotify); !reason.isEmpty()) {
            problems << Profile::tr("\"%1\": %2").arg(keyDsnNotify, reason);
            settings.dsnNotify.reset();
        }
    }
    readText(object, keyDsnReturn, settings.dsnReturn, problems);
    if (settings.dsnReturn && !settings.dsnReturn->isEmpty() && *settings.dsnReturn != u"FULL" &&
        *settings.dsnReturn != u"HDRS") {
        problems << Profile::tr("\"%1\" must be \"FULL\" or \"HDRS\".").arg(keyDsnReturn);
        settings.dsnReturn.reset();
    }
    readText(object, keyDsnEnvelopeId, settings.dsnEnvelopeId, problems);
    if (settings.dsnEnvelopeId) {
        if (const QString reason = checkDsnEnvelopeId(*settings.dsnEnvelopeId); !reason.isEmpty()) {
            problems << Profile::tr("\"%1\": %2").arg(keyDsnEnvelopeId, reason);
            settings.dsnEnvelopeId.reset();
        }
    }
    readBool(object, keyPipelining, settings.pipelining, problems);
    readBool(object, keyChunking, settings.chunking, problems);
    readText(object, keySubject, settings.subject, problems);
    readText(object, keyBody, settings.body, problems, false);
    settings.headers = readTextList(object, keyHeaders, problems);
    for (const QString &field : settings.headers.value_or(QStringList())) {
        if (const QString reason = headerFieldProblem(field); !reason.isEmpty()) {
            problems << Profile::tr("\"%1\": %2").arg(keyHeaders, reason);
            settings.headers.reset();
            break;
        }
    }
    settings.attachments = readTextList(object, keyAttachments, problems);
    return settings;
}

QStringList ProfileSettings::jsonKeys()
{
    return {keyHost,
            keyPort,
            keySecurity,
            keyExtended,
            keySubmission,
            keyTimeout,
            keyLocalName,
            keyTrustedSite,
            keyServerName,
            keySniName,
            keyNoSni,
            keyOcsp,
            keyKeyLog,
            keyTlsMinimum,
            keyTlsMaximum,
            keyCiphers,
            keyProxy,
            keyAddressFamily,
            keyBindAddress,
            keyProtocol,
            keyXclient,
            keyProxyHeader,
            keyProxySource,
            keyCaFile,
            keyClientCertificate,
            keyClientKey,
            keyAuthMechanism,
            keyAuthUser,
            keyAllowPlaintextAuth,
            keyFrom,
            keyTo,
            keyDsnNotify,
            keyDsnReturn,
            keyDsnEnvelopeId,
            keyPipelining,
            keyChunking,
            keySubject,
            keyBody,
            keyHeaders,
            keyAttachments};
}

QJsonObject ProfileSettings::unknownKeys(QJsonObject object)
{
    return withoutKeys(std::move(object), jsonKeys());
}

QStringList ProfileSettings::differences(const ProfileSettings &a, const ProfileSettings &b)
{
    QJsonObject left;
    QJsonObject right;
    a.writeJson(left);
    b.writeJson(right);
    QStringList keys;
    for (const QString &key : jsonKeys()) {
        if (left.value(key) != right.value(key))
            keys << key;
    }
    return keys;
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && folder == other.folder && tags == other.tags &&
           favourite == other.favourite && notes == other.notes && lastUsed == other.lastUsed &&
           lastResult == other.lastResult && lastResultOk == other.lastResultOk && settings == other.settings &&
           secretBinding == other.secretBinding && rememberedCertificate == other.rememberedCertificate &&
           history == other.history && scenarioFile == other.scenarioFile && unknownFields == other.unknownFields;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Profile Profile::fromConnectionSettings(const ConnectionSettings &settings, const QString &name)
{
    Profile profile;
    profile.id = newId();
    profile.name = name;
    profile.settings = ProfileSettings::fromConnectionSettings(settings);
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject object = unknownFields;
    object.insert(keyId, id);
    object.insert(keyName, name);
    if (!folder.isEmpty())
        object.insert(keyFolder, folder);
    if (!tags.isEmpty())
        object.insert(keyTags, QJsonArray::fromStringList(tags));
    if (favourite)
        object.insert(keyFavourite, true);
    if (!notes.isEmpty())
        object.insert(keyNotes, notes);
    if (lastUsed.isValid())
        object.insert(keyLastUsed, lastUsed.toUTC().toString(Qt::ISODateWithMs));
    // fromJson() reads the result without a date too (a hand-edited file, say): written back only with the date, it
    // would be lost on the next save.
    if (lastUsed.isValid() || !lastResult.isEmpty())
        object.insert(keyLastResult, lastResult);
    if (lastUsed.isValid() || lastResultOk)
        object.insert(keyLastResultOk, lastResultOk);
    settings.writeJson(object);
    if (!secretBinding.isEmpty())
        object.insert(keySecretBinding, secretBinding.toJson());
    if (rememberedCertificate)
        object.insert(keyRememberedCertificate, rememberedCertificate->toJson());
    if (!history.isEmpty()) {
        QJsonArray runs;
        for (const RunRecord &run : history)
            runs.append(run.toJson());
        object.insert(keyHistory, runs);
    }
    if (!scenarioFile.isEmpty())
        object.insert(keyScenarioFile, scenarioFile);
    return object;
}

Profile Profile::fromJson(const QJsonObject &object, QStringList &problems)
{
    Profile profile;
    std::optional<QString> text;
    readText(object, keyId, text, problems);
    profile.id = text.value_or(QString()).trimmed();
    if (profile.id.isEmpty() && !object.value(keyId).isUndefined() && object.value(keyId).isString())
        problems << tr("The profile has an empty id.");
    else if (object.value(keyId).isUndefined())
        problems << tr("The profile has no id.");
    text.reset();
    readText(object, keyName, text, problems);
    profile.name = text.value_or(QString());
    text.reset();
    readText(object, keyFolder, text, problems);
    profile.folder = ProfileFolder::normalisedPath(text.value_or(QString()));
    profile.tags = readTextList(object, keyTags, problems).value_or(QStringList());
    std::optional<bool> flag;
    readBool(object, keyFavourite, flag, problems);
    profile.favourite = flag.value_or(false);
    text.reset();
    readText(object, keyNotes, text, problems, false);
    profile.notes = text.value_or(QString());
    text.reset();
    readText(object, keyLastUsed, text, problems);
    if (text && !text->isEmpty()) {
        profile.lastUsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!profile.lastUsed.isValid())
            problems << tr("\"lastUsed\" is not an ISO 8601 date and time.");
    }
    text.reset();
    readText(object, keyLastResult, text, problems);
    profile.lastResult = text.value_or(QString());
    flag.reset();
    readBool(object, keyLastResultOk, flag, problems);
    profile.lastResultOk = flag.value_or(false);
    profile.settings = ProfileSettings::readJson(object, problems);
    if (const QJsonValue binding = object.value(keySecretBinding); binding.isObject())
        profile.secretBinding = SecretBinding::fromJson(binding.toObject(), problems);
    else if (!binding.isUndefined())
        problems << wrongType(keySecretBinding, "object", binding);
    if (const QJsonValue remembered = object.value(keyRememberedCertificate); remembered.isObject())
        profile.rememberedCertificate = RememberedCertificate::fromJson(remembered.toObject(), problems);
    else if (!remembered.isUndefined())
        problems << wrongType(keyRememberedCertificate, "object", remembered);
    if (const QJsonValue runs = object.value(keyHistory); runs.isArray()) {
        for (const QJsonValue &run : runs.toArray()) {
            if (!run.isObject()) {
                problems << wrongType(keyHistory, "array of objects", run);
                break;
            }
            if (profile.history.size() < RunHistory::maximumRuns)
                profile.history << RunRecord::fromJson(run.toObject(), problems);
        }
    } else if (!runs.isUndefined()) {
        problems << wrongType(keyHistory, "array", runs);
    }

    text.reset();
    readText(object, keyScenarioFile, text, problems);
    profile.scenarioFile = text.value_or(QString());

    QStringList known = ProfileSettings::jsonKeys();
    known << keyId << keyName << keyFolder << keyTags << keyFavourite << keyNotes << keyLastUsed << keyLastResult
          << keyLastResultOk << keySecretBinding << keyRememberedCertificate << keyHistory << keyScenarioFile;
    profile.unknownFields = withoutKeys(object, known);
    return profile;
}

QString Profile::summaryLine(const ConnectionSettings &resolved) const
{
    const QString last =
        lastUsed.isValid()
            ? tr("%1 (%2)").arg(lastResult.isEmpty() ? (lastResultOk ? tr("OK") : tr("failed")) : lastResult,
                                lastUsed.toLocalTime().toString(Qt::ISODate))
            : tr("never used");
    return tr("%1\t%2\t%3\t%4\t%5")
        .arg(name, folder.isEmpty() ? QStringLiteral("/") : folder, resolved.hostAndPort(),
             securityModeName(resolved.security), last);
}

QString Profile::summaryLine() const
{
    ConnectionSettings own;
    settings.applyTo(own);
    return summaryLine(own);
}

std::optional<QDateTime> Profile::knownCertificateExpiry() const
{
    for (const RunRecord &run : history) {
        if (run.certificateNotAfter.isValid())
            return run.certificateNotAfter;
    }
    if (rememberedCertificate && rememberedCertificate->notAfter.isValid())
        return rememberedCertificate->notAfter;
    return std::nullopt;
}

QString Profile::qualifiedName() const
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

bool Profile::isIn(const QString &folderPath) const
{
    return ProfileFolder::contains(folderPath, folder);
}

QJsonObject ProfileFolder::toJson() const
{
    QJsonObject object = unknownFields;
    object.insert(keyPath, path);
    QJsonObject defaultsObject = unknownDefaultFields;
    defaults.writeJson(defaultsObject);
    object.insert(keyDefaults, defaultsObject);
    return object;
}

ProfileFolder ProfileFolder::fromJson(const QJsonObject &object, QStringList &problems)
{
    ProfileFolder folder;
    std::optional<QString> text;
    readText(object, keyPath, text, problems);
    folder.path = normalisedPath(text.value_or(QString()));
    if (folder.path.isEmpty())
        problems << Profile::tr("The folder has no path.");
    const QJsonValue defaultsValue = object.value(keyDefaults);
    if (defaultsValue.isObject()) {
        folder.defaults = ProfileSettings::readJson(defaultsValue.toObject(), problems);
        folder.unknownDefaultFields = ProfileSettings::unknownKeys(defaultsValue.toObject());
    } else if (!defaultsValue.isUndefined())
        problems << wrongType(keyDefaults, "object", defaultsValue);
    folder.unknownFields = withoutKeys(object, {keyPath, keyDefaults});
    return folder;
}

bool ProfileFolder::contains(const QString &folderPath, const QString &path)
{
    return folderPath.isEmpty() || path == folderPath || path.startsWith(folderPath + u'/');
}

QStringList ProfileFolder::ancestry(const QString &path)
{
    QStringList result;
    QString current;
    for (const QString &segment : normalisedPath(path).split(u'/', Qt::SkipEmptyParts)) {
        current = current.isEmpty() ? segment : current + u'/' + segment;
        result << current;
    }
    return result;
}

QString ProfileFolder::normalisedPath(const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString trimmed = segment.trimmed();
        if (!trimmed.isEmpty())
            segments << trimmed;
    }
    return segments.join(u'/');
}

} // namespace Smtp
