#include "peerverifier.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace Smtp
{

namespace
{

/// How a host name is matched against the certificate's names (see verify()).
constexpr unsigned int hostFlags = X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct X509StackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct X509StoreFree
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct X509StoreContextFree
{
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
};
using X509Pointer = std::unique_ptr<X509, X509Free>;
using X509StackPointer = std::unique_ptr<STACK_OF(X509), X509StackFree>;
using X509StorePointer = std::unique_ptr<X509_STORE, X509StoreFree>;
using X509StoreContextPointer = std::unique_ptr<X509_STORE_CTX, X509StoreContextFree>;

X509Pointer toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Pointer(d2i_X509(nullptr, &data, der.size()));
}

QSslCertificate fromX509(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return QSslCertificate();
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return QSslCertificate(bytes, QSsl::Der);
}

QByteArray sha256(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(certificate, EVP_sha256(), digest, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

/// Trust stores by their extra anchors. Loading the system's CA bundle costs milliseconds, so each store is built
/// once per process and shared: OpenSSL's X509_STORE is safe to verify against from several threads.
class TrustStores
{
public:
    TrustStores()
    {
        // Initialised before this object exists, OpenSSL is cleaned up at exit only after it is gone: stores and
        // the preparing thread's error state are freed while OpenSSL still can.
        OPENSSL_init_crypto(0, nullptr);
    }

    ~TrustStores()
    {
        // A preparation still running at exit finishes before the stores go.
        m_preparer.waitForDone();
        for (X509_STORE *store : std::as_const(m_stores))
            X509_STORE_free(store);
    }

    /// A new reference to the store that trusts the system's anchors and \a extraAnchors.
    X509StorePointer acquire(const QList<QSslCertificate> &extraAnchors)
    {
        QByteArray key;
        for (const QSslCertificate &anchor : extraAnchors)
            key += anchor.digest(QCryptographicHash::Sha256);
        const QMutexLocker locker(&m_mutex);
        X509_STORE *store = m_stores.value(key);
        if (!store) {
            if (m_stores.size() >= maximumStores) {
                for (X509_STORE *old : std::as_const(m_stores))
                    X509_STORE_free(old);
                m_stores.clear();
            }
            store = build(extraAnchors);
            if (!store)
                return nullptr;
            m_stores.insert(key, store);
        }
        X509_STORE_up_ref(store);
        return X509StorePointer(store);
    }

    /// Builds the store for \a extraAnchors in the background, if it is not built yet.
    void prepare(const QList<QSslCertificate> &extraAnchors)
    {
        m_preparer.start([this, extraAnchors] {
            acquire(extraAnchors);
            // The pool thread gives back its OpenSSL thread state now. Left to the thread's exit, it was freed by a
            // thread-local destructor that can run after OpenSSL's own clean-up at process exit: QThread::wait()
            // returns before such destructors have run (a double free under AddressSanitizer).
            OPENSSL_thread_stop();
        });
    }

private:
    static constexpr qsizetype maximumStores = 32;

    static X509_STORE *build(const QList<QSslCertificate> &extraAnchors)
    {
        X509_STORE *store = X509_STORE_new();
        if (!store)
            return nullptr;
        // The anchors `openssl verify` uses: without -CAfile the default file and directory, with -CAfile that file
        // and the default directory (SSL_CERT_FILE and SSL_CERT_DIR move them). The directory is read lazily, one
        // hashed name at a time, while the default file (the whole system bundle) is parsed at once.
        if (extraAnchors.isEmpty()) {
            X509_STORE_set_default_paths(store);
        } else if (X509_LOOKUP *directory = X509_STORE_add_lookup(store, X509_LOOKUP_hash_dir())) {
            X509_LOOKUP_add_dir(directory, nullptr, X509_FILETYPE_DEFAULT);
        }
        for (const QSslCertificate &anchor : extraAnchors) {
            const X509Pointer certificate = toX509(anchor);
            if (certificate)
                X509_STORE_add_cert(store, certificate.get());
        }
        // A missing default file or folder leaves errors on the thread's queue that are not ours to report.
        ERR_clear_error();
        return store;
    }

    QMutex m_mutex;
    QHash<QByteArray, X509_STORE *> m_stores;
    QThreadPool m_preparer;
};

TrustStores &trustStores()
{
    static TrustStores stores;
    return stores;
}

/// Records every error and lets verification go on, as `openssl s_client` does, so that all the problems of a chain
/// are shown; the verdict is "no error at all", which is what `openssl verify` prints OK for.
int collectError(int ok, X509_STORE_CTX *context)
{
    if (ok)
        return 1;
    auto *errors = static_cast<QList<VerificationError> *>(X509_STORE_CTX_get_ex_data(context, 0));
    const int code = X509_STORE_CTX_get_error(context);
    VerificationError error{
        X509_STORE_CTX_get_error_depth(context), code, QString::fromLatin1(X509_verify_cert_error_string(code)), {}};
    if (X509 *current = X509_STORE_CTX_get_current_cert(context))
        error.certificateDigest = sha256(current);
    if (!errors->contains(error))
        errors->append(error);
    return 1;
}

QString addressLiteral(const QString &name)
{
    QString literal = name;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    return QHostAddress(literal).isNull() ? QString() : literal;
}

} // namespace

void PeerVerifier::prepare(const QList<QSslCertificate> &extraAnchors)
{
    // Loading the system bundle takes milliseconds to tens of milliseconds: done while the session connects, it is
    // off the critical path. The store's lock makes a verification wait for a preparation still running.
    trustStores().prepare(extraAnchors);
}

bool VerificationError::isNameMismatch() const
{
    return x509Error == X509_V_ERR_HOSTNAME_MISMATCH || x509Error == X509_V_ERR_IP_ADDRESS_MISMATCH;
}

PeerVerdict PeerVerifier::verify(const QList<QSslCertificate> &chainAsSent, const QList<QSslCertificate> &extraAnchors,
                                 const QString &name, int securityLevel)
{
    PeerVerdict verdict;
    const auto internalError = [&verdict](const QString &text) {
        verdict.errors.append({0, X509_V_ERR_UNSPECIFIED, text, {}});
        return verdict;
    };
    if (chainAsSent.isEmpty())
        return internalError(QStringLiteral("the server sent no certificate"));

    const X509Pointer leaf = toX509(chainAsSent.first());
    const X509StackPointer untrusted(sk_X509_new_null());
    const X509StorePointer store = trustStores().acquire(extraAnchors);
    const X509StoreContextPointer context(X509_STORE_CTX_new());
    if (!leaf || !untrusted || !store || !context)
        return internalError(QStringLiteral("the certificate cannot be read"));
    for (qsizetype i = 1; i < chainAsSent.size(); ++i) {
        X509Pointer intermediate = toX509(chainAsSent.at(i));
        if (intermediate && sk_X509_push(untrusted.get(), intermediate.get()) > 0)
            intermediate.release();
    }
    if (!X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()))
        return internalError(QStringLiteral("the verifier cannot be set up"));

    // `-purpose sslserver`: the purpose also selects the trust settings, as X509_STORE_CTX_init would infer them.
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    const QString address = addressLiteral(name);
    const QByteArray nameBytes = (address.isEmpty() ? name : address).toUtf8();
    if (!address.isEmpty())
        X509_VERIFY_PARAM_set1_ip_asc(parameters, nameBytes.constData());
    else if (!name.isEmpty())
        X509_VERIFY_PARAM_set1_host(parameters, nameBytes.constData(), static_cast<size_t>(nameBytes.size()));
    // RFC 7817 §3 (mail's TLS name rules): a wildcard is a whole left-most label; `m*.example.org` matches nothing.
    // OpenSSL accepts such partial labels unless told not to; Postfix tells it not to, and so do we.
    X509_VERIFY_PARAM_set_hostflags(parameters, hostFlags);
    // OpenSSL's handshake verifies at the connection's security level (ssl_verify_cert_chain sets the auth level from
    // it): a leaf key or signature digest too weak for the level is an error there, so it is one here.
    X509_VERIFY_PARAM_set_auth_level(parameters, securityLevel);

    X509_STORE_CTX_set_ex_data(context.get(), 0, &verdict.errors);
    X509_STORE_CTX_set_verify_cb(context.get(), collectError);
    const int result = X509_verify_cert(context.get());
    if (result <= 0 && verdict.errors.isEmpty()) {
        const int code = X509_STORE_CTX_get_error(context.get());
        verdict.errors.append({X509_STORE_CTX_get_error_depth(context.get()),
                               code,
                               QString::fromLatin1(X509_verify_cert_error_string(code)),
                               {}});
    }
    ERR_clear_error();
    verdict.verified = result > 0 && verdict.errors.isEmpty();

    if (STACK_OF(X509) *built = X509_STORE_CTX_get0_chain(context.get())) {
        for (int i = 0; i < sk_X509_num(built); ++i)
            verdict.builtChain.append(fromX509(sk_X509_value(built, i)));
    }
    const bool nameMatched = std::none_of(verdict.errors.cbegin(), verdict.errors.cend(),
                                          [](const VerificationError &error) { return error.isNameMismatch(); });
    // RFC 6125 §6.4.4: the common name counts only when there is no DNS subjectAltName; OpenSSL follows that, so a
    // name that matches with the subject ruled out matched a subjectAltName.
    verdict.matchedCommonNameOnly =
        address.isEmpty() && !name.isEmpty() && nameMatched &&
        X509_check_host(leaf.get(), nameBytes.constData(), static_cast<size_t>(nameBytes.size()),
                        hostFlags | X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, nullptr) != 1;
    return verdict;
}

} // namespace Smtp
