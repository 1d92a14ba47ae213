#include "tlsinspection.h"

#include "core/text/untrustedtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>
#include <mutex>

namespace Smtp
{

namespace
{
/// The translation context of this file's sentences.
class TlsInspectionText
{
    Q_DECLARE_TR_FUNCTIONS(TlsInspection)
};

/// The inspection waiting for the next SSL made on this thread (inside an Attach scope).
thread_local TlsInspection *waitingInspection = nullptr;

QString nameOf(const X509_NAME *name)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), BIO_free);
    if (!out || X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return escapeUntrustedBytes(QByteArray(data, int(size)));
}

/// posttls-finger's names for the server's signature algorithm.
QString signatureTypeName(int nid)
{
    switch (nid) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC:
        return QStringLiteral("ECDSA");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        return QString::fromLatin1(OBJ_nid2sn(nid));
    }
}

} // namespace

/// OpenSSL's callbacks. They find the inspection of an SSL in a registry of their own rather than in the SSL's
/// ex_data: Qt's backend writes to the slot after its own index too, which may be the one registered here.
class TlsInspectionHooks final
{
public:
    static void registerHooks()
    {
        static std::once_flag once;
        std::call_once(once, [] { SSL_get_ex_new_index(0, nullptr, onNew, nullptr, onFree); });
    }

    static void add(const SSL *ssl, TlsInspection *inspection)
    {
        const QMutexLocker lock(&mutex());
        registry().insert(ssl, inspection);
    }

    static void remove(const SSL *ssl)
    {
        const QMutexLocker lock(&mutex());
        registry().remove(ssl);
    }

    static TlsInspection *of(const SSL *ssl)
    {
        const QMutexLocker lock(&mutex());
        return registry().value(ssl);
    }

    static void onNew(void *parent, void *, CRYPTO_EX_DATA *, int, long, void *)
    {
        TlsInspection *inspection = waitingInspection;
        if (inspection && !inspection->m_ssl)
            inspection->attach(static_cast<SSL *>(parent));
    }

    static void onFree(void *parent, void *, CRYPTO_EX_DATA *, int, long, void *)
    {
        if (TlsInspection *inspection = of(static_cast<const SSL *>(parent)))
            inspection->detach();
    }

    static void onMessage(int written, int, int contentType, const void *bytes, size_t length, SSL *ssl, void *)
    {
        if (contentType != SSL3_RT_HANDSHAKE || length == 0)
            return;
        if (TlsInspection *inspection = of(ssl))
            inspection->onHandshakeMessage(written != 0, *static_cast<const unsigned char *>(bytes));
    }

    static void onKeyLog(const SSL *ssl, const char *line)
    {
        if (TlsInspection *inspection = of(ssl))
            inspection->onKeyLogLine(line);
    }

private:
    // Never destroyed: OpenSSL may free an SSL while the process exits, after function-local statics are gone.
    static QMutex &mutex()
    {
        static auto *instance = new QMutex;
        return *instance;
    }

    static QHash<const SSL *, TlsInspection *> &registry()
    {
        static auto *instance = new QHash<const SSL *, TlsInspection *>;
        return *instance;
    }
};

TlsInspection::Attach::Attach(TlsInspection &inspection)
{
    TlsInspectionHooks::registerHooks(); // before the SSL is made, or its hook is not called
    waitingInspection = &inspection;
}

TlsInspection::Attach::~Attach()
{
    waitingInspection = nullptr;
}

TlsInspection::TlsInspection(const QString &keyLogPath) : m_keyLogPath(keyLogPath) {}

TlsInspection::~TlsInspection()
{
    detach();
}

void TlsInspection::attach(SSL *ssl)
{
    m_ssl = ssl;
    TlsInspectionHooks::add(ssl, this);
    SSL_set_msg_callback(ssl, TlsInspectionHooks::onMessage);
    // The key log callback belongs to the context; Qt makes one per connection, and lines of any other connection
    // sharing it would find no inspection of theirs.
    if (!m_keyLogPath.isEmpty())
        SSL_CTX_set_keylog_callback(SSL_get_SSL_CTX(ssl), TlsInspectionHooks::onKeyLog);
}

void TlsInspection::detach()
{
    if (!m_ssl)
        return;
    TlsInspectionHooks::remove(m_ssl);
    m_ssl = nullptr;
}

QString TlsInspection::keyExchange() const
{
    if (!m_ssl)
        return {};
    EVP_PKEY *key = nullptr;
    if (SSL_get_peer_tmp_key(m_ssl, &key) != 1 || !key)
        return {};
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> owned(key, EVP_PKEY_free);
    char group[80] = {};
    size_t length = 0;
    // A named group ("prime256v1", "ffdhe2048"); X25519 and X448 keys are their own group.
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1 && length > 0)
        return QString::fromLatin1(group, qsizetype(length));
    if (const char *type = EVP_PKEY_get0_type_name(key))
        return QString::fromLatin1(type);
    return {};
}

QString TlsInspection::serverSignature() const
{
    int type = NID_undef;
    if (!m_ssl || SSL_get_peer_signature_type_nid(m_ssl, &type) != 1)
        return {};
    const QString name = signatureTypeName(type);
    int digest = NID_undef;
    // EdDSA signs the message itself: no digest to name.
    if (SSL_get_peer_signature_nid(m_ssl, &digest) != 1 || digest == NID_undef)
        return name;
    return QStringLiteral("%1 %2").arg(name, QString::fromLatin1(OBJ_nid2sn(digest)));
}

void TlsInspection::onHandshakeMessage(bool written, unsigned char type)
{
    if (!written && type == SSL3_MT_CERTIFICATE_REQUEST)
        m_certificateRequested = true;
    // The client answers a request with its Certificate message (empty when it has none); by then OpenSSL has read
    // the request's CA names.
    if (written && type == SSL3_MT_CERTIFICATE && m_certificateRequested && m_caNames.isEmpty()) {
        if (const STACK_OF(X509_NAME) *names = SSL_get_client_CA_list(m_ssl)) {
            for (int i = 0; i < sk_X509_NAME_num(names); ++i)
                m_caNames << nameOf(sk_X509_NAME_value(names, i));
        }
    }
}

void TlsInspection::onKeyLogLine(const char *line)
{
    if (!m_keyLogError.isEmpty())
        return;
    if (!m_keyLog.isOpen()) {
        m_keyLog.setFileName(m_keyLogPath);
        // Created owner-only before any secret is in it; an existing file is appended to, as s_client does, and made
        // owner-only too.
        if (!m_keyLog.open(QIODevice::WriteOnly | QIODevice::Append,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            !m_keyLog.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_keyLogError =
                TlsInspectionText::tr("Cannot write the TLS key log %1: %2").arg(m_keyLogPath, m_keyLog.errorString());
            m_keyLog.close();
            return;
        }
    }
    const QByteArray text = QByteArray(line) + '\n';
    if (m_keyLog.write(text) != text.size() || !m_keyLog.flush()) {
        m_keyLogError =
            TlsInspectionText::tr("Cannot write the TLS key log %1: %2").arg(m_keyLogPath, m_keyLog.errorString());
        return;
    }
    ++m_keyLogLines;
}

} // namespace Smtp
