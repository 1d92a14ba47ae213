#include "tlssetup.h"

#include "core/connection/proxyurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <memory>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class TlsSetupText
{
    Q_DECLARE_TR_FUNCTIONS(TlsSetup)
};
} // namespace

namespace
{

constexpr qint64 maxCredentialFileSize = 1024 * 1024;

std::optional<QByteArray> readSmallFile(const QString &path, const QString &what, SessionError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {ErrorCode::InvalidSettings,
                  TlsSetupText::tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()), std::nullopt,
                  std::nullopt};
        return std::nullopt;
    }
    if (file.size() > maxCredentialFileSize) {
        *error = {ErrorCode::InvalidSettings, TlsSetupText::tr("The %1 %2 is too large to be one.").arg(what, path),
                  std::nullopt, std::nullopt};
        return std::nullopt;
    }
    return file.readAll();
}

QSslKey loadKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool isPkcs12(const QString &path, const QByteArray &contents)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QStringLiteral("p12") || suffix == QStringLiteral("pfx") || !contents.contains("-----BEGIN");
}

QSsl::SslProtocol exactProtocol(TlsVersion version)
{
    // Qt deprecates the old versions for ordinary use; a probe names them on purpose.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (version) {
    case TlsVersion::Tls1_0:
        return QSsl::TlsV1_0;
    case TlsVersion::Tls1_1:
        return QSsl::TlsV1_1;
    case TlsVersion::Tls1_2:
        return QSsl::TlsV1_2;
    case TlsVersion::Tls1_3:
        return QSsl::TlsV1_3;
    }
    QT_WARNING_POP
    return QSsl::TlsV1_2OrLater;
}

/// The Qt protocol for the versions from \a minimum to \a maximum: an exact version, or "\a minimum or later" (a
/// lower maximum is then OpenSSL's MaxProtocol, which Qt has no name for).
QSsl::SslProtocol protocolFor(TlsVersion minimum, TlsVersion maximum)
{
    if (minimum == maximum)
        return exactProtocol(minimum);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (minimum) {
    case TlsVersion::Tls1_0:
        return QSsl::TlsV1_0OrLater;
    case TlsVersion::Tls1_1:
        return QSsl::TlsV1_1OrLater;
    case TlsVersion::Tls1_2:
        return QSsl::TlsV1_2OrLater;
    case TlsVersion::Tls1_3:
        return QSsl::TlsV1_3OrLater;
    }
    QT_WARNING_POP
    return QSsl::TlsV1_2OrLater;
}

/// OpenSSL's security level of a client context with \a cipherString (empty: the configured default). A new context
/// costs milliseconds in OpenSSL 3, so each answer is kept for the process.
int securityLevelOf(const QByteArray &cipherString)
{
    static QMutex mutex;
    static QHash<QByteArray, int> levels;
    const QMutexLocker locker(&mutex);
    if (const auto known = levels.constFind(cipherString); known != levels.cend())
        return *known;
    const std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> context(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    // Without a context no handshake can happen either; the session fails on its own before any verdict.
    if (!context)
        return 0;
    if (!cipherString.isEmpty())
        SSL_CTX_set_cipher_list(context.get(), cipherString.constData());
    ERR_clear_error();
    const int level = SSL_CTX_get_security_level(context.get());
    levels.insert(cipherString, level);
    return level;
}

/// Versions and ciphers, with the reasons OpenSSL or Qt give when they cannot be had.
QString applyVersionsAndCiphers(const ConnectionSettings &settings, TlsSetup &setup)
{
    QSslConfiguration &configuration = setup.configuration;
    const TlsVersion minimum = settings.effectiveTlsMinimum();
    const TlsVersion maximum = settings.effectiveTlsMaximum();
    const QSsl::SslProtocol protocol = protocolFor(minimum, maximum);
    if (!QSslSocket::isProtocolSupported(protocol))
        return TlsSetupText::tr("The TLS library does not offer TLS %1 to %2.")
            .arg(tlsVersionName(minimum), tlsVersionName(maximum));
    configuration.setProtocol(protocol);
    if (minimum != maximum && maximum != TlsVersion::Tls1_3)
        configuration.setBackendConfigurationOption(QByteArrayLiteral("MaxProtocol"),
                                                    opensslTlsVersionName(maximum).toLatin1());

    if (const QString problem = TlsSetup::cipherListProblem(settings.ciphers); !problem.isEmpty())
        return problem;
    const TlsSetup::CipherChoice ciphers = TlsSetup::splitCiphers(settings.ciphers);
    QByteArray cipherString = ciphers.olderCiphers;
    if (minimum <= TlsVersion::Tls1_1) {
        // The signatures of TLS 1.0 and 1.1 key exchanges use SHA-1, which OpenSSL refuses above security level 0;
        // without this a server that accepts the old version would look as if it had refused it.
        cipherString = (cipherString.isEmpty() ? QByteArrayLiteral("DEFAULT") : cipherString) + ":@SECLEVEL=0";
    }
    if (!cipherString.isEmpty())
        configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"), cipherString);
    setup.securityLevel = securityLevelOf(cipherString);
    if (!ciphers.tls13Suites.isEmpty())
        configuration.setBackendConfigurationOption(QByteArrayLiteral("Ciphersuites"), ciphers.tls13Suites);
    return {};
}

} // namespace

TlsSetup::CipherChoice TlsSetup::splitCiphers(const QString &ciphers)
{
    QByteArrayList suites;
    QByteArrayList older;
    for (const QString &name : ciphers.split(u':', Qt::SkipEmptyParts)) {
        const QByteArray trimmed = name.trimmed().toLatin1();
        (trimmed.startsWith("TLS_") ? suites : older).append(trimmed);
    }
    return {suites.join(':'), older.join(':')};
}

QString TlsSetup::cipherListProblem(const QString &ciphers)
{
    if (ciphers.trimmed().isEmpty())
        return {};
    const CipherChoice choice = splitCiphers(ciphers);
    const std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> context(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    if (!context)
        return TlsSetupText::tr("The TLS library cannot be set up.");
    // OpenSSL skips names it does not know as long as one is left; a list it can use nothing of is refused.
    const bool olderUsable =
        choice.olderCiphers.isEmpty() || SSL_CTX_set_cipher_list(context.get(), choice.olderCiphers.constData()) == 1;
    const bool suitesUsable =
        choice.tls13Suites.isEmpty() || SSL_CTX_set_ciphersuites(context.get(), choice.tls13Suites.constData()) == 1;
    ERR_clear_error();
    if (!olderUsable || !suitesUsable)
        return TlsSetupText::tr("The TLS library knows none of the ciphers %1.")
            .arg(QString::fromLatin1(olderUsable ? choice.tls13Suites : choice.olderCiphers));
    return {};
}

std::optional<QNetworkProxy> TlsSetup::parseProxy(const QString &url, const QString &password, QString *error)
{
    if (const QString problem = ProxyUrl::problem(url); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    QNetworkProxy proxy(ProxyUrl::isSocks5(url) ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                        ProxyUrl::host(url), ProxyUrl::port(url), ProxyUrl::userName(url),
                        password.isEmpty() ? ProxyUrl::password(url) : password);
    return proxy;
}

TlsSetup TlsSetup::fromSettings(const ConnectionSettings &settings)
{
    TlsSetup setup;
    setup.configuration = QSslConfiguration::defaultConfiguration();
    // RFC 8996: TLS 1.0 and 1.1 are not used any more (hostile A12), unless --tls-min or a probe asks for them.
    if (const QString problem = applyVersionsAndCiphers(settings, setup); !problem.isEmpty()) {
        setup.error = {ErrorCode::InvalidSettings, problem, std::nullopt, std::nullopt};
        return setup;
    }
    if (settings.restrictsTlsVersions())
        setup.notes << TlsSetupText::tr("Offering TLS %1 to %2.")
                           .arg(tlsVersionName(settings.effectiveTlsMinimum()),
                                tlsVersionName(settings.effectiveTlsMaximum()));
    if (!settings.ciphers.isEmpty())
        setup.notes << TlsSetupText::tr("Offering the ciphers %1.").arg(settings.ciphers);
    setup.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // SNI names the certificate the server should present; --sni and --no-sni test a server's choice without it or
    // with another name, while the certificate is still verified for verificationName().
    if (settings.noSni) {
        setup.configuration.setSslOption(QSsl::SslOptionDisableServerNameIndication, true);
        setup.notes << TlsSetupText::tr("Sending no SNI (server name indication).");
    } else if (!settings.sniName.isEmpty()) {
        setup.notes << TlsSetupText::tr("Sending SNI %1; the certificate is verified for %2.")
                           .arg(settings.sniName, settings.verificationName());
    }

    if (settings.requestOcsp) {
        setup.configuration.setOcspStaplingEnabled(true);
        setup.notes << TlsSetupText::tr("Asking for a stapled OCSP response.");
    }

    if (!settings.caFile.isEmpty()) {
        const auto contents = readSmallFile(settings.caFile, TlsSetupText::tr("CA file"), &setup.error);
        if (!contents)
            return setup;
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(*contents, QSsl::Pem);
        if (authorities.isEmpty()) {
            setup.error = {ErrorCode::InvalidSettings,
                           TlsSetupText::tr("The CA file %1 holds no PEM certificate.").arg(settings.caFile),
                           std::nullopt, std::nullopt};
            return setup;
        }
        setup.configuration.addCaCertificates(authorities);
        setup.extraAnchors = authorities;
        setup.notes << TlsSetupText::tr("Trusting %n extra CA certificate(s) from %1.", nullptr,
                                        int(authorities.size()))
                           .arg(settings.caFile);
    }

    if (!settings.clientCertificateFile.isEmpty()) {
        const auto contents =
            readSmallFile(settings.clientCertificateFile, TlsSetupText::tr("client certificate"), &setup.error);
        if (!contents)
            return setup;
        QSslCertificate certificate;
        QSslKey key;
        QList<QSslCertificate> chain;
        if (isPkcs12(settings.clientCertificateFile, *contents)) {
            QFile file(settings.clientCertificateFile);
            if (!file.open(QIODevice::ReadOnly) ||
                !QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, settings.clientKeyPassphrase)) {
                setup.error = {
                    ErrorCode::ClientCertificateInvalid,
                    TlsSetupText::tr("The PKCS#12 file %1 cannot be opened: wrong password, or not a PKCS#12 "
                                     "file with a certificate and key.")
                        .arg(settings.clientCertificateFile),
                    std::nullopt, std::nullopt};
                return setup;
            }
        } else {
            const QList<QSslCertificate> certificates = QSslCertificate::fromData(*contents, QSsl::Pem);
            if (certificates.isEmpty()) {
                setup.error = {ErrorCode::ClientCertificateInvalid,
                               TlsSetupText::tr("The client certificate file %1 holds no PEM certificate.")
                                   .arg(settings.clientCertificateFile),
                               std::nullopt, std::nullopt};
                return setup;
            }
            certificate = certificates.first();
            chain = certificates.mid(1);
            QByteArray keyPem = *contents;
            if (!settings.clientKeyFile.isEmpty()) {
                const auto keyContents =
                    readSmallFile(settings.clientKeyFile, TlsSetupText::tr("client key"), &setup.error);
                if (!keyContents) {
                    setup.error.code = ErrorCode::ClientCertificateInvalid;
                    return setup;
                }
                keyPem = *keyContents;
            }
            key = loadKey(keyPem, settings.clientKeyPassphrase);
            if (key.isNull()) {
                setup.error = {
                    ErrorCode::ClientCertificateInvalid,
                    TlsSetupText::tr("The client key in %1 cannot be loaded: wrong passphrase, or no PEM private "
                                     "key there.")
                        .arg(settings.clientKeyFile.isEmpty() ? settings.clientCertificateFile
                                                              : settings.clientKeyFile),
                    std::nullopt, std::nullopt};
                return setup;
            }
        }
        setup.configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        setup.configuration.setPrivateKey(key);
        setup.notes << TlsSetupText::tr("Client certificate %1 loaded from %2.")
                           .arg(certificate.subjectDisplayName(), settings.clientCertificateFile);
    }

    if (!settings.proxy.isEmpty()) {
        QString message;
        setup.proxy = parseProxy(settings.proxy, settings.proxyPassword, &message);
        if (!setup.proxy)
            setup.error = {ErrorCode::InvalidSettings, message, std::nullopt, std::nullopt};
    }
    return setup;
}

} // namespace Smtp
