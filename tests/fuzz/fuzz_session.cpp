// Fuzz target for the whole SMTP dialogue (core/session/dialogue*), the socket-free engine a session runs: the input
// is what a hostile server sends, fed in pieces as the socket would deliver them, while this driver plays the
// session's part (a TLS handshake that succeeds or fails as asked, the message text written at once) and, once the
// dialogue stands Ready, the user's or a driver's requests. No network.
//
// Input: byte 0 chooses the settings, byte 1 the transport, the rest is the server's bytes.
//   byte 0: bits 0-1 security (none, STARTTLS, implicit TLS, STARTTLS to a trusted site); bits 2-4 AUTH mechanism
//           (none, PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, SCRAM-SHA-1, XOAUTH2, auto); bit 5 a message to two
//           recipients; bit 6 interactive (typed commands after the plan); bit 7 driven step by step.
//   byte 1: bits 0-1 the handshake (verified, not verified, failed, not TLS); bit 2 plaintext AUTH allowed; bit 3 no
//           PIPELINING; bit 4 no CHUNKING; bit 5 HELO only; bit 6 the end is a deadline rather than the server
//           closing; bit 7 an 8-bit, SMTPUTF8 message.
// The server's bytes are cut into pieces by a small generator seeded from the input, so every split is reproducible.

#include "core/session/dialogue.h"

#include <QQueue>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Smtp;

namespace
{

// Its clear form and its base64 forms (secretForms) start with none of 0-9, A-F, a-f, r, n, t, x, u, U or a
// backslash, so no escape sequence of the shown text (\xFF, \r, ...) can complete one of them: a form found in the
// transcript was sent that way by somebody.
const QString password = QStringLiteral("ZUZZCANARY-pw");

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_session: property violated: %s\n", what);
        std::abort();
    }
}

// The password as sent in clear or inside base64 at any alignment: two whole base64 groups that depend only on
// the password's own bytes, for each of the three offsets at which it can start in an encoded stream.
QByteArrayList secretForms()
{
    QByteArrayList forms{password.toUtf8()};
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray padded = QByteArray(offset, 'x') + password.toUtf8();
        const QByteArray encoded = padded.toBase64();
        forms << encoded.mid(offset == 0 ? 0 : 4, 8);
    }
    return forms;
}

bool containsSecret(const QByteArray &bytes)
{
    static const QByteArrayList forms = secretForms();
    for (const QByteArray &form : forms) {
        if (bytes.contains(form))
            return true;
    }
    return false;
}

// Every CR starts a CRLF and every LF ends one: nothing the server sends can split a client line.
bool isCrlfFramed(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n'))
            return false;
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return false;
    }
    return bytes.endsWith("\r\n");
}

bool isOneDisplayLine(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
            return false;
    }
    return true;
}

MessageSettings fuzzMessage(bool eightBit)
{
    MessageSettings message;
    message.from = eightBit ? QStringLiteral("jörg@mx.test") : QStringLiteral("a@mx.test");
    message.to = {QStringLiteral("b@mx.test"), QStringLiteral("c@mx.test")};
    message.data = eightBit ? QByteArray("Subject: t\r\n\r\nh\xc3\xa9llo\r\n.\r\nend\r\n")
                            : QByteArray("Subject: t\r\n\r\nhello\r\n.leading dot\r\n");
    message.dsnNotify = QStringLiteral("SUCCESS,FAILURE");
    return message;
}

class Driver
{
public:
    Driver(quint8 settingsByte, quint8 transportByte)
        : m_transport(transportByte),
          m_dialogue(makeSettings(settingsByte, transportByte),
                     (settingsByte & 0x80) != 0 ? Dialogue::Mode::Driven : Dialogue::Mode::Plan)
    {
        if ((settingsByte & 0x80) != 0) {
            m_requests << DialogueEvent(DialogueEvent::Kind::EhloRequested)
                       << DialogueEvent(DialogueEvent::Kind::StartTlsRequested)
                       << DialogueEvent(DialogueEvent::Kind::AuthenticateRequested)
                       << DialogueEvent::sendMessage(fuzzMessage((transportByte & 0x80) != 0))
                       << DialogueEvent::commandTyped(QStringLiteral("NOOP"))
                       << DialogueEvent(DialogueEvent::Kind::QuitRequested);
        } else if ((settingsByte & 0x40) != 0) {
            for (const char *line : {"NOOP", "EHLO typed.test", "STARTTLS", "AUTH LOGIN", "YWxpY2U=", "*", "DATA",
                                     "Subject: typed", "", ".", "BDAT 0 LAST", "QUIT"})
                m_requests << DialogueEvent::commandTyped(QString::fromLatin1(line));
        }
    }

    void run(QByteArrayView server)
    {
        for (DialogueEvent::Kind kind :
             {DialogueEvent::Kind::Started, DialogueEvent::Kind::Resolving, DialogueEvent::Kind::Connecting})
            feed(DialogueEvent(kind));
        feed(DialogueEvent::connected(QStringLiteral("client.test")));

        // A server that sends the password's bytes itself learns nothing from seeing them again, and its lines are
        // recorded as sent: the secrecy properties hold for every other input.
        m_serverSentSecret = containsSecret(server.toByteArray());
        quint32 state = 2166136261u;
        for (const char c : server)
            state = (state ^ static_cast<unsigned char>(c)) * 16777619u;
        qsizetype pos = 0;
        while (pos < server.size() && !m_dialogue.isFinished()) {
            state = state * 1664525u + 1013904223u;
            const quint32 pick = state >> 24;
            const qsizetype length =
                pick < 200 ? qMin<qsizetype>(server.size() - pos, 1 + (pick % 64)) : server.size() - pos;
            const bool more = (state & 0x100u) != 0 && pos + length < server.size();
            feed(DialogueEvent::received(server.sliced(pos, length).toByteArray(), more));
            pos += length;
        }
        if ((m_transport & 0x40) != 0)
            feed(DialogueEvent(DialogueEvent::Kind::DeadlineExpired));
        feed(DialogueEvent(DialogueEvent::Kind::PeerClosed));
        check(m_dialogue.isFinished(), "the dialogue is over once the server has closed");
        check(m_dialogue.handle(DialogueEvent(DialogueEvent::Kind::Cancelled)).isEmpty(),
              "nothing happens after the end");
        (void)m_dialogue.waitDescription();
    }

private:
    static ConnectionSettings makeSettings(quint8 settingsByte, quint8 transportByte)
    {
        ConnectionSettings settings;
        settings.host = QStringLiteral("mx.test");
        settings.port = 25;
        settings.timeoutSeconds = 5;
        settings.localName = QStringLiteral("client.test");
        switch (settingsByte & 0x03) {
        case 0:
            settings.security = SecurityMode::None;
            break;
        case 1:
            settings.security = SecurityMode::StartTls;
            break;
        case 2:
            settings.security = SecurityMode::Implicit;
            settings.port = 465;
            break;
        default:
            settings.security = SecurityMode::StartTls;
            settings.trustedSite = true;
            break;
        }
        static const char *const mechanisms[] = {
            "", "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "SCRAM-SHA-1", "XOAUTH2", "auto"};
        settings.auth.mechanism = QString::fromLatin1(mechanisms[(settingsByte >> 2) & 0x07]);
        if (settings.auth.isRequested()) {
            settings.auth.user = QStringLiteral("alice");
            settings.auth.password = password;
        }
        settings.auth.allowPlaintext = (transportByte & 0x04) != 0;
        if ((settingsByte & 0x20) != 0) {
            settings.message = fuzzMessage((transportByte & 0x80) != 0);
            settings.message.allowPipelining = (transportByte & 0x08) == 0;
            settings.message.allowChunking = (transportByte & 0x10) == 0;
        }
        settings.interactive = (settingsByte & 0x40) != 0;
        settings.extended = (transportByte & 0x20) == 0;
        return settings;
    }

    void feed(const DialogueEvent &first)
    {
        QQueue<DialogueEvent> pending;
        pending.enqueue(first);
        while (!pending.isEmpty()) {
            const DialogueActions actions = m_dialogue.handle(pending.dequeue());
            for (qsizetype i = 0; i < actions.size(); ++i) {
                const DialogueAction &action = actions.at(i);
                checkAction(action);
                if (action.kind == DialogueAction::Kind::Finish)
                    check(i == actions.size() - 1, "Finish is the last action");
                else if (action.kind == DialogueAction::Kind::StartTls)
                    pending.enqueue(handshake());
                else if (action.kind == DialogueAction::Kind::SendMessageText)
                    pending.enqueue(DialogueEvent(DialogueEvent::Kind::MessageTextSent));
            }
            if (pending.isEmpty() && m_dialogue.state() == Dialogue::State::Ready && !m_requests.isEmpty())
                pending.enqueue(m_requests.dequeue());
        }
    }

    DialogueEvent handshake()
    {
        switch (m_transport & 0x03) {
        case 0:
        case 1: {
            CertificateReport report;
            report.tlsEstablished = true;
            report.verified = (m_transport & 0x03) == 0;
            report.verificationName = QStringLiteral("mx.test");
            report.protocol = QStringLiteral("TLS 1.3");
            report.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
            report.cipherBits = 256;
            if (!report.verified)
                report.verificationErrors = {QStringLiteral("self-signed certificate")};
            m_validatedTls = m_validatedTls || report.verified;
            return DialogueEvent::tlsEstablished(report);
        }
        case 2:
            return DialogueEvent::tlsFailed(TlsFailure::HandshakeFailed, QStringLiteral("handshake failure"));
        default:
            return DialogueEvent::tlsFailed(TlsFailure::NotTls, QStringLiteral("wrong version number"));
        }
    }

    void checkAction(const DialogueAction &action)
    {
        switch (action.kind) {
        case DialogueAction::Kind::Send:
            check(isCrlfFramed(action.bytes), "client commands are whole CRLF lines");
            // RFC 8314 §5: credentials only over TLS with a validated certificate, unless explicitly allowed.
            if (!m_validatedTls && (m_transport & 0x04) == 0 && !m_serverSentSecret)
                check(!containsSecret(action.bytes), "no credentials without validated TLS");
            break;
        case DialogueAction::Kind::Record:
            check(m_serverSentSecret ||
                      (!containsSecret(action.event.raw) && !containsSecret(action.event.text.toUtf8())),
                  "the transcript never holds the password");
            check(isOneDisplayLine(action.event.text), "transcript text is one escaped line");
            break;
        case DialogueAction::Kind::ArmDeadline:
            check(action.milliseconds > 0, "deadlines are positive");
            break;
        default:
            break;
        }
    }

    quint8 m_transport;
    Dialogue m_dialogue;
    QQueue<DialogueEvent> m_requests;
    bool m_validatedTls = false;
    bool m_serverSentSecret = false;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    Driver driver(static_cast<quint8>(bytes.at(0)), static_cast<quint8>(bytes.at(1)));
    driver.run(bytes.sliced(2));
    return 0;
}
