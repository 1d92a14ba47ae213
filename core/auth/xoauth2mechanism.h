#pragma once

#include "saslmechanism.h"

#include <QCoreApplication>

namespace Smtp
{

/// XOAUTH2 (Google/Microsoft): the initial response "user=USER\x01auth=Bearer TOKEN\x01\x01". A challenge after it
/// is an error report (base64 JSON); the client answers with an empty response and the server then fails with 535.
class XOAuth2Mechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(XOAuth2Mechanism)

public:
    XOAuth2Mechanism(const QString &user, const QString &token);

    QString name() const override { return QStringLiteral("XOAUTH2"); }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() override;
    Step respond(const QByteArray &decodedChallenge) override;
    bool isComplete() const override { return m_sent && !m_errorReported; }
    AuthPayload lastResponsePayload() const override;

private:
    QString m_user;
    QString m_token;
    bool m_sent = false;
    bool m_errorReported = false;
};

} // namespace Smtp
