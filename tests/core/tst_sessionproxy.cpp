// Tunnels through a proxy (the TUNNEL option): the session dials a SOCKS5 or HTTP CONNECT proxy on loopback, which
// relays to the scriptable server; the certificate is still verified for the server's name.

#include "tests/support/certificatefactory.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

/// A minimal relaying proxy for one kind of handshake: SOCKS5 without authentication (RFC 1928) or HTTP CONNECT.
/// It records the target it was asked for.
class RelayProxy final : public QTcpServer
{
public:
    enum class Kind
    {
        Socks5,
        HttpConnect,
    };

    explicit RelayProxy(Kind kind) : m_kind(kind)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    QString requestedTarget() const { return m_target; }

private:
    void serve(QTcpSocket *client)
    {
        // Owned by the connection below, so it goes with the socket even when the proxy is destroyed first.
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("relaying").toBool())
                return;
            *buffer += client->readAll();
            if (m_kind == Kind::HttpConnect)
                handleHttp(client, buffer.get());
            else
                handleSocks(client, buffer.get());
        });
    }

    void handleHttp(QTcpSocket *client, QByteArray *buffer)
    {
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
        if (words.size() < 2 || words.first() != "CONNECT") {
            client->write("HTTP/1.1 400 Bad Request\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        const QByteArray target = words.at(1);
        const qsizetype colon = target.lastIndexOf(':');
        relay(client, QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort(),
              "HTTP/1.1 200 Connection established\r\n\r\n", buffer->mid(end + 4));
    }

    void handleSocks(QTcpSocket *client, QByteArray *buffer)
    {
        // Greeting: VER NMETHODS METHODS…; we take "no authentication".
        if (!client->property("greeted").toBool()) {
            if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                return;
            buffer->remove(0, 2 + quint8(buffer->at(1)));
            client->setProperty("greeted", true);
            client->write(QByteArray("\x05\x00", 2));
        }
        // Request: VER CMD RSV ATYP ADDR PORT.
        if (buffer->size() < 5)
            return;
        const quint8 type = quint8(buffer->at(3));
        QString host;
        qsizetype length = 0;
        if (type == 0x03) {
            const int nameLength = quint8(buffer->at(4));
            length = 5 + nameLength + 2;
            if (buffer->size() < length)
                return;
            host = QString::fromLatin1(buffer->mid(5, nameLength));
        } else if (type == 0x01) {
            length = 4 + 4 + 2;
            if (buffer->size() < length)
                return;
            host = QHostAddress(qFromBigEndian<quint32>(buffer->constData() + 4)).toString();
        } else {
            client->disconnectFromHost();
            return;
        }
        const quint16 port = qFromBigEndian<quint16>(buffer->constData() + length - 2);
        relay(client, host, port, QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10), buffer->mid(length));
    }

    void relay(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &success,
               const QByteArray &early)
    {
        m_target = QStringLiteral("%1:%2").arg(host).arg(port);
        client->setProperty("relaying", true);
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, success, early] {
            client->write(success);
            if (!early.isEmpty())
                upstream->write(early);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(host, port);
    }

    Kind m_kind;
    QString m_target;
};

} // namespace

Q_DECLARE_METATYPE(RelayProxy::Kind)

class TestSessionProxy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CertificateFactory::shared(); }
    void throughProxy_data();
    void throughProxy();
    void unusableProxyUrl();
    void proxyRefused();
};

void TestSessionProxy::throughProxy_data()
{
    QTest::addColumn<RelayProxy::Kind>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::addRow("SOCKS5") << RelayProxy::Kind::Socks5 << QStringLiteral("socks5");
    QTest::addRow("HTTP CONNECT") << RelayProxy::Kind::HttpConnect << QStringLiteral("http");
}

void TestSessionProxy::throughProxy()
{
    QFETCH(RelayProxy::Kind, kind);
    QFETCH(QString, scheme);
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({Send{"220 mx.test\r\n"}, Expect{"EHLO"}, Send{"250-mx.test\r\n250 STARTTLS\r\n"},
                      Expect{"STARTTLS"}, Send{"220 go\r\n"},
                      StartTls{ServerCertificate::Valid, ClientCertificateMode::None}, Expect{"EHLO"},
                      Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    RelayProxy proxy(kind);
    QVERIFY(proxy.listen(QHostAddress::LocalHost));

    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.security = SecurityMode::StartTls;
    settings.timeoutSeconds = 5;
    settings.localName = QStringLiteral("client.test");
    settings.caFile = CertificateFactory::shared().ca.certificate;
    settings.proxy = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.serverPort());
    const SessionOutcome outcome = runSession(settings);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    // The proxy resolves the name; the certificate is verified for it all the same.
    QCOMPARE(proxy.requestedTarget(), QStringLiteral("localhost:%1").arg(server.port()));
    QVERIFY(outcome.result.tls->verified);
    QVERIFY(outcome.hasEvent(TranscriptEvent::Kind::Info, QStringLiteral("proxy")));
}

void TestSessionProxy::unusableProxyUrl()
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = 25;
    settings.proxy = QStringLiteral("ftp://proxy");
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::InvalidSettings);
    QVERIFY(outcome.result.error.message.contains(QStringLiteral("socks5://")));
}

void TestSessionProxy::proxyRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    ConnectionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = 25;
    settings.security = SecurityMode::None;
    settings.timeoutSeconds = 5;
    settings.proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(closedPort);
    const SessionOutcome outcome = runSession(settings);
    QCOMPARE(outcome.result.error.code, ErrorCode::ConnectFailed);
    QVERIFY2(outcome.result.error.message.contains(QStringLiteral("proxy"), Qt::CaseInsensitive),
             qPrintable(outcome.result.error.message));
}

QTEST_GUILESS_MAIN(TestSessionProxy)
#include "tst_sessionproxy.moc"
