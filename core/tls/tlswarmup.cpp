#include "tlswarmup.h"

#include <QSslSocket>

#include <openssl/ssl.h>

namespace Smtp
{

TlsWarmUp::TlsWarmUp()
    : m_thread([] {
          OPENSSL_init_ssl(OPENSSL_INIT_LOAD_CONFIG, nullptr);
          // The first context fetches and caches the algorithms every later one uses.
          SSL_CTX_free(SSL_CTX_new(TLS_client_method()));
          QSslSocket::supportsSsl();
      })
{}

TlsWarmUp::~TlsWarmUp()
{
    m_thread.join();
}

} // namespace Smtp
