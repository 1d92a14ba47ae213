#pragma once

#include "saslmechanism.h"

#include <QCoreApplication>

namespace Smtp
{

/// PLAIN (RFC 4616): "authzid NUL authcid NUL passwd" in UTF-8, sent as the initial response.
/// Only over TLS: the password travels in clear base64.
class PlainMechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(PlainMechanism)

public:
    /// The fields must not contain NUL (RFC 4616 §2); check them with check() first.
    PlainMechanism(const QString &user, const QString &password, const QString &authorizationId = {});

    /// Why the fields cannot be used (NUL, CR or LF), or an empty string.
    static QString check(const QString &user, const QString &password, const QString &authorizationId = {});

    QString name() const override { return QStringLiteral("PLAIN"); }
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() override;
    Step respond(const QByteArray &decodedChallenge) override;
    bool isComplete() const override { return m_sent; }

private:
    QByteArray message() const;

    QString m_user;
    QString m_password;
    QString m_authorizationId;
    bool m_sent = false;
};

} // namespace Smtp
