#include "certificatematrix.h"

#include "certificatefactory.h"

#include <QFile>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <memory>

namespace SmtpTest
{

namespace
{

bool leafMatchesWithoutPartialWildcards(const QString &chainFile, const QString &name)
{
    QFile file(chainFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    const std::unique_ptr<X509, decltype(&X509_free)> leaf(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr),
                                                           X509_free);
    const QByteArray nameBytes = name.toUtf8();
    return leaf && X509_check_host(leaf.get(), nameBytes.constData(), size_t(nameBytes.size()),
                                   X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr) == 1;
}

// Every extension section the matrix uses. The NUL-in-SAN section is added in generate(): the config syntax has no
// way to write a NUL, so that SAN is given as DER.
const QByteArray MatrixConfig = "[req]\n"
                                "distinguished_name = dn\n"
                                "prompt = no\n"
                                "[dn]\n"
                                "CN = unused\n"
                                "[root_ca]\n"
                                "basicConstraints = critical, CA:TRUE\n"
                                "keyUsage = critical, keyCertSign, cRLSign\n"
                                "subjectKeyIdentifier = hash\n"
                                "[intermediate_ca]\n"
                                "basicConstraints = critical, CA:TRUE, pathlen:0\n"
                                "keyUsage = critical, keyCertSign, cRLSign\n"
                                "subjectKeyIdentifier = hash\n"
                                "authorityKeyIdentifier = keyid\n"
                                "[open_ca]\n"
                                "basicConstraints = critical, CA:TRUE\n"
                                "keyUsage = critical, keyCertSign, cRLSign\n"
                                "subjectKeyIdentifier = hash\n"
                                "authorityKeyIdentifier = keyid\n"
                                "[constrained_ca]\n"
                                "basicConstraints = critical, CA:TRUE\n"
                                "keyUsage = critical, keyCertSign, cRLSign\n"
                                "nameConstraints = critical, permitted;DNS:example.test\n"
                                "subjectKeyIdentifier = hash\n"
                                "authorityKeyIdentifier = keyid\n"
                                "[not_ca]\n"
                                "basicConstraints = critical, CA:FALSE\n"
                                "keyUsage = critical, digitalSignature\n"
                                "subjectKeyIdentifier = hash\n"
                                "authorityKeyIdentifier = keyid\n";

/// The sections of leaf certificates: each is [leaf] plus its own lines.
struct LeafSection
{
    const char *name;
    const char *lines;
};

const LeafSection LeafSections[] = {
    {"leaf_mail", "subjectAltName = DNS:mail.test\n"},
    {"leaf_other", "subjectAltName = DNS:other.test\n"},
    {"leaf_cn_only", ""},
    {"leaf_wildcard", "subjectAltName = DNS:*.example.test\n"},
    {"leaf_partial_wildcard", "subjectAltName = DNS:m*.example.test\n"},
    {"leaf_ip", "subjectAltName = IP:127.0.0.1\n"},
    {"leaf_ip_as_dns", "subjectAltName = DNS:127.0.0.1\n"},
    {"leaf_ipv6", "subjectAltName = IP:::1\n"},
    {"leaf_mail_example", "subjectAltName = DNS:mail.example.test\n"},
    {"leaf_upper_case", "subjectAltName = DNS:MAIL.Example.TEST\n"},
    {"leaf_unknown_critical", "subjectAltName = DNS:mail.test\n1.3.6.1.4.1.55555.1 = critical, ASN1:UTF8String:x\n"},
};

/// subjectAltName as DER: GeneralNames holding one dNSName of "mail.test\0.evil.test".
QByteArray nulSanDer()
{
    const QByteArray name("mail.test\0.evil.test", 20);
    QByteArray generalName;
    generalName.append(char(0x82)).append(char(name.size())).append(name);
    QByteArray names;
    names.append(char(0x30)).append(char(generalName.size())).append(generalName);
    return names.toHex(':').toUpper();
}

QByteArray leafSections()
{
    const QByteArray common = "basicConstraints = critical, CA:FALSE\n"
                              "keyUsage = critical, digitalSignature\n"
                              "subjectKeyIdentifier = hash\n"
                              "authorityKeyIdentifier = keyid\n";
    QByteArray sections;
    for (const LeafSection &section : LeafSections)
        sections += "[" + QByteArray(section.name) + "]\n" + common + "extendedKeyUsage = serverAuth\n" + section.lines;
    sections += "[leaf_nul]\n" + common + "extendedKeyUsage = serverAuth\nsubjectAltName = DER:" + nulSanDer() + "\n";
    sections += "[leaf_client_only]\n" + common + "extendedKeyUsage = clientAuth\nsubjectAltName = DNS:mail.test\n";
    return sections;
}

} // namespace

CertificateMatrix::CertificateMatrix() : m_dir(std::make_unique<QTemporaryDir>()) {}

CertificateMatrix::~CertificateMatrix() = default;

QString CertificateMatrix::path(const QString &fileName) const
{
    return m_dir->filePath(fileName);
}

bool CertificateMatrix::run(const QStringList &arguments)
{
    const OpensslRun result = CertificateFactory::runOpenssl(arguments, m_dir->path());
    if (!result.ok)
        m_error = result.error;
    return result.ok;
}

bool CertificateMatrix::writeFile(const QString &fileName, const QByteArray &contents)
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool CertificateMatrix::makeCa(const QString &name, const QString &issuer, const QString &extensions)
{
    const QString key = name + QStringLiteral(".key");
    if (!run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), key})) {
        return false;
    }
    if (issuer.isEmpty()) {
        return run({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("matrix.cnf"),
                    QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-sha256"), QStringLiteral("-key"),
                    key, QStringLiteral("-subj"), QStringLiteral("/CN=Matrix ") + name, QStringLiteral("-days"),
                    QStringLiteral("3650"), QStringLiteral("-extensions"), extensions, QStringLiteral("-out"),
                    name + QStringLiteral(".pem")});
    }
    return makeLeaf(name, issuer, QStringLiteral("/CN=Matrix ") + name, extensions);
}

bool CertificateMatrix::makeLeaf(const QString &name, const QString &issuer, const QString &subject,
                                 const QString &extensions, const QString &digest)
{
    static int serial = 0x1000;
    const QString key =
        QFile::exists(path(name + QStringLiteral(".key"))) ? name + QStringLiteral(".key") : QStringLiteral("leaf.key");
    const QString request = name + QStringLiteral(".csr");
    return run({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("matrix.cnf"), QStringLiteral("-new"),
                QStringLiteral("-key"), key, QStringLiteral("-subj"), subject, QStringLiteral("-out"), request}) &&
           run({QStringLiteral("x509"), QStringLiteral("-req"), digest, QStringLiteral("-in"), request,
                QStringLiteral("-CA"), issuer + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                issuer + QStringLiteral(".key"), QStringLiteral("-set_serial"), QString::number(++serial),
                QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-extfile"),
                QStringLiteral("matrix.cnf"), QStringLiteral("-extensions"), extensions, QStringLiteral("-out"),
                name + QStringLiteral(".pem")});
}

void CertificateMatrix::addCase(const QString &label, const CertificateFiles &leaf, const QStringList &sent,
                                const QString &anchor, const QString &name, bool expectedVerified,
                                bool tooWeakForDefaultServer)
{
    const auto read = [](const QString &file) {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    };
    const QString base = QStringLiteral("case%1").arg(m_cases.size(), 2, 10, QLatin1Char('0'));
    QByteArray untrusted;
    for (const QString &intermediate : sent)
        untrusted += read(path(intermediate + QStringLiteral(".pem")));
    MatrixCase matrixCase{label,
                          path(base + QStringLiteral(".chain.pem")),
                          leaf.key,
                          QString(),
                          anchor,
                          name,
                          expectedVerified,
                          tooWeakForDefaultServer};
    if (!writeFile(base + QStringLiteral(".chain.pem"), read(leaf.certificate) + untrusted))
        return;
    if (!sent.isEmpty()) {
        matrixCase.untrustedFile = path(base + QStringLiteral(".untrusted.pem"));
        if (!writeFile(base + QStringLiteral(".untrusted.pem"), untrusted))
            return;
    }
    m_cases.append(matrixCase);
}

CertificateFiles CertificateMatrix::files(const QString &name) const
{
    const QString key = QFile::exists(path(name + QStringLiteral(".key"))) ? name : QStringLiteral("leaf");
    return {path(name + QStringLiteral(".pem")), path(key + QStringLiteral(".key"))};
}

bool CertificateMatrix::generate()
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (!writeFile(QStringLiteral("matrix.cnf"), MatrixConfig + leafSections()) ||
        !run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), QStringLiteral("leaf.key")})) {
        return false;
    }
    const QString root = QStringLiteral("root");
    // Certificate authorities: a root; an intermediate that may sign only leaves (pathlen 0); one that may sign
    // further CAs; one constrained to example.test; a "CA" that is not one; a sub-CA below the pathlen-0 one.
    const bool cas = makeCa(root, {}, QStringLiteral("root_ca")) &&
                     makeCa(QStringLiteral("intermediate"), root, QStringLiteral("intermediate_ca")) &&
                     makeCa(QStringLiteral("open"), root, QStringLiteral("open_ca")) &&
                     makeCa(QStringLiteral("open-sub"), QStringLiteral("open"), QStringLiteral("open_ca")) &&
                     makeCa(QStringLiteral("constrained"), root, QStringLiteral("constrained_ca")) &&
                     makeCa(QStringLiteral("not-a-ca"), root, QStringLiteral("not_ca")) &&
                     makeCa(QStringLiteral("too-deep"), QStringLiteral("intermediate"), QStringLiteral("open_ca"));
    if (!cas)
        return false;

    struct Leaf
    {
        const char *name;
        const char *issuer;
        const char *subject;
        const char *section;
    };
    const Leaf leaves[] = {
        {"mail", "intermediate", "/CN=mail.test", "leaf_mail"},
        {"cn-other-san", "intermediate", "/CN=mail.test", "leaf_other"},
        {"cn-only", "intermediate", "/CN=mail.test", "leaf_cn_only"},
        {"wildcard", "intermediate", "/CN=wildcard", "leaf_wildcard"},
        {"partial-wildcard", "intermediate", "/CN=partial", "leaf_partial_wildcard"},
        {"ip", "intermediate", "/CN=address", "leaf_ip"},
        {"ip-as-dns", "intermediate", "/CN=address", "leaf_ip_as_dns"},
        {"ip-in-cn", "intermediate", "/CN=127.0.0.1", "leaf_cn_only"},
        {"ipv6", "intermediate", "/CN=address", "leaf_ipv6"},
        {"nul-san", "intermediate", "/CN=mail.test", "leaf_nul"},
        {"client-only", "intermediate", "/CN=mail.test", "leaf_client_only"},
        {"by-not-a-ca", "not-a-ca", "/CN=mail.test", "leaf_mail"},
        {"constrained-inside", "constrained", "/CN=inside", "leaf_mail_example"},
        {"constrained-outside", "constrained", "/CN=outside", "leaf_mail"},
        {"too-deep", "too-deep", "/CN=mail.test", "leaf_mail"},
        {"reversed", "open-sub", "/CN=mail.test", "leaf_mail"},
        {"unknown-critical", "intermediate", "/CN=mail.test", "leaf_unknown_critical"},
        {"upper-case", "intermediate", "/CN=upper", "leaf_upper_case"},
        {"rsa-1024", "intermediate", "/CN=mail.test", "leaf_mail"},
    };
    // Too weak for the default security level: a leaf with its own RSA-1024 key, and one signed with SHA-1.
    if (!run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
              QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"), QStringLiteral("-out"),
              QStringLiteral("rsa-1024.key")}) ||
        !makeLeaf(QStringLiteral("sha1-signed"), QStringLiteral("intermediate"), QStringLiteral("/CN=mail.test"),
                  QStringLiteral("leaf_mail"), QStringLiteral("-sha1"))) {
        return false;
    }
    for (const Leaf &leaf : leaves) {
        if (!makeLeaf(QLatin1String(leaf.name), QLatin1String(leaf.issuer), QLatin1String(leaf.subject),
                      QLatin1String(leaf.section))) {
            return false;
        }
    }

    const QString anchor = path(root + QStringLiteral(".pem"));
    const QStringList viaIntermediate{QStringLiteral("intermediate")};
    const auto leafFiles = [this](const char *name) { return files(QLatin1String(name)); };
    const QString mail = QStringLiteral("mail.test");
    const QString ipv4 = QStringLiteral("127.0.0.1");
    addCase(QStringLiteral("DNS SAN matches"), leafFiles("mail"), viaIntermediate, anchor, mail, true);
    addCase(QStringLiteral("CN matches, the DNS SAN does not"), leafFiles("cn-other-san"), viaIntermediate, anchor,
            mail, false);
    addCase(QStringLiteral("CN only, no SAN"), leafFiles("cn-only"), viaIntermediate, anchor, mail, true);
    addCase(QStringLiteral("wildcard one label deep"), leafFiles("wildcard"), viaIntermediate, anchor,
            QStringLiteral("mail.example.test"), true);
    addCase(QStringLiteral("wildcard two labels deep"), leafFiles("wildcard"), viaIntermediate, anchor,
            QStringLiteral("a.b.example.test"), false);
    addCase(QStringLiteral("wildcard on the bare domain"), leafFiles("wildcard"), viaIntermediate, anchor,
            QStringLiteral("example.test"), false);
    // OpenSSL accepts a partial-label wildcard in the left-most label unless told otherwise; the client tells it
    // otherwise (RFC 7817 §3), and opensslVerifies() applies the same flag.
    addCase(QStringLiteral("partial-label wildcard"), leafFiles("partial-wildcard"), viaIntermediate, anchor,
            QStringLiteral("mail.example.test"), false);
    addCase(QStringLiteral("partial-label wildcard, no match"), leafFiles("partial-wildcard"), viaIntermediate, anchor,
            QStringLiteral("smtp.example.test"), false);
    addCase(QStringLiteral("IP in an iPAddress SAN"), leafFiles("ip"), viaIntermediate, anchor, ipv4, true);
    addCase(QStringLiteral("IP only as a DNS SAN"), leafFiles("ip-as-dns"), viaIntermediate, anchor, ipv4, false);
    addCase(QStringLiteral("IP only in the CN"), leafFiles("ip-in-cn"), viaIntermediate, anchor, ipv4, false);
    addCase(QStringLiteral("IPv6 in an iPAddress SAN"), leafFiles("ipv6"), viaIntermediate, anchor,
            QStringLiteral("::1"), true);
    addCase(QStringLiteral("NUL inside the SAN"), leafFiles("nul-san"), viaIntermediate, anchor, mail, false);
    addCase(QStringLiteral("clientAuth-only EKU"), leafFiles("client-only"), viaIntermediate, anchor, mail, false);
    addCase(QStringLiteral("issuer that is not a CA"), leafFiles("by-not-a-ca"), {QStringLiteral("not-a-ca")}, anchor,
            mail, false);
    addCase(QStringLiteral("name constraints, inside"), leafFiles("constrained-inside"),
            {QStringLiteral("constrained")}, anchor, QStringLiteral("mail.example.test"), true);
    addCase(QStringLiteral("name constraints, outside"), leafFiles("constrained-outside"),
            {QStringLiteral("constrained")}, anchor, mail, false);
    addCase(QStringLiteral("intermediate not sent"), leafFiles("mail"), {}, anchor, mail, false);
    addCase(QStringLiteral("path length exceeded"), leafFiles("too-deep"),
            {QStringLiteral("too-deep"), QStringLiteral("intermediate")}, anchor, mail, false);
    addCase(QStringLiteral("intermediates in reverse order"), leafFiles("reversed"),
            {QStringLiteral("open"), QStringLiteral("open-sub")}, anchor, mail, true);
    addCase(QStringLiteral("unknown critical extension"), leafFiles("unknown-critical"), viaIntermediate, anchor, mail,
            false);
    addCase(QStringLiteral("case differs"), leafFiles("upper-case"), viaIntermediate, anchor,
            QStringLiteral("mail.EXAMPLE.test"), true);

    // OpenSSL's security levels: level 2 wants 112-bit keys (RSA-1024 gives 80), level 1 wants 80-bit signature
    // digests (SHA-1 gives 63).
    const int level = clientSecurityLevel();
    addCase(QStringLiteral("RSA-1024 leaf key"), leafFiles("rsa-1024"), viaIntermediate, anchor, mail, level < 2, true);
    addCase(QStringLiteral("SHA-1 signed leaf"), leafFiles("sha1-signed"), viaIntermediate, anchor, mail, level < 1,
            true);

    // Dates, self-signed and unknown roots come from the shared test PKI, made for localhost.
    const CertificateSet &pki = CertificateFactory::shared();
    const QString localhost = QStringLiteral("localhost");
    addCase(QStringLiteral("expired"), pki.expired, {}, pki.ca.certificate, localhost, false);
    addCase(QStringLiteral("not yet valid"), pki.notYetValid, {}, pki.ca.certificate, localhost, false);
    addCase(QStringLiteral("self-signed"), pki.selfSigned, {}, pki.ca.certificate, localhost, false);
    addCase(QStringLiteral("self-signed, trusted as its own anchor"), pki.selfSigned, {}, pki.selfSigned.certificate,
            localhost, true);
    addCase(QStringLiteral("unknown CA"), pki.unknownCa, {}, pki.ca.certificate, localhost, false);
    addCase(QStringLiteral("the test CA's leaf for localhost"), pki.valid, {}, pki.ca.certificate, localhost, true);
    return m_error.isEmpty();
}

const CertificateMatrix &CertificateMatrix::shared()
{
    static CertificateMatrix matrix;
    static const bool generated = matrix.generate();
    if (!generated)
        qFatal("cannot generate the certificate matrix: %s", qPrintable(matrix.errorString()));
    return matrix;
}

int CertificateMatrix::clientSecurityLevel()
{
    const std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> context(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
    return context ? SSL_CTX_get_security_level(context.get()) : -1;
}

bool CertificateMatrix::opensslVerifies(const MatrixCase &matrixCase, QByteArray *output)
{
    const bool address = !QHostAddress(matrixCase.name).isNull();
    QStringList arguments{QStringLiteral("verify"),
                          QStringLiteral("-purpose"),
                          QStringLiteral("sslserver"),
                          address ? QStringLiteral("-verify_ip") : QStringLiteral("-verify_hostname"),
                          matrixCase.name,
                          QStringLiteral("-auth_level"),
                          QString::number(clientSecurityLevel()),
                          QStringLiteral("-CAfile"),
                          matrixCase.anchorFile};
    if (!matrixCase.untrustedFile.isEmpty())
        arguments << QStringLiteral("-untrusted") << matrixCase.untrustedFile;
    // The chain file starts with the server's certificate; `openssl verify` reads the first certificate of a file.
    arguments << matrixCase.chainFile;
    const OpensslRun result = CertificateFactory::runOpenssl(arguments, QString());
    *output = result.output;
    if (!result.ok || address)
        return result.ok;
    // `openssl verify` has no switch for X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS: OpenSSL's own name check with the flag,
    // reported the way `openssl verify` reports a mismatch.
    if (leafMatchesWithoutPartialWildcards(matrixCase.chainFile, matrixCase.name))
        return true;
    *output += "error 62 at 0 depth lookup: hostname mismatch (X509_check_host, no partial wildcards)\n";
    return false;
}

} // namespace SmtpTest
