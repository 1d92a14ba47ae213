#pragma once

#include "saslmechanism.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Smtp
{

/// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677) without channel binding (GS2 header "n,,").
/// The server must prove it knows the password: its signature arrives either as a last 334 challenge (answered with
/// an empty response) or as additional data of the 235 reply (RFC 4954 §4); verifyFinal() checks the latter and
/// refuses a 235 that carries no proof at all.
class ScramMechanism final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(ScramMechanism)

public:
    enum class Hash
    {
        Sha1,
        Sha256,
    };

    /// The user name and password are prepared with SASLprep (RFC 5802 §5.1); clientNonce is for tests (printable
    /// ASCII without ','), empty means 24 random bytes, base64.
    ScramMechanism(Hash hash, const QString &user, const QString &password, const QByteArray &clientNonce = {});
    /// Zeroes the prepared password when the exchange ended before it was used (E8).
    ~ScramMechanism() override;

    /// Why the user name or password cannot be used, or an empty string.
    QString setupError() const { return m_setupError; }

    QString name() const override;
    bool hasInitialResponse() const override { return true; }
    QByteArray initialResponse() override;
    Step respond(const QByteArray &decodedChallenge) override;
    bool isComplete() const override { return m_state == State::Verified; }
    QString verifyFinal(const QByteArray &additionalData) override;
    AuthPayload lastResponsePayload() const override;

private:
    enum class State
    {
        Initial,
        SentClientFirst,
        SentClientFinal,
        Verified,
        Failed,
    };

    QCryptographicHash::Algorithm algorithm() const;
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;
    Step handleServerFirst(const QByteArray &serverFirst);
    QString checkServerFinal(const QByteArray &serverFinal);

    Hash m_hash;
    QByteArray m_user;     ///< SASLprep'ed, '=' and ',' escaped (RFC 5802 §5.1)
    QByteArray m_password; ///< SASLprep'ed, UTF-8
    QByteArray m_clientNonce;
    QString m_setupError;
    State m_state = State::Initial;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    bool m_lastResponseEmpty = false;
};

} // namespace Smtp
