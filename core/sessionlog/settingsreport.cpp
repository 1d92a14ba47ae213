#include "settingsreport.h"

#include "core/text/untrustedtext.h"
#include "sessionlogexporter.h"

#include <QJsonArray>

#include <functional>

namespace Smtp
{

namespace SettingsReport
{

namespace
{

using AddLine = std::function<void(const QString &key, const QString &value)>;

QJsonValue versionOrNull(const std::optional<TlsVersion> &version)
{
    return version ? QJsonValue(tlsVersionName(*version)) : QJsonValue(QJsonValue::Null);
}

/// What the TLS handshake offers and asks for (--sni, --no-sni, --tls-min, --tls-max, --ciphers, --ocsp, --keylog).
QJsonObject tlsJson(const ConnectionSettings &settings)
{
    return {
        {QStringLiteral("sni"), settings.sniName},
        {QStringLiteral("no_sni"), settings.noSni},
        {QStringLiteral("min"), versionOrNull(settings.tlsMinimum)},
        {QStringLiteral("max"), versionOrNull(settings.tlsMaximum)},
        {QStringLiteral("ciphers"), settings.ciphers},
        {QStringLiteral("ocsp"), settings.requestOcsp},
        {QStringLiteral("keylog"), settings.keyLogFile},
    };
}

/// How the connection is made (-4/-6, --bind, --protocol, --xclient, --proxy-header, --proxy-source).
QJsonObject transportJson(const ConnectionSettings &settings)
{
    return {
        {QStringLiteral("address_family"), addressFamilyName(settings.addressFamily)},
        {QStringLiteral("bind"), settings.bindAddress},
        {QStringLiteral("protocol"), mailProtocolName(settings.protocol)},
        {QStringLiteral("xclient"), QJsonArray::fromStringList(settings.xclient)},
        {QStringLiteral("proxy_header"), proxyHeaderVersionName(settings.proxyHeader)},
        {QStringLiteral("proxy_source"), settings.proxySource},
    };
}

void addTlsLines(const ConnectionSettings &settings, const AddLine &add)
{
    add(SessionLogExporter::tr("SNI"), settings.noSni ? SessionLogExporter::tr("none sent") : settings.sniName);
    if (settings.restrictsTlsVersions())
        add(SessionLogExporter::tr("TLS versions"),
            SessionLogExporter::tr("%1 to %2")
                .arg(tlsVersionName(settings.effectiveTlsMinimum()), tlsVersionName(settings.effectiveTlsMaximum())));
    add(SessionLogExporter::tr("Ciphers"), settings.ciphers);
    if (settings.requestOcsp)
        add(SessionLogExporter::tr("OCSP"), SessionLogExporter::tr("stapled response asked for"));
    add(SessionLogExporter::tr("TLS key log"), settings.keyLogFile);
}

void addTransportLines(const ConnectionSettings &settings, const AddLine &add)
{
    if (settings.addressFamily != AddressFamily::Any)
        add(SessionLogExporter::tr("Address family"), addressFamilyName(settings.addressFamily));
    add(SessionLogExporter::tr("Bind address"), settings.bindAddress);
    if (settings.protocol != MailProtocol::Smtp)
        add(SessionLogExporter::tr("Protocol"), mailProtocolName(settings.protocol));
    add(SessionLogExporter::tr("XCLIENT"), settings.xclient.join(u' '));
    if (settings.proxyHeader != ProxyHeaderVersion::None)
        add(SessionLogExporter::tr("PROXY header"),
            SessionLogExporter::tr("%1 claiming %2")
                .arg(proxyHeaderVersionName(settings.proxyHeader), settings.proxySource));
}

void addMessageLines(const MessageSettings &message, const AddLine &add)
{
    add(SessionLogExporter::tr("Subject"), message.composition.subject);
    if (!message.composition.body.isEmpty())
        add(SessionLogExporter::tr("Body"),
            SessionLogExporter::tr("%n line(s) of its own", nullptr, int(message.composition.body.count(u'\n') + 1)));
    for (const QString &field : message.composition.headers)
        add(SessionLogExporter::tr("Header field"), field);
    for (const QString &path : message.composition.attachments)
        add(SessionLogExporter::tr("Attachment"), path);
    add(SessionLogExporter::tr("DSN notify"), message.dsnNotify);
    add(SessionLogExporter::tr("DSN return"), message.dsnReturn);
    add(SessionLogExporter::tr("Envelope ID"), message.dsnEnvelopeId);
    if (!message.allowPipelining)
        add(SessionLogExporter::tr("PIPELINING"), SessionLogExporter::tr("not used"));
    if (!message.allowChunking)
        add(SessionLogExporter::tr("CHUNKING"), SessionLogExporter::tr("not used"));
}

} // namespace

QJsonObject toJson(const ConnectionSettings &settings)
{
    // Secrets are reduced to whether they were set; nothing else about them leaves memory.
    const QJsonObject object{
        {QStringLiteral("host"), settings.host},
        {QStringLiteral("port"), settings.port},
        {QStringLiteral("effective_port"), settings.effectivePort()},
        {QStringLiteral("security"), securityModeName(settings.security)},
        {QStringLiteral("extended"), settings.extended},
        {QStringLiteral("submission"), settings.submission},
        {QStringLiteral("timeout_seconds"), settings.timeoutSeconds},
        {QStringLiteral("local_name"), settings.localName},
        {QStringLiteral("trusted_site"), settings.trustedSite},
        {QStringLiteral("server_name"), settings.serverName},
        {QStringLiteral("proxy"), SessionLogExporter::proxyWithoutCredentials(settings.proxy)},
        {QStringLiteral("ca_file"), settings.caFile},
        {QStringLiteral("client_certificate_file"), settings.clientCertificateFile},
        {QStringLiteral("client_key_file"), settings.clientKeyFile},
        {QStringLiteral("client_key_passphrase_set"), !settings.clientKeyPassphrase.isEmpty()},
        {QStringLiteral("tls"), tlsJson(settings)},
        {QStringLiteral("transport"), transportJson(settings)},
        {QStringLiteral("auth"),
         QJsonObject{
             {QStringLiteral("mechanism"), settings.auth.mechanism},
             {QStringLiteral("user"), settings.auth.user},
             {QStringLiteral("password_set"), !settings.auth.password.isEmpty()},
             {QStringLiteral("allow_plaintext"), settings.auth.allowPlaintext},
             {QStringLiteral("try_unadvertised"), settings.auth.tryUnadvertised},
         }},
        {QStringLiteral("message"),
         QJsonObject{
             {QStringLiteral("from"), settings.message.from},
             {QStringLiteral("to"), QJsonArray::fromStringList(settings.message.to)},
             {QStringLiteral("data_bytes"), settings.message.ownTextSize()},
             {QStringLiteral("dsn_notify"), settings.message.dsnNotify},
             {QStringLiteral("dsn_return"), settings.message.dsnReturn},
             {QStringLiteral("dsn_envelope_id"), settings.message.dsnEnvelopeId},
             {QStringLiteral("require_tls"), settings.message.requireTls},
             {QStringLiteral("pipelining"), settings.message.allowPipelining},
             {QStringLiteral("chunking"), settings.message.allowChunking},
             {QStringLiteral("subject"), settings.message.composition.subject},
             {QStringLiteral("body"), settings.message.composition.body},
             {QStringLiteral("headers"), QJsonArray::fromStringList(settings.message.composition.headers)},
             {QStringLiteral("attachments"), QJsonArray::fromStringList(settings.message.composition.attachments)},
         }},
        {QStringLiteral("quit_after"),
         settings.quitAfter ? QJsonValue(stageName(*settings.quitAfter)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("interactive"), settings.interactive},
    };
    // Settings may come from an imported profile: neutralised like server text.
    return neutraliseJsonStrings(object).toObject();
}

QStringList toTextLines(const ConnectionSettings &settings)
{
    QStringList lines;
    const auto add = [&lines](const QString &key, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("%1: %2").arg(key, neutraliseForDisplay(value));
    };
    add(SessionLogExporter::tr("Host"), settings.host);
    add(SessionLogExporter::tr("Port"), settings.port == 0
                                            ? SessionLogExporter::tr("%1 (default)").arg(settings.effectivePort())
                                            : QString::number(settings.port));
    add(SessionLogExporter::tr("Security"), securityModeName(settings.security));
    add(SessionLogExporter::tr("Greeting"),
        settings.effectiveExtended() ? QStringLiteral("EHLO") : QStringLiteral("HELO"));
    add(SessionLogExporter::tr("Timeout"), SessionLogExporter::tr("%1 s").arg(settings.timeoutSeconds));
    add(SessionLogExporter::tr("Local name"), settings.localName);
    if (settings.trustedSite)
        add(SessionLogExporter::tr("Trusted site"), SessionLogExporter::tr("yes: the certificate is not validated"));
    add(SessionLogExporter::tr("Server name"), settings.serverName);
    addTlsLines(settings, add);
    addTransportLines(settings, add);
    add(SessionLogExporter::tr("Proxy"), SessionLogExporter::proxyWithoutCredentials(settings.proxy));
    add(SessionLogExporter::tr("CA file"), settings.caFile);
    add(SessionLogExporter::tr("Client certificate"), settings.clientCertificateFile);
    add(SessionLogExporter::tr("Client key"), settings.clientKeyFile);
    if (!settings.clientKeyPassphrase.isEmpty())
        add(SessionLogExporter::tr("Client key passphrase"), SessionLogExporter::tr("(set, not shown)"));
    if (settings.auth.isRequested()) {
        add(SessionLogExporter::tr("AUTH"), settings.auth.mechanism);
        add(SessionLogExporter::tr("User"), settings.auth.user);
        add(SessionLogExporter::tr("Password"), settings.auth.password.isEmpty()
                                                    ? SessionLogExporter::tr("(none)")
                                                    : SessionLogExporter::tr("(set, not shown)"));
        if (settings.auth.allowPlaintext)
            add(SessionLogExporter::tr("Plaintext AUTH"), SessionLogExporter::tr("allowed"));
    }
    if (settings.message.isRequested()) {
        add(SessionLogExporter::tr("From"),
            settings.message.from.isEmpty() ? QStringLiteral("<>") : settings.message.from);
        add(SessionLogExporter::tr("To"), settings.message.to.join(QStringLiteral(", ")));
        add(SessionLogExporter::tr("Message"),
            !settings.message.hasOwnText() ? SessionLogExporter::tr("built-in test message")
                                           : SessionLogExporter::tr("%1 bytes").arg(settings.message.ownTextSize()));
        addMessageLines(settings.message, add);
    }
    if (settings.quitAfter)
        add(SessionLogExporter::tr("Quit after"), stageName(*settings.quitAfter));
    return lines;
}

} // namespace SettingsReport

} // namespace Smtp
