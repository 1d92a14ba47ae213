#pragma once

#include "saslmechanism.h"

#include <QCoreApplication>

namespace Smtp
{

/// CRAM-MD5 (RFC 2195): the response is "user SP hex(HMAC-MD5(password, challenge))". Exactly one challenge.
class CramMd5Mechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(CramMd5Mechanism)

public:
    CramMd5Mechanism(const QString &user, const QString &password);

    QString name() const override { return QStringLiteral("CRAM-MD5"); }
    bool hasInitialResponse() const override { return false; }
    QByteArray initialResponse() override { return {}; }
    Step respond(const QByteArray &decodedChallenge) override;
    bool isComplete() const override { return m_answered; }

private:
    QString m_user;
    QString m_password;
    bool m_answered = false;
};

} // namespace Smtp
