#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SmtpTest
{

/// Which certificate a test server presents.
enum class ServerCertificate
{
    Valid,       ///< EC P-256 leaf for localhost / 127.0.0.1 / ::1, signed by the test CA
    ValidRsa,    ///< the same names with an RSA 2048 key, signed by the test CA
    SelfSigned,  ///< self-signed leaf for localhost (not in any trust store)
    WrongHost,   ///< signed by the test CA, but only for other.example.org
    Expired,     ///< signed by the test CA for localhost, notAfter in the past
    NotYetValid, ///< signed by the test CA for localhost, notBefore in the future
    UnknownCa,   ///< leaf for localhost signed by a CA nobody trusts
    /// Self-signed leaf for localhost / 127.0.0.1 / ::1 whose names try to forge output lines: the CN (also the
    /// issuer) holds forgedCommonName (line breaks, ESC, U+202E and a NUL; the NUL is patched in, so its signature is
    /// broken) and a SAN holds forgedAlternativeName.
    ForgedNames,
};

/// A PEM certificate file and its unencrypted PEM private key file.
struct CertificateFiles
{
    QString certificate;
    QString key;
};

/// Paths of every generated PEM file. All files live in the factory's temporary directory.
struct CertificateSet
{
    QString directory;

    CertificateFiles ca;          ///< the test CA tests trust
    CertificateFiles valid;       ///< ServerCertificate::Valid
    CertificateFiles validRsa;    ///< ServerCertificate::ValidRsa
    CertificateFiles selfSigned;  ///< ServerCertificate::SelfSigned
    CertificateFiles wrongHost;   ///< ServerCertificate::WrongHost
    CertificateFiles expired;     ///< ServerCertificate::Expired
    CertificateFiles notYetValid; ///< ServerCertificate::NotYetValid
    CertificateFiles unknownCa;   ///< ServerCertificate::UnknownCa (the leaf)
    CertificateFiles unknownRoot; ///< the untrusted CA that signed unknownCa
    CertificateFiles forgedNames; ///< ServerCertificate::ForgedNames

    CertificateFiles clientCa; ///< CA a server uses to verify client certificates
    CertificateFiles client;   ///< client certificate (CN "SMTP Workbench Test Client") signed by clientCa
    QString clientPkcs12;      ///< client certificate, key and clientCa chain as PKCS#12
    QString clientPkcs12Password;
    QString clientEncryptedKey; ///< client.key as encrypted PKCS#8 PEM (AES-256-CBC)
    QString clientKeyPassword;  ///< passphrase of clientEncryptedKey

    /// The CN of ServerCertificate::ForgedNames, exactly.
    static QString forgedCommonName();
    /// The hostile DNS name among the SANs of ServerCertificate::ForgedNames.
    static QString forgedAlternativeName();

    /// The files of the leaf a server presents for \a which.
    const CertificateFiles &server(ServerCertificate which) const;
};

/// What one run of the openssl command did.
struct OpensslRun
{
    bool ok = false;
    int exitCode = -1;
    QByteArray output; ///< standard output, then standard error
    QString error;     ///< why it failed, with openssl's output
};

/// Generates a throw-away PKI with the openssl command-line tool. Generation takes a second or two, so tests
/// normally use shared(), which generates once per process.
class CertificateFactory final
{
public:
    CertificateFactory();
    ~CertificateFactory();
    Q_DISABLE_COPY_MOVE(CertificateFactory)

    /// Runs openssl to create every file; on failure errorString() holds openssl's stderr.
    bool generate();
    QString errorString() const { return m_error; }
    const CertificateSet &files() const { return m_set; }

    /// The process-wide set, generated on first use. Aborts the test (qFatal) with openssl's stderr if
    /// generation fails, because no TLS test can mean anything without it.
    static const CertificateSet &shared();

    /// Issues with the shared test CA an EC P-256 server leaf for \a dnsNames (the first is also its CN), valid for a
    /// year, as server.pem and server.key in \a directory: for servers whose names are not localhost. Empty paths and
    /// the reason in \a error when openssl fails.
    static CertificateFiles issueServerCertificate(const QStringList &dnsNames, const QString &directory,
                                                   QString *error);

    /// Runs `openssl ARGUMENTS` in \a workingDirectory, bounded in time.
    static OpensslRun runOpenssl(const QStringList &arguments, const QString &workingDirectory);

    static QSslCertificate loadCertificate(const QString &pemPath);
    static QSslKey loadKey(const QString &pemPath);

    /// The test CA certificate (what a client under test should trust).
    static QSslCertificate caCertificate();
    /// The CA that signed the client certificate (what a server requiring client certificates trusts).
    static QSslCertificate clientCaCertificate();
    static QSslCertificate clientCertificate();
    static QSslKey clientKey();
    static QSslCertificate serverCertificate(ServerCertificate which);

    /// Server-mode configuration presenting \a which (leaf only, key loaded), TLS 1.2 or later, no peer
    /// verification.
    static QSslConfiguration serverConfiguration(ServerCertificate which);
    /// Client-mode configuration that trusts only the test CA.
    static QSslConfiguration clientConfiguration();

private:
    bool run(const QStringList &arguments);
    bool makeKey(const QString &keyPath, bool rsa);
    bool makeRoot(const QString &name, const QString &commonName, CertificateFiles &files);
    bool makeSelfSignedLeaf(const QString &name, CertificateFiles &files);
    bool makeForgedNames(CertificateFiles &files);
    bool makeSigned(const QString &name, const CertificateFiles &issuer, const QString &subject,
                    const QString &extensions, const QString &startDate, const QString &endDate, bool rsa,
                    CertificateFiles &files);
    QString path(const QString &fileName) const;
    bool writeFile(const QString &fileName, const QByteArray &contents);

    std::unique_ptr<QTemporaryDir> m_dir;
    CertificateSet m_set;
    QString m_error;
};

} // namespace SmtpTest

// For QTest data columns.
Q_DECLARE_METATYPE(SmtpTest::ServerCertificate)
