#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Smtp
{

/// RFC 4954 §4: "12288 octets is considered to be a sufficient line length limit"; larger challenges are refused.
inline constexpr qsizetype maxChallengeSize = 12288;
/// SCRAM iteration counts above this are refused: a hostile server could otherwise make the client burn CPU.
inline constexpr int maxScramIterations = 100000;
/// RFC 7677 §4: the iteration count SHOULD be at least 4096; fewer is accepted with a warning.
inline constexpr int minRecommendedScramIterations = 4096;

/// Decodes a server challenge (the text after "334 ") with the strictness RFC 4954 §4 demands: any character outside
/// the base64 alphabet, a '=' anywhere but at the end, a wrong length or more than maxChallengeSize encoded octets
/// gives nullopt, and the client must then cancel the exchange with "*".
std::optional<QByteArray> decodeStrictBase64(QByteArrayView encoded);

/// The base64 form of an initial response for "AUTH <mechanism> <initial response>": RFC 4954 §4 sends an empty
/// initial response as a single "=".
QByteArray encodeInitialResponse(const QByteArray &raw);

/// What a client line of an AUTH exchange carries, so the transcript can say what was sent without showing it.
enum class AuthPayload
{
    Secret,   ///< credentials or proof: shown as "<redacted>"
    UserName, ///< only the user name (LOGIN's first response): shown as "<redacted user name>"
    NoSecret, ///< an empty or dummy response: shown as sent
};

/// The client side of one SASL mechanism (RFC 4422), framed for SMTP by RFC 4954. Socket-free: the session decodes
/// each 334 challenge with decodeStrictBase64(), feeds it to respond() and sends the base64 of the response; on 235 it
/// calls verifyFinal() with the decoded additional data (if any) before it treats the client as authenticated.
/// An object serves one exchange; create a new one to authenticate again.
class SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(SaslMechanism)

public:
    /// The result of one challenge: the next raw response (not base64), or a failure after which the session
    /// cancels the exchange with "*" (RFC 4954 §4).
    struct Step
    {
        QByteArray response;
        /// Why the exchange must stop; empty when the response is to be sent.
        QString error;
        /// Text the server sent that is worth showing, e.g. the decoded JSON of an XOAUTH2/OAUTHBEARER error, escaped
        /// by escapeUntrustedBytes.
        QString serverMessage;

        bool isFailure() const { return !error.isEmpty(); }

        static Step respond(const QByteArray &response, const QString &serverMessage = {});
        static Step fail(const QString &error);
    };

    SaslMechanism() = default;
    virtual ~SaslMechanism();
    SaslMechanism(const SaslMechanism &) = delete;
    SaslMechanism &operator=(const SaslMechanism &) = delete;

    /// The upper-case mechanism name as sent after AUTH, e.g. "SCRAM-SHA-256".
    virtual QString name() const = 0;
    /// Whether the client speaks first (RFC 4954 §4 initial response); the session then sends "AUTH <name> <ir>".
    virtual bool hasInitialResponse() const = 0;
    /// The raw initial response; call once, only when hasInitialResponse().
    virtual QByteArray initialResponse() = 0;
    /// Answers one decoded server challenge.
    virtual Step respond(const QByteArray &decodedChallenge) = 0;
    /// Whether the client is satisfied that the exchange finished: for SCRAM, the server proved it knows the password.
    /// Mechanisms without a server-side proof are complete once they have sent their credentials.
    virtual bool isComplete() const;
    /// Called on 235 with the decoded additional data of the reply (RFC 4954 §4), empty when there is none. Returns
    /// an empty string when the success is acceptable, else why it is not (e.g. a SCRAM server signature mismatch):
    /// the session must then treat the authentication as failed. Mechanisms without success data ignore it.
    virtual QString verifyFinal(const QByteArray &additionalData);

    /// Warnings about the exchange that do not stop it (e.g. a low SCRAM iteration count).
    QStringList warnings() const { return m_warnings; }

    /// What the last response produced by initialResponse() or respond() carries.
    virtual AuthPayload lastResponsePayload() const;
    /// The form of a client line of this exchange to show and log: the AUTH command (isCommand) or a continuation
    /// line, as it went to the wire, with the secret part replaced. See redactAuthLine().
    QByteArray redactedForm(const QByteArray &wireLine, bool isCommand) const;

protected:
    void addWarning(const QString &warning) { m_warnings.append(warning); }

private:
    QStringList m_warnings;
};

/// The mechanisms createSaslMechanism() knows, strongest first.
QStringList supportedSaslMechanisms();

/// The server a mechanism authenticates to, for mechanisms that name it (OAUTHBEARER, RFC 7628 §3.1).
struct SaslServer
{
    /// The server's host name (the name verified in its certificate); empty: not sent.
    QString host;
    /// The port connected to; 0: not sent.
    quint16 port = 0;
};

/// Creates the named mechanism (case-insensitive). secret is the password, or the bearer token for XOAUTH2 and
/// OAUTHBEARER. Returns nullptr and sets *error when the name is unknown or the user name or secret cannot be sent
/// (CR, LF or NUL, RFC 4616 §2 NUL in PLAIN, a SASLprep failure for SCRAM).
std::unique_ptr<SaslMechanism> createSaslMechanism(const QString &name, const QString &user, const QString &secret,
                                                   const SaslServer &server = {}, QString *error = nullptr);

/// The strongest mechanism the server offers that the client supports, or an empty string when there is none.
/// With a password: SCRAM-SHA-256 > SCRAM-SHA-1 > CRAM-MD5 > PLAIN > LOGIN. XOAUTH2 and OAUTHBEARER take a token,
/// not a password, so they are chosen only when haveBearerToken is true, and then only they: OAUTHBEARER > XOAUTH2.
QString chooseStrongestMechanism(const QStringList &serverMechanisms, bool haveBearerToken = false);

/// Why text cannot be used as a SASL user name or secret (CR, LF or NUL), or an empty string when it can.
/// what names the field for the message ("user name", "password", "token").
QString checkSaslInput(const QString &text, const QString &what);

} // namespace Smtp
