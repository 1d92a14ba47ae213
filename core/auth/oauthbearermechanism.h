#pragma once

#include "saslmechanism.h"

#include <QCoreApplication>

namespace Smtp
{

/// OAUTHBEARER (RFC 7628): the initial response "n,a=USER,\x01host=HOST\x01port=PORT\x01auth=Bearer TOKEN\x01\x01"
/// (host and port when known, as in §4.1). A challenge after it is an error report (base64 JSON, RFC 7628 §3.2.2); the
/// client answers with the dummy response "\x01" (§3.2.3) and the server then fails the exchange.
class OAuthBearerMechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(OAuthBearerMechanism)

public:
    OAuthBearerMechanism(const QString &user, const QString &token, const SaslServer &server = {});

    QString name() const override { return QStringLiteral("OAUTHBEARER"); }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() override;
    Step respond(const QByteArray &decodedChallenge) override;
    bool isComplete() const override { return m_sent && !m_errorReported; }
    AuthPayload lastResponsePayload() const override;

private:
    QString m_user;
    QString m_token;
    SaslServer m_server;
    bool m_sent = false;
    bool m_errorReported = false;
};

} // namespace Smtp
