#pragma once

#include "certificatefactory.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SmtpTest
{

/// One certificate of the verdict matrix: what the server sends, what the client trusts, the name it checks.
struct MatrixCase
{
    QString label;
    QString chainFile;     ///< PEM: the server's certificate, then the intermediates it sends
    QString keyFile;       ///< the server certificate's key
    QString untrustedFile; ///< PEM: the intermediates alone (empty when none are sent), for `openssl verify`
    QString anchorFile;    ///< PEM: the trust anchors
    QString name;          ///< the host name or IP address the certificate must be valid for
    bool expectedVerified; ///< what RFC 6125 / RFC 5280 say, as OpenSSL applies them
    /// The key or signature is too weak for a server at the default security level to present (a Qt server refuses
    /// to load it); a session test serves it with openssl s_server at level 0 (OpensslServer).
    bool tooWeakForDefaultServer = false;
};

/// Builds, with the openssl command, certificates made to mislead a verifier: SAN against CN, wildcards, IP
/// addresses in the wrong places, a NUL inside a SAN, wrong key usage, issuers that are not CAs, name constraints,
/// missing intermediates, path lengths, unknown critical extensions, weak keys and digests, dates, unknown roots.
class CertificateMatrix final
{
public:
    CertificateMatrix();
    ~CertificateMatrix();
    Q_DISABLE_COPY_MOVE(CertificateMatrix)

    /// Generates every case; false with errorString() set when openssl failed.
    bool generate();
    QString errorString() const { return m_error; }
    const QList<MatrixCase> &cases() const { return m_cases; }

    /// The process-wide matrix, generated on first use (qFatal when openssl fails).
    static const CertificateMatrix &shared();

    /// `openssl verify -purpose sslserver -verify_hostname NAME -auth_level LEVEL` (or `-verify_ip`) on the case, at
    /// the security level of a default client (clientSecurityLevel()), with the name also checked by X509_check_host
    /// with X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS (no switch of that command sets it): true for OK. \a output receives
    /// what openssl printed.
    static bool opensslVerifies(const MatrixCase &matrixCase, QByteArray *output);
    /// The security level a new OpenSSL client context has here, the one `openssl s_client` verifies a chain at by
    /// default (Debian builds OpenSSL with level 2).
    static int clientSecurityLevel();

private:
    bool run(const QStringList &arguments);
    bool writeFile(const QString &fileName, const QByteArray &contents);
    QString path(const QString &fileName) const;
    bool makeCa(const QString &name, const QString &issuer, const QString &extensions);
    /// \a digest is the signature's digest option for `openssl x509` ("-sha256").
    bool makeLeaf(const QString &name, const QString &issuer, const QString &subject, const QString &extensions,
                  const QString &digest = QStringLiteral("-sha256"));
    /// The certificate and key files of a generated certificate (leaves share one key).
    CertificateFiles files(const QString &name) const;
    /// \a sent names generated intermediates, in the order the server sends them.
    void addCase(const QString &label, const CertificateFiles &leaf, const QStringList &sent, const QString &anchor,
                 const QString &name, bool expectedVerified, bool tooWeakForDefaultServer = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<MatrixCase> m_cases;
    QString m_error;
};

} // namespace SmtpTest
