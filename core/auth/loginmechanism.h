#pragma once

#include "saslmechanism.h"

#include <QCoreApplication>

namespace Smtp
{

/// LOGIN (draft-murchison-sasl-login): the server prompts twice ("Username:", "Password:"); the client answers with
/// the user name, then the password. The prompts' text is not relied on: servers word them differently. A third
/// challenge fails the exchange (MS-XLOGIN §3.1.5.1: the client MAY cancel on a third challenge).
class LoginMechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(LoginMechanism)

public:
    LoginMechanism(const QString &user, const QString &password);

    QString name() const override { return QStringLiteral("LOGIN"); }
    bool hasInitialResponse() const override { return false; }
    QByteArray initialResponse() override { return {}; }
    Step respond(const QByteArray &decodedChallenge) override;
    bool isComplete() const override { return m_round >= 2; }
    AuthPayload lastResponsePayload() const override;

private:
    QString m_user;
    QString m_password;
    int m_round = 0;
};

} // namespace Smtp
