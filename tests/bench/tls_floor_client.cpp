// The floor under any client built on Qt, for compare_s_client.sh: a program that starts a QCoreApplication (Qt Core
// and Network linked, as the command line links them) and then makes the comparison's session with OpenSSL directly,
// blocking, with nothing else: no event loop, no Qt TLS backend, no report, no transcript. Whatever it costs beyond
// openssl s_client is what Qt's start alone costs; smtp-workbench-cli cannot go under it.
//
//   tls_floor_client PORT starttls|implicit CA-FILE SERVER-NAME

#include <QCoreApplication>
#include <QHostAddress>

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace
{

// Reads one SMTP reply (through its last line, "ddd "), with or without TLS.
bool readReply(int socket, SSL *ssl)
{
    std::string received;
    char buffer[4096];
    for (;;) {
        // As the session does: acknowledge at once, or Postfix's reply after its session tickets waits for the
        // delayed ACK (docs/performance.md).
        const int on = 1;
        ::setsockopt(socket, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
        const int count =
            ssl ? SSL_read(ssl, buffer, int(sizeof buffer)) : int(::recv(socket, buffer, sizeof buffer, 0));
        if (count <= 0)
            return false;
        received.append(buffer, size_t(count));
        for (size_t start = 0;;) {
            const size_t end = received.find("\r\n", start);
            if (end == std::string::npos)
                break;
            if (end - start >= 4 && received[start + 3] == ' ')
                return true;
            start = end + 2;
        }
    }
}

bool send(int socket, SSL *ssl, const std::string &line)
{
    const int count =
        ssl ? SSL_write(ssl, line.data(), int(line.size())) : int(::send(socket, line.data(), line.size(), 0));
    return count == int(line.size());
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication application(argc, argv);
    if (argc != 5) {
        std::fputs("usage: tls_floor_client PORT starttls|implicit CA-FILE SERVER-NAME\n", stderr);
        return 2;
    }
    const auto port = quint16(QString::fromLocal8Bit(argv[1]).toUInt());
    const bool startTls = QString::fromLocal8Bit(argv[2]) == QStringLiteral("starttls");

    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(QHostAddress(QHostAddress::LocalHost).toIPv4Address());
    if (::connect(socket, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return 1;
    const int on = 1;
    ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);

    if (startTls &&
        !(readReply(socket, nullptr) && send(socket, nullptr, "EHLO client.test\r\n") && readReply(socket, nullptr) &&
          send(socket, nullptr, "STARTTLS\r\n") && readReply(socket, nullptr)))
        return 1;

    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(context, argv[3], nullptr);
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    SSL *ssl = SSL_new(context);
    SSL_set_fd(ssl, socket);
    // SSL_set_tlsext_host_name() is a macro with a C cast.
    SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, argv[4]);
    SSL_set1_host(ssl, argv[4]);
    const bool verified = SSL_connect(ssl) == 1 && SSL_get_verify_result(ssl) == X509_V_OK;
    const bool spoken = verified && (startTls || readReply(socket, ssl)) && send(socket, ssl, "EHLO client.test\r\n") &&
                        readReply(socket, ssl) && send(socket, ssl, "QUIT\r\n") && readReply(socket, ssl);
    SSL_free(ssl);
    SSL_CTX_free(context);
    ::close(socket);
    return spoken ? 0 : 1;
}
