#include "certificatefactory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslSocket>

#include <iterator>

namespace SmtpTest
{

namespace
{

constexpr int OpensslTimeoutMs = 60000;

QString opensslDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

// `openssl req` insists on a distinguished_name section; an empty one keeps Debian's openssl.cnf defaults
// (v3_ca on every -x509 certificate) out of the generated certificates.
const QByteArray RequestConfig = "[req]\n"
                                 "distinguished_name = dn\n"
                                 "prompt = no\n"
                                 "[dn]\n"
                                 "CN = unused\n";

const QByteArray ServerExtensions = "[server]\n"
                                    "basicConstraints = critical, CA:FALSE\n"
                                    "keyUsage = critical, digitalSignature, keyEncipherment\n"
                                    "extendedKeyUsage = serverAuth\n"
                                    "subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1\n"
                                    "subjectKeyIdentifier = hash\n"
                                    "authorityKeyIdentifier = keyid\n"
                                    "[wronghost]\n"
                                    "basicConstraints = critical, CA:FALSE\n"
                                    "keyUsage = critical, digitalSignature, keyEncipherment\n"
                                    "extendedKeyUsage = serverAuth\n"
                                    "subjectAltName = DNS:other.example.org\n"
                                    "subjectKeyIdentifier = hash\n"
                                    "authorityKeyIdentifier = keyid\n"
                                    "[client]\n"
                                    "basicConstraints = critical, CA:FALSE\n"
                                    "keyUsage = critical, digitalSignature\n"
                                    "extendedKeyUsage = clientAuth\n"
                                    "subjectKeyIdentifier = hash\n"
                                    "authorityKeyIdentifier = keyid\n";

} // namespace

const CertificateFiles &CertificateSet::server(ServerCertificate which) const
{
    switch (which) {
    case ServerCertificate::Valid:
        return valid;
    case ServerCertificate::ValidRsa:
        return validRsa;
    case ServerCertificate::SelfSigned:
        return selfSigned;
    case ServerCertificate::WrongHost:
        return wrongHost;
    case ServerCertificate::Expired:
        return expired;
    case ServerCertificate::NotYetValid:
        return notYetValid;
    case ServerCertificate::UnknownCa:
        return unknownCa;
    case ServerCertificate::ForgedNames:
        return forgedNames;
    }
    return valid;
}

QString CertificateSet::forgedCommonName()
{
    // At most 64 characters (RFC 5280 ub-common-name), or openssl refuses it.
    static constexpr char16_t name[] = u"x\nCertificate verified for smtp.example.com.\nTLS\x1b[2J\u202E\0\r\n";
    return QString::fromUtf16(name, std::size(name) - 1);
}

QString CertificateSet::forgedAlternativeName()
{
    return QStringLiteral("evil\nCertificate verified for san.example.com.\x1b[2J");
}

CertificateFactory::CertificateFactory() : m_dir(std::make_unique<QTemporaryDir>()) {}

CertificateFactory::~CertificateFactory() = default;

QString CertificateFactory::path(const QString &fileName) const
{
    return m_dir->filePath(fileName);
}

bool CertificateFactory::writeFile(const QString &fileName, const QByteArray &contents)
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool CertificateFactory::run(const QStringList &arguments)
{
    const OpensslRun result = runOpenssl(arguments, m_dir->path());
    if (!result.ok)
        m_error = result.error;
    return result.ok;
}

OpensslRun CertificateFactory::runOpenssl(const QStringList &arguments, const QString &workingDirectory)
{
    OpensslRun result;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(OpensslTimeoutMs)) {
        result.error = QStringLiteral("cannot start openssl: %1").arg(process.errorString());
        return result;
    }
    // Nothing is written to it: s_client, for one, would otherwise wait for input after its handshake.
    process.closeWriteChannel();
    if (!process.waitForFinished(OpensslTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QStringLiteral("openssl %1 timed out").arg(arguments.join(QLatin1Char(' ')));
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput() + process.readAllStandardError();
    result.ok = result.exitCode == 0;
    if (!result.ok) {
        result.error = QStringLiteral("openssl %1 failed (exit %2): %3")
                           .arg(arguments.join(QLatin1Char(' ')))
                           .arg(result.exitCode)
                           .arg(QString::fromLocal8Bit(result.output));
    }
    return result;
}

bool CertificateFactory::makeKey(const QString &keyPath, bool rsa)
{
    if (rsa) {
        return run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"),
                    keyPath});
    }
    return run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                keyPath});
}

bool CertificateFactory::makeRoot(const QString &name, const QString &commonName, CertificateFiles &files)
{
    files.key = path(name + QStringLiteral(".key"));
    files.certificate = path(name + QStringLiteral(".pem"));
    if (!makeKey(files.key, false))
        return false;
    if (!run({QStringLiteral("req"),           QStringLiteral("-config"),
              path(QStringLiteral("req.cnf")), QStringLiteral("-x509"),
              QStringLiteral("-new"),          QStringLiteral("-sha256"),
              QStringLiteral("-key"),          files.key,
              QStringLiteral("-subj"),         QStringLiteral("/O=SMTP Workbench Tests/CN=") + commonName,
              QStringLiteral("-days"),         QStringLiteral("3650"),
              QStringLiteral("-addext"),       QStringLiteral("basicConstraints=critical,CA:TRUE"),
              QStringLiteral("-addext"),       QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
              QStringLiteral("-addext"),       QStringLiteral("subjectKeyIdentifier=hash"),
              QStringLiteral("-out"),          files.certificate})) {
        return false;
    }
    // `openssl ca` keeps its database next to the CA.
    const QString caDir = name + QStringLiteral(".db");
    if (!QDir(m_dir->path()).mkpath(caDir + QStringLiteral("/newcerts")))
        return false;
    const QByteArray config = "[ca]\n"
                              "default_ca = testca\n"
                              "[testca]\n"
                              "dir = " +
                              path(caDir).toLocal8Bit() +
                              "\n"
                              "database = $dir/index.txt\n"
                              "new_certs_dir = $dir/newcerts\n"
                              "serial = $dir/serial\n"
                              "default_md = sha256\n"
                              "policy = policy_any\n"
                              "unique_subject = no\n"
                              "copy_extensions = none\n"
                              "default_days = 365\n"
                              "[policy_any]\n"
                              "commonName = supplied\n"
                              "organizationName = optional\n";
    const QByteArray serial = QByteArray::number(QRandomGenerator::global()->bounded(0x1000, 0x7fffffff), 16);
    return writeFile(caDir + QStringLiteral("/ca.cnf"), config) &&
           writeFile(caDir + QStringLiteral("/index.txt"), QByteArray()) &&
           writeFile(caDir + QStringLiteral("/serial"), (serial.size() % 2 ? "0" + serial : serial) + "\n");
}

bool CertificateFactory::makeSelfSignedLeaf(const QString &name, CertificateFiles &files)
{
    files.key = path(name + QStringLiteral(".key"));
    files.certificate = path(name + QStringLiteral(".pem"));
    return makeKey(files.key, false) &&
           run({QStringLiteral("req"),           QStringLiteral("-config"),
                path(QStringLiteral("req.cnf")), QStringLiteral("-x509"),
                QStringLiteral("-new"),          QStringLiteral("-sha256"),
                QStringLiteral("-key"),          files.key,
                QStringLiteral("-subj"),         QStringLiteral("/CN=localhost"),
                QStringLiteral("-days"),         QStringLiteral("365"),
                QStringLiteral("-addext"),       QStringLiteral("basicConstraints=critical,CA:FALSE"),
                QStringLiteral("-addext"),       QStringLiteral("extendedKeyUsage=serverAuth"),
                QStringLiteral("-addext"),       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"),
                QStringLiteral("-out"),          files.certificate});
}

bool CertificateFactory::makeForgedNames(CertificateFiles &files)
{
    files.key = path(QStringLiteral("forged-names.key"));
    files.certificate = path(QStringLiteral("forged-names.pem"));
    // No command-line argument can hold a NUL: the CN is made with \x01 there and the byte is patched afterwards.
    const QString commonName = CertificateSet::forgedCommonName();
    QString placeholder = commonName;
    placeholder.replace(QChar(u'\0'), QChar(u'\x01'));
    // A SAN with a line break needs the config file's own escapes (\n); -addext takes it literally.
    QByteArray sanName = CertificateSet::forgedAlternativeName().toUtf8();
    sanName.replace('\n', "\\n");
    const QByteArray config = RequestConfig +
                              "[forged]\n"
                              "basicConstraints = critical, CA:FALSE\n"
                              "extendedKeyUsage = serverAuth\n"
                              "subjectAltName = @forgedNames\n"
                              "[forgedNames]\n"
                              "DNS.1 = localhost\n"
                              "IP.1 = 127.0.0.1\n"
                              "IP.2 = ::1\n"
                              "DNS.2 = " +
                              sanName + "\n";
    if (!writeFile(QStringLiteral("forged.cnf"), config) || !makeKey(files.key, false) ||
        !run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("forged.cnf")),
              QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-sha256"), QStringLiteral("-key"),
              files.key, QStringLiteral("-utf8"), QStringLiteral("-subj"), QStringLiteral("/CN=") + placeholder,
              QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-extensions"), QStringLiteral("forged"),
              QStringLiteral("-out"), files.certificate})) {
        return false;
    }
    QByteArray der = loadCertificate(files.certificate).toDer();
    // From the U+202E before it: long enough not to occur by chance in the key or the signature.
    const QByteArray marker = placeholder.mid(placeholder.indexOf(QChar(u'\x01')) - 1).toUtf8();
    QByteArray patched = marker;
    patched[marker.indexOf('\x01')] = '\0';
    // Subject and issuer (the same, self-signed) both hold the name.
    if (der.count(marker) != 2) {
        m_error = QStringLiteral("the forged name is not where it was expected in %1").arg(files.certificate);
        return false;
    }
    der.replace(marker, patched);
    return writeFile(QStringLiteral("forged-names.pem"), QSslCertificate(der, QSsl::Der).toPem());
}

bool CertificateFactory::makeSigned(const QString &name, const CertificateFiles &issuer, const QString &subject,
                                    const QString &extensions, const QString &startDate, const QString &endDate,
                                    bool rsa, CertificateFiles &files)
{
    files.key = path(name + QStringLiteral(".key"));
    files.certificate = path(name + QStringLiteral(".pem"));
    const QString request = path(name + QStringLiteral(".csr"));
    if (!makeKey(files.key, rsa))
        return false;
    if (!run({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("req.cnf")), QStringLiteral("-new"),
              QStringLiteral("-sha256"), QStringLiteral("-key"), files.key, QStringLiteral("-subj"), subject,
              QStringLiteral("-out"), request})) {
        return false;
    }
    // The issuer's database folder is named after its certificate file.
    QString caDir = issuer.certificate;
    caDir.chop(4);
    caDir += QStringLiteral(".db");
    // `openssl ca` is used rather than `openssl x509 -req` because OpenSSL 3.0's x509 has no option for a
    // notBefore in the past or the future.
    QStringList arguments{QStringLiteral("ca"),
                          QStringLiteral("-batch"),
                          QStringLiteral("-notext"),
                          QStringLiteral("-config"),
                          caDir + QStringLiteral("/ca.cnf"),
                          QStringLiteral("-cert"),
                          issuer.certificate,
                          QStringLiteral("-keyfile"),
                          issuer.key,
                          QStringLiteral("-extfile"),
                          path(QStringLiteral("extensions.cnf")),
                          QStringLiteral("-extensions"),
                          extensions,
                          QStringLiteral("-in"),
                          request,
                          QStringLiteral("-out"),
                          files.certificate};
    if (!startDate.isEmpty())
        arguments << QStringLiteral("-startdate") << startDate;
    if (!endDate.isEmpty())
        arguments << QStringLiteral("-enddate") << endDate;
    return run(arguments);
}

bool CertificateFactory::generate()
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_set.directory = m_dir->path();
    if (!writeFile(QStringLiteral("req.cnf"), RequestConfig) ||
        !writeFile(QStringLiteral("extensions.cnf"), ServerExtensions)) {
        return false;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString localhost = QStringLiteral("/O=SMTP Workbench Tests/CN=localhost");
    const QString validFrom = opensslDate(now.addDays(-1));
    const QString validTo = opensslDate(now.addDays(365));

    if (!makeRoot(QStringLiteral("ca"), QStringLiteral("SMTP Workbench Test CA"), m_set.ca) ||
        !makeRoot(QStringLiteral("unknown-root"), QStringLiteral("SMTP Workbench Unknown CA"), m_set.unknownRoot) ||
        !makeRoot(QStringLiteral("client-ca"), QStringLiteral("SMTP Workbench Test Client CA"), m_set.clientCa)) {
        return false;
    }
    if (!makeSigned(QStringLiteral("valid"), m_set.ca, localhost, QStringLiteral("server"), validFrom, validTo, false,
                    m_set.valid) ||
        !makeSigned(QStringLiteral("valid-rsa"), m_set.ca, localhost, QStringLiteral("server"), validFrom, validTo,
                    true, m_set.validRsa) ||
        !makeSelfSignedLeaf(QStringLiteral("self-signed"), m_set.selfSigned) || !makeForgedNames(m_set.forgedNames) ||
        !makeSigned(QStringLiteral("wrong-host"), m_set.ca,
                    QStringLiteral("/O=SMTP Workbench Tests/CN=other.example.org"), QStringLiteral("wronghost"),
                    validFrom, validTo, false, m_set.wrongHost) ||
        !makeSigned(QStringLiteral("expired"), m_set.ca, localhost, QStringLiteral("server"),
                    opensslDate(now.addDays(-60)), opensslDate(now.addDays(-30)), false, m_set.expired) ||
        !makeSigned(QStringLiteral("not-yet-valid"), m_set.ca, localhost, QStringLiteral("server"),
                    opensslDate(now.addDays(30)), opensslDate(now.addDays(60)), false, m_set.notYetValid) ||
        !makeSigned(QStringLiteral("unknown-ca"), m_set.unknownRoot, localhost, QStringLiteral("server"), validFrom,
                    validTo, false, m_set.unknownCa) ||
        !makeSigned(QStringLiteral("client"), m_set.clientCa,
                    QStringLiteral("/O=SMTP Workbench Tests/CN=SMTP Workbench Test Client"), QStringLiteral("client"),
                    validFrom, validTo, false, m_set.client)) {
        return false;
    }

    // OpenSSL 3 exports with AES-256-CBC, PBKDF2 and a SHA-256 MAC by default; spelled out so a changed default
    // cannot silently produce a file that needs the legacy provider.
    m_set.clientEncryptedKey = path(QStringLiteral("client-encrypted.key"));
    m_set.clientKeyPassword = QStringLiteral("test-key-passphrase");
    if (!run({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
              QStringLiteral("-in"), m_set.client.key, QStringLiteral("-passout"),
              QStringLiteral("pass:") + m_set.clientKeyPassword, QStringLiteral("-out"), m_set.clientEncryptedKey})) {
        return false;
    }

    m_set.clientPkcs12 = path(QStringLiteral("client.p12"));
    m_set.clientPkcs12Password = QStringLiteral("test-pkcs12-password");
    return run({QStringLiteral("pkcs12"),    QStringLiteral("-export"),
                QStringLiteral("-in"),       m_set.client.certificate,
                QStringLiteral("-inkey"),    m_set.client.key,
                QStringLiteral("-certfile"), m_set.clientCa.certificate,
                QStringLiteral("-name"),     QStringLiteral("SMTP Workbench Test Client"),
                QStringLiteral("-certpbe"),  QStringLiteral("AES-256-CBC"),
                QStringLiteral("-keypbe"),   QStringLiteral("AES-256-CBC"),
                QStringLiteral("-macalg"),   QStringLiteral("sha256"),
                QStringLiteral("-passout"),  QStringLiteral("pass:") + m_set.clientPkcs12Password,
                QStringLiteral("-out"),      m_set.clientPkcs12});
}

const CertificateSet &CertificateFactory::shared()
{
    static CertificateFactory factory;
    static const bool generated = [] {
        if (!factory.generate())
            qFatal("CertificateFactory: %s", qPrintable(factory.errorString()));
        return true;
    }();
    Q_UNUSED(generated);
    return factory.files();
}

CertificateFiles CertificateFactory::issueServerCertificate(const QStringList &dnsNames, const QString &directory,
                                                            QString *error)
{
    const CertificateSet &set = shared();
    const QDir folder(directory);
    CertificateFiles files{folder.filePath(QStringLiteral("server.pem")),
                           folder.filePath(QStringLiteral("server.key"))};
    const QString request = folder.filePath(QStringLiteral("server.csr"));
    const QString extensions = folder.filePath(QStringLiteral("server-extensions.cnf"));
    QStringList alternativeNames;
    for (const QString &name : dnsNames)
        alternativeNames << QStringLiteral("DNS:") + name;
    QFile extensionFile(extensions);
    const QByteArray extensionText = "[server]\n"
                                     "basicConstraints = critical, CA:FALSE\n"
                                     "keyUsage = critical, digitalSignature, keyEncipherment\n"
                                     "extendedKeyUsage = serverAuth\n"
                                     "subjectAltName = " +
                                     alternativeNames.join(QLatin1Char(',')).toUtf8() + "\n";
    if (!extensionFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        extensionFile.write(extensionText) != extensionText.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(extensions, extensionFile.errorString());
        return {};
    }
    extensionFile.close();
    const QString serial = QString::number(QRandomGenerator::global()->bounded(0x1000, 0x7fffffff));
    const QList<QStringList> steps = {
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), files.key},
        {QStringLiteral("req"), QStringLiteral("-config"), set.directory + QStringLiteral("/req.cnf"),
         QStringLiteral("-new"), QStringLiteral("-sha256"), QStringLiteral("-key"), files.key, QStringLiteral("-subj"),
         QStringLiteral("/O=SMTP Workbench Tests/CN=") + dnsNames.value(0), QStringLiteral("-out"), request},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-sha256"), QStringLiteral("-in"), request,
         QStringLiteral("-CA"), set.ca.certificate, QStringLiteral("-CAkey"), set.ca.key, QStringLiteral("-set_serial"),
         serial, QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-extfile"), extensions,
         QStringLiteral("-extensions"), QStringLiteral("server"), QStringLiteral("-out"), files.certificate},
    };
    for (const QStringList &step : steps) {
        const OpensslRun result = runOpenssl(step, directory);
        if (!result.ok) {
            *error = result.error;
            return {};
        }
    }
    return files;
}

QSslCertificate CertificateFactory::loadCertificate(const QString &pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(&file, QSsl::Pem);
}

QSslKey CertificateFactory::loadKey(const QString &pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    return key;
}

QSslCertificate CertificateFactory::caCertificate()
{
    return loadCertificate(shared().ca.certificate);
}

QSslCertificate CertificateFactory::clientCaCertificate()
{
    return loadCertificate(shared().clientCa.certificate);
}

QSslCertificate CertificateFactory::clientCertificate()
{
    return loadCertificate(shared().client.certificate);
}

QSslKey CertificateFactory::clientKey()
{
    return loadKey(shared().client.key);
}

QSslCertificate CertificateFactory::serverCertificate(ServerCertificate which)
{
    return loadCertificate(shared().server(which).certificate);
}

QSslConfiguration CertificateFactory::serverConfiguration(ServerCertificate which)
{
    const CertificateFiles &files = shared().server(which);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(loadCertificate(files.certificate));
    configuration.setPrivateKey(loadKey(files.key));
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QSslConfiguration CertificateFactory::clientConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({caCertificate()});
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

} // namespace SmtpTest
